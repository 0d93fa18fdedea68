import type { Body, Place } from '../mir/mir.ts';
import { projectTy } from '../mir/tys.ts';
import type { AdtDef } from '../ty/adt.ts';
import type { DefId } from '../ty/def-id.ts';
import { tyKind } from '../ty/interner.ts';

/**
 * Whether an access of `access` may touch what the loan of `borrowed` points at (rustc's
 * places_conflict): same local, and along their common projections no two different fields
 * (of a struct; a union's fields overlap), variants or constant indices. A `shallow` access
 * (an assignment, which overwrites the place without reading through it) does not reach a
 * loan of data behind a pointer stored in the place.
 */
export function placesConflict(body: Body, adtDef: (d: DefId) => AdtDef, borrowed: Place, access: Place, shallow: boolean): boolean {
  if (borrowed.local !== access.local) return false;
  const a = borrowed.projection;
  const b = access.projection;
  let ty = body.locals[borrowed.local]!.ty;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.tag === 'Field' && y.tag === 'Field' && x.index !== y.index) {
      const k = tyKind(ty);
      const union = k.tag === 'Adt' && adtDef(k.def).kind === 'union';
      if (!union) return false;
    } else if (x.tag === 'Downcast' && y.tag === 'Downcast' && x.variant !== y.variant) {
      return false;
    } else if (x.tag === 'ConstantIndex' && y.tag === 'ConstantIndex' && x.fromEnd === y.fromEnd && x.offset !== y.offset) {
      return false;
    }
    ty = projectTy(ty, x);
  }
  if (a.length > b.length && shallow && a.slice(b.length).some((e) => e.tag === 'Deref')) return false;
  return true;
}
