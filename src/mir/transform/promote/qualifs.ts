import type { AdtDef } from '../../../ty/adt.ts';
import { closureUpvars } from '../../../ty/closure.ts';
import type { DefId } from '../../../ty/def-id.ts';
import { tyKind } from '../../../ty/interner.ts';
import { substTy } from '../../../ty/subst.ts';
import type { GenericArgs, Ty } from '../../../ty/ty.ts';
import type { Body, Local, Operand, Place, Rvalue } from '../../mir.ts';
import { placeTy, projectTy, rvalueTy } from '../../tys.ts';

// Value-based qualifications of promotion candidates (rustc's check_consts::qualifs): a
// value built from parts qualifies if one of its parts does, or if its ADT always does
// (UnsafeCell for interior mutability, a Drop impl for needing drop). Values that cannot be
// looked into (constants, call results) qualify by their type.

export interface QualifCx {
  adtDef(def: DefId): AdtDef;
  /** Whether dropping a value of `ty` may run code (type parameters: yes). */
  needsDrop(ty: Ty): boolean;
  /** Whether the ADT itself implements `Drop`. */
  adtHasDtor(def: DefId): boolean;
  /** The `unsafe_cell` lang item, if the crate graph has one. */
  unsafeCell(): DefId | null;
}

export interface Qualif {
  /** Whether some value of `ty` may have the qualif (the fallback when the value is unknown). */
  inAnyValueOfTy(ty: Ty): boolean;
  /** Whether every value of this ADT has it, whatever its fields hold. */
  inAdtInherently(def: DefId, args: GenericArgs): boolean;
}

/** Interior mutability: a shared borrow of it could change what the promoted holds. */
export function hasMutInterior(cx: QualifCx): Qualif {
  const memo = new Map<Ty, boolean>();
  const notFreeze = (ty: Ty): boolean => {
    const hit = memo.get(ty);
    if (hit !== undefined) return hit;
    memo.set(ty, false); // a type reached through itself adds nothing
    const r = computeNotFreeze(cx, ty, notFreeze);
    memo.set(ty, r);
    return r;
  };
  return {
    inAnyValueOfTy: notFreeze,
    inAdtInherently: (def) => def === cx.unsafeCell(),
  };
}

function computeNotFreeze(cx: QualifCx, ty: Ty, rec: (t: Ty) => boolean): boolean {
  const k = tyKind(ty);
  switch (k.tag) {
    case 'Adt': {
      if (k.def === cx.unsafeCell()) return true;
      return cx.adtDef(k.def).variants.some((v) => v.fields.some((f) => rec(substTy(f.ty, k.args))));
    }
    case 'Tuple': return k.elems.some(rec);
    case 'Array': case 'Slice': return rec(k.elem);
    case 'Closure': return closureUpvars(k.args).some(rec);
    // Not known to be `Freeze` (no bound can say so).
    case 'Param': case 'Alias': case 'Dynamic': case 'Foreign': case 'Infer': case 'Error': return true;
    default: return false;
  }
}

/** Needing drop: a promoted value is never dropped, so dropping must not run code. */
export function needsDropQualif(cx: QualifCx): Qualif {
  return {
    inAnyValueOfTy: (ty) => cx.needsDrop(ty),
    inAdtInherently: (def) => cx.adtHasDtor(def),
  };
}

export type InLocal = (l: Local) => boolean;

export function inRvalue(q: Qualif, cx: QualifCx, body: Body, inLocal: InLocal, rv: Rvalue): boolean {
  switch (rv.tag) {
    case 'NullaryOp': return q.inAnyValueOfTy(rvalueTy(body, rv, cx));
    case 'Len': case 'Discriminant': return inPlace(q, body, inLocal, rv.place);
    case 'Use': case 'Repeat': case 'UnaryOp': case 'Cast': return inOperand(q, body, inLocal, rv.operand);
    case 'BinaryOp': case 'CheckedBinaryOp': return inOperand(q, body, inLocal, rv.lhs) || inOperand(q, body, inLocal, rv.rhs);
    case 'CopyForDeref': return inPlace(q, body, inLocal, rv.place);
    case 'Ref': case 'RawPtr': {
      // A reborrow `&*r` of a reference is like a copy of `r`.
      const base = reborrowBase(body, rv.place);
      return inPlace(q, body, inLocal, base ?? rv.place);
    }
    case 'Aggregate': {
      const k = rv.kind;
      if (k.tag === 'Adt') {
        if (q.inAdtInherently(k.def, k.args)) return true;
        if (cx.adtDef(k.def).kind === 'union' && q.inAnyValueOfTy(rvalueTy(body, rv, cx))) return true;
      }
      return rv.operands.some((o) => inOperand(q, body, inLocal, o));
    }
  }
}

/** `p` without its last `Deref` when that dereferences a reference (`&*r`), else null. */
export function reborrowBase(body: Body, p: Place): Place | null {
  const n = p.projection.length;
  if (n === 0 || p.projection[n - 1]!.tag !== 'Deref') return null;
  const base: Place = { local: p.local, projection: p.projection.slice(0, n - 1) };
  return tyKind(placeTy(body, base)).tag === 'Ref' ? base : null;
}

export function inPlace(q: Qualif, body: Body, inLocal: InLocal, place: Place): boolean {
  // From the outermost projection in: a part whose type cannot have the qualif settles it.
  for (let n = place.projection.length; n > 0; n--) {
    const elem = place.projection[n - 1]!;
    if (elem.tag === 'Index' && inLocal(elem.local)) return true;
    const baseTy = placeTy(body, { local: place.local, projection: place.projection.slice(0, n - 1) });
    if (!q.inAnyValueOfTy(projectTy(baseTy, elem))) return false;
  }
  return inLocal(place.local);
}

export function inOperand(q: Qualif, body: Body, inLocal: InLocal, op: Operand): boolean {
  if (op.tag !== 'Constant') return inPlace(q, body, inLocal, op.place);
  // Constants are already values; const items were inlined as aggregates (looked into above).
  return q.inAnyValueOfTy(op.constant.ty);
}
