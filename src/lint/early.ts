// The early lint pass (rustc's EarlyContextAndPass): one walk over the expanded AST after
// name resolution, in source order, emitting the lints buffered at each node (unknown lint
// names, ...) and the syntactic lints: unused_imports, while_true, unused_parens,
// non_camel_case_types.
import type { ResolverTables } from '../resolve/tables.ts';
import type * as ast from '../syntax/ast/index.ts';
import { unusedMacrosOf } from '../expand/expand.ts';
import { symStr } from '../syntax/symbol.ts';
import { AstWalker } from './ast-visit.ts';
import { scopeOfRemovedItem } from './build-levels.ts';
import type { LintCx } from './context.ts';
import type { LintScope } from './levels.ts';
import { checkCamelCase, checkCamelCaseItem } from './nonstandard-style.ts';
import { UnusedImports } from './unused-imports.ts';
import { checkParensExpr, checkParensItem, checkParensStmt } from './unused-parens.ts';
import { checkWhileTrue } from './while-true.ts';

export function runEarlyLints(lcx: LintCx, crate: ast.Crate, tables: ResolverTables): void {
  let scope: LintScope = lcx.crateScope;
  // Unused `macro_rules!` are reported where their definition stood (it left the AST).
  const macros = [...unusedMacrosOf(crate)].filter((m) => m.span.ctxt === 0).sort((a, b) => a.span.lo - b.span.lo);
  let nextMacro = 0;
  const macrosBefore = (pos: number): void => {
    for (; nextMacro < macros.length && macros[nextMacro]!.span.lo < pos; nextMacro++) {
      const m = macros[nextMacro]!;
      const name = symStr(m.name);
      if (name.startsWith('_')) continue;
      lcx.emit('unused_macros', scopeOfRemovedItem(lcx, m.span, m.attrs), m.span, `unused macro definition: \`${name}\``);
    }
  };
  const imports = new UnusedImports(tables, lcx.assocNames);
  const mods: ast.Item[] = [];
  const flush = (id: ast.NodeId): void => {
    const list = lcx.buffered.get(id);
    if (!list) return;
    lcx.buffered.delete(id);
    for (const l of list) lcx.emit(l.lint, scope, l.span, l.message, l.decorate);
  };
  const walker = new AstWalker({
    enter(id) {
      const s = lcx.nodeScopes.get(id);
      if (s === undefined) return null;
      const saved = scope;
      scope = s;
      flush(id);
      return () => {
        scope = saved;
      };
    },
    item(item, ctxt) {
      macrosBefore(item.span.lo);
      flush(item.id);
      imports.check(lcx, scope, item, ctxt === 'mod' ? (mods[mods.length - 1] ?? null) : null);
      checkCamelCaseItem(lcx, scope, item);
      checkParensItem(lcx, scope, item);
    },
    assocItem(ai, ctxt) {
      if (ctxt === 'trait' && ai.kind.tag === 'TyAlias') checkCamelCase(lcx, scope, 'associated type', ai.ident);
      const k = ai.kind;
      if (k.tag === 'Fn' || k.tag === 'TyAlias' || k.tag === 'Const') {
        for (const p of k.generics.params) if (p.kind.tag === 'Type') checkCamelCase(lcx, scope, 'type parameter', p.ident);
      }
    },
    variant(v) {
      checkCamelCase(lcx, scope, 'variant', v.ident);
    },
    stmt(s) {
      macrosBefore(s.span.lo);
      checkParensStmt(lcx, scope, s);
    },
    expr(e) {
      checkWhileTrue(lcx, scope, e);
      checkParensExpr(lcx, scope, e);
    },
  });
  // Modules are tracked for unused_imports' test-module hint.
  const origItem = walker.item.bind(walker);
  walker.item = (item, ctxt) => {
    const isMod = item.kind.tag === 'Mod';
    if (isMod) mods.push(item);
    try {
      origItem(item, ctxt);
    } finally {
      if (isMod) mods.pop();
    }
  };
  walker.crate(crate);
  macrosBefore(Infinity);
  // Whatever was buffered on a node the walk did not reach (the crate root) still reports.
  for (const id of [...lcx.buffered.keys()]) flush(id);
  lcx.maybeUnusedTraitImports = imports.maybeUnusedTraits;
  collectReexports(lcx, tables);
}

/** What `pub use` items make reachable from outside the crate. */
function collectReexports(lcx: LintCx, t: ResolverTables): void {
  for (const imp of t.imports) {
    if (imp.vis.tag !== 'Public') continue;
    if (imp.kind === 'glob') {
      for (const g of imp.module.globs) if (g.importId === imp.id && g.source.def !== null) lcx.globReexported.add(g.source.def);
      continue;
    }
    for (const ns of ['type', 'value', 'macro'] as const) {
      const b = imp.module.get(imp.target.name, ns);
      if (b && b.importId === imp.id && b.res.tag === 'Def') lcx.reexported.add(b.res.def);
    }
  }
}
