import { localKey } from './hygiene.ts';
import type { DiagCtxt } from '../diagnostics/handler.ts';
import { span, type Span } from '../diagnostics/span.ts';
import type { HirId } from '../hir/ids.ts';
import { RES_ERR, type Res } from '../hir/res.ts';
import type * as ast from '../syntax/ast/index.ts';
import { kw, symStr, type Symbol } from '../syntax/symbol.ts';
import { lookupInModule } from './lookup.ts';
import type { Module } from './module.ts';
import type { Namespace } from './namespace.ts';
import { resolvePath, type FirstLookup, type PathScope, type PrivacyError } from './path.ts';
import { reportPathError, reportPrivacyError, type PathErrCtx } from './path-errors.ts';
import { findSimilar } from './similar.ts';
import { primTyByName } from './prim-ty.ts';
import type { LabelScope, Rib } from './ribs.ts';
import type { ResolverTables } from './tables.ts';
import { TraitScopeCache } from './traits-in-scope.ts';
import type { TraitsInScope } from '../hir/traits-in-scope.ts';
import type { DefId } from '../ty/def-id.ts';

/** A resolved path: `unresolved` trailing segments are associated items (type-relative). */
export interface ResolvedPath {
  readonly res: Res;
  readonly segRes: readonly Res[];
  readonly unresolved: number;
}

const NOT_FOUND: FirstLookup = { tag: 'notFound' };

/**
 * Name resolution inside item signatures and bodies (rustc's late resolution), driven by
 * the HIR lowering walk: the lowering pushes scopes as it enters blocks, fns, patterns and
 * loops, and asks for each path's resolution.
 */
export class LateResolver implements PathScope {
  private readonly ribs: Rib[] = [];
  private labels: (LabelScope | 'boundary')[] = [];
  private readonly selfStack: (Res | null)[] = [];
  private readonly deferred: (() => void)[] = [];
  private readonly privacy: PrivacyError[] = [];
  readonly edition2015: boolean;
  /** While lowering `let PAT = PATH;`: the ` = ` between them (for "use `:` for type annotation"). */
  letTypoSpan: Span | null = null;

  constructor(
    readonly t: ResolverTables,
    private readonly dcx: DiagCtxt,
    edition: string,
    /** For a macro expansion's syntax context: the context of the macro's definition site inside a fn, if any. */
    private readonly hygieneParents: ReadonlyMap<number, number | null> = new Map(),
  ) {
    this.edition2015 = edition === '2015';
  }

  // ---- scopes ----

  get module(): Module {
    for (let i = this.ribs.length - 1; i >= 0; i--) {
      const r = this.ribs[i]!;
      if (r.kind === 'module') return r.module;
    }
    return this.t.root;
  }

  pushRib(rib: Rib): void {
    this.ribs.push(rib);
  }

  pushLocals(): Map<Symbol, HirId> {
    const names = new Map<Symbol, HirId>();
    this.ribs.push({ kind: 'locals', names });
    return names;
  }

  popRib(): void {
    this.ribs.pop();
  }

  /** Runs `f` with `Self` meaning `res` (impls, traits) or nothing (null). */
  withSelf<T>(res: Res | null, f: () => T): T {
    this.selfStack.push(res);
    try {
      return f();
    } finally {
      this.selfStack.pop();
    }
  }

  selfRes(): Res | null {
    return this.selfStack[this.selfStack.length - 1] ?? null;
  }

  /** Inside `impl Trait for T`'s items the trait is in scope (rustc's current_trait_ref). */
  private readonly traitRefs: (DefId | null)[] = [];
  private traitScopes: TraitScopeCache | null = null;

  withTraitRef<T>(trait: DefId | null, f: () => T): T {
    this.traitRefs.push(trait);
    try {
      return f();
    } finally {
      this.traitRefs.pop();
    }
  }

  /** The traits whose methods a method call or type-relative path here may use. */
  traitsInScope(): TraitsInScope {
    this.traitScopes ??= new TraitScopeCache(this.t);
    return this.traitScopes.get(this.module, this.traitRefs[this.traitRefs.length - 1] ?? null);
  }

  /** Labels do not cross fn items and const bodies. */
  withLabelBoundary<T>(f: () => T): T {
    const saved = this.labels;
    this.labels = [];
    try {
      return f();
    } finally {
      this.labels = saved;
    }
  }

  pushLabel(l: LabelScope): void {
    this.labels.push(l);
  }

  popLabel(): void {
    this.labels.pop();
  }

  /** Target of `break 'l`/`continue 'l`, or of an unlabeled one (innermost loop); null if none. */
  resolveLabel(label: ast.Ident | null): HirId | null {
    for (let i = this.labels.length - 1; i >= 0; i--) {
      const l = this.labels[i]!;
      if (l === 'boundary') break;
      if (label === null ? l.isLoop : l.name === label.name) return l.target;
    }
    if (label) {
      const name = symStr(label.name);
      this.dcx.err(`use of undeclared label \`${name}\``, 'E0426').primary(label.span, `undeclared label \`${name}\``).emit();
    }
    return null;
  }

  // ---- name lookup ----

  /** Lexical lookup of one identifier: locals, enclosing block/module items, preludes. */
  first(ident: ast.Ident, ns: Namespace): FirstLookup {
    let crossedFn = false;
    let constBoundary: Extract<Rib, { kind: 'constBoundary' }> | null = null;
    for (let i = this.ribs.length - 1; i >= 0; i--) {
      const r = this.ribs[i]!;
      if (r.kind === 'locals') {
        if (ns !== 'value') continue;
        const id = this.localIn(r.names, ident);
        if (id === undefined) continue;
        if (constBoundary) return this.localFromConst(ident, constBoundary);
        if (crossedFn) return this.localFromFn(ident);
        return { tag: 'found', res: { tag: 'Local', id }, module: null, binding: null };
      } else if (r.kind === 'fnBoundary') {
        crossedFn = true;
      } else if (r.kind === 'constBoundary') {
        constBoundary ??= r;
      } else if (r.kind === 'generics') {
        const res = ns === 'type' ? r.names.get(ident.name) : ns === 'value' ? r.values?.get(ident.name) : undefined;
        if (res && constBoundary?.genericsForbidden) return this.genericInConstOp(ident, res);
        if (res) return { tag: 'found', res, module: null, binding: null };
      } else {
        const found = lookupInModule(this.t, r.module, ident.name, ns);
        if (found.tag === 'found') return { tag: 'found', res: found.binding.res, module: found.binding.module, binding: found.binding };
        if (r.module.kind === 'mod') break;
      }
    }
    return this.preludeLookup(ident.name, ns);
  }

  /** Whether `ident` names something in `ns` here (a probe: nothing is reported). */
  names(ident: ast.Ident, ns: Namespace): boolean {
    for (let i = this.ribs.length - 1; i >= 0; i--) {
      const r = this.ribs[i]!;
      if (r.kind === 'locals') {
        if (ns === 'value' && this.localIn(r.names, ident) !== undefined) return true;
      } else if (r.kind === 'generics') {
        if ((ns === 'type' ? r.names : ns === 'value' ? r.values : undefined)?.has(ident.name)) return true;
      } else if (r.kind === 'module') {
        if (lookupInModule(this.t, r.module, ident.name, ns).tag === 'found') return true;
        if (r.module.kind === 'mod') break;
      }
    }
    return this.preludeLookup(ident.name, ns).tag === 'found';
  }

  /**
   * A local of one rib named by `ident`: bound with the identifier's own syntax context,
   * else (a `macro_rules!` defined inside a fn body) with its definition site's, and so on
   * outwards, so `factor` in a local macro's body finds the fn's `let factor`.
   */
  private localIn<V>(names: ReadonlyMap<Symbol, V>, ident: ast.Ident): V | undefined {
    let ctxt: number | null | undefined = ident.span.ctxt;
    for (let steps = 0; ctxt !== null && ctxt !== undefined && steps < 256; steps++) {
      const id = names.get(localKey({ name: ident.name, span: { ...ident.span, ctxt } }));
      if (id !== undefined) return id;
      if (ctxt === 0) return undefined;
      ctxt = this.hygieneParents.get(ctxt);
    }
    return undefined;
  }

  private preludeLookup(name: Symbol, ns: Namespace): FirstLookup {
    if (ns === 'type') {
      const ext = this.t.externPrelude.get(name);
      if (ext) return { tag: 'found', res: { tag: 'Def', kind: 'Mod', def: ext.def! }, module: ext, binding: null };
    }
    if (this.t.prelude) {
      const p = lookupInModule(this.t, this.t.prelude, name, ns);
      if (p.tag === 'found') return { tag: 'found', res: p.binding.res, module: p.binding.module, binding: p.binding };
    }
    if (ns === 'type') {
      const prim = primTyByName(name);
      if (prim) return { tag: 'found', res: { tag: 'PrimTy', prim }, module: null, binding: null };
    }
    return NOT_FOUND;
  }

  private localFromFn(ident: ast.Ident): FirstLookup {
    this.dcx
      .err("can't capture dynamic environment in a fn item", 'E0434')
      .primary(ident.span)
      .help('use the `|| { ... }` closure form instead')
      .emit();
    return { tag: 'found', res: RES_ERR, module: null, binding: null };
  }

  /** A generic parameter inside `N + 1` (min_const_generics allows only a bare `N`). */
  private genericInConstOp(ident: ast.Ident, res: Res): FirstLookup {
    const name = symStr(ident.name);
    const d = this.dcx.err('generic parameters may not be used in const operations').primary(ident.span, `cannot perform const operation using \`${name}\``);
    if (res.tag === 'Def' && res.kind === 'ConstParam') d.help(`const parameters may only be used as standalone arguments here, i.e. \`${name}\``);
    else d.note('type parameters may not be used in const expressions');
    d.emit();
    return { tag: 'found', res: RES_ERR, module: null, binding: null };
  }

  private localFromConst(ident: ast.Ident, rib: Extract<Rib, { kind: 'constBoundary' }>): FirstLookup {
    const d = this.dcx.err('attempt to use a non-constant value in a constant', 'E0435').primary(ident.span, 'non-constant value');
    if (rib.itemKind === 'const') {
      const kw = span(rib.span.lo, rib.span.lo + 'const'.length, rib.span.ctxt);
      d.help('consider using `let` instead of `const`', kw, [{ span: kw, replacement: 'let', applicability: 'MaybeIncorrect', style: 'verbose' }]);
    }
    d.emit();
    return { tag: 'found', res: RES_ERR, module: null, binding: null };
  }

  /**
   * An identifier pattern names a unit struct/variant or constant if one is in scope (then it
   * is a path pattern, not a new binding).
   */
  patIdentRes(name: Symbol): Res | null {
    for (let i = this.ribs.length - 1; i >= 0; i--) {
      const r = this.ribs[i]!;
      if (r.kind !== 'module') continue;
      const found = lookupInModule(this.t, r.module, name, 'value');
      if (found.tag === 'found') return constLike(found.binding.res) ? found.binding.res : null;
      if (r.module.kind === 'mod') break;
    }
    const p = this.t.prelude ? lookupInModule(this.t, this.t.prelude, name, 'value') : null;
    if (p && p.tag === 'found' && constLike(p.binding.res)) return p.binding.res;
    return null;
  }

  /** Resolves a path in `ns`; reports errors (some deferred, as rustc orders them). */
  resolve(path: ast.Path, ns: Namespace, isCall = false): ResolvedPath {
    const segs = path.segments.map((s) => s.ident);
    if (ns === 'value' && segs.length === 1 && segs[0]!.name === kw.SelfUpper) {
      const s = this.selfRes();
      if (s && s.tag === 'SelfTyAlias') return { res: { tag: 'SelfCtor', implDef: s.implDef }, segRes: [s], unresolved: 0 };
    }
    const r = resolvePath(this.t, this, segs, path.global, ns, this.privacy);
    if (r.tag === 'ok') {
      // A module named like a builtin type (`mod str`) does not hide the type (as in rustc).
      if (ns === 'type' && segs.length === 1 && r.res.tag === 'Def' && r.res.kind === 'Mod' && !path.global) {
        const prim = primTyByName(segs[0]!.name);
        if (prim) return { res: { tag: 'PrimTy', prim }, segRes: [{ tag: 'PrimTy', prim }], unresolved: 0 };
      }
      if (r.unresolved === 0 && !resFitsNs(r.res, ns)) {
        const ctx = this.errCtx();
        this.deferred.push(() => reportPathError(this.t, this, this.dcx, segs, path, ns, isCall, { tag: 'wrongNs', found: r.res }, ctx));
        return { res: RES_ERR, segRes: r.segRes, unresolved: 0 };
      }
      return { res: r.res, segRes: r.segRes, unresolved: r.unresolved };
    }
    if (r.tag === 'failed') {
      const immediate = r.index < segs.length - 1 || (r.index === 0 && segs.length > 1 && r.reason === 'notFound');
      const base = this.errCtx(segs.length === 1 && r.index === 0 && ns === 'value' ? segs[0]!.name : null);
      let otherNs: Res | null = null;
      if (segs.length === 1 && ns !== 'macro') {
        const o = this.first(segs[0]!, ns === 'type' ? 'value' : 'type');
        if (o.tag === 'found') otherNs = o.res;
      }
      const ctx: PathErrCtx = { ...base, otherNs };
      const report = (): void => reportPathError(this.t, this, this.dcx, segs, path, ns, isCall, r, ctx);
      if (immediate) report();
      else this.deferred.push(report);
    }
    return { res: RES_ERR, segRes: [], unresolved: 0 };
  }

  /** What a deferred path error needs from the scope at the point of use. */
  private errCtx(missing: Symbol | null = null): PathErrCtx {
    let similar: PathErrCtx['similar'] = null;
    if (missing !== null) {
      const locals = new Set<string>();
      for (let i = this.ribs.length - 1; i >= 0; i--) {
        const r = this.ribs[i]!;
        // Hygienic names from macro expansions (`name#ctxt`) are never suggested.
        if (r.kind === 'locals') for (const n of r.names.keys()) if (!symStr(n).includes('#')) locals.add(symStr(n));
        if (r.kind === 'fnBoundary' || r.kind === 'constBoundary') break;
      }
      const name = findSimilar(symStr(missing), locals);
      if (name !== null) similar = { name, what: 'local variable' };
    }
    return { letTypoSpan: this.letTypoSpan, similar, otherNs: null };
  }

  /** Reports the errors rustc reports after the whole crate was resolved. */
  finish(): void {
    for (const f of this.deferred) f();
    this.deferred.length = 0;
    for (const p of this.privacy) reportPrivacyError(this.t, this.dcx, p);
    this.privacy.length = 0;
  }

  errSpan(s: Span): Span {
    return s;
  }
}

function constLike(res: Res): boolean {
  return res.tag === 'Def' && (res.kind === 'Const' || res.kind === 'Static' || res.kind === 'AssocConst' || res.kind === 'Ctor');
}

/** Whether a resolution can stand in namespace `ns` (a module is no value). */
export function resFitsNs(res: Res, ns: Namespace): boolean {
  if (res.tag === 'Err') return true;
  if (res.tag === 'Local' || res.tag === 'SelfCtor') return ns === 'value';
  if (res.tag === 'PrimTy' || res.tag === 'SelfTyAlias' || res.tag === 'SelfTyParam') return ns === 'type';
  switch (res.kind) {
    case 'Fn': case 'AssocFn': case 'Const': case 'AssocConst': case 'Static': case 'Ctor': case 'ForeignFn': case 'ForeignStatic': case 'ConstParam':
      return ns === 'value';
    case 'Macro':
      return ns === 'macro';
    default:
      return ns === 'type';
  }
}
