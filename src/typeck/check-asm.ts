import type { HirInlineAsm } from '../hir/expr.ts';
import { tys } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { checkExpr } from './check-expr.ts';
import { evalConstInt } from './const-eval.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { isPlaceExpr } from './check-ops.ts';
import { checkPathExpr } from './check-path.ts';

/** `asm!`: operands are ordinary expressions (outputs must be places); `noreturn` diverges. */
export function checkAsm(fcx: FnCtxt, asm: HirInlineAsm): Ty {
  for (const { op, span } of asm.operands) {
    switch (op.tag) {
      case 'In': checkExpr(fcx, op.expr, null); break;
      case 'Out':
        if (op.expr) {
          checkExpr(fcx, op.expr, null);
          if (!isPlaceExpr(op.expr)) fcx.err('invalid asm output').primary(op.expr.span, 'cannot assign to this expression').emit();
        }
        break;
      case 'InOut': checkExpr(fcx, op.expr, null); break;
      case 'SplitInOut':
        checkExpr(fcx, op.inExpr, null);
        if (op.outExpr) checkExpr(fcx, op.outExpr, null);
        break;
      case 'Const': {
        const v = evalConstInt(fcx.tcx, op.expr);
        if (v === null) fcx.err('asm `const` operand must be an integer constant tsrustc can evaluate').primary(span).emit();
        else fcx.results.constValues.set(op.expr.hirId, v);
        fcx.writeTy(op.expr.hirId, tys.usize);
        break;
      }
      case 'SymFn': fcx.writeTy(op.hirId, checkPathExpr(fcx, { hirId: op.hirId, kind: { tag: 'Path', qpath: op.qpath }, span }, op.qpath)); break;
      case 'SymStatic': break;
    }
  }
  return asm.options.has('noreturn') ? tys.never : tys.unit;
}
