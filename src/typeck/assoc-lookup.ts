import type { TcxImpl } from '../middle/tcx.ts';
import type { DefId } from '../ty/def-id.ts';
import type { GenericArgs, Ty } from '../ty/ty.ts';
import { substArgsOf } from './subst.ts';
import { withLooseInfer } from '../middle/impl-match.ts';

/** An associated item found for a self type: an impl's item or a trait's default. */
export interface AssocCandidate {
  readonly def: DefId;
  /** `[Self]` for a trait's default method used by an impl that does not override it. */
  readonly args: GenericArgs;
  readonly fromTrait: DefId | null;
}

/** Items named `name` in inherent impls of `self`. */
export function inherentCandidates(tcx: TcxImpl, self: Ty, name: string): AssocCandidate[] {
  const out: AssocCandidate[] = [];
  for (const { impl, args } of tcx.implsFor(self)) {
    if (tcx.implTrait(impl) !== null) continue;
    const item = tcx.assocItemNamed(impl, name);
    if (item !== null) out.push({ def: item, args, fromTrait: null });
  }
  return out;
}

/** Items named `name` of traits implemented for `self` (the impl's item, else the trait's default). */
export function traitCandidates(tcx: TcxImpl, self: Ty, name: string): AssocCandidate[] {
  const out: AssocCandidate[] = [];
  for (const { impl, args } of tcx.implsFor(self)) {
    const trait = tcx.implTrait(impl);
    if (trait === null) continue;
    const item = tcx.assocItemNamed(impl, name);
    if (item !== null) {
      out.push({ def: item, args, fromTrait: trait });
      continue;
    }
    const provided = tcx.assocItemNamed(trait, name);
    if (provided !== null && tcx.hasBody(provided)) out.push({ def: provided, args: substArgsOf(tcx.implTraitRef(impl)?.args ?? [{ tag: 'Type', ty: self }], args), fromTrait: trait });
  }
  return out;
}

/** `Type::name` in expression position: inherent items first, then trait items. */
export function lookupAssocItem(tcx: TcxImpl, self: Ty, name: string): AssocCandidate | null {
  return inherentCandidates(tcx, self, name)[0]
    ?? traitCandidates(tcx, self, name)[0]
    // `HashMap::new()`: arguments still unknown may be what the impl fixes (`S = RandomState`).
    ?? withLooseInfer(() => inherentCandidates(tcx, self, name))[0]
    ?? null;
}
