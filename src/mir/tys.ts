import { mkTuple, mkTy, tyKind, tys } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import type { AdtDef } from '../ty/adt.ts';
import type { DefId } from '../ty/def-id.ts';
import type { Body, Operand, Place, PlaceElem, Rvalue } from './mir.ts';

// Types of MIR places, operands and rvalues, and integer facts (width, signedness) that
// the builder, borrowck, the interpreter and codegen all need.

export interface IntInfo {
  readonly signed: boolean;
  readonly bits: number;
}

const INFO_CACHE: Map<Ty, IntInfo | null>[] = [];

/** Width and signedness of an integer-like type (ints, bool, char); null otherwise. */
export function intInfo(ty: Ty, pointerWidth: number): IntInfo | null {
  // Memoized per pointer width: this is asked for every literal and operator.
  const cache = (INFO_CACHE[pointerWidth] ??= new Map());
  let r = cache.get(ty);
  if (r === undefined) {
    r = computeIntInfo(ty, pointerWidth);
    cache.set(ty, r);
  }
  return r;
}

function computeIntInfo(ty: Ty, pointerWidth: number): IntInfo | null {
  const k = tyKind(ty);
  switch (k.tag) {
    case 'Int': return { signed: true, bits: k.int === 'isize' ? pointerWidth : Number(k.int.slice(1)) };
    case 'Uint': return { signed: false, bits: k.uint === 'usize' ? pointerWidth : Number(k.uint.slice(1)) };
    case 'Bool': return { signed: false, bits: 8 };
    case 'Char': return { signed: false, bits: 32 };
    default: return null;
  }
}

export function isIntegral(ty: Ty): boolean {
  const t = tyKind(ty).tag;
  return t === 'Int' || t === 'Uint';
}

export function isSignedInt(ty: Ty): boolean {
  return tyKind(ty).tag === 'Int';
}

/** Truncate `v` to `bits` bits, zero-extended (MIR's Scalar representation). */
export function truncBits(v: bigint, bits: number): bigint {
  return BigInt.asUintN(bits, v);
}

/** Interpret zero-extended bits as the signed or unsigned value. */
export function bitsToValue(bits: bigint, info: IntInfo): bigint {
  return info.signed ? BigInt.asIntN(info.bits, bits) : BigInt.asUintN(info.bits, bits);
}

export function intMin(info: IntInfo): bigint {
  return info.signed ? -(1n << BigInt(info.bits - 1)) : 0n;
}

export function intMax(info: IntInfo): bigint {
  return info.signed ? (1n << BigInt(info.bits - 1)) - 1n : (1n << BigInt(info.bits)) - 1n;
}

/** The unsigned type of the same width (shift amounts are compared unsigned). */
export function unsignedOf(ty: Ty): Ty {
  const k = tyKind(ty);
  if (k.tag !== 'Int') return ty;
  const map = { isize: tys.usize, i8: tys.u8, i16: tys.u16, i32: tys.u32, i64: tys.u64, i128: tys.u128 } as const;
  return map[k.int];
}

/** Length of an array type, if known. */
export function arrayLen(ty: Ty): bigint | null {
  const k = tyKind(ty);
  return k.tag === 'Array' && k.len.tag === 'Value' ? k.len.bits : null;
}

/** What type queries on MIR need from outside (ADT field types and discriminant types). */
export interface MirTyCx {
  adtDef(def: DefId): AdtDef;
}

export function projectTy(ty: Ty, elem: PlaceElem): Ty {
  switch (elem.tag) {
    case 'Deref': {
      const k = tyKind(ty);
      if (k.tag === 'Ref' || k.tag === 'RawPtr') return k.pointee;
      throw new Error(`MIR: deref of non-pointer type ${ty}`);
    }
    case 'Field':
      return elem.ty;
    case 'Index':
    case 'ConstantIndex': {
      const k = tyKind(ty);
      if (k.tag === 'Array' || k.tag === 'Slice') return k.elem;
      throw new Error(`MIR: index of non-array type ${ty}`);
    }
    case 'Subslice': {
      const k = tyKind(ty);
      if (k.tag === 'Slice') return ty;
      if (k.tag === 'Array' && k.len.tag === 'Value') {
        const len = k.len.bits - BigInt(elem.from) - BigInt(elem.to);
        return mkTy({ tag: 'Array', elem: k.elem, len: { tag: 'Value', ty: tys.usize, bits: len } });
      }
      throw new Error(`MIR: subslice of non-array type ${ty}`);
    }
    case 'Downcast':
      return ty;
  }
}

export function placeTy(body: Pick<Body, 'locals'>, place: Place): Ty {
  let ty = body.locals[place.local]!.ty;
  for (const e of place.projection) ty = projectTy(ty, e);
  return ty;
}

export function operandTy(body: Pick<Body, 'locals'>, op: Operand): Ty {
  return op.tag === 'Constant' ? op.constant.ty : placeTy(body, op.place);
}

export function discriminantTy(adt: AdtDef): Ty {
  const r = adt.repr.int;
  if (r === null) return tys.isize;
  return mkTy(r.startsWith('u') ? { tag: 'Uint', uint: r as 'u8' } : { tag: 'Int', int: r as 'i8' });
}

export function rvalueTy(body: Pick<Body, 'locals'>, rv: Rvalue, cx: MirTyCx): Ty {
  switch (rv.tag) {
    case 'Use': return operandTy(body, rv.operand);
    case 'Repeat':
      return mkTy({ tag: 'Array', elem: operandTy(body, rv.operand), len: rv.count });
    case 'Ref': return mkTy({ tag: 'Ref', mutbl: rv.mutbl, pointee: placeTy(body, rv.place) });
    case 'RawPtr': return mkTy({ tag: 'RawPtr', mutbl: rv.mutbl, pointee: placeTy(body, rv.place) });
    case 'Len': return tys.usize;
    case 'Cast': return rv.ty;
    case 'BinaryOp':
      switch (rv.op) {
        case 'Eq': case 'Lt': case 'Le': case 'Ne': case 'Ge': case 'Gt': return tys.bool;
        case 'Cmp': return tys.i8;
        default: return operandTy(body, rv.lhs);
      }
    case 'CheckedBinaryOp': return mkTuple([operandTy(body, rv.lhs), tys.bool]);
    case 'UnaryOp': return rv.op === 'PtrMetadata' ? tys.usize : operandTy(body, rv.operand);
    case 'NullaryOp': return rv.op === 'UbChecks' ? tys.bool : tys.usize;
    case 'Discriminant': {
      const k = tyKind(placeTy(body, rv.place));
      return k.tag === 'Adt' ? discriminantTy(cx.adtDef(k.def)) : tys.u8;
    }
    case 'Aggregate': {
      const k = rv.kind;
      switch (k.tag) {
        case 'Array':
          return mkTy({ tag: 'Array', elem: k.elem, len: { tag: 'Value', ty: tys.usize, bits: BigInt(rv.operands.length) } });
        case 'Tuple': return mkTuple(rv.operands.map((o) => operandTy(body, o)));
        case 'Adt': return mkTy({ tag: 'Adt', def: k.def, args: k.args });
        case 'Closure': throw new Error('MIR: closure aggregate types are not supported yet');
      }
    }
    // falls through (unreachable: every aggregate kind returns)
    case 'CopyForDeref': return placeTy(body, rv.place);
  }
}
