import { tyKind } from '../../../ty/interner.ts';
import type { Mutbl, Ty } from '../../../ty/ty.ts';
import type { Body, Local, Operand, Place, Rvalue } from '../../mir.ts';
import { arrayLen, intInfo, operandTy, placeTy } from '../../tys.ts';
import type { Location } from '../../visit-locals.ts';
import { hasMutInterior, inRvalue, needsDropQualif, reborrowBase, type Qualif, type QualifCx } from './qualifs.ts';
import type { TempState } from './temps.ts';

// Which borrows may be promoted (rustc's promote_consts Validator), for the bodies of fns
// and closures: the borrowed temporary must be computed from constants and other such
// temporaries by operations that cannot fail at run time, without calls (rustc promotes
// calls only inside const and static items), without reading statics or through pointers,
// and its value must neither need drop nor (for shared borrows) have interior mutability.

export interface ValidateCx extends QualifCx {
  readonly pointerWidth: number;
}

export class Validator {
  private readonly mutInterior: Qualif;
  private readonly needsDrop: Qualif;

  constructor(
    private readonly body: Body,
    private readonly cx: ValidateCx,
    private readonly temps: TempState[],
    /** Temporaries whose borrows are promoted whatever their value (reference constants). */
    private readonly explicit: ReadonlySet<Local>,
  ) {
    this.mutInterior = hasMutInterior(cx);
    this.needsDrop = needsDropQualif(cx);
  }

  /** Whether the borrow at `loc` (an assignment of a `Ref` rvalue) can be promoted. */
  validateCandidate(loc: Location): boolean {
    const st = this.body.blocks[loc.block]!.statements[loc.index]!;
    if (st.tag !== 'Assign' || st.rvalue.tag !== 'Ref') throw new Error('promotion: candidate is not a borrow');
    const place = st.rvalue.place;
    // Only the borrowed temporary is promoted; the projections stay in the source.
    if (!this.validateLocal(place.local)) return false;
    if (place.projection.some((e) => e.tag === 'Deref')) return false;
    if (this.explicit.has(place.local)) return true;
    if (!this.validateRef(st.rvalue.mutbl, place)) return false;
    // A promoted value is never dropped.
    return !this.qualifLocal(this.needsDrop, place.local);
  }

  private qualifLocal(q: Qualif, l: Local): boolean {
    const t = this.temps[l]!;
    if (t.tag !== 'Defined') return true;
    const block = this.body.blocks[t.loc.block]!;
    const st = block.statements[t.loc.index];
    if (st === undefined) return q.inAnyValueOfTy(this.body.locals[l]!.ty); // a call's result
    if (st.tag !== 'Assign') throw new Error('promotion: temp defined by a non-assignment');
    return inRvalue(q, this.cx, this.body, (x) => this.qualifLocal(q, x), st.rvalue);
  }

  private validateLocal(l: Local): boolean {
    const t = this.temps[l]!;
    if (t.tag !== 'Defined') return false;
    if (t.valid !== null) return t.valid;
    const st = this.body.blocks[t.loc.block]!.statements[t.loc.index];
    // Defined by a call: never promoted outside const contexts (no `#[rustc_promotable]`).
    const ok = st !== undefined && st.tag === 'Assign' && this.validateRvalue(st.rvalue);
    t.valid = ok;
    if (!ok) this.temps[l] = { tag: 'Unpromotable' };
    return ok;
  }

  private validatePlace(p: Place): boolean {
    for (let n = p.projection.length; n > 0; n--) {
      const elem = p.projection[n - 1]!;
      const base: Place = { local: p.local, projection: p.projection.slice(0, n - 1) };
      switch (elem.tag) {
        // Reading through a pointer could read a static or mutable memory (rustc allows
        // `*&STATIC` only inside statics).
        case 'Deref': case 'Downcast': return false;
        case 'ConstantIndex': case 'Subslice': break;
        case 'Index': {
          // Only a constant index known to be in bounds of an array.
          const idx = this.constIndex(elem.local);
          const len = arrayLen(placeTy(this.body, base));
          if (idx === null || len === null || idx >= len) return false;
          if (!this.validateLocal(elem.local)) return false;
          break;
        }
        case 'Field':
          if (this.isUnion(placeTy(this.body, base))) return false;
          break;
      }
    }
    return this.validateLocal(p.local);
  }

  private isUnion(ty: Ty): boolean {
    const k = tyKind(ty);
    return k.tag === 'Adt' && this.cx.adtDef(k.def).kind === 'union';
  }

  /** The value of an index temp assigned a constant, else null. */
  private constIndex(l: Local): bigint | null {
    const t = this.temps[l]!;
    if (t.tag !== 'Defined') return null;
    const st = this.body.blocks[t.loc.block]!.statements[t.loc.index];
    if (!st || st.tag !== 'Assign' || st.rvalue.tag !== 'Use') return null;
    return constScalar(st.rvalue.operand);
  }

  private validateOperand(o: Operand): boolean {
    if (o.tag !== 'Constant') return this.validatePlace(o.place);
    // Only statics may refer to other statics.
    return o.constant.value.tag !== 'StaticRef';
  }

  private validateRef(mutbl: Mutbl, place: Place): boolean {
    if (mutbl === 'not') return !this.qualifLocal(this.mutInterior, place.local);
    // Of mutable borrows, only `&mut []` (any zero-length array) is promoted.
    return arrayLen(placeTy(this.body, place)) === 0n;
  }

  private validateRvalue(rv: Rvalue): boolean {
    switch (rv.tag) {
      case 'Use': case 'Repeat': return this.validateOperand(rv.operand);
      case 'Len': case 'Discriminant': return this.validatePlace(rv.place);
      // A pointer's address is not known at compile time.
      case 'Cast': return rv.kind !== 'PointerExposeAddress' && this.validateOperand(rv.operand);
      case 'NullaryOp': return true;
      case 'UnaryOp': return this.validateOperand(rv.operand);
      case 'BinaryOp': case 'CheckedBinaryOp': return this.validateBinary(rv.op, rv.lhs, rv.rhs);
      case 'RawPtr': {
        // `&raw const *r` of a reference is a reborrow; creating other raw pointers is not promoted.
        const base = reborrowBase(this.body, rv.place);
        return base !== null && this.validatePlace(base);
      }
      case 'Ref': {
        const base = reborrowBase(this.body, rv.place);
        return this.validatePlace(base ?? rv.place) && this.validateRef(rv.mutbl, rv.place);
      }
      case 'Aggregate': return rv.operands.every((o) => this.validateOperand(o));
      case 'CopyForDeref': return false;
    }
  }

  private validateBinary(op: string, lhs: Operand, rhs: Operand): boolean {
    const lhsTy = operandTy(this.body, lhs);
    const lk = tyKind(lhsTy).tag;
    // Raw and fn pointer comparisons and offsets are not constant.
    if (lk === 'RawPtr' || lk === 'FnPtr') return false;
    if ((op === 'Div' || op === 'Rem') && (lk === 'Int' || lk === 'Uint')) {
      // Only when it cannot panic: a non-zero constant divisor, and not `MIN / -1`.
      const info = intInfo(lhsTy, this.cx.pointerWidth)!;
      const d = constScalar(rhs);
      if (d === null || d === 0n) return false;
      if (info.signed && BigInt.asIntN(info.bits, d) === -1n) {
        const n = constScalar(lhs);
        if (n === null || BigInt.asIntN(info.bits, n) === -(1n << BigInt(info.bits - 1))) return false;
      }
    }
    return this.validateOperand(lhs) && this.validateOperand(rhs);
  }
}

/** The bits of a scalar constant operand, else null. */
function constScalar(o: Operand): bigint | null {
  return o.tag === 'Constant' && o.constant.value.tag === 'Scalar' ? o.constant.value.bits : null;
}
