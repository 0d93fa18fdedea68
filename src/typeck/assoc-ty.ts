// Associated types named in types: `<T as Trait>::Item`, `T::Item` through `T`'s bounds,
// `Self::Item` in traits and trait impls. The result is a projection (`Alias`), normalized
// later by the inference context (bodies) or `tcx.normalize` (after monomorphization);
// inside a trait impl `Self::Item` is the impl's own type directly, as rustc normalizes it.
import type { HirTy } from '../hir/types.ts';
import type { Path } from '../hir/path.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';
import { tyKind, tys } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { identityArgs } from '../middle/generics.ts';
import { astConv, SELF_PARAM, type AstConvCtx } from './astconv.ts';
import { assocTyOfTrait, projectionTy, traitRefArgs } from './trait-ref.ts';
import { findSimilar } from '../resolve/similar.ts';

/** `<qself as Trait<..>>::Name`. */
export function qualifiedAssocTy(cx: AstConvCtx, qself: HirTy, path: Path, span: HirTy['span']): Ty {
  const tcx = cx.tcx;
  const self = astConv(cx, qself);
  const res = path.res;
  if (res.tag !== 'Def' || res.kind !== 'AssocTy') {
    if (res.tag !== 'Err') tcx.sess.dcx.err(`expected associated type, found ${res.tag === 'Def' ? res.kind.toLowerCase() : 'item'}`, 'E0575').primary(span).emit();
    return tys.error;
  }
  const trait = tcx.parent(res.def);
  if (trait === null) return tys.error;
  const traitSeg = path.segments[path.segments.length - 2];
  return projectionTy(res.def, traitRefArgs(cx, trait, self, traitSeg?.args ?? null));
}

/** `Base::Name` for a type `Base` (null: not found, the caller reports E0223). */
export function typeRelativeAssocTy(cx: AstConvCtx, qself: HirTy, base: Ty, name: string, nameSpan: HirTy['span']): Ty | null {
  const tcx = cx.tcx;
  const owner = cx.owner ?? null;
  if (tyKind(base).tag === 'Param') {
    if (owner !== null) {
      for (const { trait, args } of hirBoundsOf(cx, owner, qself, base, name)) {
        const r = assocTyOfTrait(tcx, trait, name, args);
        if (r) return projectionTy(r.item, r.args);
      }
    }
    reportParamAssocNotFound(cx, owner, qself, base, name, nameSpan);
    return tys.error;
  }
  // `Self::Name` inside a trait impl: the impl's definition of `Name`.
  const impl = owner !== null ? enclosing(cx, owner, 'Impl') : null;
  if (impl !== null && tcx.implTrait(impl) !== null && tcx.typeOf(impl) === base) {
    const item = tcx.assocItemNamed(impl, name);
    if (item !== null && tcx.defKind(item) === 'AssocTy') return tcx.typeOf(item);
    const trait = tcx.implTrait(impl)!;
    const r = assocTyOfTrait(tcx, trait, name, tcx.implTraitRef(impl)?.args ?? [{ tag: 'Type', ty: base }]);
    if (r) return projectionTy(r.item, r.args);
  }
  return null;
}

function enclosing(cx: AstConvCtx, owner: DefId, kind: 'Impl' | 'Trait'): DefId | null {
  let o: DefId | null = owner;
  for (let i = 0; o !== null && i < 8; i++) {
    if (cx.tcx.defKind(o) === kind) return o;
    o = cx.tcx.parent(o);
  }
  return null;
}

/**
 * The trait references bounding the parameter `qself` names, read from the HIR of the
 * owner and its parents (not from converted predicates: those may name `T::Item` too).
 * `Self` in a trait is bounded by the trait itself.
 */
function hirBoundsOf(cx: AstConvCtx, owner: DefId, qself: HirTy, base: Ty, name: string): { trait: DefId; args: ReturnType<typeof identityArgs> }[] {
  const tcx = cx.tcx;
  const out: { trait: DefId; args: ReturnType<typeof identityArgs> }[] = [];
  // Converting a bound's arguments may name `T::Item` again (`B: Iterator<Item = A::Item>`):
  // only bounds whose trait has the item are converted, and never re-entrantly.
  const key = `${owner}:${tyKind(base).tag === 'Param' ? (tyKind(base) as { index: number }).index : -1}:${name}`;
  if (inProgress.has(key)) return out;
  inProgress.add(key);
  try {
    return collectBounds(cx, owner, qself, base, name, out);
  } finally {
    inProgress.delete(key);
  }
}

const inProgress = new Set<string>();

function collectBounds(cx: AstConvCtx, owner: DefId, qself: HirTy, base: Ty, name: string, out: { trait: DefId; args: ReturnType<typeof identityArgs> }[]): { trait: DefId; args: ReturnType<typeof identityArgs> }[] {
  const tcx = cx.tcx;
  if (base === SELF_PARAM) {
    const t = enclosing(cx, owner, 'Trait');
    if (t !== null) out.push({ trait: t, args: identityArgs(tcx, t) });
  }
  const param = paramRes(qself);
  let o: DefId | null = owner;
  for (let i = 0; o !== null && i < 8; i++) {
    const hg = tcx.hir.generics.get(o);
    for (const p of hg?.predicates ?? []) {
      const b = paramRes(p.boundedTy);
      if (b === null || b !== param) continue;
      for (const bound of p.bounds) {
        if (bound.res.tag !== 'Def' || bound.res.kind !== 'Trait') continue;
        if (!traitHasAssoc(tcx, bound.res.def, name, 0)) continue;
        const seg = bound.segments[bound.segments.length - 1];
        out.push({ trait: bound.res.def, args: traitRefArgs(cx, bound.res.def, base, seg?.args ?? null) });
      }
    }
    o = tcx.parent(o);
  }
  return out;
}

/** The TyParam DefId (or 'Self') a type path names. */
function paramRes(t: HirTy): DefId | 'Self' | null {
  if (t.kind.tag !== 'Path' || t.kind.qpath.tag !== 'Resolved') return null;
  const r = t.kind.qpath.path.res;
  if (r.tag === 'SelfTyParam') return 'Self';
  return r.tag === 'Def' && r.kind === 'TyParam' ? r.def : null;
}

/** Whether `trait` or one of its supertraits declares an associated type `name` (by HIR/metadata, without converting types). */
function traitHasAssoc(tcx: AstConvCtx['tcx'], trait: DefId, name: string, depth: number): boolean {
  const item = tcx.assocItemNamed(trait, name);
  if (item !== null && tcx.defKind(item) === 'AssocTy') return true;
  if (depth > 8) return false;
  const hg = isLocal(trait) ? tcx.hir.generics.get(trait) : null;
  if (hg) {
    for (const p of hg.predicates) {
      for (const b of p.bounds) if (b.res.tag === 'Def' && b.res.kind === 'Trait' && traitHasAssoc(tcx, b.res.def, name, depth + 1)) return true;
    }
    return false;
  }
  return (tcx.p(trait).ownPredicates?.(trait) ?? []).some((p) => p.self === SELF_PARAM && traitHasAssoc(tcx, p.trait, name, depth + 1));
}

/**
 * E0220 for `T::Name` as rustc words it: at the name, pointing out a similarly named
 * associated type of `T`'s bounds with a suggestion to use it.
 */
function reportParamAssocNotFound(cx: AstConvCtx, owner: DefId | null, qself: HirTy, base: Ty, name: string, span: HirTy['span']): void {
  const tcx = cx.tcx;
  const d = tcx.sess.dcx.err(`associated type \`${name}\` not found for \`${tcx.tyString(base)}\``, 'E0220');
  const candidates: { trait: DefId; name: string }[] = [];
  let o: DefId | null = owner;
  for (let i = 0; o !== null && i < 8; i++) {
    for (const p of tcx.hir.generics.get(o)?.predicates ?? []) {
      if (paramRes(p.boundedTy) !== paramRes(qself)) continue;
      for (const b of p.bounds) {
        if (b.res.tag !== 'Def' || b.res.kind !== 'Trait') continue;
        for (const item of tcx.assocItems(b.res.def)) if (tcx.defKind(item) === 'AssocTy') candidates.push({ trait: b.res.def, name: tcx.defName(item) });
      }
    }
    o = tcx.parent(o);
  }
  const similar = findSimilar(name, candidates.map((c) => c.name));
  const hit = similar !== null ? candidates.find((c) => c.name === similar) ?? null : null;
  if (hit === null) {
    d.primary(span, `associated type \`${name}\` not found`).emit();
    return;
  }
  const traitName = tcx.defName(hit.trait);
  d.primary(span, `there is a similarly named associated type \`${hit.name}\` in the trait \`${traitName}\``)
    .help(`change the associated type name to use \`${hit.name}\` from \`${traitName}\``, span, [{ span, replacement: hit.name, applicability: 'MaybeIncorrect', style: 'verbose' }])
    .emit();
}
