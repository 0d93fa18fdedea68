// Calls through the Fn traits whose callee is not a plain function (rustc builds shims for
// these; we adapt at the call site): `FnOnce::call_once` on a closure whose body takes its
// environment by reference (the value is put on the stack and passed by address), and
// `Fn*::call*` on a fn item (the zero-sized `self` is dropped) or fn pointer (called indirectly).
import type { Span } from '../diagnostics/span.ts';
import { shimTarget } from '../middle/fn-instance.ts';
import type { Place } from '../mir/mir.ts';
import type { Instance } from '../ty/instance.ts';
import { mkTy, tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { fnAbiOf } from './abi.ts';
import { callSiteAttrs, emitCall, finishCall, storeCallResult } from './call.ts';
import { CodegenError } from './context.ts';
import { fnRef } from './declare.ts';
import { layoutOfMono, type FnCx } from './fn-cx.ts';
import { immTy } from './llvm-types.ts';
import { ptrTo } from './llvm-ir/types.ts';
import { immOperand, loadOperand, spillOperand, type OperandRef } from './operand.ts';
import { codegenPlace, derefOperand } from './place.ts';
import { callerLocationOperand, tracksCaller } from './track-caller.ts';

/** Runs the drop glue of the closure behind `envPtr` (a `&mut Closure` operand), if it has any. */
function dropEnv(fx: FnCx, envPtr: OperandRef, closureTy: Ty): void {
  const dropInPlace = fx.cx.tcx.langItem('drop_in_place');
  if (dropInPlace === null || !fx.cx.tcx.needsDrop(closureTy)) return;
  const f = fnRef(fx.cx, { def: dropInPlace, args: [{ tag: 'Type', ty: closureTy }], kind: { tag: 'DropGlue', ty: closureTy } });
  emitCall(fx, f.ptr, f.abi, [envPtr], null, callSiteAttrs(f.abi));
}

export function codegenFnTraitShimCall(fx: FnCx, inst: Instance, args: readonly OperandRef[], destination: Place, target: number | null, span: Span): void {
  const self = args[0];
  if (!self) throw new CodegenError('call through a Fn trait without `self`', span);
  const rest = args.slice(1);
  const dest = codegenPlace(fx, destination);
  if (inst.kind.tag === 'FnPtrShim' && tyKind(inst.kind.ty).tag === 'Ref') {
    // `&F`/`&mut F` called through a Fn trait: the reference shim is a function of its own.
    const f = fnRef(fx.cx, inst);
    const r = emitCall(fx, f.ptr, f.abi, args, f.abi.ret.mode.tag === 'Indirect' ? dest : null, callSiteAttrs(f.abi));
    storeCallResult(fx, f.abi, r, dest);
    finishCall(fx, target);
    return;
  }
  if (inst.kind.tag === 'ClosureOnceShim' || (inst.kind.tag === 'FnPtrShim' && tyKind(inst.kind.ty).tag === 'FnDef')) {
    const callee = shimTarget(fx.cx.tcx, inst);
    if (callee === null) throw new CodegenError('cannot resolve the callee of a Fn trait call', span);
    let callArgs = rest;
    if (inst.kind.tag === 'ClosureOnceShim') {
      const slot = spillOperand(fx, self, 'env');
      const refTy = mkTy({ tag: 'Ref', mutbl: 'mut', pointee: self.ty });
      const l = layoutOfMono(fx, refTy);
      if (l.abi.tag !== 'Scalar') throw new CodegenError('closure environment pointer is not a scalar', span);
      callArgs = [immOperand(fx, refTy, fx.b.bitcast(slot.ptr, immTy(fx.cx, l.abi.scalar))), ...rest];
    }
    if (tracksCaller(fx.cx, callee)) callArgs = [...callArgs, callerLocationOperand(fx, span)];
    const f = fnRef(fx.cx, callee);
    const r = emitCall(fx, f.ptr, f.abi, callArgs, f.abi.ret.mode.tag === 'Indirect' ? dest : null, callSiteAttrs(f.abi));
    storeCallResult(fx, f.abi, r, dest);
    // `call_once` consumed the closure: what it captured by value is dropped now.
    if (inst.kind.tag === 'ClosureOnceShim') dropEnv(fx, callArgs[0]!, self.ty);
    finishCall(fx, target);
    return;
  }
  if (inst.kind.tag !== 'FnPtrShim') throw new CodegenError('not a Fn trait shim', span);
  const fnTy = inst.kind.ty;
  const fk = tyKind(fnTy);
  if (fk.tag !== 'FnPtr') throw new CodegenError('Fn trait call on a non-callable type', span);
  // `call`/`call_mut` take `&self`: load the pointer; `call_once` has it by value.
  const fp = tyKind(self.ty).tag === 'Ref' ? loadOperand(fx, derefOperand(fx, self, fnTy)) : self;
  if (fp.val.tag !== 'Imm') throw new CodegenError('fn pointer operand is not a scalar', span);
  const abi = fnAbiOf(fx.cx, fk.sig);
  const callee = fx.b.bitcast(fp.val.v, ptrTo(abi.llvmTy));
  const r = emitCall(fx, callee, abi, rest, abi.ret.mode.tag === 'Indirect' ? dest : null, callSiteAttrs(abi));
  storeCallResult(fx, abi, r, dest);
  finishCall(fx, target);
}
