// Operands: values as codegen holds them between MIR statements. Scalars and scalar pairs
// are SSA immediates; other aggregates stay in memory and are referred to by pointer.
import type { Ty } from '../ty/ty.ts';
import type { FnCx } from './fn-cx.ts';
import { layoutOfMono } from './fn-cx.ts';
import { isZst, type Layout, type Scalar } from './layout/layout.ts';
import { primAlign } from './layout/layout-of.ts';
import { immTy, isBoolScalar, memScalarTy, memTy } from './llvm-types.ts';
import { ptrTo, T } from './llvm-ir/types.ts';
import { constInt, type Value } from './llvm-ir/value.ts';
import { alignAtOffset, type PlaceRef } from './place.ts';
import { CodegenError } from './context.ts';

export type OperandValue =
  | { readonly tag: 'Zst' }
  | { readonly tag: 'Imm'; readonly v: Value }
  | { readonly tag: 'Pair'; readonly a: Value; readonly b: Value }
  /** In memory at `ptr` (an `i8*`). */
  | { readonly tag: 'Ref'; readonly ptr: Value; readonly align: number };

export interface OperandRef {
  readonly val: OperandValue;
  readonly ty: Ty;
  readonly layout: Layout;
}

/** Offset of the second scalar of a pair layout. */
export function pairOffset(fx: FnCx, l: Layout): number {
  if (l.abi.tag !== 'ScalarPair') throw new Error('not a scalar pair');
  const dl = fx.cx.lcx.dl;
  const a = l.abi.a.prim;
  const aSize = a.tag === 'Pointer' ? dl.pointerSize : a.bits / 8;
  const bAlign = primAlign(l.abi.b.prim, dl);
  return Math.ceil(aSize / bAlign) * bAlign;
}

/** Converts a scalar loaded from memory to its immediate form (i8 -> i1 for bools). */
export function toImm(fx: FnCx, v: Value, s: Scalar): Value {
  return isBoolScalar(s) && v.ty === T.i8 ? fx.b.cast('trunc', v, T.i1) : v;
}

/** Converts an immediate to its memory form (i1 -> i8 for bools). */
export function fromImm(fx: FnCx, v: Value, s: Scalar): Value {
  if (v.ty === T.i1 && memScalarTy(fx.cx, s) === T.i8) return fx.b.cast('zext', v, T.i8);
  return v;
}

export function loadScalarAt(fx: FnCx, ptr8: Value, offset: number, s: Scalar, align: number): Value {
  const ty = memScalarTy(fx.cx, s);
  const p = fx.b.byteOffset(ptr8, offset, fx.cx.isizeTy, ptrTo(ty));
  return toImm(fx, fx.b.load(p, alignAtOffset(align, offset)), s);
}

export function storeScalarAt(fx: FnCx, v: Value, ptr8: Value, offset: number, s: Scalar, align: number): void {
  const mv = fromImm(fx, v, s);
  const p = fx.b.byteOffset(ptr8, offset, fx.cx.isizeTy, ptrTo(mv.ty));
  fx.b.store(mv, p, alignAtOffset(align, offset));
}

export function loadOperand(fx: FnCx, p: PlaceRef): OperandRef {
  const l = p.layout;
  if (isZst(l)) return { val: { tag: 'Zst' }, ty: p.ty, layout: l };
  const abi = l.abi;
  if (p.meta !== null) throw new CodegenError('cannot load an unsized value');
  if (abi.tag === 'Scalar') return { val: { tag: 'Imm', v: loadScalarAt(fx, p.ptr, 0, abi.scalar, p.align) }, ty: p.ty, layout: l };
  if (abi.tag === 'ScalarPair') {
    const a = loadScalarAt(fx, p.ptr, 0, abi.a, p.align);
    const b = loadScalarAt(fx, p.ptr, pairOffset(fx, l), abi.b, p.align);
    return { val: { tag: 'Pair', a, b }, ty: p.ty, layout: l };
  }
  return { val: { tag: 'Ref', ptr: p.ptr, align: p.align }, ty: p.ty, layout: l };
}

export function storeOperand(fx: FnCx, op: OperandRef, dest: PlaceRef): void {
  const v = op.val;
  switch (v.tag) {
    case 'Zst': return;
    case 'Imm': {
      const abi = op.layout.abi;
      if (abi.tag !== 'Scalar') throw new CodegenError('immediate operand without a scalar layout');
      storeScalarAt(fx, v.v, dest.ptr, 0, abi.scalar, dest.align);
      return;
    }
    case 'Pair': {
      const abi = op.layout.abi;
      if (abi.tag !== 'ScalarPair') throw new CodegenError('pair operand without a scalar-pair layout');
      storeScalarAt(fx, v.a, dest.ptr, 0, abi.a, dest.align);
      storeScalarAt(fx, v.b, dest.ptr, pairOffset(fx, op.layout), abi.b, dest.align);
      return;
    }
    case 'Ref': {
      if (op.layout.size === 0) return;
      fx.b.memcpy(dest.ptr, v.ptr, constInt(fx.cx.isizeTy, op.layout.size), { dst: dest.align, src: v.align });
      return;
    }
  }
}

/** A fresh stack slot for a temporary of type `ty`. */
export function tempPlace(fx: FnCx, ty: Ty, hint = 'tmp'): PlaceRef {
  const layout = layoutOfMono(fx, ty);
  const ptr = fx.b.allocaBytes(memTy(fx.cx, ty), layout.align, hint);
  return { ptr, meta: null, ty, layout, align: layout.align };
}

/** Puts an operand in memory (for by-pointer passing and reinterpreting casts). */
export function spillOperand(fx: FnCx, op: OperandRef, hint = 'spill'): PlaceRef {
  const p = tempPlace(fx, op.ty, hint);
  storeOperand(fx, op, p);
  return p;
}

export function immOf(op: OperandRef): Value {
  if (op.val.tag !== 'Imm') throw new CodegenError(`expected a scalar operand, found ${op.val.tag}`);
  return op.val.v;
}

export function zstOperand(ty: Ty, layout: Layout): OperandRef {
  return { val: { tag: 'Zst' }, ty, layout };
}

/** An immediate operand for a value computed in registers. */
export function immOperand(fx: FnCx, ty: Ty, v: Value): OperandRef {
  const layout = layoutOfMono(fx, ty);
  if (layout.abi.tag !== 'Scalar') throw new CodegenError('immediate for a non-scalar type');
  const want = immTy(fx.cx, layout.abi.scalar);
  if (want !== v.ty) throw new CodegenError(`immediate of LLVM type ${v.ty.s} for a value of type ${want.s}`);
  return { val: { tag: 'Imm', v }, ty, layout };
}
