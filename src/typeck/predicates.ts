// predicates_of: the trait bounds an item's generics carry (inline bounds and where clauses),
// its parent's first. Dependencies' items carry none in metadata yet.
import type { Span } from '../diagnostics/span.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';
import type { GenericArgs, Ty } from '../ty/ty.ts';
import { symStr } from '../syntax/symbol.ts';
import { identityArgs } from '../middle/generics.ts';
import { substArgs, substTy } from '../ty/subst.ts';
import { constEq } from '../ty/consts.ts';
import { mkTy, tyKind } from '../ty/interner.ts';
import { astConv, itemCtx, SELF_PARAM } from './astconv.ts';
import { assocTyOfTrait, reportAssocNotFound, traitRefArgs } from './trait-ref.ts';

/** `self: trait` */
export interface TraitPredicate {
  readonly self: Ty;
  readonly trait: DefId;
  /** The trait reference's arguments, `Self` first (`T: Add<u8>`: `[T, u8]`), defaults filled. */
  readonly args: GenericArgs;
  readonly span: Span;
}

/** `<args[0] as Trait<args[1..]>>::Item == term` (from `T: Iterator<Item = u32>`). */
export interface ProjectionPredicate {
  /** The trait's associated type. */
  readonly item: DefId;
  readonly args: GenericArgs;
  readonly term: Ty;
  readonly span: Span;
}

interface AllPredicates {
  readonly traits: readonly TraitPredicate[];
  readonly projections: readonly ProjectionPredicate[];
}

function allPredicatesOf(tcx: TcxImpl, def: DefId): AllPredicates {
  return tcx.queries.get('allPredicatesOf', def, () => {
    const g = tcx.genericsOf(def);
    const parent = g.parent !== null ? allPredicatesOf(tcx, g.parent) : null;
    const out: TraitPredicate[] = parent ? [...parent.traits] : [];
    const proj: ProjectionPredicate[] = parent ? [...parent.projections] : [];
    if (!isLocal(def)) {
      for (const p of tcx.p(def).ownPredicates?.(def) ?? []) out.push({ self: p.self, trait: p.trait, args: p.args ?? [{ tag: 'Type', ty: p.self }], span: tcx.defSpan(def) });
      for (const p of tcx.p(def).ownProjections?.(def) ?? []) proj.push({ ...p, span: tcx.defSpan(def) });
      return { traits: out, projections: proj };
    }
    const hg = tcx.hir.generics.get(def);
    if (!hg) return { traits: out, projections: proj };
    const cx = itemCtx(tcx, def);
    for (const p of hg.predicates) {
      const self = astConv(cx, p.boundedTy);
      for (const b of p.bounds) {
        if (b.res.tag !== 'Def' || b.res.kind !== 'Trait') continue;
        const seg = b.segments[b.segments.length - 1];
        const args = traitRefArgs(cx, b.res.def, self, seg?.args ?? null);
        out.push({ self, trait: b.res.def, args, span: b.span });
        for (const c of seg?.args?.constraints ?? []) {
          const item = assocTyOfTrait(tcx, b.res.def, symStr(c.ident.name), args);
          if (item === null) {
            reportAssocNotFound(tcx, b.res.def, symStr(c.ident.name), c.ident.span);
            continue;
          }
          proj.push({ item: item.item, args: item.args, term: astConv(cx, c.ty), span: c.span });
        }
      }
    }
    return { traits: out, projections: proj };
  }, () => ({ traits: [], projections: [] }));
}

export function predicatesOf(tcx: TcxImpl, def: DefId): readonly TraitPredicate[] {
  return allPredicatesOf(tcx, def).traits;
}

/** The `Item = T` constraints among an item's bounds (parents' first). */
export function projectionPredicatesOf(tcx: TcxImpl, def: DefId): readonly ProjectionPredicate[] {
  return allPredicatesOf(tcx, def).projections;
}

/** Whether the owner's where clauses say `self: trait` (a `T: Trait` bound in scope). */
export function boundInScope(tcx: TcxImpl, owner: DefId, self: Ty, trait: DefId): boolean {
  return traitsBoundFor(tcx, owner, self).includes(trait);
}

/** Traits the owner's where clauses give to `self`. */
export function traitsBoundFor(tcx: TcxImpl, owner: DefId, self: Ty): DefId[] {
  const out: DefId[] = [];
  let o: DefId | null = owner;
  // Closures and nested bodies use their enclosing item's bounds.
  while (o !== null) {
    const k = tcx.defKind(o);
    if (k === 'Fn' || k === 'AssocFn' || k === 'Impl' || k === 'Trait' || k === 'Struct' || k === 'Enum') break;
    o = tcx.parent(o);
  }
  if (o === null) return out;
  // Inside a trait (its default methods), `Self: Trait` holds, as rustc's predicates_of says.
  if (self === SELF_PARAM) {
    const t = tcx.defKind(o) === 'Trait' ? o : tcx.parent(o);
    if (t !== null && tcx.defKind(t) === 'Trait') out.push(t);
  }
  for (const p of predicatesOf(tcx, o)) if (p.self === self && !out.includes(p.trait)) out.push(p.trait);
  for (const r of itemBounds(tcx, self).traits) if (!out.includes(r.trait)) out.push(r.trait);
  // A bound brings its supertraits (`T: Ord` gives `T: PartialOrd`).
  for (let i = 0; i < out.length; i++) {
    for (const s of supertraitsOf(tcx, out[i]!)) if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** Direct supertraits of a trait (its `Self: Super` predicates). */
export function supertraitsOf(tcx: TcxImpl, trait: DefId): DefId[] {
  return predicatesOf(tcx, trait).filter((p) => p.self === SELF_PARAM).map((p) => p.trait);
}

/** A trait reference: `<args[0] as trait<args[1..]>>`. */
export interface TraitRef {
  readonly trait: DefId;
  readonly args: GenericArgs;
}

/** The item whose where clauses are in scope in `owner` (closures use their parent's). */
export function boundsOwner(tcx: TcxImpl, owner: DefId): DefId | null {
  let o: DefId | null = owner;
  while (o !== null) {
    const k = tcx.defKind(o);
    if (k === 'Fn' || k === 'AssocFn' || k === 'Impl' || k === 'Trait' || k === 'Struct' || k === 'Enum') return o;
    o = tcx.parent(o);
  }
  return null;
}

/**
 * The trait references the owner's where clauses give `self`, with their arguments, then
 * their supertraits' (substituted: `T: Sub<u8>` with `trait Sub<X>: Sup<X>` gives `T: Sup<u8>`).
 */
export function traitRefsBoundFor(tcx: TcxImpl, owner: DefId, self: Ty): TraitRef[] {
  const o = boundsOwner(tcx, owner);
  const out: TraitRef[] = [];
  if (o === null) return out;
  const push = (r: TraitRef): void => {
    if (!out.some((x) => x.trait === r.trait && sameArgs(x.args, r.args))) out.push(r);
  };
  if (self === SELF_PARAM) {
    const t = tcx.defKind(o) === 'Trait' ? o : tcx.parent(o);
    if (t !== null && tcx.defKind(t) === 'Trait') push({ trait: t, args: identityArgs(tcx, t) });
  }
  for (const p of predicatesOf(tcx, o)) if (p.self === self) push({ trait: p.trait, args: p.args });
  for (const r of itemBounds(tcx, self).traits) push(r);
  for (let i = 0; i < out.length && i < 64; i++) {
    const r = out[i]!;
    for (const p of predicatesOf(tcx, r.trait)) {
      if (p.self !== SELF_PARAM) continue;
      push({ trait: p.trait, args: substArgs(p.args, r.args) });
    }
  }
  return out;
}

function sameArgs(a: GenericArgs, b: GenericArgs): boolean {
  return a.length === b.length && a.every((x, i) => {
    const y = b[i]!;
    if (x.tag === 'Const' && y.tag === 'Const') return constEq(x.value, y.value);
    return x.tag === 'Type' && y.tag === 'Type' ? x.ty === y.ty : x.tag === y.tag;
  });
}

/**
 * The bounds an associated type declares (`type IntoIter: Iterator<Item = Self::Item>`),
 * for the projection `alias` (`<I as IntoIterator>::IntoIter: Iterator`, with
 * `<<I as IntoIterator>::IntoIter as Iterator>::Item == <I as IntoIterator>::Item`).
 */
export function itemBounds(tcx: TcxImpl, alias: Ty): { traits: TraitRef[]; projections: { item: DefId; args: GenericArgs; term: Ty }[] } {
  const k = tyKind(alias);
  if (k.tag !== 'Alias' || tcx.defKind(k.def) !== 'AssocTy') return { traits: [], projections: [] };
  const trait = tcx.parent(k.def);
  if (trait === null) return { traits: [], projections: [] };
  const all = allPredicatesOf(tcx, k.def);
  const inherited = allPredicatesOf(tcx, trait);
  const selfAlias = mkTy({ tag: 'Alias', def: k.def, args: identityArgs(tcx, trait) });
  const sub = (a: GenericArgs): GenericArgs => substArgs(a, k.args);
  return {
    traits: all.traits.slice(inherited.traits.length).filter((p) => p.self === selfAlias).map((p) => ({ trait: p.trait, args: sub(p.args) })),
    projections: all.projections.slice(inherited.projections.length).map((p) => ({ item: p.item, args: sub(p.args), term: substTy(p.term, k.args) })),
  };
}
