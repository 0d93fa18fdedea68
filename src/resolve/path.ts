import type { Res } from '../hir/res.ts';
import type * as ast from '../syntax/ast/index.ts';
import { kw } from '../syntax/symbol.ts';
import { isAccessibleFrom, lookupInModule } from './lookup.ts';
import type { Module, NameBinding } from './module.ts';
import type { Namespace } from './namespace.ts';
import type { ResolverTables } from './tables.ts';

/** How the first segment of a path is looked up (lexical scopes for code, module for `use`). */
export interface PathScope {
  /** The module the path is written in (for `self`, `super`, privacy). */
  readonly module: Module;
  readonly edition2015: boolean;
  first(ident: ast.Ident, ns: Namespace): FirstLookup;
  /** What `Self` means here; null outside impls and traits. */
  selfRes(): Res | null;
}

export type FirstLookup =
  | { readonly tag: 'found'; readonly res: Res; readonly module: Module | null; readonly binding: NameBinding | null }
  | { readonly tag: 'notFound' }
  | { readonly tag: 'indeterminate' };

/** A binding found in another module but not visible from where the path is written. */
export interface PrivacyError {
  readonly ident: ast.Ident;
  readonly binding: NameBinding;
}

export type PathResult =
  /** `unresolved` > 0: the last `unresolved` segments are associated items of `res` (a type). */
  | { readonly tag: 'ok'; readonly res: Res; readonly segRes: readonly Res[]; readonly unresolved: number; readonly binding: NameBinding | null; readonly module: Module | null }
  | {
      readonly tag: 'failed';
      /** Index of the segment that failed. */
      readonly index: number;
      /** notFound: no such name; notModule: a non-module before the last segment. */
      readonly reason: 'notFound' | 'notModule';
      /** What the previous segment resolved to (null for the first segment). */
      readonly parent: Res | null;
      readonly parentModule: Module | null;
      /** For notModule: what the segment resolved to. */
      readonly found: Res | null;
    }
  | { readonly tag: 'indeterminate' };

function isTypeLike(res: Res): boolean {
  if (res.tag === 'PrimTy' || res.tag === 'SelfTyAlias' || res.tag === 'SelfTyParam') return true;
  return res.tag === 'Def' && (res.kind === 'Struct' || res.kind === 'Union' || res.kind === 'TyAlias' || res.kind === 'Enum' || res.kind === 'AssocTy' || res.kind === 'TyParam');
}

/** Resolves `segments` (with a leading `::` if `global`) to the last segment's item in `ns`. */
export function resolvePath(
  t: ResolverTables,
  scope: PathScope,
  segments: readonly ast.Ident[],
  global: boolean,
  ns: Namespace,
  privacy: PrivacyError[],
): PathResult {
  const n = segments.length;
  const segRes: Res[] = [];
  let cur: Module | null = null;
  let curRes: Res | null = null;
  let binding: NameBinding | null = null;
  let i = 0;
  const first = segments[0];
  if (!first) return { tag: 'failed', index: 0, reason: 'notFound', parent: null, parentModule: null, found: null };
  const nsAt = (idx: number): Namespace => (idx === n - 1 ? ns : 'type');

  if (global) {
    if (scope.edition2015) {
      cur = t.root;
      curRes = { tag: 'Def', kind: 'Mod', def: t.root.def! };
    } else {
      const m = t.externPrelude.get(first.name);
      if (!m || n === 1) return { tag: 'failed', index: 0, reason: 'notFound', parent: null, parentModule: null, found: null };
      cur = m;
      curRes = { tag: 'Def', kind: 'Mod', def: m.def! };
      segRes.push(curRes);
      i = 1;
    }
  } else if (first.name === kw.Crate || (first.name === kw.SelfLower && n > 1) || first.name === kw.Super) {
    let m: Module = t.modules.get(scope.module.normalAncestor)!;
    if (first.name === kw.Crate) m = t.root;
    while (i < n && segments[i]!.name === kw.Super) {
      const p = m.parent ? t.modules.get(m.parent.normalAncestor) : undefined;
      if (!p) return { tag: 'failed', index: i, reason: 'notFound', parent: null, parentModule: null, found: null };
      m = p;
      segRes.push({ tag: 'Def', kind: 'Mod', def: m.def! });
      i++;
    }
    if (i === 0) {
      segRes.push({ tag: 'Def', kind: 'Mod', def: m.def! });
      i = 1;
    }
    cur = m;
    curRes = { tag: 'Def', kind: 'Mod', def: m.def! };
  } else if (first.name === kw.SelfUpper) {
    const r = scope.selfRes();
    if (!r) return { tag: 'failed', index: 0, reason: 'notFound', parent: null, parentModule: null, found: null };
    segRes.push(r);
    if (n === 1) return { tag: 'ok', res: r, segRes, unresolved: 0, binding: null, module: null };
    return { tag: 'ok', res: r, segRes, unresolved: n - 1, binding: null, module: null };
  } else {
    const f = scope.first(first, nsAt(0));
    if (f.tag === 'indeterminate') return f;
    if (f.tag === 'notFound') return { tag: 'failed', index: 0, reason: 'notFound', parent: null, parentModule: null, found: null };
    segRes.push(f.res);
    curRes = f.res;
    cur = f.module;
    binding = f.binding;
    i = 1;
    if (n === 1) return { tag: 'ok', res: f.res, segRes, unresolved: 0, binding, module: cur };
  }

  for (; i < n; i++) {
    const seg = segments[i]!;
    if (!cur) {
      if (curRes && isTypeLike(curRes)) return { tag: 'ok', res: curRes, segRes, unresolved: n - i, binding, module: null };
      return { tag: 'failed', index: i - 1, reason: 'notModule', parent: segRes[i - 2] ?? null, parentModule: null, found: curRes };
    }
    const r = lookupInModule(t, cur, seg.name, nsAt(i));
    if (r.tag === 'indeterminate') return r;
    if (r.tag === 'notFound') {
      // `Enum::assoc_fn()`: not a variant, so an associated item of the enum type.
      if (cur.kind === 'enum' && curRes) return { tag: 'ok', res: curRes, segRes, unresolved: n - i, binding, module: null };
      if (i < n - 1) {
        const v = lookupInModule(t, cur, seg.name, 'value');
        if (v.tag === 'found') return { tag: 'failed', index: i, reason: 'notModule', parent: curRes, parentModule: cur, found: v.binding.res };
      }
      return { tag: 'failed', index: i, reason: 'notFound', parent: curRes, parentModule: cur, found: null };
    }
    const b = r.binding;
    if (!isAccessibleFrom(t, b.vis, scope.module.normalAncestor)) privacy.push({ ident: seg, binding: b });
    segRes.push(b.res);
    curRes = b.res;
    cur = b.module;
    binding = b;
  }
  return { tag: 'ok', res: curRes!, segRes, unresolved: 0, binding, module: cur };
}
