// MIR constants as operands: scalars become LLVM constants, `&str`/`&[T]` literals a private
// constant plus its length, aggregate constants a private global read through a pointer.
import type { Constant } from '../mir/mir.ts';
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { allocAddr, allocOfIndirect, readUint, relocTargetAddr, type ConstAlloc } from './const-alloc.ts';
import { CodegenError, type CodegenCx } from './context.ts';
import { constEvaluatorOf, evalConstInstance, evalPromoted } from './const-eval.ts';
import { instanceKey } from '../mono/item.ts';
import { fnRef, staticAddr } from './declare.ts';
import { layoutOfMono, mono, monoConst, type FnCx } from './fn-cx.ts';
import { isZst, type Layout, type Scalar } from './layout/layout.ts';
import { substArgs } from '../mono/subst.ts';
import { immTy } from './llvm-types.ts';
import { T } from './llvm-ir/types.ts';
import { constBitcast, constByteOffset, constFloatBits, constInt, type Value } from './llvm-ir/value.ts';
import type { OperandRef } from './operand.ts';
import { pairOffset } from './operand.ts';
import { resolveFnInstance } from './resolve.ts';

/** An immediate LLVM constant for scalar `s` holding `bits`. */
export function scalarConst(fx: FnCx, s: Scalar, bits: bigint): Value {
  const ty = immTy(fx.cx, s);
  switch (s.prim.tag) {
    case 'Int': return constInt(ty, bits);
    case 'Float': return constFloatBits(ty, BigInt.asUintN(s.prim.bits, bits));
    case 'Pointer':
      if (bits === 0n) return { ty: T.i8p, s: 'null' };
      return { ty: T.i8p, s: `inttoptr (${fx.cx.isizeTy.s} ${BigInt.asUintN(fx.cx.lcx.dl.pointerSize * 8, bits)} to i8*)` };
  }
}

function scalarFromAlloc(fx: FnCx, alloc: ConstAlloc, offset: number, s: Scalar): Value {
  const dl = fx.cx.lcx.dl;
  const size = s.prim.tag === 'Pointer' ? dl.pointerSize : s.prim.bits / 8;
  const bits = readUint(alloc.bytes, offset, size, dl.bigEndian);
  const reloc = alloc.relocs.find((r) => r.offset === offset);
  if (reloc) {
    const base = relocTargetAddr(fx.cx, reloc.target);
    const addend = Number(BigInt.asIntN(size * 8, bits));
    return addend === 0 ? base : constByteOffset(base, addend, dl.pointerSize * 8);
  }
  return scalarConst(fx, s, bits);
}

function sliceElemSize(fx: FnCx, ty: Ty): number {
  const k = tyKind(ty);
  if (k.tag !== 'Ref' && k.tag !== 'RawPtr') return 1;
  const p = tyKind(k.pointee);
  if (p.tag === 'Slice') return layoutOfMono(fx, p.elem).size || 1;
  return 1;
}

export function constOperand(fx: FnCx, c: Constant): OperandRef {
  const ty = mono(fx, c.ty);
  const layout = layoutOfMono(fx, ty, c.span);
  const v = c.value;
  const abi = layout.abi;
  switch (v.tag) {
    case 'ZeroSized':
      return { val: { tag: 'Zst' }, ty, layout };
    case 'Scalar': {
      if (abi.tag === 'Scalar') return { val: { tag: 'Imm', v: scalarConst(fx, abi.scalar, v.bits) }, ty, layout };
      if (isZst(layout)) return { val: { tag: 'Zst' }, ty, layout };
      // A scalar constant of an aggregate-ABI type (e.g. a repr(C) newtype): go through memory.
      const bytes = new Uint8Array(layout.size);
      const dl = fx.cx.lcx.dl;
      let x = BigInt.asUintN(layout.size * 8, v.bits);
      for (let i = 0; i < layout.size; i++) {
        bytes[dl.bigEndian ? layout.size - 1 - i : i] = Number(x & 0xffn);
        x >>= 8n;
      }
      return { val: { tag: 'Ref', ptr: allocAddr(fx.cx, { bytes, relocs: [], align: layout.align }), align: layout.align }, ty, layout };
    }
    case 'Slice': {
      const ptr = fx.cx.m.bytesConstant(v.data);
      if (abi.tag === 'ScalarPair') {
        const len = constInt(immTy(fx.cx, abi.b), v.data.length / sliceElemSize(fx, ty));
        return { val: { tag: 'Pair', a: ptr, b: len }, ty, layout };
      }
      if (abi.tag === 'Scalar') return { val: { tag: 'Imm', v: ptr }, ty, layout };
      throw new CodegenError('a byte-slice constant of a non-pointer type', c.span);
    }
    case 'StaticRef': {
      if (abi.tag !== 'Scalar') throw new CodegenError('a static reference of a non-pointer type', c.span);
      return { val: { tag: 'Imm', v: staticAddr(fx.cx, v.def) }, ty, layout };
    }
    case 'Unevaluated': {
      const args = fx.inst.args.length === 0 ? v.args : substArgs(v.args, fx.inst.args);
      return allocOperand(fx, evalConstInstance(constEvaluatorOf(fx.cx), v.def, args), ty, layout);
    }
    case 'ConstParam': {
      const n = monoConst(fx, { tag: 'Param', index: v.index, name: v.name });
      if (n.tag !== 'Value' || abi.tag !== 'Scalar') throw new CodegenError(`const parameter \`${v.name}\` without a value`, c.span);
      return { val: { tag: 'Imm', v: scalarConst(fx, abi.scalar, n.bits) }, ty, layout };
    }
    case 'FnAddr': {
      const f = fnRef(fx.cx, resolveFnInstance(fx.cx, v.def, v.args));
      return { val: { tag: 'Imm', v: constBitcast(f.ptr, T.i8p) }, ty, layout };
    }
    case 'Promoted': {
      if (abi.tag !== 'Scalar') throw new CodegenError('a promoted constant of a non-pointer type', c.span);
      const alloc = promotedAlloc(fx, v.index);
      return { val: { tag: 'Imm', v: scalarFromAlloc(fx, alloc, 0, abi.scalar) }, ty, layout };
    }
    case 'Indirect': return allocOperand(fx, allocOfIndirect(v, layout.align), ty, layout);
  }
}

/** A constant's bytes as an operand: immediates for scalar ABIs, else a private global. */
function allocOperand(fx: FnCx, alloc: ConstAlloc, ty: Ty, layout: Layout): OperandRef {
  const abi = layout.abi;
  if (abi.tag === 'Scalar') return { val: { tag: 'Imm', v: scalarFromAlloc(fx, alloc, 0, abi.scalar) }, ty, layout };
  if (abi.tag === 'ScalarPair') {
    const a = scalarFromAlloc(fx, alloc, 0, abi.a);
    const b = scalarFromAlloc(fx, alloc, pairOffset(fx, layout), abi.b);
    return { val: { tag: 'Pair', a, b }, ty, layout };
  }
  if (isZst(layout)) return { val: { tag: 'Zst' }, ty, layout };
  return { val: { tag: 'Ref', ptr: allocAddr(fx.cx, alloc), align: layout.align }, ty, layout };
}

const promotedAllocs = new WeakMap<CodegenCx, Map<string, ConstAlloc>>();

/**
 * The reference a promoted constant of the function being generated evaluates to: a pointer
 * slot relocated to a private constant global (one per instance and promoted).
 */
function promotedAlloc(fx: FnCx, index: number): ConstAlloc {
  let m = promotedAllocs.get(fx.cx);
  if (!m) promotedAllocs.set(fx.cx, (m = new Map()));
  const key = `${instanceKey(fx.inst)}#${index}`;
  let alloc = m.get(key);
  if (!alloc) {
    try {
      alloc = evalPromoted(constEvaluatorOf(fx.cx), fx.body, index, fx.inst.args);
    } catch (e) {
      if (e instanceof CodegenError && e.span === null) throw new CodegenError(e.message, fx.body.promoted?.[index]?.span ?? fx.body.span);
      throw e;
    }
    m.set(key, alloc);
  }
  return alloc;
}
