import type { Block, LetStmt, Stmt } from '../hir/expr.ts';
import { tys } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { checkExpr } from './check-expr.ts';
import { checkPat } from './check-pat.ts';
import { warnIfUnreachable } from './unreachable-code.ts';
import { tryCoerce } from './coercion.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { coerceOrReport, mismatchSpan, reportMismatch } from './mismatch.ts';
import { suggestActualLength } from './array-size.ts';

/** A block's type: its tail's, else `!` if it diverged, else `()`. */
export function checkBlock(fcx: FnCtxt, b: Block, expected: Ty | null): Ty {
  for (const s of b.stmts) checkStmt(fcx, s);
  fcx.writeTy(b.hirId, tys.unit);
  if (b.expr) {
    const t = checkExpr(fcx, b.expr, expected);
    fcx.writeTy(b.hirId, t);
    return t;
  }
  const t = fcx.diverges ? tys.never : tys.unit;
  fcx.writeTy(b.hirId, t);
  return t;
}

/** A block whose value must be `()` (loop bodies). */
export function checkBlockUnit(fcx: FnCtxt, b: Block): void {
  const t = checkBlock(fcx, b, tys.unit);
  if (!tryCoerce(fcx, b.expr ? b.expr.hirId : null, t, tys.unit)) {
    reportMismatch(fcx, b.expr ? mismatchSpan(b.expr) : b.span, tys.unit, t);
  }
}

function checkStmt(fcx: FnCtxt, s: Stmt): void {
  const k = s.kind;
  if (k.tag !== 'Item') warnIfUnreachable(fcx, s.hirId, s.span, 'statement');
  switch (k.tag) {
    case 'Let': checkLet(fcx, k.local); return;
    case 'Item': return;
    case 'Semi': checkExpr(fcx, k.expr, null); return;
    case 'Expr': {
      const t = checkExpr(fcx, k.expr, tys.unit);
      if (!tryCoerce(fcx, k.expr.hirId, t, tys.unit)) reportMismatch(fcx, mismatchSpan(k.expr), tys.unit, t);
      return;
    }
  }
}

function checkLet(fcx: FnCtxt, l: LetStmt): void {
  const decl = l.ty ? fcx.astConv(l.ty) : null;
  let patTy: Ty;
  let origin: { span: LetStmt['span']; ty: Ty } | null = null;
  if (l.init) {
    if (decl !== null && l.ty) {
      const tySpan = l.ty.span;
      const saved = fcx.letPatSpan;
      fcx.letPatSpan = l.pat.span;
      const it = checkExpr(fcx, l.init, decl);
      fcx.letPatSpan = saved;
      const declTy = l.ty;
      const init = l.init;
      coerceOrReport(fcx, init, it, decl, (d) => {
        d.label(tySpan, 'expected due to this');
        if (mismatchSpan(init) === init.span) suggestActualLength(fcx, d, declTy, decl, it);
      });
      patTy = decl;
    } else {
      patTy = checkExpr(fcx, l.init, null);
      origin = { span: l.init.span, ty: patTy };
    }
  } else {
    patTy = decl ?? fcx.infcx.newVar();
  }
  checkPat(fcx, l.pat, patTy, origin);
  if (l.pat.kind.tag === 'Binding') fcx.localOrigins.set(l.pat.hirId, { tySpan: l.ty ? l.ty.span : null, initSpan: l.init ? l.init.span : null });
  if (l.els) {
    const saved = fcx.diverges;
    fcx.diverges = false;
    const t = checkBlock(fcx, l.els, null);
    if (fcx.shallow(t) !== tys.never && !fcx.diverges) {
      fcx.err('`else` clause of `let...else` does not diverge', 'E0308').primary(l.els.span).emit();
    }
    fcx.diverges = saved;
  }
}
