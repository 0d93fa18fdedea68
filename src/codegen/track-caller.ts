// `#[track_caller]`: such a function gets the caller's source location as a hidden last
// argument (`&Location`), which `Location::caller()` (the `caller_location` intrinsic)
// returns; so `Option::unwrap` panics at the line that called it, as in rustc. A call site
// passes a `Location` built in its own frame, or, inside another `#[track_caller]` function,
// the location it was given (so the outermost caller is reported).
//
// Trait methods and their impls never get the hidden argument (generic code and vtables call
// them through the trait's signature); rustc makes shims for those, which we do not have.
import type { Span } from '../diagnostics/span.ts';
import type { Instance } from '../ty/instance.ts';
import { mkAdt, mkRef, tyKind, tys } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { strOperand } from './assert.ts';
import { CodegenError, type CodegenCx } from './context.ts';
import { layoutOfMono, type FnCx } from './fn-cx.ts';
import { fieldOffset } from './layout/layout.ts';
import { constInt } from './llvm-ir/value.ts';
import { immTy } from './llvm-types.ts';
import { immOperand, storeOperand, tempPlace, type OperandRef } from './operand.ts';
import { alignAtOffset } from './place.ts';

/** Whether calls to `inst` pass the caller's location as a hidden last argument. */
export function tracksCaller(cx: CodegenCx, inst: Instance): boolean {
  if (inst.kind.tag !== 'Item') return false;
  const tcx = cx.tcx;
  if (!tcx.codegenAttrs(inst.def).trackCaller) return false;
  const parent = tcx.parent(inst.def);
  if (parent === null) return true;
  const pk = tcx.defKind(parent);
  return !(pk === 'Trait' || (pk === 'Impl' && tcx.implTrait(parent) !== null));
}

/** `&'static Location<'static>` (core's `panic_location` lang item), or null without core. */
export function locationRefTy(cx: CodegenCx): Ty | null {
  const def = cx.tcx.langItem('panic_location');
  return def === null ? null : mkRef(mkAdt(def, []));
}

/** The callee's hidden argument at a call site `span` in `fx`. */
export function callerLocationOperand(fx: FnCx, span: Span): OperandRef {
  if (fx.callerLocation) return fx.callerLocation;
  const refTy = locationRefTy(fx.cx);
  if (refTy === null) throw new CodegenError('requires `panic_location` lang item', span);
  const rk = tyKind(refTy);
  if (rk.tag !== 'Ref') throw new CodegenError('`&Location` is not a reference', span);
  const locTy = rk.pointee;
  const place = tempPlace(fx, locTy, 'location');
  const loc = fx.cx.locate(span);
  // Location { file: &str, line: u32, col: u32 }, fields in declaration order.
  const fields: OperandRef[] = [strOperand(fx, loc.file), u32Operand(fx, loc.line), u32Operand(fx, loc.col)];
  fields.forEach((op, i) => {
    const off = fieldOffset(place.layout, i);
    const ptr = off === 0 ? place.ptr : fx.b.byteOffset(place.ptr, off, fx.cx.isizeTy, place.ptr.ty);
    storeOperand(fx, op, { ptr, meta: null, ty: op.ty, layout: op.layout, align: alignAtOffset(place.align, off) });
  });
  const l = layoutOfMono(fx, refTy);
  if (l.abi.tag !== 'Scalar') throw new CodegenError('`&Location` is not a scalar', span);
  return immOperand(fx, refTy, fx.b.bitcast(place.ptr, immTy(fx.cx, l.abi.scalar)));
}

function u32Operand(fx: FnCx, v: number): OperandRef {
  const layout = layoutOfMono(fx, tys.u32);
  if (layout.abi.tag !== 'Scalar') throw new Error('u32 is not a scalar');
  return { val: { tag: 'Imm', v: constInt(immTy(fx.cx, layout.abi.scalar), v) }, ty: tys.u32, layout };
}
