// `extern "rust-intrinsic"` functions, implemented inline by name. Each entry receives the
// evaluated arguments and returns the result operand (stored into the call's destination),
// or 'diverges'. Element types come from the generic args when the declaration is generic,
// else from the argument types, so non-generic declarations (`fn str_len(s: &str) -> usize`)
// work too.
import type { Span } from '../diagnostics/span.ts';
import type { Place } from '../mir/mir.ts';
import type { Instance } from '../ty/instance.ts';
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { finishCall } from './call.ts';
import { printTy } from './ty-printer.ts';
import { atomicHandler } from './atomic-intrinsics.ts';
import { CodegenError } from './context.ts';
import { layoutOfMono, mono, type FnCx } from './fn-cx.ts';
import { isZst } from './layout/layout.ts';
import { immTy } from './llvm-types.ts';
import { fnTy, ptrTo, T, type LType } from './llvm-ir/types.ts';
import { constInt, type Value } from './llvm-ir/value.ts';
import { immOf, loadOperand, spillOperand, storeOperand, type OperandRef } from './operand.ts';
import { codegenPlace, derefOperand, type PlaceRef } from './place.ts';
import { loadVtableSlot } from './vtable.ts';
import { checkedBinaryOp, intKindOf, pairOperand, readDiscriminant } from './rvalue.ts';

interface IntrinsicCall {
  readonly fx: FnCx;
  readonly inst: Instance;
  readonly args: readonly OperandRef[];
  readonly dest: PlaceRef;
  readonly span: Span;
}

type Result = OperandRef | Value | null | 'diverges';
type Handler = (c: IntrinsicCall) => Result;

function typeArg(c: IntrinsicCall, i = 0): Ty | null {
  const a = c.inst.args.filter((x) => x.tag === 'Type')[i];
  return a && a.tag === 'Type' ? mono(c.fx, a.ty) : null;
}

function pointee(ty: Ty): Ty {
  const k = tyKind(ty);
  if (k.tag === 'Ref' || k.tag === 'RawPtr') return k.pointee;
  throw new CodegenError('expected a pointer argument');
}

/** The element type T: generic arg 0, else the pointee of argument `argIndex`. */
function elemTy(c: IntrinsicCall, argIndex: number): Ty {
  return typeArg(c) ?? pointee(c.args[argIndex]!.ty);
}

function usize(c: IntrinsicCall, n: number | bigint): Value {
  return constInt(c.fx.cx.isizeTy, n);
}

function llvmCall(c: IntrinsicCall, name: string, ret: LType, args: readonly Value[]): Value | null {
  const f = c.fx.cx.m.intrinsic(name, fnTy(ret, args.map((a) => a.ty)));
  return c.fx.b.call(f, args, { fnAttrs: ['nounwind'] });
}

function pair(c: IntrinsicCall, i: number): [Value, Value] {
  const v = c.args[i]!.val;
  if (v.tag !== 'Pair') throw new CodegenError('expected a fat pointer argument', c.span);
  return [v.a, v.b];
}

function sizeOfTy(c: IntrinsicCall, ty: Ty): number {
  return layoutOfMono(c.fx, ty).size;
}

function byteCount(c: IntrinsicCall, ty: Ty, count: Value): Value {
  const size = sizeOfTy(c, ty);
  const n = c.fx.b.intCast(count, c.fx.cx.isizeTy, false);
  return size === 1 ? n : c.fx.b.bin('mul', n, usize(c, size));
}

function intSuffix(v: Value): string {
  return v.ty.s;
}

function unaryLlvm(name: string): Handler {
  return (c) => {
    const v = immOf(c.args[0]!);
    return llvmCall(c, `llvm.${name}.${intSuffix(v)}`, v.ty, [v]);
  };
}

function floatLlvm(name: string, arity: number): Handler {
  return (c) => {
    const vs = c.args.slice(0, arity).map(immOf);
    const suffix = vs[0]!.ty.s === 'float' ? 'f32' : 'f64';
    return llvmCall(c, `llvm.${name}.${suffix}`, vs[0]!.ty, vs);
  };
}

function bitCountLlvm(name: 'ctlz' | 'cttz', nonzero: boolean): Handler {
  return (c) => {
    const v = immOf(c.args[0]!);
    const r = llvmCall(c, `llvm.${name}.${intSuffix(v)}`, v.ty, [v, constInt(T.i1, nonzero ? 1 : 0)])!;
    return castToDest(c, r, false);
  };
}

/** Integer results whose Rust type (u32 for ctpop/ctlz...) differs from the operand width. */
function castToDest(c: IntrinsicCall, v: Value, signed: boolean): Value {
  const l = c.dest.layout;
  if (l.abi.tag !== 'Scalar') return v;
  return c.fx.b.intCast(v, immTy(c.fx.cx, l.abi.scalar), signed);
}

function overflowing(op: 'Add' | 'Sub' | 'Mul'): Handler {
  return (c) => {
    const [v, o] = checkedBinaryOp(c.fx, op, c.args[0]!, c.args[1]!, c.span);
    return pairOperand(c.fx, c.dest.ty, v, o);
  };
}

function intBin(f: (c: IntrinsicCall, a: Value, b: Value, signed: boolean) => Value): Handler {
  return (c) => {
    const ik = intKindOf(c.fx, c.args[0]!.ty);
    return f(c, immOf(c.args[0]!), immOf(c.args[1]!), ik?.signed ?? false);
  };
}

const HANDLERS: Record<string, Handler> = {
  abort: (c) => {
    llvmCall(c, 'llvm.trap', T.void, []);
    return 'diverges';
  },
  unreachable: () => 'diverges',
  breakpoint: (c) => llvmCall(c, 'llvm.debugtrap', T.void, []),
  str_len: (c) => pair(c, 0)[1],
  str_ptr: (c) => pair(c, 0)[0],
  slice_len: (c) => pair(c, 0)[1],
  slice_ptr: (c) => pair(c, 0)[0],
  size_of: (c) => usize(c, sizeOfTy(c, typeArg(c) ?? errNoType(c))),
  min_align_of: (c) => usize(c, layoutOfMono(c.fx, typeArg(c) ?? errNoType(c)).align),
  align_of: (c) => usize(c, layoutOfMono(c.fx, typeArg(c) ?? errNoType(c)).align),
  pref_align_of: (c) => usize(c, layoutOfMono(c.fx, typeArg(c) ?? errNoType(c)).align),
  size_of_val: (c) => {
    const a = c.args[0]!;
    const t = pointee(a.ty);
    const k = tyKind(t);
    if (a.val.tag === 'Pair' && (k.tag === 'Slice' || k.tag === 'Str')) {
      const elem = k.tag === 'Slice' ? k.elem : null;
      const size = elem === null ? 1 : sizeOfTy(c, elem);
      return size === 1 ? a.val.b : c.fx.b.bin('mul', a.val.b, usize(c, size));
    }
    // A trait object's size is in its vtable (slot 1).
    if (a.val.tag === 'Pair' && k.tag === 'Dynamic') return loadVtableSlot(c.fx, a.val.b, 1, c.fx.cx.isizeTy);
    return usize(c, sizeOfTy(c, t));
  },
  min_align_of_val: (c) => {
    const a = c.args[0]!;
    if (a.val.tag === 'Pair' && tyKind(pointee(a.ty)).tag === 'Dynamic') return loadVtableSlot(c.fx, a.val.b, 2, c.fx.cx.isizeTy);
    return usize(c, layoutOfMono(c.fx, pointee(a.ty)).align);
  },
  // A 64-bit hash of the type's full printed path: equal for equal types within a program
  // (every crate prints def paths the same way), which is what `TypeId` needs.
  type_id: (c) => constInt(T.i64, typeIdHash(printTy(c.fx.cx.tcx, typeArg(c) ?? errNoType(c)))),
  needs_drop: (c) => constInt(T.i1, c.fx.cx.tcx.needsDrop(typeArg(c) ?? errNoType(c)) ? 1 : 0),
  forget: () => null,
  black_box: (c) => {
    // Hide the value from the optimizer: put it in memory and let an empty asm "use" it.
    const a = c.args[0]!;
    if (isZst(a.layout)) return a;
    const p = spillOperand(c.fx, a, 'black_box');
    c.fx.b.inlineAsm(T.void, [p.ptr], '', 'r,~{memory}', { sideEffect: true, alignStack: false, intelDialect: false, fnAttrs: ['nounwind'] });
    return loadOperand(c.fx, p);
  },
  transmute: (c) => {
    const a = c.args[0]!;
    const l = c.dest.layout;
    if (a.layout.size !== l.size) throw new CodegenError('transmute between types of different sizes', c.span);
    const p = spillOperand(c.fx, a, 'transmute');
    return loadOperand(c.fx, { ...p, ty: c.dest.ty, layout: l, align: Math.min(p.align, l.align) });
  },
  assume: (c) => llvmCall(c, 'llvm.assume', T.void, [immOf(c.args[0]!)]),
  likely: (c) => llvmCall(c, 'llvm.expect.i1', T.i1, [immOf(c.args[0]!), constInt(T.i1, 1)]),
  unlikely: (c) => llvmCall(c, 'llvm.expect.i1', T.i1, [immOf(c.args[0]!), constInt(T.i1, 0)]),
  add_with_overflow: overflowing('Add'),
  sub_with_overflow: overflowing('Sub'),
  mul_with_overflow: overflowing('Mul'),
  wrapping_add: intBin((c, a, b) => c.fx.b.bin('add', a, b)),
  wrapping_sub: intBin((c, a, b) => c.fx.b.bin('sub', a, b)),
  wrapping_mul: intBin((c, a, b) => c.fx.b.bin('mul', a, b)),
  unchecked_add: intBin((c, a, b, s) => c.fx.b.bin('add', a, b, { flags: [s ? 'nsw' : 'nuw'] })),
  unchecked_sub: intBin((c, a, b, s) => c.fx.b.bin('sub', a, b, { flags: [s ? 'nsw' : 'nuw'] })),
  unchecked_mul: intBin((c, a, b, s) => c.fx.b.bin('mul', a, b, { flags: [s ? 'nsw' : 'nuw'] })),
  unchecked_div: intBin((c, a, b, s) => c.fx.b.bin(s ? 'sdiv' : 'udiv', a, b)),
  unchecked_rem: intBin((c, a, b, s) => c.fx.b.bin(s ? 'srem' : 'urem', a, b)),
  exact_div: intBin((c, a, b, s) => c.fx.b.bin(s ? 'sdiv' : 'udiv', a, b, { flags: ['exact'] })),
  unchecked_shl: intBin((c, a, b) => c.fx.b.bin('shl', a, c.fx.b.intCast(b, a.ty, false))),
  unchecked_shr: intBin((c, a, b, s) => c.fx.b.bin(s ? 'ashr' : 'lshr', a, c.fx.b.intCast(b, a.ty, false))),
  saturating_add: intBin((c, a, b, s) => llvmCall(c, `llvm.${s ? 's' : 'u'}add.sat.${a.ty.s}`, a.ty, [a, b])!),
  saturating_sub: intBin((c, a, b, s) => llvmCall(c, `llvm.${s ? 's' : 'u'}sub.sat.${a.ty.s}`, a.ty, [a, b])!),
  rotate_left: intBin((c, a, b) => llvmCall(c, `llvm.fshl.${a.ty.s}`, a.ty, [a, a, c.fx.b.intCast(b, a.ty, false)])!),
  rotate_right: intBin((c, a, b) => llvmCall(c, `llvm.fshr.${a.ty.s}`, a.ty, [a, a, c.fx.b.intCast(b, a.ty, false)])!),
  ctpop: (c) => {
    const v = immOf(c.args[0]!);
    return castToDest(c, llvmCall(c, `llvm.ctpop.${v.ty.s}`, v.ty, [v])!, false);
  },
  ctlz: bitCountLlvm('ctlz', false),
  cttz: bitCountLlvm('cttz', false),
  ctlz_nonzero: bitCountLlvm('ctlz', true),
  cttz_nonzero: bitCountLlvm('cttz', true),
  bswap: (c) => {
    const v = immOf(c.args[0]!);
    return v.ty === T.i8 ? v : llvmCall(c, `llvm.bswap.${v.ty.s}`, v.ty, [v]);
  },
  bitreverse: unaryLlvm('bitreverse'),
  volatile_load: (c) => {
    const p = derefOperand(c.fx, c.args[0]!, elemTy(c, 0));
    return loadVolatile(c, p);
  },
  volatile_store: (c) => {
    const p = derefOperand(c.fx, c.args[0]!, elemTy(c, 0));
    storeVolatile(c, c.args[1]!, p);
    return null;
  },
  // wasm32's `memory.grow` on memory 0 (std's allocator gets its pages from it).
  wasm_memory_grow: (c) => {
    const delta = c.fx.b.intCast(immOf(c.args[0]!), T.i32, false);
    const r = llvmCall(c, 'llvm.wasm.memory.grow.i32', T.i32, [constInt(T.i32, 0), delta])!;
    return c.fx.b.intCast(r, c.fx.cx.isizeTy, true);
  },
  // ptr::read / ptr::write: a typed copy out of / into memory behind a raw pointer.
  read_via_copy: (c) => loadOperand(c.fx, derefOperand(c.fx, c.args[0]!, elemTy(c, 0))),
  write_via_move: (c) => {
    storeOperand(c.fx, c.args[1]!, derefOperand(c.fx, c.args[0]!, elemTy(c, 0)));
    return null;
  },
  copy_nonoverlapping: (c) => {
    const t = elemTy(c, 0);
    const a = Math.max(1, layoutOfMono(c.fx, t).align);
    c.fx.b.memcpy(immOf(c.args[1]!), immOf(c.args[0]!), byteCount(c, t, immOf(c.args[2]!)), { dst: a, src: a });
    return null;
  },
  copy: (c) => {
    const t = elemTy(c, 0);
    const n = byteCount(c, t, immOf(c.args[2]!));
    llvmCall(c, `llvm.memmove.p0i8.p0i8.${n.ty.s}`, T.void, [immOf(c.args[1]!), immOf(c.args[0]!), n, constInt(T.i1, 0)]);
    return null;
  },
  write_bytes: (c) => {
    const t = elemTy(c, 0);
    const a = Math.max(1, layoutOfMono(c.fx, t).align);
    c.fx.b.memset(immOf(c.args[0]!), immOf(c.args[1]!), byteCount(c, t, immOf(c.args[2]!)), a);
    return null;
  },
  offset: (c) => {
    const t = elemTy(c, 0);
    const n = c.fx.b.intCast(immOf(c.args[1]!), c.fx.cx.isizeTy, true);
    const size = sizeOfTy(c, t);
    return c.fx.b.byteOffset(immOf(c.args[0]!), size === 1 ? n : c.fx.b.bin('mul', n, usize(c, size)), c.fx.cx.isizeTy, T.i8p);
  },
  arith_offset: (c) => HANDLERS.offset!(c),
  discriminant_value: (c) => {
    const p = derefOperand(c.fx, c.args[0]!, elemTy(c, 0));
    return castToDest(c, readDiscriminant(c.fx, p, c.dest.ty), true);
  },
  sqrtf32: floatLlvm('sqrt', 1),
  sqrtf64: floatLlvm('sqrt', 1),
  floorf32: floatLlvm('floor', 1),
  floorf64: floatLlvm('floor', 1),
  ceilf32: floatLlvm('ceil', 1),
  ceilf64: floatLlvm('ceil', 1),
  truncf32: floatLlvm('trunc', 1),
  truncf64: floatLlvm('trunc', 1),
  roundf32: floatLlvm('round', 1),
  roundf64: floatLlvm('round', 1),
  fabsf32: floatLlvm('fabs', 1),
  fabsf64: floatLlvm('fabs', 1),
  copysignf32: floatLlvm('copysign', 2),
  copysignf64: floatLlvm('copysign', 2),
  minnumf32: floatLlvm('minnum', 2),
  minnumf64: floatLlvm('minnum', 2),
  maxnumf32: floatLlvm('maxnum', 2),
  maxnumf64: floatLlvm('maxnum', 2),
  fmaf32: floatLlvm('fma', 3),
  fmaf64: floatLlvm('fma', 3),
};

/** FNV-1a over the UTF-16 units of `s`, 64 bits. */
function typeIdHash(s: string): bigint {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) {
    h ^= BigInt(s.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h;
}

function errNoType(c: IntrinsicCall): never {
  throw new CodegenError(`intrinsic \`${c.inst.kind.tag === 'Intrinsic' ? c.inst.kind.name : '?'}\` needs a type argument`, c.span);
}

function loadVolatile(c: IntrinsicCall, p: PlaceRef): OperandRef | Value {
  const l = p.layout;
  if (l.abi.tag === 'Scalar') {
    const ty = immTy(c.fx.cx, l.abi.scalar);
    const mty = ty === T.i1 ? T.i8 : ty;
    const v = c.fx.b.load(c.fx.b.bitcast(p.ptr, ptrTo(mty)), p.align, { volatile: true });
    return ty === T.i1 ? c.fx.b.cast('trunc', v, T.i1) : v;
  }
  throw new CodegenError('volatile loads of non-scalar values are not supported yet', c.span);
}

function storeVolatile(c: IntrinsicCall, v: OperandRef, p: PlaceRef): void {
  const l = v.layout;
  if (l.abi.tag === 'Scalar' && v.val.tag === 'Imm') {
    const x = v.val.v.ty === T.i1 ? c.fx.b.cast('zext', v.val.v, T.i8) : v.val.v;
    c.fx.b.store(x, c.fx.b.bitcast(p.ptr, ptrTo(x.ty)), p.align, { volatile: true });
    return;
  }
  throw new CodegenError('volatile stores of non-scalar values are not supported yet', c.span);
}

export function isKnownIntrinsic(name: string): boolean {
  return name in HANDLERS || atomicHandler(name) !== null;
}

function handlerFor(name: string): Handler | undefined {
  const h = HANDLERS[name];
  if (h) return h;
  const a = atomicHandler(name);
  return a ? (c) => a({ fx: c.fx, args: c.args, destTy: c.dest.ty, span: c.span }) : undefined;
}

export function codegenIntrinsic(fx: FnCx, name: string, inst: Instance, args: readonly OperandRef[], destination: Place, target: number | null, span: Span): void {
  const h = handlerFor(name);
  if (!h) throw new CodegenError(`unknown intrinsic \`${name}\``, span);
  const dest = codegenPlace(fx, destination);
  const r = h({ fx, inst, args, dest, span });
  if (r === 'diverges') {
    fx.b.unreachable();
    return;
  }
  if (r !== null) {
    if ('val' in r) storeOperand(fx, r, dest);
    else {
      const l = dest.layout;
      if (l.abi.tag !== 'Scalar') throw new CodegenError(`intrinsic \`${name}\` result does not fit its destination`, span);
      storeOperand(fx, { val: { tag: 'Imm', v: r }, ty: dest.ty, layout: l }, dest);
    }
  }
  finishCall(fx, target);
}
