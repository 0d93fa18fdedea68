// Calls: direct (fn items by symbol), indirect (fn pointers), intrinsics inline; argument
// passing by the callee's ABI; results stored into the destination place.
import type { Span } from '../diagnostics/span.ts';
import type { Operand, Place } from '../mir/mir.ts';
import { mkTy, tyKind, tys } from '../ty/interner.ts';
import { fnAbiOf, type FnAbi } from './abi.ts';
import { CodegenError } from './context.ts';
import { fnRef, instanceSig } from './declare.ts';
import { loadVtableSlot } from './vtable.ts';
import type { Instance } from '../ty/instance.ts';
import { blockOf, layoutOfMono, type FnCx } from './fn-cx.ts';
import { codegenIntrinsic } from './intrinsics.ts';
import { fieldOffset } from './layout/layout.ts';
import { ptrTo, T } from './llvm-ir/types.ts';
import { constNull, type Value } from './llvm-ir/value.ts';
import { codegenOperand, operandTy } from './operand-mir.ts';
import { loadOperand, loadScalarAt, pairOffset, spillOperand, storeOperand, storeScalarAt, tempPlace, type OperandRef } from './operand.ts';
import { callerLocationOperand, tracksCaller } from './track-caller.ts';
import { codegenPlace, alignAtOffset, type PlaceRef } from './place.ts';
import { resolveFnInstance } from './resolve.ts';
import { codegenFnTraitShimCall } from './fn-trait-call.ts';
import { fieldTy } from './field-ty.ts';

/** Scalar immediate of an operand, loading it if it lives in memory. */
function operandImm(fx: FnCx, op: OperandRef, want: import('./llvm-ir/types.ts').LType): Value {
  const v = op.val;
  if (v.tag === 'Imm') return v.v.ty === want ? v.v : fx.b.bitcast(v.v, want);
  if (v.tag === 'Ref' && op.layout.abi.tag === 'Scalar') return loadScalarAt(fx, v.ptr, 0, op.layout.abi.scalar, v.align);
  throw new CodegenError(`argument of kind ${v.tag} passed as a scalar`);
}

function operandPair(fx: FnCx, op: OperandRef): [Value, Value] {
  const v = op.val;
  if (v.tag === 'Pair') return [v.a, v.b];
  if (v.tag === 'Ref' && op.layout.abi.tag === 'ScalarPair') {
    return [loadScalarAt(fx, v.ptr, 0, op.layout.abi.a, v.align), loadScalarAt(fx, v.ptr, pairOffset(fx, op.layout), op.layout.abi.b, v.align)];
  }
  throw new CodegenError(`argument of kind ${v.tag} passed as a pair`);
}

/** Splits a tuple operand into its fields (for `rust-call` spreading). */
function tupleFields(fx: FnCx, op: OperandRef): OperandRef[] {
  const k = tyKind(op.ty);
  if (k.tag !== 'Tuple') throw new CodegenError('spread argument is not a tuple');
  if (k.elems.length === 0) return [];
  const p = op.val.tag === 'Ref' ? { ptr: op.val.ptr, meta: null, ty: op.ty, layout: op.layout, align: op.val.align } : spillOperand(fx, op);
  return k.elems.map((_, i) => {
    const fty = fieldTy(fx.cx, op.ty, null, i);
    const fl = layoutOfMono(fx, fty);
    const off = fieldOffset(op.layout, i);
    const ptr = off === 0 ? p.ptr : fx.b.byteOffset(p.ptr, off, fx.cx.isizeTy, T.i8p);
    return loadOperand(fx, { ptr, meta: null, ty: fty, layout: fl, align: alignAtOffset(p.align, off) });
  });
}

/**
 * Emits the call itself; returns the callee's direct result (null for void/indirect).
 * `dest` receives an indirect (sret) result.
 */
export function emitCall(fx: FnCx, callee: Value, abi: FnAbi, args: readonly OperandRef[], dest: PlaceRef | null, fnAttrs: readonly string[]): Value | null {
  const ll: Value[] = [];
  if (abi.ret.mode.tag === 'Indirect') {
    const slot = dest ?? tempPlace(fx, abi.ret.ty, 'sret');
    const ft = callee.ty.kind === 'ptr' && callee.ty.pointee.kind === 'fn' ? callee.ty.pointee : null;
    ll.push(fx.b.bitcast(slot.ptr, ft ? ft.params[0]! : ptrTo(T.i8)));
  }
  if (args.length < abi.args.length || (!abi.cVariadic && args.length !== abi.args.length)) {
    throw new CodegenError(`call with ${args.length} arguments to a function taking ${abi.args.length}`);
  }
  args.forEach((op, i) => {
    const a = abi.args[i];
    if (!a) {
      // C variadic extra arguments: default argument promotions.
      const v = op.val.tag === 'Imm' ? op.val.v : operandImm(fx, op, T.i8p);
      if (v.ty.kind === 'int' && v.ty.bits < 32) ll.push(fx.b.intCast(v, T.i32, tyKind(op.ty).tag === 'Int'));
      else if (v.ty.kind === 'float' && v.ty.bits === 32) ll.push(fx.b.cast('fpext', v, T.f64));
      else ll.push(v);
      return;
    }
    switch (a.mode.tag) {
      case 'Ignore': break;
      case 'Direct': ll.push(operandImm(fx, op, a.mode.ty)); break;
      case 'Pair': ll.push(...operandPair(fx, op)); break;
      case 'Indirect': {
        // The callee owns (and may modify) its copy.
        ll.push(spillOperand(fx, op, 'arg').ptr);
        break;
      }
    }
  });
  return fx.b.call(callee, ll, { fnAttrs, paramAttrs: abi.paramAttrs, retAttrs: abi.retAttrs });
}

/** Stores a direct call result into the destination place. */
export function storeCallResult(fx: FnCx, abi: FnAbi, result: Value | null, dest: PlaceRef): void {
  const m = abi.ret.mode;
  const l = abi.ret.layout;
  if (result === null) return;
  if (m.tag === 'Direct' && l.abi.tag === 'Scalar') storeScalarAt(fx, result, dest.ptr, 0, l.abi.scalar, dest.align);
  else if (m.tag === 'Pair' && l.abi.tag === 'ScalarPair') {
    storeScalarAt(fx, fx.b.extractValue(result, 0), dest.ptr, 0, l.abi.a, dest.align);
    storeScalarAt(fx, fx.b.extractValue(result, 1), dest.ptr, pairOffset(fx, l), l.abi.b, dest.align);
  }
}

/** After a call: continue at `target`, or mark the path unreachable for diverging callees. */
export function finishCall(fx: FnCx, target: number | null): void {
  if (target === null) fx.b.unreachable();
  else fx.b.br(blockOf(fx, target));
}

export function codegenCallTerminator(
  fx: FnCx,
  t: { readonly func: Operand; readonly args: readonly Operand[]; readonly destination: Place; readonly target: number | null; readonly span: Span; readonly spreadLastArg?: boolean },
): void {
  const calleeTy = operandTy(fx, t.func);
  const k = tyKind(calleeTy);
  let args = t.args.map((a) => codegenOperand(fx, a));
  if (t.spreadLastArg && args.length > 0) args = [...args.slice(0, -1), ...tupleFields(fx, args[args.length - 1]!)];

  if (k.tag === 'FnDef') {
    const inst = resolveFnInstance(fx.cx, k.def, k.args);
    if (inst.kind.tag === 'Intrinsic' && inst.kind.name === 'caller_location') {
      const dest = codegenPlace(fx, t.destination);
      storeOperand(fx, callerLocationOperand(fx, t.span), dest);
      finishCall(fx, t.target);
      return;
    }
    if (tracksCaller(fx.cx, inst)) args = [...args, callerLocationOperand(fx, t.span)];
    if (inst.kind.tag === 'Intrinsic') {
      codegenIntrinsic(fx, inst.kind.name, inst, args, t.destination, t.target, t.span);
      return;
    }
    if (inst.kind.tag === 'Virtual') {
      codegenVirtualCall(fx, inst, inst.kind.index, args, t.destination, t.target, t.span);
      return;
    }
    if (inst.kind.tag === 'ClosureOnceShim' || inst.kind.tag === 'FnPtrShim') {
      codegenFnTraitShimCall(fx, inst, args, t.destination, t.target, t.span);
      return;
    }
    if (inst.kind.tag === 'DropGlue' && inst.kind.ty === null) {
      // drop_in_place of a type without drop glue does nothing.
      finishCall(fx, t.target);
      return;
    }
    const f = fnRef(fx.cx, inst);
    const dest = codegenPlace(fx, t.destination);
    const r = emitCall(fx, f.ptr, f.abi, args, f.abi.ret.mode.tag === 'Indirect' ? dest : null, callSiteAttrs(f.abi));
    storeCallResult(fx, f.abi, r, dest);
    finishCall(fx, t.target);
    return;
  }
  if (k.tag === 'FnPtr') {
    const abi = fnAbiOf(fx.cx, k.sig);
    const fp = codegenOperand(fx, t.func);
    if (fp.val.tag !== 'Imm') throw new CodegenError('fn pointer operand is not a scalar', t.span);
    const callee = fx.b.bitcast(fp.val.v, ptrTo(abi.llvmTy));
    const dest = codegenPlace(fx, t.destination);
    const r = emitCall(fx, callee, abi, args, abi.ret.mode.tag === 'Indirect' ? dest : null, callSiteAttrs(abi));
    storeCallResult(fx, abi, r, dest);
    finishCall(fx, t.target);
    return;
  }
  throw new CodegenError(`calling a value of type ${k.tag} is not supported yet`, t.span);
}

/**
 * A call through slot `index` of the receiver's vtable. The receiver (`&dyn Trait`,
 * `&mut dyn Trait`) is passed as its data pointer alone: the method behind the slot takes
 * `&T` for the concrete `T`.
 */
function codegenVirtualCall(fx: FnCx, inst: Instance, index: number, args: readonly OperandRef[], destination: Place, target: number | null, span: Span): void {
  const recv = args[0];
  if (!recv || recv.layout.abi.tag !== 'ScalarPair') throw new CodegenError('virtual call on a receiver that is not a trait object pointer', span);
  // `&dyn Trait`, `&mut dyn Trait`, `Box<dyn Trait>`: (data pointer, vtable).
  const [data, vtable] = operandPair(fx, recv);
  const sig = instanceSig(fx.cx, inst);
  const thin = mkTy({ tag: 'RawPtr', mutbl: 'not', pointee: tys.u8 });
  const abi = fnAbiOf(fx.cx, { ...sig, inputs: [thin, ...sig.inputs.slice(1)] });
  const fnPtr = loadVtableSlot(fx, vtable, index, ptrTo(abi.llvmTy));
  const thinArg: OperandRef = { val: { tag: 'Imm', v: data }, ty: thin, layout: layoutOfMono(fx, thin) };
  const dest = codegenPlace(fx, destination);
  // Slot 0 (drop_in_place) is null for types without drop glue: skip the call then.
  const join = index === 0 ? fx.b.newBlock('virtual_drop_done') : null;
  if (join !== null) {
    const call = fx.b.newBlock('virtual_drop');
    fx.b.condBr(fx.b.icmp('eq', fnPtr, constNull(fnPtr.ty)), join, call);
    fx.b.positionAt(call);
  }
  const r = emitCall(fx, fnPtr, abi, [thinArg, ...args.slice(1)], abi.ret.mode.tag === 'Indirect' ? dest : null, callSiteAttrs(abi));
  storeCallResult(fx, abi, r, dest);
  if (join !== null) {
    fx.b.br(join);
    fx.b.positionAt(join);
  }
  finishCall(fx, target);
}

export function callSiteAttrs(abi: FnAbi): string[] {
  return abi.noReturn ? ['nounwind', 'noreturn'] : ['nounwind'];
}
