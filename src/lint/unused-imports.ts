// unused_imports (rustc_resolve::check_unused): the leaves of a `use` item no lookup went
// through, reported once per item with every unused leaf as a primary span. Resolve records
// the used use trees (ResolverTables.usedImports). A trait import is also used by method
// calls, which only typeck resolves: as in rustc, one is reported early only if no method
// call or path in the crate names any of the trait's items, otherwise it waits for typeck
// (`reportMaybeUnusedTraitImports`).
import type { Span } from '../diagnostics/span.ts';
import type { Module } from '../resolve/module.ts';
import type { ImportDirective, ResolverTables } from '../resolve/tables.ts';
import type * as ast from '../syntax/ast/index.ts';
import { kw, symStr, type Symbol } from '../syntax/symbol.ts';
import type { DefId } from '../ty/def-id.ts';
import type { LintCx } from './context.ts';
import type { LintScope } from './levels.ts';
/** A trait import some method call might need: decided once typeck picked the methods. */
export interface MaybeUnusedTraitImport {
  readonly item: ast.Item;
  readonly scope: LintScope;
  readonly span: Span;
  readonly trait: DefId;
}

export class UnusedImports {
  private readonly byId = new Map<ast.NodeId, ImportDirective>();
  readonly maybeUnusedTraits: MaybeUnusedTraitImport[] = [];
  private current: { item: ast.Item; scope: LintScope } | null = null;

  /** `assocNames`: names of method calls and last segments of paths anywhere in the crate. */
  constructor(private readonly t: ResolverTables, private readonly assocNames: ReadonlySet<Symbol>) {
    for (const imp of t.imports) this.byId.set(imp.id, imp);
  }

  /** Whether the leaf `tree` counts as unused (false when in doubt). */
  private unused(tree: ast.UseTree): boolean {
    if (this.t.usedImports.has(tree.id)) return false;
    const imp = this.byId.get(tree.id);
    if (!imp || imp.target.name === kw.Underscore) return false;
    if (imp.kind === 'glob') return imp.module.globs.some((g) => g.importId === imp.id);
    let defined = false;
    for (const ns of ['type', 'value', 'macro'] as const) {
      const b = imp.module.get(imp.target.name, ns);
      if (!b || b.importId !== imp.id) continue;
      // Macros are resolved by the expander: their use is not seen here.
      if (ns === 'macro') return false;
      if (b.res.tag === 'Def' && b.res.kind === 'Trait' && b.module && this.maybeUsedByMethods(b.module)) {
        if (this.current) this.maybeUnusedTraits.push({ ...this.current, span: tree.span, trait: b.res.def });
        return false;
      }
      defined = true;
    }
    // An import that failed to resolve was reported as an error already.
    return defined;
  }

  /** Some method call or path in the crate names an item of the trait (rustc's trait candidates). */
  private maybeUsedByMethods(trait: Module): boolean {
    for (const [name] of trait.entries()) if (this.assocNames.has(name)) return true;
    return false;
  }

  /** Unused leaves of `tree` (source order) and whether all of them are unused. */
  private collect(tree: ast.UseTree, out: Span[]): boolean {
    const k = tree.kind;
    if (k.tag !== 'Nested') {
      if (!this.unused(tree)) return false;
      out.push(tree.span);
      return true;
    }
    if (k.items.length === 0) {
      out.push(tree.span);
      return true;
    }
    let all = true;
    for (const sub of k.items) if (!this.collect(sub, out)) all = false;
    return all;
  }

  /** Reports the unused leaves of `use` item `item` (not `pub use`: a re-export may be used elsewhere). */
  check(lcx: LintCx, scope: LintScope, item: ast.Item, parentMod: ast.Item | null): void {
    if (item.kind.tag !== 'Use' || item.vis.kind.tag === 'Public' || item.span.hi === 0) return;
    if (!lcx.enabled('unused_imports', scope)) return;
    const spans: Span[] = [];
    this.current = { item, scope };
    const all = this.collect(item.kind.tree, spans);
    this.current = null;
    report(lcx, scope, item, spans, all && !this.maybeUnusedTraits.some((m) => m.item === item), parentMod);
  }
}

/** Reports trait imports no method call used, grouped per `use` item, once typeck is done. */
export function reportMaybeUnusedTraitImports(lcx: LintCx, maybe: readonly MaybeUnusedTraitImport[], usedTraits: ReadonlySet<DefId>): void {
  const byItem = new Map<ast.Item, MaybeUnusedTraitImport[]>();
  for (const m of maybe) {
    if (usedTraits.has(m.trait)) continue;
    const l = byItem.get(m.item);
    if (l) l.push(m);
    else byItem.set(m.item, [m]);
  }
  for (const [item, ms] of byItem) report(lcx, ms[0]!.scope, item, ms.map((m) => m.span), false, null);
}

function report(lcx: LintCx, scope: LintScope, item: ast.Item, spans: readonly Span[], all: boolean, parentMod: ast.Item | null): void {
  if (spans.length === 0) return;
  const sm = lcx.sess.sourceMap;
  const snippets = spans.map((s) => `\`${sm.snippet(s)}\``).sort();
  const msg = `unused import${spans.length === 1 ? '' : 's'}: ${listify(snippets)}`;
  lcx.emit('unused_imports', scope, [...spans].sort((a, b) => a.lo - b.lo), msg, (d) => {
    const fixMsg = all ? 'remove the whole `use` item' : spans.length > 1 ? 'remove the unused imports' : 'remove the unused import';
    // The whole item goes with its line break.
    const sm2 = lcx.sess.sourceMap;
    const itemSpan = sm2.snippet({ lo: item.span.hi, hi: item.span.hi + 1, ctxt: 0 }) === '\n' ? { ...item.span, hi: item.span.hi + 1 } : item.span;
    const removals = all ? [itemSpan] : spans;
    d.help(fixMsg, undefined, [{
      span: removals[0]!, replacement: '', applicability: 'MachineApplicable', style: 'hidden',
      parts: removals.map((s) => ({ span: s, replacement: '' })),
    }]);
    if (parentMod && !lcx.sess.isTest && isTestModuleName(symStr(parentMod.ident.name))) {
      d.help('if this is a test module, consider adding a `#[cfg(test)]` to the containing module', { lo: parentMod.span.lo, hi: parentMod.ident.span.hi, ctxt: parentMod.span.ctxt });
    }
  });
}

function isTestModuleName(m: string): boolean {
  return m === 'test' || m === 'tests' || m.startsWith('test_') || m.startsWith('tests_') || m.endsWith('_test') || m.endsWith('_tests');
}

/** `a`, `a and b`, `a, b, and c` (rustc's listify). */
export function listify(xs: readonly string[]): string {
  if (xs.length <= 1) return xs.join('');
  if (xs.length === 2) return `${xs[0]} and ${xs[1]}`;
  return `${xs.slice(0, -1).join(', ')}, and ${xs[xs.length - 1]}`;
}
