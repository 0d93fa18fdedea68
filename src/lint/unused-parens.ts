// unused_parens on expressions (rustc_lint::unused::UnusedParens): parentheses around a
// condition, scrutinee, argument, assigned or returned value that change nothing.
import type { Span } from '../diagnostics/span.ts';
import type * as ast from '../syntax/ast/index.ts';
import type { LintCx } from './context.ts';
import type { LintScope } from './levels.ts';

type Ctx =
  | 'function argument' | 'method argument' | 'assigned value' | '`if` condition' | '`while` condition'
  | '`for` iterator expression' | '`match` scrutinee expression' | '`return` value' | 'block return value'
  | '`let` scrutinee expression';

/** Expressions that end in a block and need no `;` as statements (`if`, `match`, `{}`...). */
function blockLike(e: ast.Expr): boolean {
  switch (e.kind.tag) {
    case 'If': case 'Match': case 'Block': case 'While': case 'Loop': case 'ForLoop': case 'TryBlock': case 'Gen': return true;
    default: return false;
  }
}

/** rustc's contains_exterior_struct_lit: a struct literal where a block would start. */
function exteriorStructLit(e: ast.Expr): boolean {
  const k = e.kind;
  switch (k.tag) {
    case 'Struct': return true;
    case 'Assign': case 'AssignOp': case 'Binary': return exteriorStructLit(k.lhs) || exteriorStructLit(k.rhs);
    case 'Await': case 'Unary': case 'Cast': case 'Type': case 'Field': case 'Index': return exteriorStructLit(k.expr);
    case 'MethodCall': return exteriorStructLit(k.receiver);
    default: return false;
  }
}

/** Whether `(inner)` needs its parentheses (rustc's is_expr_delims_necessary). */
function necessary(inner: ast.Expr, followedByBlock: boolean, followedByElse: boolean): boolean {
  if (followedByElse) {
    if (inner.kind.tag === 'Binary' && (inner.kind.op === '&&' || inner.kind.op === '||')) return true;
    if (blockLike(inner)) return true;
  }
  // `({ 0 } + 1)` as a statement would parse as a block then `+1`.
  let innermost = inner;
  for (;;) {
    const k = innermost.kind;
    const next = k.tag === 'Binary' ? k.lhs : k.tag === 'Call' ? k.func : k.tag === 'Cast' || k.tag === 'Type' || k.tag === 'Index' ? k.expr : null;
    if (next === null) break;
    innermost = next;
    if (blockLike(innermost)) return true;
  }
  if (!followedByBlock) return false;
  const k = inner.kind;
  if (k.tag === 'Ret' || k.tag === 'Break' || k.tag === 'Yield') return true;
  if (k.tag === 'Range') return k.end !== null && k.end.kind.tag === 'Block';
  return exteriorStructLit(inner);
}

function check(lcx: LintCx, scope: LintScope, value: ast.Expr, ctx: Ctx, followedByBlock: boolean, keepLeft: boolean, followedByElse = false): void {
  if (value.kind.tag === 'Let') {
    check(lcx, scope, value.kind.expr, '`let` scrutinee expression', followedByBlock, false);
    return;
  }
  if (value.kind.tag !== 'Paren') return;
  const inner = value.kind.expr;
  if (necessary(inner, followedByBlock, followedByElse) || value.attrs.length > 0 || value.span.ctxt !== 0) return;
  if (ctx === '`let` scrutinee expression' && inner.kind.tag === 'Binary' && (inner.kind.op === '&&' || inner.kind.op === '||')) return;
  const open: Span = inner.span.ctxt !== 0 ? { lo: value.span.lo, hi: value.span.lo + 1, ctxt: 0 } : { lo: value.span.lo, hi: inner.span.lo, ctxt: 0 };
  const close: Span = inner.span.ctxt !== 0 ? { lo: value.span.hi - 1, hi: value.span.hi, ctxt: 0 } : { lo: inner.span.hi, hi: value.span.hi, ctxt: 0 };
  lcx.emit('unused_parens', scope, [open, close], `unnecessary parentheses around ${ctx}`, (d) => {
    d.help('remove these parentheses', undefined, [{
      span: open, replacement: keepLeft ? ' ' : '', applicability: 'MachineApplicable',
      parts: [{ span: open, replacement: keepLeft ? ' ' : '' }, { span: close, replacement: ' ' }],
    }]);
  });
}

/** The expression contexts rustc checks (UnusedDelimLint::check_expr). */
export function checkParensExpr(lcx: LintCx, scope: LintScope, e: ast.Expr): void {
  const k = e.kind;
  switch (k.tag) {
    case 'If': check(lcx, scope, k.cond, '`if` condition', true, k.cond.span.lo <= e.span.lo + 2); return;
    case 'While': check(lcx, scope, k.cond, '`while` condition', true, k.cond.span.lo <= e.span.lo + 5); return;
    case 'ForLoop': check(lcx, scope, k.iter, '`for` iterator expression', true, false); return;
    case 'Match': check(lcx, scope, k.scrutinee, '`match` scrutinee expression', true, k.scrutinee.span.lo <= e.span.lo + 5); return;
    case 'Ret': if (k.expr) check(lcx, scope, k.expr, '`return` value', false, k.expr.span.lo <= e.span.lo + 6); return;
    case 'Assign': case 'AssignOp': check(lcx, scope, k.rhs, 'assigned value', false, false); return;
    case 'Call': case 'MethodCall': {
      // Arguments of a call a macro wrote inside another expansion are the macro's business.
      if (e.span.ctxt !== 0) return;
      const ctx = k.tag === 'Call' ? 'function argument' : 'method argument';
      for (const a of k.args) check(lcx, scope, a, ctx, false, false);
      return;
    }
    default: return;
  }
}

/** `let x = (e);` and a block's tail `(e)`. */
export function checkParensStmt(lcx: LintCx, scope: LintScope, s: ast.Stmt): void {
  const k = s.kind;
  if (k.tag === 'Let' && k.local.init.tag !== 'Decl') {
    check(lcx, scope, k.local.init.expr, 'assigned value', false, false, k.local.init.tag === 'InitElse');
  } else if (k.tag === 'Expr') {
    check(lcx, scope, k.expr, 'block return value', false, false);
  }
}

/** `const X: T = (e);` / `static`. */
export function checkParensItem(lcx: LintCx, scope: LintScope, item: ast.Item): void {
  const k = item.kind;
  if ((k.tag === 'Const' || k.tag === 'Static') && k.expr) check(lcx, scope, k.expr, 'assigned value', false, false);
}
