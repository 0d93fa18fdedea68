import type { Arm, Block, Expr, Stmt } from '../hir/expr.ts';

/** Direct child expressions of `e`, in source order (blocks yield their statements' too). */
export function forEachChild(e: Expr, onExpr: (x: Expr) => void, onStmt: (s: Stmt) => void, onArm?: (a: Arm) => void): void {
  const k = e.kind;
  const block = (b: Block) => {
    for (const s of b.stmts) onStmt(s);
    if (b.expr) onExpr(b.expr);
  };
  switch (k.tag) {
    // A closure's body is a body of its own (borrow-checked with its MIR).
    case 'Lit': case 'Path': case 'Continue': case 'Err': case 'Closure': return;
    case 'Call': onExpr(k.func); k.args.forEach(onExpr); return;
    case 'MethodCall': onExpr(k.receiver); k.args.forEach(onExpr); return;
    case 'Tup': case 'Array': k.elems.forEach(onExpr); return;
    case 'Repeat': onExpr(k.elem); return;
    case 'Binary': onExpr(k.lhs); onExpr(k.rhs); return;
    case 'Unary': case 'Cast': case 'AddrOf': case 'Field': case 'DropTemps': onExpr(k.expr); return;
    case 'If': onExpr(k.cond); onExpr(k.then); if (k.els) onExpr(k.els); return;
    case 'Loop': block(k.body); return;
    case 'Match':
      onExpr(k.scrutinee);
      for (const a of k.arms) {
        if (onArm) onArm(a);
        else {
          if (a.guard) onExpr(a.guard);
          onExpr(a.body);
        }
      }
      return;
    case 'Block': block(k.block); return;
    case 'Assign': case 'AssignOp': onExpr(k.lhs); onExpr(k.rhs); return;
    case 'Index': onExpr(k.expr); onExpr(k.index); return;
    case 'Break': case 'Ret': if (k.expr) onExpr(k.expr); return;
    case 'Struct': for (const f of k.fields) onExpr(f.expr); if (k.base) onExpr(k.base); return;
    case 'InlineAsm':
      for (const { op } of k.asm.operands) {
        if (op.tag === 'In' || op.tag === 'InOut' || op.tag === 'Const') onExpr(op.expr);
        else if (op.tag === 'Out' && op.expr) onExpr(op.expr);
        else if (op.tag === 'SplitInOut') { onExpr(op.inExpr); if (op.outExpr) onExpr(op.outExpr); }
      }
      return;
  }
}

/** Visits every expression under `e` (including `e`) in pre-order, through statements too. */
export function walkExprs(e: Expr, f: (x: Expr) => void): void {
  f(e);
  forEachChild(e, (x) => walkExprs(x, f), (s) => walkStmtExprs(s, f));
}

export function walkStmtExprs(s: Stmt, f: (x: Expr) => void): void {
  const k = s.kind;
  if (k.tag === 'Let') {
    if (k.local.init) walkExprs(k.local.init, f);
    if (k.local.els) {
      for (const st of k.local.els.stmts) walkStmtExprs(st, f);
      if (k.local.els.expr) walkExprs(k.local.els.expr, f);
    }
  } else if (k.tag === 'Expr' || k.tag === 'Semi') {
    walkExprs(k.expr, f);
  }
}

/** Visits every statement under `e` (through nested blocks and statements). */
export function walkStmts(e: Expr, f: (s: Stmt) => void): void {
  walkExprs(e, (x) => {
    const k = x.kind;
    if (k.tag === 'Block') k.block.stmts.forEach(f);
    else if (k.tag === 'Loop') k.body.stmts.forEach(f);
  });
}
