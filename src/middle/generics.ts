// generics_of: the type and const parameters an item can name, parents first (an impl's
// before its methods'; `Self` first in a trait and its items). Lifetimes take no slot:
// tsrustc erases them before type checking. Dependencies answer from their metadata.
import { isLocal, type DefId } from '../ty/def-id.ts';
import { mkTy } from '../ty/interner.ts';
import { constParam } from '../ty/consts.ts';
import type { GenericArg, GenericArgs } from '../ty/ty.ts';
import type { TcxImpl } from './tcx.ts';

export interface GenericParamDef {
  readonly def: DefId | null;
  readonly name: string;
  /** Index into the item's GenericArgs. */
  readonly index: number;
  /** `const N: usize` parameters take a `Const` argument (their type is `typeOf(def)`). */
  readonly kind: 'type' | 'const';
  /** `T: ?Sized`: may stand for `str`, `[T]`, `dyn Trait` (other type parameters may not). */
  readonly maybeSized: boolean;
}

export interface Generics {
  /** The impl or trait whose parameters come first. */
  readonly parent: DefId | null;
  readonly parentCount: number;
  /** This item's own type parameters (for a trait: `Self` first). */
  readonly own: readonly GenericParamDef[];
  readonly count: number;
}

export function computeGenerics(tcx: TcxImpl, def: DefId): Generics {
  const kind = tcx.defKind(def);
  let parent: DefId | null = null;
  if (kind === 'AssocFn' || kind === 'AssocConst' || kind === 'AssocTy') parent = tcx.parent(def);
  // Constructors and variants take their ADT's parameters.
  if (kind === 'Ctor') parent = tcx.ctorTarget(def)?.adt ?? null;
  if (kind === 'Variant') parent = tcx.parent(def);
  // A closure has its enclosing item's generics and none of its own (its synthetic
  // kind/signature/upvar arguments live in its type, see src/ty/closure.ts).
  if (kind === 'Closure' || kind === 'OpaqueTy') parent = tcx.parent(def);
  const parentCount = parent !== null ? tcx.genericsOf(parent).count : 0;
  const own: GenericParamDef[] = [];
  // A trait's `Self` is `?Sized` unless the trait says `: Sized`.
  if (kind === 'Trait') own.push({ def: null, name: 'Self', index: 0, kind: 'type', maybeSized: true });
  if (isLocal(def)) {
    const hg = tcx.hir.generics.get(def);
    if (hg) {
      for (const p of hg.params) {
        if (p.kind === 'lifetime') continue;
        own.push({ def: p.def, name: tcx.defName(p.def), index: parentCount + own.length, kind: p.kind, maybeSized: p.maybeSized === true });
      }
    }
  } else {
    for (const p of tcx.p(def).ownGenerics?.(def) ?? []) {
      own.push({ def: p.def, name: p.name, index: parentCount + own.length, kind: tcx.defKind(p.def) === 'ConstParam' ? 'const' : 'type', maybeSized: p.maybeSized === true });
    }
  }
  return { parent, parentCount, own, count: parentCount + own.length };
}

/** The TyParam DefId behind `Param(index)` as seen from `owner` (null for `Self` or unknown). */
export function paramDefOf(tcx: TcxImpl, owner: DefId, index: number): DefId | null {
  let o: DefId | null = owner;
  while (o !== null) {
    const k = tcx.defKind(o);
    if (k === 'Fn' || k === 'AssocFn' || k === 'Impl' || k === 'Trait' || k === 'Struct' || k === 'Enum' || k === 'Union') break;
    o = tcx.parent(o);
  }
  while (o !== null) {
    const g = tcx.genericsOf(o);
    if (index >= g.parentCount) return g.own[index - g.parentCount]?.def ?? null;
    o = g.parent;
  }
  return null;
}

/** The argument naming parameter `p` itself (inside its item's definition). */
export function paramArg(p: GenericParamDef): GenericArg {
  return p.kind === 'const' ? { tag: 'Const', value: constParam(p.index, p.name) } : { tag: 'Type', ty: mkTy({ tag: 'Param', index: p.index, name: p.name }) };
}

/** Every parameter an item's args cover, parents first (index order). */
export function allParams(tcx: TcxImpl, def: DefId): GenericParamDef[] {
  let g = tcx.genericsOf(def);
  const chain = [g];
  while (g.parent !== null) {
    g = tcx.genericsOf(g.parent);
    chain.unshift(g);
  }
  return chain.flatMap((c) => c.own);
}

/** `[Param(0), Param(1), ...]`: the item's own generics as arguments (inside its definition). */
export function identityArgs(tcx: TcxImpl, def: DefId): GenericArgs {
  return allParams(tcx, def).map(paramArg);
}
