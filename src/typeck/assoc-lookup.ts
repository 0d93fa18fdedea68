import type { TcxImpl } from '../middle/tcx.ts';
import type { DefId } from '../ty/def-id.ts';
import { tyKind, tys } from '../ty/interner.ts';
import type { GenericArgs, Ty } from '../ty/ty.ts';
import { substArgsOf } from './subst.ts';
import { fillArgs, matchPartial, withLooseInfer } from '../middle/impl-match.ts';

/** An associated item found for a self type: an impl's item or a trait's default. */
export interface AssocCandidate {
  readonly def: DefId;
  /** `[Self]` for a trait's default method used by an impl that does not override it. */
  readonly args: GenericArgs;
  readonly fromTrait: DefId | null;
  /**
   * The trait's own item with only `Self` known (`args` is `[Self]`): which impl applies
   * depends on trait arguments inference has yet to find (`"x".into()`, `5.cmp(&3)`,
   * `s.eq(&t)` with several `PartialEq` impls), so it is left to an obligation, as with
   * rustc's trait candidates.
   */
  readonly viaObligation?: boolean;
}

/** Items named `name` in inherent impls of `self`. */
export function inherentCandidates(tcx: TcxImpl, self: Ty, name: string): AssocCandidate[] {
  const out: AssocCandidate[] = [];
  for (const { impl, args } of tcx.inherentImplsMatching(self)) {
    const item = tcx.assocItemNamed(impl, name);
    if (item !== null) out.push({ def: item, args, fromTrait: null });
  }
  return out;
}

/** How `self: trait` can hold: through one impl whose arguments `self` fixes, or not known yet. */
export type TraitMatch =
  | { readonly tag: 'impl'; readonly impl: DefId; readonly args: GenericArgs }
  | { readonly tag: 'ambiguous' };

/**
 * Whether `trait` may be implemented for `self` (rustc's predicate_may_hold for a probe):
 * impls whose self type matches and whose bounds may hold. A single impl fixing all its
 * parameters is the answer; several, or one leaving parameters to the trait's arguments
 * (`impl<T, U: From<T>> Into<U> for T`), are for an obligation to choose between later.
 * An integer or float literal of unknown type may use any impl for an integer (float) type.
 */
export function matchTrait(tcx: TcxImpl, trait: DefId, self: Ty): TraitMatch | null {
  const k = tyKind(self);
  if (k.tag === 'Infer') {
    if (k.kind === 'ty') return null;
    const fits = (impl: DefId): boolean => {
      const t = tyKind(tcx.typeOf(impl)).tag;
      return t === 'Param' || (k.kind === 'int' ? t === 'Int' || t === 'Uint' : t === 'Float');
    };
    return tcx.traitImpls(trait).some(fits) ? { tag: 'ambiguous' } : null;
  }
  const found: { impl: DefId; args: GenericArgs }[] = [];
  let partial = false;
  for (const impl of tcx.traitImplsFor(trait, self)) {
    const n = tcx.genericsOf(impl).count;
    if (n === 0) {
      if (tcx.typeOf(impl) === self) found.push({ impl, args: [] });
      continue;
    }
    const out = matchPartial(tcx.typeOf(impl), self, n);
    if (out === null) continue;
    if (out.includes(undefined)) tcx.bindFromProjections(impl, out, null);
    // Parameters still unbound only the trait's arguments fix: any type may do for now.
    const args: GenericArgs = fillArgs(out, () => ({ tag: 'Type', ty: tys.error }));
    if (!tcx.implBoundsHold(impl, args)) continue;
    if (out.includes(undefined)) partial = true;
    else found.push({ impl, args });
  }
  if (!partial && found.length === 1) return { tag: 'impl', ...found[0]! };
  return partial || found.length > 1 ? { tag: 'ambiguous' } : null;
}

/**
 * The item named `name` of `trait` for `self`: the impl's item (else the trait's default)
 * when one impl is known, else the trait's item to be settled by an obligation.
 */
export function traitCandidate(tcx: TcxImpl, trait: DefId, self: Ty, name: string): AssocCandidate | null {
  const traitItem = tcx.assocItemNamed(trait, name);
  if (traitItem === null) return null;
  const m = matchTrait(tcx, trait, self);
  if (m === null) return null;
  if (m.tag === 'ambiguous') {
    // Only a method's impl can be chosen by a later obligation; constants need the impl now.
    return tcx.defKind(traitItem) === 'AssocFn' ? { def: traitItem, args: [{ tag: 'Type', ty: self }], fromTrait: trait, viaObligation: true } : null;
  }
  const item = tcx.assocItemNamed(m.impl, name);
  if (item !== null) return { def: item, args: m.args, fromTrait: trait };
  if (!tcx.hasBody(traitItem)) return null;
  return { def: traitItem, args: substArgsOf(tcx.implTraitRef(m.impl)?.args ?? [{ tag: 'Type', ty: self }], m.args), fromTrait: trait };
}

/** Items named `name` of the traits in `traits` that may be implemented for `self`. */
export function traitCandidates(tcx: TcxImpl, self: Ty, name: string, traits: readonly DefId[]): AssocCandidate[] {
  const out: AssocCandidate[] = [];
  for (const trait of traits) {
    const c = traitCandidate(tcx, trait, self, name);
    if (c !== null) out.push(c);
  }
  return out;
}

/** `Type::name` in expression position: inherent items first, then items of traits in scope. */
export function lookupAssocItem(tcx: TcxImpl, self: Ty, name: string, traits: readonly DefId[]): AssocCandidate | null {
  return inherentCandidates(tcx, self, name)[0]
    ?? traitCandidates(tcx, self, name, traits)[0]
    // `HashMap::new()`: arguments still unknown may be what the impl fixes (`S = RandomState`).
    ?? withLooseInfer(() => inherentCandidates(tcx, self, name))[0]
    ?? null;
}
