// Vtable layout (rustc's vtable entries): drop_in_place, size and align, then the methods:
// each supertrait's first (depth first, in declaration order of the bounds), then the trait's
// own in declaration order. Methods that cannot be called on `dyn` (`where Self: Sized`) keep
// a slot holding null, as rustc's `Vacant` entries do.
import type { DefId } from '../ty/def-id.ts';
import { tyKind } from '../ty/interner.ts';
import type { GenericArgs, Ty } from '../ty/ty.ts';
import { isVtableMethod } from '../typeck/object-safety.ts';
import { supertraitsOf } from '../typeck/predicates.ts';
import type { TcxImpl } from './tcx.ts';
import { fnTraitMethodKind } from './fn-instance.ts';

/** Slots before the first method: drop_in_place, size, align. */
export const COMMON_VTABLE_ENTRIES = 3;

/** The trait methods of `trait`'s vtable in slot order (after the common entries). */
export function vtableMethods(tcx: TcxImpl, trait: DefId): readonly DefId[] {
  return tcx.queries.get('vtableMethods', trait, () => {
    const out: DefId[] = [];
    const seen = new Set<DefId>();
    const sized = tcx.langItem('sized');
    const visit = (t: DefId): void => {
      if (seen.has(t)) return;
      seen.add(t);
      for (const s of supertraitsOf(tcx, t)) if (s !== sized) visit(s);
      for (const item of tcx.assocItems(t)) if (tcx.defKind(item) === 'AssocFn' && tcx.implicitSelf(item) !== 'none') out.push(item);
    };
    visit(trait);
    return out;
  }, () => []);
}

/** The vtable slot a call of trait method `method` on `dyn principal` goes through, or null. */
export function virtualSlot(tcx: TcxImpl, self: Ty, method: DefId): number | null {
  const k = tyKind(self);
  if (k.tag !== 'Dynamic' || k.principal === null) return null;
  const i = vtableMethods(tcx, k.principal.def).indexOf(method);
  return i < 0 ? null : COMMON_VTABLE_ENTRIES + i;
}

/** Each method slot of the vtable of `principal` for the concrete type `ty` (null: vacant). */
export function vtableInstances(tcx: TcxImpl, ty: Ty, principal: { readonly def: DefId; readonly args: GenericArgs }) {
  return vtableMethods(tcx, principal.def).map((m) => {
    if (!isVtableMethod(tcx, m)) return null;
    const trait = tcx.traitOfItem(m);
    // `Fn<A>: FnMut<A>: FnOnce<A>` share their argument tuple (other supertraits' args are not tracked yet).
    const sameArgs = trait === principal.def || (trait !== null && fnTraitMethodKind(tcx, m) !== null && isFnTrait(tcx, principal.def));
    const args: GenericArgs = [{ tag: 'Type', ty }, ...(sameArgs ? principal.args : [])];
    // A by-value `self` (`FnOnce::call_once`) reaches the slot as the value's address: a shim
    // moves it out and calls the concrete method (which drops what a Fn closure captured).
    const self = tcx.implicitSelf(m);
    if (self === 'value' || self === 'mutValue') return { def: m, args, kind: { tag: 'VTableShim' as const } };
    return tcx.resolveInstance(m, args);
  });
}

function isFnTrait(tcx: TcxImpl, trait: DefId): boolean {
  return trait === tcx.langItem('fn') || trait === tcx.langItem('fn_mut') || trait === tcx.langItem('fn_once');
}
