import type { Block, Expr } from '../../src/hir/expr.ts';

/** Visits every expression of a HIR expression tree in source order (pre-order). */
export function forEachExpr(e: Expr, f: (e: Expr) => void): void {
  f(e);
  const k = e.kind;
  const blk = (b: Block): void => {
    for (const s of b.stmts) {
      if (s.kind.tag === 'Let') { if (s.kind.local.init) forEachExpr(s.kind.local.init, f); }
      else if (s.kind.tag === 'Expr' || s.kind.tag === 'Semi') forEachExpr(s.kind.expr, f);
    }
    if (b.expr) forEachExpr(b.expr, f);
  };
  switch (k.tag) {
    case 'Call': forEachExpr(k.func, f); k.args.forEach((x) => forEachExpr(x, f)); break;
    case 'MethodCall': forEachExpr(k.receiver, f); k.args.forEach((x) => forEachExpr(x, f)); break;
    case 'Tup': case 'Array': k.elems.forEach((x) => forEachExpr(x, f)); break;
    case 'Repeat': forEachExpr(k.elem, f); break;
    case 'Binary': case 'Assign': case 'AssignOp': forEachExpr(k.lhs, f); forEachExpr(k.rhs, f); break;
    case 'Unary': case 'Cast': case 'Field': case 'AddrOf': case 'DropTemps': forEachExpr(k.expr, f); break;
    case 'If': forEachExpr(k.cond, f); forEachExpr(k.then, f); if (k.els) forEachExpr(k.els, f); break;
    case 'Loop': blk(k.body); break;
    case 'Match': forEachExpr(k.scrutinee, f); k.arms.forEach((a) => forEachExpr(a.body, f)); break;
    case 'Block': blk(k.block); break;
    case 'Index': forEachExpr(k.expr, f); forEachExpr(k.index, f); break;
    case 'Break': case 'Ret': if (k.expr) forEachExpr(k.expr, f); break;
    case 'Struct': k.fields.forEach((x) => forEachExpr(x.expr, f)); if (k.base) forEachExpr(k.base, f); break;
    default: break;
  }
}
