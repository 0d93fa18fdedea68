// MIR -> LLVM IR for one function instance: an entry block that spills the incoming
// arguments into their locals, then one LLVM block per MIR block.
import type { Statement, Terminator } from '../mir/mir.ts';
import type { Instance } from '../ty/instance.ts';
import { tyKind } from '../ty/interner.ts';
import { codegenAssert } from './assert.ts';
import { callSiteAttrs, codegenCallTerminator, emitCall } from './call.ts';
import { instanceBody } from '../mono/collect.ts';
import { mkTy } from '../ty/interner.ts';
import type { OperandRef } from './operand.ts';
import { CodegenError, type CodegenCx } from './context.ts';
import { fnAttrsFor, fnRef } from './declare.ts';
import { blockOf, localPlace, localTy, layoutOfMono, type FnCx } from './fn-cx.ts';
import { codegenInlineAsm } from './inline-asm.ts';
import { fieldOffset, isUninhabited } from './layout/layout.ts';
import type { Linkage } from './llvm-ir/module-builder.ts';
import { T } from './llvm-ir/types.ts';
import { constInt, undef } from './llvm-ir/value.ts';
import { codegenOperand } from './operand-mir.ts';
import { immOf, immOperand, loadOperand, pairOffset, storeScalarAt } from './operand.ts';
import { tracksCaller } from './track-caller.ts';
import { alignAtOffset, codegenPlace, type PlaceRef } from './place.ts';
import { rvalueInto, writeDiscriminant } from './rvalue.ts';
import { mono } from './fn-cx.ts';
import { fieldTy } from './field-ty.ts';

function codegenStatement(fx: FnCx, st: Statement): void {
  switch (st.tag) {
    case 'Assign': {
      const dest = codegenPlace(fx, st.place);
      rvalueInto(fx, dest, st.rvalue, st.span);
      return;
    }
    case 'SetDiscriminant':
      writeDiscriminant(fx, codegenPlace(fx, st.place), st.variant);
      return;
    case 'StorageLive': case 'StorageDead': case 'FakeRead': case 'Nop':
      return;
  }
}

function codegenReturn(fx: FnCx): void {
  const ret = fx.abi.ret;
  switch (ret.mode.tag) {
    case 'Ignore':
      if (isUninhabited(ret.layout)) fx.b.unreachable();
      else fx.b.ret();
      return;
    case 'Indirect':
      fx.b.ret();
      return;
    case 'Direct': {
      const op = loadOperand(fx, localPlace(fx, 0));
      fx.b.ret(immOf(op));
      return;
    }
    case 'Pair': {
      const op = loadOperand(fx, localPlace(fx, 0));
      if (op.val.tag !== 'Pair') throw new CodegenError('pair return of a non-pair value');
      const st = fx.b.returnType;
      const a = fx.b.insertValue(undef(st), op.val.a, 0);
      fx.b.ret(fx.b.insertValue(a, op.val.b, 1));
      return;
    }
  }
}

function codegenTerminator(fx: FnCx, t: Terminator): void {
  const b = fx.b;
  switch (t.tag) {
    case 'Goto': b.br(blockOf(fx, t.target)); return;
    case 'SwitchInt': {
      const v = immOf(codegenOperand(fx, t.discr));
      const { values, targets, otherwise } = t.targets;
      if (v.ty === T.i1 && values.length === 1) {
        const target = blockOf(fx, targets[0]!);
        const other = blockOf(fx, otherwise);
        if (values[0] === 0n) b.condBr(v, other, target);
        else b.condBr(v, target, other);
        return;
      }
      b.switch(v, blockOf(fx, otherwise), values.map((val, i) => [val, blockOf(fx, targets[i]!)] as const));
      return;
    }
    case 'Return': codegenReturn(fx); return;
    case 'Unreachable': b.unreachable(); return;
    case 'Drop': {
      // Drops are elaborated: run the glue of the place's type on its address.
      const ty = mono(fx, operandPlaceTy(fx, t.place));
      const dropInPlace = fx.cx.tcx.langItem('drop_in_place');
      if (fx.cx.tcx.needsDrop(ty) && dropInPlace !== null) {
        const p = codegenPlace(fx, t.place);
        const ptrTy = mkTy({ tag: 'RawPtr', mutbl: 'mut', pointee: ty });
        const arg: OperandRef = { val: p.meta !== null ? { tag: 'Pair', a: p.ptr, b: p.meta } : { tag: 'Imm', v: p.ptr }, ty: ptrTy, layout: layoutOfMono(fx, ptrTy) };
        const f = fnRef(fx.cx, { def: dropInPlace, args: [{ tag: 'Type', ty }], kind: { tag: 'DropGlue', ty } });
        emitCall(fx, f.ptr, f.abi, [arg], null, callSiteAttrs(f.abi));
      }
      b.br(blockOf(fx, t.target));
      return;
    }
    case 'Call': codegenCallTerminator(fx, t); return;
    case 'Assert': codegenAssert(fx, t); return;
    case 'InlineAsm': codegenInlineAsm(fx, t); return;
  }
}

function operandPlaceTy(fx: FnCx, place: import('../mir/mir.ts').Place): import('../ty/ty.ts').Ty {
  let ty = fx.body.locals[place.local]!.ty;
  for (const e of place.projection) {
    if (e.tag === 'Field') ty = e.ty;
    else if (e.tag === 'Deref') {
      const k = tyKind(mono(fx, ty));
      if (k.tag === 'Ref' || k.tag === 'RawPtr') ty = k.pointee;
    } else if (e.tag === 'Index' || e.tag === 'ConstantIndex') {
      const k = tyKind(mono(fx, ty));
      if (k.tag === 'Array' || k.tag === 'Slice') ty = k.elem;
    }
  }
  return ty;
}

/** Spills incoming LLVM parameters into the MIR argument locals. */
function setupArgs(fx: FnCx): void {
  const params = fx.b.params;
  let p = 0;
  if (fx.abi.ret.mode.tag === 'Indirect') {
    const l = fx.abi.ret.layout;
    fx.locals[0] = { ptr: fx.b.bitcast(params[p++]!, T.i8p), meta: null, ty: fx.abi.ret.ty, layout: l, align: l.align };
  }
  const argCount = fx.body.argCount;
  const sig = fx.cx.tcx.fnSig(fx.inst.def);
  const spread = sig.abi === 'rust-call' && argCount > 0 && tyKind(localTy(fx, argCount)).tag === 'Tuple';
  let abiIndex = 0;
  const takeArg = (dest: PlaceRef): void => {
    const a = fx.abi.args[abiIndex++];
    if (!a) throw new CodegenError('MIR has more arguments than the signature');
    switch (a.mode.tag) {
      case 'Ignore': return;
      case 'Direct': {
        if (dest.layout.abi.tag !== 'Scalar') throw new CodegenError('direct argument for a non-scalar local');
        storeScalarAt(fx, params[p++]!, dest.ptr, 0, dest.layout.abi.scalar, dest.align);
        return;
      }
      case 'Pair': {
        const l = dest.layout;
        if (l.abi.tag !== 'ScalarPair') throw new CodegenError('pair argument for a non-pair local');
        storeScalarAt(fx, params[p++]!, dest.ptr, 0, l.abi.a, dest.align);
        storeScalarAt(fx, params[p++]!, dest.ptr, pairOffset(fx, l), l.abi.b, dest.align);
        return;
      }
      case 'Indirect': {
        // Only reached for fields of a spread tuple: copy the caller's copy in.
        const src = params[p++]!;
        fx.b.memcpy(dest.ptr, src, constInt(fx.cx.isizeTy, dest.layout.size), { dst: dest.align, src: dest.layout.align });
        return;
      }
    }
  };
  for (let local = 1; local <= argCount; local++) {
    const isSpread = spread && local === argCount;
    if (!isSpread) {
      const a = fx.abi.args[abiIndex];
      if (a && a.mode.tag === 'Indirect') {
        // The caller passed a copy we own: use it as the local's memory directly.
        abiIndex++;
        const l = a.layout;
        fx.locals[local] = { ptr: params[p++]!, meta: null, ty: localTy(fx, local), layout: l, align: l.align };
        continue;
      }
      if (a && a.mode.tag === 'Ignore') {
        abiIndex++;
        continue;
      }
      takeArg(localPlace(fx, local));
      continue;
    }
    const tuple = localPlace(fx, local);
    const k = tyKind(tuple.ty);
    if (k.tag !== 'Tuple') throw new Error('unreachable');
    k.elems.forEach((_, i) => {
      const fty = fieldTy(fx.cx, tuple.ty, null, i);
      const off = fieldOffset(tuple.layout, i);
      const ptr = off === 0 ? tuple.ptr : fx.b.byteOffset(tuple.ptr, off, fx.cx.isizeTy, T.i8p);
      takeArg({ ptr, meta: null, ty: fty, layout: layoutOfMono(fx, fty), align: alignAtOffset(tuple.align, off) });
    });
  }
  const loc = fx.abi.args[abiIndex];
  if (loc && tracksCaller(fx.cx, fx.inst)) fx.callerLocation = immOperand(fx, loc.ty, params[p]!);
}

/** Generates the definition of `inst` under `symbol` into the module. */
export function codegenInstance(cx: CodegenCx, inst: Instance, linkage: Linkage): void {
  const f = fnRef(cx, inst);
  const body = instanceBody(cx.tcx, inst, cx.target.pointerWidth);
  const attrs = cx.tcx.codegenAttrs(inst.def);
  const b = cx.m.defineFunction(f.symbol, f.abi.llvmTy, {
    linkage,
    fnAttrs: fnAttrsFor(cx, inst.def, f.abi),
    retAttrs: f.abi.retAttrs,
    paramAttrs: f.abi.paramAttrs,
    ...(linkage === 'internal' ? { unnamedAddr: 'unnamed_addr' as const } : {}),
    ...(attrs.linkSection !== null ? { section: attrs.linkSection } : {}),
    paramNames: [],
  });
  const start = b.newBlock('start');
  const blocks = body.blocks.map((_, i) => b.newBlock(`bb${i}`));
  const fx: FnCx = { cx, inst, body, b, abi: f.abi, locals: body.locals.map(() => null), blocks };
  b.positionAt(start);
  if (!attrs.naked) setupArgs(fx);
  b.br(blocks[0]!);
  body.blocks.forEach((bb, i) => {
    b.positionAt(blocks[i]!);
    for (const st of bb.statements) codegenStatement(fx, st);
    codegenTerminator(fx, bb.terminator);
  });
}
