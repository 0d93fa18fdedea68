// What a trait object type `dyn Trait + Auto` is known to implement, and the methods a
// receiver of that type can call (rustc's object candidates): the principal trait's and its
// supertraits', every one with `Self = dyn Trait` (calls of them dispatch through the vtable).
import type { TcxImpl } from '../middle/tcx.ts';
import type { DefId } from '../ty/def-id.ts';
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import type { AssocCandidate } from './assoc-lookup.ts';
import { supertraitsOf } from './predicates.ts';

/** A trait and its supertraits, transitively (breadth first, each once). */
export function traitAndSupertraits(tcx: TcxImpl, trait: DefId): DefId[] {
  const out: DefId[] = [trait];
  for (let i = 0; i < out.length; i++) {
    for (const s of supertraitsOf(tcx, out[i]!)) if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** Whether the trait object type `self` implements `trait` by being `dyn trait` (or a subtrait). */
export function dynImplements(tcx: TcxImpl, self: Ty, trait: DefId): boolean {
  const k = tyKind(self);
  if (k.tag !== 'Dynamic') return false;
  if (k.autoTraits.includes(trait)) return true;
  return k.principal !== null && traitAndSupertraits(tcx, k.principal.def).includes(trait);
}

/** Methods named `name` callable on the trait object type `self`. */
export function objectCandidates(tcx: TcxImpl, self: Ty, name: string): AssocCandidate[] {
  const k = tyKind(self);
  if (k.tag !== 'Dynamic' || k.principal === null) return [];
  const out: AssocCandidate[] = [];
  for (const trait of traitAndSupertraits(tcx, k.principal.def)) {
    const item = tcx.assocItemNamed(trait, name);
    if (item === null || tcx.defKind(item) !== 'AssocFn') continue;
    // The principal's own generic args follow `Self` (supertraits' are not tracked yet).
    const args = trait === k.principal.def ? [{ tag: 'Type' as const, ty: self }, ...k.principal.args] : [{ tag: 'Type' as const, ty: self }];
    out.push({ def: item, args, fromTrait: trait });
  }
  return out;
}
