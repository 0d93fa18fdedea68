// Rvalues: arithmetic (wrapping and overflow-checked), comparisons, casts, references,
// aggregates, discriminants. Aggregates and repeats are built directly in the destination.
import type { Span } from '../diagnostics/span.ts';
import type { BinOp, CastKind, Operand, Rvalue } from '../mir/mir.ts';
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { vtableAddr } from './vtable.ts';
import { CodegenError } from './context.ts';
import { fnRef } from './declare.ts';
import { layoutOfMono, mono, monoConst, type FnCx } from './fn-cx.ts';
import { fieldOffset, isZst } from './layout/layout.ts';
import { arrayLen, discrIntOf, discrValues } from './layout/layout-of.ts';
import { immTy, memScalarTy } from './llvm-types.ts';
import { fnTy, ptrTo, structTy, T, type LType } from './llvm-ir/types.ts';
import { constBitcast, constInt, type Value } from './llvm-ir/value.ts';
import { codegenOperand, operandTy } from './operand-mir.ts';
import { immOf, loadOperand, spillOperand, storeOperand, tempPlace, type OperandRef, type OperandValue } from './operand.ts';
import { codegenPlace, fieldPlace, placeLen, alignAtOffset, type PlaceRef } from './place.ts';
import { resolveFnInstance } from './resolve.ts';
import { closureParts } from '../ty/closure.ts';

type IntKind = { readonly bits: number; readonly signed: boolean };

/** Integer facts of a scalar type (bool and char count as unsigned). */
export function intKindOf(fx: FnCx, ty: Ty): IntKind | null {
  const k = tyKind(ty);
  const ptrBits = fx.cx.lcx.dl.pointerSize * 8;
  switch (k.tag) {
    case 'Bool': return { bits: 1, signed: false };
    case 'Char': return { bits: 32, signed: false };
    case 'Int': return { bits: k.int === 'isize' ? ptrBits : Number(k.int.slice(1)), signed: true };
    case 'Uint': return { bits: k.uint === 'usize' ? ptrBits : Number(k.uint.slice(1)), signed: false };
    default: return null;
  }
}

function isFloatTy(ty: Ty): boolean {
  return tyKind(ty).tag === 'Float';
}

function isPtrLike(ty: Ty): boolean {
  const t = tyKind(ty).tag;
  return t === 'Ref' || t === 'RawPtr' || t === 'FnPtr';
}

function overflowIntrinsic(fx: FnCx, op: 'add' | 'sub' | 'mul', signed: boolean, ty: LType): Value {
  const name = `llvm.${signed ? 's' : 'u'}${op}.with.overflow.${ty.s}`;
  return fx.cx.m.intrinsic(name, fnTy(structTy([ty, T.i1]), [ty, ty]));
}

/** Shift amount converted to the lhs width; `mask` applies Rust's wrapping semantics. */
function shiftAmount(fx: FnCx, rhs: Value, lhsTy: LType, mask: boolean): Value {
  const bits = (lhsTy as { bits: number }).bits;
  let r = fx.b.intCast(rhs, lhsTy, false);
  if (mask) r = fx.b.bin('and', r, constInt(lhsTy, bits - 1));
  return r;
}

export function binaryOp(fx: FnCx, op: BinOp, lhs: OperandRef, rhs: OperandRef, span: Span | null): Value {
  const b = fx.b;
  if (lhs.val.tag === 'Pair' && rhs.val.tag === 'Pair' && (op === 'Eq' || op === 'Ne')) {
    // Fat pointers: equal when both address and metadata are equal.
    const ea = b.icmp(op === 'Eq' ? 'eq' : 'ne', lhs.val.a, rhs.val.a);
    const eb = b.icmp(op === 'Eq' ? 'eq' : 'ne', lhs.val.b, rhs.val.b);
    return b.bin(op === 'Eq' ? 'and' : 'or', ea, eb);
  }
  const a = immOf(lhs);
  const c = immOf(rhs);
  if (op === 'Offset') {
    const k = tyKind(lhs.ty);
    const pointee = k.tag === 'RawPtr' || k.tag === 'Ref' ? k.pointee : null;
    if (pointee === null) throw new CodegenError('offset on a non-pointer', span);
    const size = layoutOfMono(fx, pointee).size;
    const n = b.intCast(c, fx.cx.isizeTy, true);
    const bytes = size === 1 ? n : b.bin('mul', n, constInt(fx.cx.isizeTy, size));
    return b.byteOffset(a, bytes, fx.cx.isizeTy, T.i8p);
  }
  if (isFloatTy(lhs.ty)) {
    switch (op) {
      case 'Add': return b.bin('fadd', a, c);
      case 'Sub': return b.bin('fsub', a, c);
      case 'Mul': return b.bin('fmul', a, c);
      case 'Div': return b.bin('fdiv', a, c);
      case 'Rem': return b.bin('frem', a, c);
      case 'Eq': return b.fcmp('oeq', a, c);
      case 'Ne': return b.fcmp('une', a, c);
      case 'Lt': return b.fcmp('olt', a, c);
      case 'Le': return b.fcmp('ole', a, c);
      case 'Gt': return b.fcmp('ogt', a, c);
      case 'Ge': return b.fcmp('oge', a, c);
      default: throw new CodegenError(`operator ${op} on floats`, span);
    }
  }
  const ik = intKindOf(fx, lhs.ty);
  const signed = ik?.signed ?? false;
  if (ik === null && !isPtrLike(lhs.ty)) throw new CodegenError(`operator ${op} on a non-scalar type`, span);
  switch (op) {
    case 'Add': case 'AddUnchecked': return b.bin('add', a, c);
    case 'Sub': case 'SubUnchecked': return b.bin('sub', a, c);
    case 'Mul': case 'MulUnchecked': return b.bin('mul', a, c);
    case 'Div': return b.bin(signed ? 'sdiv' : 'udiv', a, c);
    case 'Rem': return b.bin(signed ? 'srem' : 'urem', a, c);
    case 'BitXor': return b.bin('xor', a, c);
    case 'BitAnd': return b.bin('and', a, c);
    case 'BitOr': return b.bin('or', a, c);
    case 'Shl': return b.bin('shl', a, shiftAmount(fx, c, a.ty, true));
    case 'Shr': return b.bin(signed ? 'ashr' : 'lshr', a, shiftAmount(fx, c, a.ty, true));
    case 'ShlUnchecked': return b.bin('shl', a, shiftAmount(fx, c, a.ty, false));
    case 'ShrUnchecked': return b.bin(signed ? 'ashr' : 'lshr', a, shiftAmount(fx, c, a.ty, false));
    case 'Eq': return b.icmp('eq', a, c);
    case 'Ne': return b.icmp('ne', a, c);
    case 'Lt': return b.icmp(signed ? 'slt' : 'ult', a, c);
    case 'Le': return b.icmp(signed ? 'sle' : 'ule', a, c);
    case 'Gt': return b.icmp(signed ? 'sgt' : 'ugt', a, c);
    case 'Ge': return b.icmp(signed ? 'sge' : 'uge', a, c);
    case 'Cmp': {
      const gt = b.cast('zext', b.icmp(signed ? 'sgt' : 'ugt', a, c), T.i8);
      const lt = b.cast('zext', b.icmp(signed ? 'slt' : 'ult', a, c), T.i8);
      return b.bin('sub', gt, lt);
    }
  }
}

/** `(result, overflowed)` of a checked operation. */
export function checkedBinaryOp(fx: FnCx, op: 'Add' | 'Sub' | 'Mul' | 'Shl' | 'Shr', lhs: OperandRef, rhs: OperandRef, span: Span | null): [Value, Value] {
  const b = fx.b;
  const a = immOf(lhs);
  const c = immOf(rhs);
  const ik = intKindOf(fx, lhs.ty);
  if (ik === null) throw new CodegenError(`checked ${op} on a non-integer`, span);
  if (op === 'Shl' || op === 'Shr') {
    const bits = (a.ty as { bits: number }).bits;
    // Overflow when the shift amount (as unsigned) is not below the bit width.
    const overflow = b.icmp('ugt', c, constInt(c.ty, bits - 1));
    const amount = shiftAmount(fx, c, a.ty, true);
    const r = op === 'Shl' ? b.bin('shl', a, amount) : b.bin(ik.signed ? 'ashr' : 'lshr', a, amount);
    return [r, overflow];
  }
  const f = overflowIntrinsic(fx, op === 'Add' ? 'add' : op === 'Sub' ? 'sub' : 'mul', ik.signed, a.ty);
  const pair = b.call(f, [a, c], { fnAttrs: ['nounwind'] })!;
  return [b.extractValue(pair, 0), b.extractValue(pair, 1)];
}

/** Builds a two-field operand (e.g. `(T, bool)`) in the order its layout stores the fields. */
export function pairOperand(fx: FnCx, ty: Ty, f0: Value, f1: Value): OperandRef {
  const layout = layoutOfMono(fx, ty);
  if (layout.abi.tag !== 'ScalarPair') {
    const p = spillPairFields(fx, ty, f0, f1);
    return loadOperand(fx, p);
  }
  const swapped = fieldOffset(layout, 0) !== 0;
  return { val: { tag: 'Pair', a: swapped ? f1 : f0, b: swapped ? f0 : f1 }, ty, layout };
}

function spillPairFields(fx: FnCx, ty: Ty, f0: Value, f1: Value): PlaceRef {
  const p = tempPlace(fx, ty, 'pair');
  const { layout, ptr } = p;
  [f0, f1].forEach((v, i) => {
    const off = fieldOffset(layout, i);
    const mv = v.ty === T.i1 ? fx.b.cast('zext', v, T.i8) : v;
    fx.b.store(mv, fx.b.byteOffset(ptr, off, fx.cx.isizeTy, ptrTo(mv.ty)), alignAtOffset(layout.align, off));
  });
  return p;
}

function unaryOp(fx: FnCx, op: 'Not' | 'Neg', o: OperandRef): Value {
  const v = immOf(o);
  if (isFloatTy(o.ty)) {
    if (op === 'Neg') return fx.b.fneg(v);
    throw new CodegenError('`!` on a float');
  }
  if (op === 'Not') return fx.b.bin('xor', v, constInt(v.ty, -1));
  return fx.b.bin('sub', constInt(v.ty, 0), v);
}

/** Loads the discriminant of an enum place as a value of type `resultTy`. */
export function readDiscriminant(fx: FnCx, p: PlaceRef, resultTy: Ty): Value {
  const rt = immTy(fx.cx, scalarOf(fx, resultTy));
  const k = tyKind(p.ty);
  if (k.tag !== 'Adt') return constInt(rt, 0);
  const adt = fx.cx.tcx.adtDef(k.def);
  if (adt.kind !== 'enum') return constInt(rt, 0);
  const l = p.layout;
  const discrs = discrValues(adt, fx.cx.lcx.dl);
  if (l.variants.tag === 'Single') return constInt(rt, discrs[l.variants.index] ?? 0n);
  const tag = l.variants.tagScalar;
  const off = fieldOffset(l, l.variants.tagField);
  const raw = fx.b.load(fx.b.byteOffset(p.ptr, off, fx.cx.isizeTy, ptrTo(memScalarTy(fx.cx, tag))), alignAtOffset(p.align, off));
  const signed = discrIntOf(adt, fx.cx.lcx.dl).signed;
  return fx.b.intCast(raw, rt, signed);
}

export function writeDiscriminant(fx: FnCx, p: PlaceRef, variant: number): void {
  const l = p.layout;
  if (l.variants.tag !== 'Multiple') return;
  const k = tyKind(p.ty);
  if (k.tag !== 'Adt') throw new CodegenError('setting the discriminant of a non-enum');
  const discr = fx.cx.tcx.adtDef(k.def).variants[variant]!.discr;
  const tag = l.variants.tagScalar;
  const off = fieldOffset(l, l.variants.tagField);
  const ty = memScalarTy(fx.cx, tag);
  fx.b.store(constInt(ty, discr), fx.b.byteOffset(p.ptr, off, fx.cx.isizeTy, ptrTo(ty)), alignAtOffset(p.align, off));
}

function scalarOf(fx: FnCx, ty: Ty): import('./layout/layout.ts').Scalar {
  const l = layoutOfMono(fx, ty);
  if (l.abi.tag !== 'Scalar') throw new CodegenError('expected a scalar type');
  return l.abi.scalar;
}

function castOperand(fx: FnCx, kind: CastKind, operand: Operand, src: OperandRef, to: Ty, span: Span): OperandRef {
  const b = fx.b;
  const layout = layoutOfMono(fx, to);
  const imm = (v: Value): OperandRef => ({ val: { tag: 'Imm', v }, ty: to, layout });
  switch (kind) {
    case 'IntToInt': {
      const sk = intKindOf(fx, src.ty);
      if (sk === null) throw new CodegenError('integer cast from a non-integer', span);
      return imm(b.intCast(immOf(src), immTy(fx.cx, scalarOf(fx, to)), sk.signed));
    }
    case 'IntToFloat': {
      const sk = intKindOf(fx, src.ty)!;
      return imm(b.cast(sk.signed ? 'sitofp' : 'uitofp', immOf(src), immTy(fx.cx, scalarOf(fx, to))));
    }
    case 'FloatToInt': {
      // Rust's float->int casts saturate (and map NaN to 0): llvm.fpto[su]i.sat.
      const tk = intKindOf(fx, to)!;
      const toTy = immTy(fx.cx, scalarOf(fx, to));
      const v = immOf(src);
      const fsuffix = v.ty.s === 'float' ? 'f32' : 'f64';
      if (!tk.signed && tk.bits === 32 && fx.cx.target.arch === 'riscv64') {
        // LLVM 14's RISC-V backend takes fcvt.wu's sign-extended result for zero-extended,
        // so `x as u32 as u64` came out wrong; saturate at 64 bits and clamp instead.
        const f64s = fx.cx.m.intrinsic(`llvm.fptoui.sat.i64.${fsuffix}`, fnTy(T.i64, [v.ty]));
        const wide = b.call(f64s, [v], { fnAttrs: ['nounwind'] })!;
        const umin = fx.cx.m.intrinsic('llvm.umin.i64', fnTy(T.i64, [T.i64, T.i64]));
        const clamped = b.call(umin, [wide, constInt(T.i64, 0xffffffffn)], { fnAttrs: ['nounwind'] })!;
        return imm(b.intCast(clamped, toTy, false));
      }
      const f = fx.cx.m.intrinsic(`llvm.fpto${tk.signed ? 's' : 'u'}i.sat.${toTy.s}.${v.ty.s === 'float' ? 'f32' : 'f64'}`, fnTy(toTy, [v.ty]));
      return imm(b.call(f, [v], { fnAttrs: ['nounwind'] })!);
    }
    case 'FloatToFloat': {
      const v = immOf(src);
      const toTy = immTy(fx.cx, scalarOf(fx, to));
      if (v.ty === toTy) return imm(v);
      return imm(b.cast((v.ty as { bits: number }).bits < (toTy as { bits: number }).bits ? 'fpext' : 'fptrunc', v, toTy));
    }
    case 'PtrToPtr': case 'MutToConstPointer': case 'ArrayToPointer': case 'FnPtrToPtr': {
      const v = src.val;
      if (layout.abi.tag === 'Scalar') {
        if (v.tag === 'Imm') return imm(v.v);
        if (v.tag === 'Pair') return imm(v.a);
      }
      if (layout.abi.tag === 'ScalarPair' && v.tag === 'Pair') return { val: v, ty: to, layout };
      throw new CodegenError('unsupported pointer cast', span);
    }
    case 'PointerExposeAddress': return imm(b.cast('ptrtoint', src.val.tag === 'Pair' ? src.val.a : immOf(src), fx.cx.isizeTy));
    case 'PointerFromExposedAddress': return imm(b.cast('inttoptr', b.intCast(immOf(src), fx.cx.isizeTy, false), T.i8p));
    case 'ReifyFnPointer': {
      const fk = tyKind(operandTy(fx, operand));
      if (fk.tag !== 'FnDef') throw new CodegenError('reifying a non-fn item', span);
      const f = fnRef(fx.cx, resolveFnInstance(fx.cx, fk.def, fk.args));
      return imm(constBitcast(f.ptr, T.i8p));
    }
    case 'Unsize': {
      const sk = tyKind(src.ty);
      const tk = tyKind(to);
      if ((sk.tag === 'Ref' || sk.tag === 'RawPtr') && (tk.tag === 'Ref' || tk.tag === 'RawPtr')) {
        const sp = tyKind(sk.pointee);
        const tp = tyKind(tk.pointee);
        if (sp.tag === 'Array' && tp.tag === 'Slice') {
          return { val: { tag: 'Pair', a: immOf(src), b: constInt(fx.cx.isizeTy, arrayLen(sk.pointee)) }, ty: to, layout };
        }
        if (tp.tag === 'Dynamic') {
          // Already a trait object (the same one: upcasting is not supported): keep the metadata.
          if (sp.tag === 'Dynamic' && src.val.tag === 'Pair') return { val: src.val, ty: to, layout };
          return { val: { tag: 'Pair', a: immOf(src), b: vtableAddr(fx.cx, sk.pointee, tk.pointee, span) }, ty: to, layout };
        }
      }
      // A `CoerceUnsized` struct (`Box<T>` -> `Box<dyn Trait>`): its one pointer gains metadata.
      if (sk.tag === 'Adt' && tk.tag === 'Adt' && layout.abi.tag === 'ScalarPair') {
        const pointees = unsizedAdtPointees(src.ty, to);
        if (pointees !== null) {
          const sp = tyKind(pointees.source);
          const tp = tyKind(pointees.target);
          const meta = sp.tag === 'Array' && tp.tag === 'Slice'
            ? constInt(fx.cx.isizeTy, arrayLen(pointees.source))
            : tp.tag === 'Dynamic' && sp.tag !== 'Dynamic' ? vtableAddr(fx.cx, pointees.source, pointees.target, span) : null;
          // `Box<dyn Tr + Send>` -> `Box<dyn Tr>`: the same pointer and vtable.
          if (meta === null && sp.tag === 'Dynamic' && tp.tag === 'Dynamic' && src.val.tag === 'Pair') return { val: src.val, ty: to, layout };
          if (meta !== null) {
            const thin = src.val.tag === 'Pair' ? src.val.a : immOf(src);
            return { val: { tag: 'Pair', a: fx.b.bitcast(thin, immTy(fx.cx, layout.abi.a)), b: meta }, ty: to, layout };
          }
        }
      }
      throw new CodegenError('this unsizing coercion is not supported yet', span);
    }
    case 'Transmute': {
      const sl = src.layout;
      if (sl.size !== layout.size) throw new CodegenError('transmute between types of different sizes', span);
      if (isZst(layout)) return { val: { tag: 'Zst' }, ty: to, layout };
      const p = spillOperand(fx, src, 'transmute');
      return loadOperand(fx, { ...p, ty: to, layout, align: Math.min(p.align, layout.align) });
    }
    case 'ClosureFnPointer': {
      // The body of a closure without captures ignores its zero-sized environment argument.
      const ck = tyKind(operandTy(fx, operand));
      if (ck.tag !== 'Closure') throw new CodegenError('closure-to-fn-pointer cast of a non-closure', span);
      const f = fnRef(fx.cx, { def: ck.def, args: closureParts(ck.args).parentArgs, kind: { tag: 'Item' } });
      return imm(constBitcast(f.ptr, T.i8p));
    }
  }
}

/** The type arguments an unsizing of a struct changes (`Box<T>` -> `Box<U>`: T and U). */
function unsizedAdtPointees(from: Ty, to: Ty): { source: Ty; target: Ty } | null {
  const a = tyKind(from);
  const b = tyKind(to);
  if (a.tag !== 'Adt' || b.tag !== 'Adt') return null;
  for (let i = 0; i < a.args.length; i++) {
    const x = a.args[i]!;
    const y = b.args[i]!;
    if (x.tag === 'Type' && y.tag === 'Type' && x.ty !== y.ty) return { source: x.ty, target: y.ty };
  }
  return null;
}

/** An rvalue computed as an operand (everything but aggregates and repeats). */
export function rvalueOperand(fx: FnCx, rv: Rvalue, destTy: Ty, span: Span): OperandRef {
  const layout = layoutOfMono(fx, destTy);
  const imm = (v: Value): OperandRef => ({ val: { tag: 'Imm', v }, ty: destTy, layout });
  switch (rv.tag) {
    case 'Use': return codegenOperand(fx, rv.operand);
    case 'CopyForDeref': return loadOperand(fx, codegenPlace(fx, rv.place));
    case 'Ref': case 'RawPtr': {
      const p = codegenPlace(fx, rv.place);
      const val: OperandValue = p.meta !== null ? { tag: 'Pair', a: p.ptr, b: p.meta } : { tag: 'Imm', v: p.ptr };
      return { val, ty: destTy, layout };
    }
    case 'Len': return imm(placeLen(fx, codegenPlace(fx, rv.place)));
    case 'Cast': {
      const src = codegenOperand(fx, rv.operand);
      return castOperand(fx, rv.kind, rv.operand, src, mono(fx, rv.ty), span);
    }
    case 'BinaryOp': {
      const l = codegenOperand(fx, rv.lhs);
      const r = codegenOperand(fx, rv.rhs);
      return imm(binaryOp(fx, rv.op, l, r, span));
    }
    case 'CheckedBinaryOp': {
      const l = codegenOperand(fx, rv.lhs);
      const r = codegenOperand(fx, rv.rhs);
      const [v, o] = checkedBinaryOp(fx, rv.op, l, r, span);
      return pairOperand(fx, destTy, v, o);
    }
    case 'UnaryOp': {
      const o = codegenOperand(fx, rv.operand);
      if (rv.op === 'PtrMetadata') {
        if (o.val.tag === 'Pair') return imm(o.val.b);
        return { val: { tag: 'Zst' }, ty: destTy, layout };
      }
      return imm(unaryOp(fx, rv.op, o));
    }
    case 'NullaryOp': {
      const l = layoutOfMono(fx, mono(fx, rv.ty));
      const rt = immTy(fx.cx, scalarOf(fx, destTy));
      if (rv.op === 'UbChecks') return imm(constInt(T.i1, 0));
      return imm(constInt(rt, rv.op === 'SizeOf' ? l.size : l.align));
    }
    case 'Discriminant': return imm(readDiscriminant(fx, codegenPlace(fx, rv.place), destTy));
    case 'Aggregate': case 'Repeat': {
      // Only reached for operand uses; build in a temporary.
      const p = tempPlace(fx, destTy, 'agg');
      rvalueInto(fx, p, rv, span);
      return loadOperand(fx, p);
    }
  }
}


function repeatInto(fx: FnCx, dest: PlaceRef, elem: OperandRef, count: bigint): void {
  const b = fx.b;
  const n = Number(count);
  const size = elem.layout.size;
  if (n === 0 || size === 0) return;
  // All-zero elements (`[0u64; 4096]`): one memset, whatever the element size.
  const allZero = elem.val.tag === 'Imm' && /^(0|false|null|zeroinitializer|0\.0)$/.test(elem.val.v.s);
  if (allZero) {
    b.memset(dest.ptr, constInt(T.i8, 0), constInt(fx.cx.isizeTy, n * size), dest.align);
    return;
  }
  if (size === 1 && elem.val.tag === 'Imm') {
    const byte = elem.val.v.ty === T.i1 ? b.cast('zext', elem.val.v, T.i8) : elem.val.v;
    if (byte.ty === T.i8) {
      b.memset(dest.ptr, byte, constInt(fx.cx.isizeTy, n), dest.align);
      return;
    }
  }
  const elemPlace = (i: Value | number): PlaceRef => {
    const off = typeof i === 'number' ? i * size : b.bin('mul', i, constInt(fx.cx.isizeTy, size));
    const ptr = typeof off === 'number' && off === 0 ? dest.ptr : b.byteOffset(dest.ptr, off, fx.cx.isizeTy, T.i8p);
    return { ptr, meta: null, ty: elem.ty, layout: elem.layout, align: alignAtOffset(dest.align, size) };
  };
  if (n <= 8) {
    for (let i = 0; i < n; i++) storeOperand(fx, elem, elemPlace(i));
    return;
  }
  // A counted loop; the counter lives in a stack slot that mem2reg turns into a phi.
  const isz = fx.cx.isizeTy;
  const align = fx.cx.lcx.dl.intAlign(fx.cx.lcx.dl.pointerSize * 8);
  const counter = b.alloca(isz, align, 'repeat.i');
  b.store(constInt(isz, 0), counter, align);
  const head = b.newBlock('repeat.head');
  const body = b.newBlock('repeat.body');
  const exit = b.newBlock('repeat.exit');
  b.br(head);
  b.positionAt(head);
  const i = b.load(counter, align);
  b.condBr(b.icmp('ult', i, constInt(isz, n)), body, exit);
  b.positionAt(body);
  storeOperand(fx, elem, elemPlace(i));
  b.store(b.bin('add', i, constInt(isz, 1), { flags: ['nuw'] }), counter, align);
  b.br(head);
  b.positionAt(exit);
}

/** Builds an aggregate or repeat rvalue directly into `dest`; other rvalues via operands. */
export function rvalueInto(fx: FnCx, dest: PlaceRef, rv: Rvalue, span: Span): void {
  if (rv.tag === 'Repeat') {
    const count = monoConst(fx, rv.count);
    if (count.tag !== 'Value') throw new CodegenError('a repeat count that is not a constant', span);
    repeatInto(fx, dest, codegenOperand(fx, rv.operand), count.bits);
    return;
  }
  if (rv.tag !== 'Aggregate') {
    storeOperand(fx, rvalueOperand(fx, rv, dest.ty, span), dest);
    return;
  }
  const k = rv.kind;
  const ops = rv.operands.map((o) => codegenOperand(fx, o));
  if (k.tag === 'Array') {
    ops.forEach((o, i) => {
      const off = i * o.layout.size;
      const ptr = off === 0 ? dest.ptr : fx.b.byteOffset(dest.ptr, off, fx.cx.isizeTy, T.i8p);
      storeOperand(fx, o, { ptr, meta: null, ty: o.ty, layout: o.layout, align: alignAtOffset(dest.align, off) });
    });
    return;
  }
  if (k.tag === 'Adt' && k.activeField !== null) {
    storeOperand(fx, ops[0]!, { ...dest, ty: ops[0]!.ty, layout: ops[0]!.layout });
    return;
  }
  let base = dest;
  if (k.tag === 'Adt' && dest.layout.variants.tag === 'Multiple') base = { ...dest, variant: k.variant };
  ops.forEach((o, i) => {
    if (isZst(o.layout)) return;
    storeOperand(fx, o, fieldPlace(fx, base, i, o.ty));
  });
  if (k.tag === 'Adt') writeDiscriminant(fx, dest, k.variant);
}
