// `Assert` terminators: branch on the condition; the failing side calls the panic lang item
// with rustc's message and the source location (`panic` / `panic_bounds_check`), then is
// unreachable.
import type { Span } from '../diagnostics/span.ts';
import type { AssertKind, Operand } from '../mir/mir.ts';
import { mkRef, tys } from '../ty/interner.ts';
import { callSiteAttrs, emitCall } from './call.ts';
import { CodegenError } from './context.ts';
import { fnRef } from './declare.ts';
import { blockOf, layoutOfMono, type FnCx } from './fn-cx.ts';
import { constInt } from './llvm-ir/value.ts';
import { immTy } from './llvm-types.ts';
import { codegenOperand } from './operand-mir.ts';
import type { OperandRef } from './operand.ts';
import { immOf } from './operand.ts';
import { overflowMessage } from './panic-messages.ts';
import { resolveFnInstance } from './resolve.ts';
import type { Ty } from '../ty/ty.ts';

const encoder = new TextEncoder();

/** A `&'static str` operand for `s`. */
export function strOperand(fx: FnCx, s: string): OperandRef {
  const ty = mkRef(tys.str);
  const layout = layoutOfMono(fx, ty);
  const bytes = encoder.encode(s);
  const ptr = fx.cx.m.bytesConstant(bytes);
  return { val: { tag: 'Pair', a: ptr, b: constInt(fx.cx.isizeTy, bytes.length) }, ty, layout };
}

function scalarOperand(fx: FnCx, ty: Ty, value: number | bigint): OperandRef {
  const layout = layoutOfMono(fx, ty);
  if (layout.abi.tag !== 'Scalar') throw new Error('not a scalar');
  return { val: { tag: 'Imm', v: constInt(immTy(fx.cx, layout.abi.scalar), value) }, ty, layout };
}

/** Calls a panic lang item; the current block ends in `unreachable`. */
export function callPanicLangItem(fx: FnCx, item: 'panic' | 'panic_bounds_check', leading: readonly OperandRef[], span: Span): void {
  const def = fx.cx.tcx.langItem(item);
  if (def === null) throw new CodegenError(`requires \`${item}\` lang item`, span);
  const f = fnRef(fx.cx, resolveFnInstance(fx.cx, def, []));
  const loc = fx.cx.locate(span);
  const args = [...leading, strOperand(fx, loc.file), scalarOperand(fx, tys.u32, loc.line), scalarOperand(fx, tys.u32, loc.col)];
  emitCall(fx, f.ptr, f.abi, args, null, [...callSiteAttrs(f.abi), 'cold', 'noreturn'].filter((a, i, all) => all.indexOf(a) === i));
  fx.b.unreachable();
}

export function codegenAssert(fx: FnCx, t: { readonly cond: Operand; readonly expected: boolean; readonly msg: AssertKind; readonly target: number; readonly span: Span }): void {
  const cond = immOf(codegenOperand(fx, t.cond));
  const ok = blockOf(fx, t.target);
  const fail = fx.b.newBlock('panic');
  if (t.expected) fx.b.condBr(cond, ok, fail);
  else fx.b.condBr(cond, fail, ok);
  fx.b.positionAt(fail);
  if (t.msg.tag === 'BoundsCheck') {
    const index = codegenOperand(fx, t.msg.index);
    const len = codegenOperand(fx, t.msg.len);
    callPanicLangItem(fx, 'panic_bounds_check', [index, len], t.span);
  } else {
    callPanicLangItem(fx, 'panic', [strOperand(fx, overflowMessage(t.msg))], t.span);
  }
}
