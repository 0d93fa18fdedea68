import type { DiagCtxt } from '../diagnostics/handler.ts';
import type { Res } from '../hir/res.ts';
import type * as ast from '../syntax/ast/index.ts';
import { kw, symStr } from '../syntax/symbol.ts';
import { lookupInModule } from './lookup.ts';
import type { Module } from './module.ts';
import { NAMESPACES, type Namespace } from './namespace.ts';
import { resolvePath, type FirstLookup, type PathResult, type PathScope, type PrivacyError } from './path.ts';
import type { ImportDirective, ResolverTables } from './tables.ts';

/** First segments of `use` paths: the enclosing module (and blocks), then the extern prelude. */
class ImportScope implements PathScope {
  constructor(
    private readonly t: ResolverTables,
    readonly module: Module,
    readonly edition2015: boolean,
    private readonly final: boolean,
  ) {}

  first(ident: ast.Ident, ns: Namespace): FirstLookup {
    let m: Module | null = this.edition2015 ? this.t.root : this.module;
    while (m) {
      const r = lookupInModule(this.t, m, ident.name, ns);
      if (r.tag === 'found') return { tag: 'found', res: r.binding.res, module: r.binding.module, binding: r.binding };
      if (r.tag === 'indeterminate' && !this.final) return r;
      if (m.kind === 'mod') break;
      m = m.parent;
    }
    if (ns === 'type') {
      const ext = this.t.externPrelude.get(ident.name);
      if (ext) return { tag: 'found', res: { tag: 'Def', kind: 'Mod', def: ext.def! }, module: ext, binding: null };
    }
    return { tag: 'notFound' };
  }

  selfRes(): Res | null {
    return null;
  }
}

/**
 * Resolves all `use` directives to a fixed point (an import may need names that another
 * import defines), then reports the ones that never resolved (E0432).
 */
export function resolveImports(t: ResolverTables, dcx: DiagCtxt, edition: string, privacy: PrivacyError[]): void {
  const e2015 = edition === '2015';
  let progress = true;
  while (progress) {
    progress = false;
    for (const imp of t.imports) {
      if (imp.done) continue;
      if (tryImport(t, dcx, imp, new ImportScope(t, imp.module, e2015, false), privacy, false)) progress = true;
    }
  }
  for (const imp of t.imports) {
    if (imp.done) continue;
    if (!tryImport(t, dcx, imp, new ImportScope(t, imp.module, e2015, true), privacy, true)) {
      finishImport(imp);
    }
  }
}

function finishImport(imp: ImportDirective): void {
  imp.done = true;
  imp.module.addPending(imp.kind === 'glob' ? null : imp.target.name, -1);
}

/** Returns true when the import is settled (resolved, or failed and reported when `final`). */
function tryImport(t: ResolverTables, dcx: DiagCtxt, imp: ImportDirective, scope: ImportScope, privacy: PrivacyError[], final: boolean): boolean {
  // The import's own pending entry must not make its own lookups indeterminate.
  const own = imp.kind === 'glob' ? null : imp.target.name;
  imp.module.addPending(own, -1);
  try {
    return tryImportInner(t, dcx, imp, scope, privacy, final);
  } finally {
    if (!imp.done) imp.module.addPending(own, 1);
  }
}

function tryImportInner(t: ResolverTables, dcx: DiagCtxt, imp: ImportDirective, scope: ImportScope, privacy: PrivacyError[], final: boolean): boolean {
  if (imp.kind === 'glob') {
    const r = resolvePath(t, scope, imp.segments, imp.global, 'type', privacy);
    if (r.tag === 'indeterminate') return false;
    if (r.tag === 'ok' && r.module && r.unresolved === 0) {
      imp.module.globs.push({ source: r.module, vis: imp.vis, span: imp.span, importId: imp.id });
      imp.done = true;
      return true;
    }
    if (!final) return false;
    reportImportError(dcx, imp, r);
    imp.done = true;
    return true;
  }
  const nss: readonly Namespace[] = imp.selfImport ? ['type'] : NAMESPACES;
  let found: { ns: Namespace; r: Extract<PathResult, { tag: 'ok' }>; errs: PrivacyError[] }[] = [];
  let firstFailure: PathResult | null = null;
  for (const ns of nss) {
    const errs: PrivacyError[] = [];
    const r = resolvePath(t, scope, imp.segments, imp.global, ns, errs);
    if (r.tag === 'indeterminate') return false;
    if (r.tag === 'ok' && r.unresolved === 0) found.push({ ns, r, errs });
    else firstFailure ??= r;
  }
  // As rustc: a namespace whose binding is not accessible here is left out when another is
  // (`pub use m::E` of `pub struct E(());` imports the type, not the private constructor).
  if (found.some((f) => f.errs.length === 0)) found = found.filter((f) => f.errs.length === 0);
  for (const f of found) privacy.push(...f.errs);
  if (found.length === 0) {
    if (!final) return false;
    if (firstFailure) reportImportError(dcx, imp, firstFailure);
    imp.done = true;
    return true;
  }
  imp.done = true;
  for (const { ns, r } of found) {
    // `use Trait as _;` names nothing: it only puts the trait in scope for method calls.
    if (imp.target.name === kw.Underscore) {
      if (ns === 'type') imp.module.underscoreImports.push({ res: r.res, vis: imp.vis, span: imp.span, isImport: true, module: r.module });
      continue;
    }
    const old = imp.module.define(imp.target.name, ns, { res: r.res, vis: imp.vis, span: imp.span, isImport: true, module: r.module, importId: imp.id });
    if (old && !(old.isImport && sameRes(old.res, r.res))) {
      const n = symStr(imp.target.name);
      dcx
        .err(`the name \`${n}\` is defined multiple times`, 'E0252')
        .label(old.span, `previous import of the ${ns} \`${n}\` here`)
        .primary(imp.span, `\`${n}\` reimported here`)
        .note(`\`${n}\` must be defined only once in the ${ns} namespace of this module`)
        .emit();
    }
  }
  return true;
}

function sameRes(a: Res, b: Res): boolean {
  return a.tag === 'Def' && b.tag === 'Def' ? a.def === b.def : a.tag === b.tag;
}

function reportImportError(dcx: DiagCtxt, imp: ImportDirective, r: PathResult): void {
  const segs = imp.segments;
  const text = (to: number): string => segs.slice(0, to).map((s) => symStr(s.name)).join('::');
  if (r.tag !== 'failed') {
    const last = segs[segs.length - 1]!;
    dcx.err(`unresolved import \`${text(segs.length)}\``, 'E0432').primary(last.span, `no \`${symStr(last.name)}\` in \`${text(segs.length - 1)}\``).emit();
    return;
  }
  const seg = segs[r.index] ?? segs[0]!;
  const name = symStr(seg.name);
  if (r.index === 0) {
    dcx
      .err(`unresolved import \`${name}\``, 'E0432')
      .primary(seg.span, `use of unresolved module or unlinked crate \`${name}\``)
      .help(`you might be missing a crate named \`${name}\``)
      .emit();
    return;
  }
  const parent = r.index === 1 && imp.global ? symStr(segs[0]!.name) : text(r.index);
  if (r.index === segs.length - 1) {
    const sp = segs.length > 0 ? { lo: segs[0]!.span.lo, hi: seg.span.hi, ctxt: seg.span.ctxt } : seg.span;
    dcx.err(`unresolved import \`${text(segs.length)}\``, 'E0432').primary(sp, `no \`${name}\` in \`${parent}\``).emit();
    return;
  }
  dcx.err(`unresolved import \`${text(r.index + 1)}\``, 'E0432').primary(seg.span, `could not find \`${name}\` in \`${symStr(segs[r.index - 1]!.name)}\``).emit();
}
