import type * as ast from '../syntax/ast/index.ts';

/**
 * Calls `onExpr` on each direct sub-expression and `onBlock` on each direct sub-block of
 * `e` (not recursively): the callers decide how scopes nest.
 */
export function forEachChild(e: ast.Expr, onExpr: (e: ast.Expr) => void, onBlock: (b: ast.Block) => void): void {
  const k = e.kind;
  switch (k.tag) {
    case 'Array': case 'Tup': k.elems.forEach(onExpr); return;
    case 'ConstBlock': onExpr(k.block.value); return;
    case 'Call': onExpr(k.func); k.args.forEach(onExpr); return;
    case 'MethodCall': onExpr(k.receiver); k.args.forEach(onExpr); return;
    case 'Binary': onExpr(k.lhs); onExpr(k.rhs); return;
    case 'Unary': case 'Cast': case 'Type': case 'Field': case 'Paren': case 'Try': case 'Await': case 'Become':
      onExpr(k.expr); return;
    case 'Let': onExpr(k.expr); return;
    case 'If': onExpr(k.cond); onBlock(k.then); if (k.else) onExpr(k.else); return;
    case 'While': onExpr(k.cond); onBlock(k.body); return;
    case 'ForLoop': onExpr(k.iter); onBlock(k.body); return;
    case 'Loop': case 'Block': onBlock(k.tag === 'Loop' ? k.body : k.block); return;
    case 'Gen': case 'TryBlock': onBlock(k.block); return;
    case 'Match':
      onExpr(k.scrutinee);
      for (const a of k.arms) { if (a.guard) onExpr(a.guard); if (a.body) onExpr(a.body); }
      return;
    case 'Closure': onExpr(k.body); return;
    case 'Assign': case 'AssignOp': onExpr(k.lhs); onExpr(k.rhs); return;
    case 'Index': onExpr(k.expr); onExpr(k.index); return;
    case 'Range': if (k.start) onExpr(k.start); if (k.end) onExpr(k.end); return;
    case 'AddrOf': onExpr(k.expr); return;
    case 'Break': case 'Ret': case 'Yield': if (k.expr) onExpr(k.expr); return;
    case 'Struct':
      k.fields.forEach((f) => onExpr(f.expr));
      if (k.rest && k.rest.tag === 'Base') onExpr(k.rest.expr);
      return;
    case 'Repeat': onExpr(k.elem); onExpr(k.count.value); return;
    case 'FormatArgs': k.fmt.arguments.forEach((a) => onExpr(a.expr)); return;
    case 'InlineAsm':
      for (const { op } of k.asm.operands) {
        switch (op.tag) {
          case 'In': case 'InOut': onExpr(op.expr); break;
          case 'Out': if (op.expr) onExpr(op.expr); break;
          case 'SplitInOut': onExpr(op.inExpr); if (op.outExpr) onExpr(op.outExpr); break;
          case 'Const': onExpr(op.anonConst.value); break;
          case 'Label': onExpr(op.block); break;
          case 'Sym': break;
        }
      }
      return;
    case 'Lit': case 'Path': case 'Continue': case 'Underscore': case 'OffsetOf': case 'MacCall': case 'Err':
      return;
  }
}
