// unused_parens on expressions (rustc_lint::unused::UnusedParens): parentheses around a
// condition, scrutinee, argument, assigned, returned or indexed value that change nothing.
import type { Span } from '../diagnostics/span.ts';
import type * as ast from '../syntax/ast/index.ts';
import type { LintCx } from './context.ts';
import type { LintScope } from './levels.ts';

type Ctx =
  | 'function argument' | 'method argument' | 'assigned value' | '`if` condition' | '`while` condition'
  | '`for` iterator expression' | '`match` scrutinee expression' | '`return` value' | 'block return value'
  | '`break` value' | '`let` scrutinee expression' | 'match arm expression' | 'index expression' | 'closure body';

interface Where {
  readonly ctx: Ctx;
  readonly followedByBlock: boolean;
  readonly followedByElse?: boolean;
  /** Where the keyword before the value ends (`if`/`while`/`match`/`return`). */
  readonly left?: number;
  /** Where the block after the value starts. */
  readonly right?: number;
  /** A keyword precedes the value: removing `(` must not glue them. */
  readonly isKw: boolean;
}

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

const isLazy = (e: ast.Expr): boolean => e.kind.tag === 'Binary' && (e.kind.op === '&&' || e.kind.op === '||');

/** Whether `(inner)` needs its parentheses (rustc's is_expr_delims_necessary). */
function necessary(inner: ast.Expr, w: Where): boolean {
  if (w.followedByElse && (isLazy(inner) || blockLike(inner))) return true;
  if (inner.kind.tag === 'Range' && w.ctx === '`let` scrutinee expression') return true;
  if (inner.kind.tag === 'AddrOf' && inner.kind.raw) return true;
  // `({ 0 } + 1)` as a statement would parse as a block then `+1`.
  for (let e = inner; ;) {
    const k = e.kind;
    const next = k.tag === 'Binary' ? k.lhs : k.tag === 'Call' ? k.func : k.tag === 'Cast' || k.tag === 'Type' || k.tag === 'Index' ? k.expr : null;
    if (next === null) break;
    e = next;
    if (blockLike(e)) return true;
  }
  if (!w.followedByBlock) return false;
  for (let e = inner; ;) {
    if (e.kind.tag === 'AddrOf') e = e.kind.expr;
    else if (exteriorStructLit(e)) return true;
    else break;
  }
  for (let e = inner; ;) {
    const k = e.kind;
    switch (k.tag) {
      case 'Unary': e = k.expr; continue;
      case 'Binary': case 'AssignOp': case 'Assign': e = k.rhs; continue;
      case 'Ret': case 'Yield': return true;
      case 'Break': return k.expr !== null && (k.expr.kind.tag === 'Block' || k.expr.kind.tag === 'Path');
      case 'Range': if (k.end !== null) return k.end.kind.tag === 'Block'; return exteriorStructLit(inner);
      default: return exteriorStructLit(inner);
    }
  }
}

function check(lcx: LintCx, scope: LintScope, value: ast.Expr, w: Where): void {
  if (value.kind.tag === 'Let') {
    check(lcx, scope, value.kind.expr, { ctx: '`let` scrutinee expression', followedByBlock: w.followedByBlock, isKw: false });
    return;
  }
  if (value.kind.tag !== 'Paren') return;
  const inner = value.kind.expr;
  if (necessary(inner, w) || value.attrs.length > 0 || value.span.ctxt !== 0) return;
  if (w.ctx === '`let` scrutinee expression' && isLazy(inner)) return;
  if ((w.ctx === '`return` value' || w.ctx === '`break` value') && inner.kind.tag === 'Assign') return;
  const innerLo = Math.min(inner.span.lo, ...inner.attrs.map((a) => a.span.lo));
  // A value a macro wrote has no source position to cut around.
  if (inner.span.ctxt !== 0 || innerLo < value.span.lo || inner.span.hi > value.span.hi) return;
  const open: Span = { lo: value.span.lo, hi: innerLo, ctxt: 0 };
  const close: Span = { lo: inner.span.hi, hi: value.span.hi, ctxt: 0 };
  if (close.hi === close.lo) return;
  const sm = lcx.sess.sourceMap;
  const file = sm.fileAt(value.span.lo);
  const before = (pos: number): string => (file ? file.src.slice(0, pos - file.startPos) : '');
  const after = (pos: number): string => (file ? file.src.slice(pos - file.startPos) : '');
  const keepLeft = w.left !== undefined && w.left >= value.span.lo;
  const keepRight = w.right !== undefined && w.right <= value.span.hi;
  // rustc's emit_unused_delims keeps tokens apart: a space where `(`/`)` stood when the
  // neighbouring text would otherwise touch (its test on the text before the value looks at
  // the start of the file, which rustc does too).
  const lead = before(value.span.lo);
  const loReplace = (keepLeft || w.isKw) && !before(open.lo).endsWith(' ') ? ' ' : /[\p{L}\p{N}]$/u.test(lead) ? ' ' : '';
  const hiReplace = keepRight && !after(close.hi).startsWith(' ') ? ' ' : /^[\p{L}\p{N}]/u.test(lead) ? ' ' : '';
  lcx.emit('unused_parens', scope, [open, close], `unnecessary parentheses around ${w.ctx}`, (d) => {
    d.help('remove these parentheses', undefined, [{
      span: open, replacement: loReplace, applicability: 'MachineApplicable',
      parts: [{ span: open, replacement: loReplace }, { span: close, replacement: hiReplace }],
    }]);
  });
}

/** The expression contexts rustc checks (UnusedDelimLint::check_expr). */
export function checkParensExpr(lcx: LintCx, scope: LintScope, e: ast.Expr): void {
  const k = e.kind;
  switch (k.tag) {
    case 'If': check(lcx, scope, k.cond, { ctx: '`if` condition', followedByBlock: true, left: e.span.lo + 2, right: k.then.span.lo, isKw: true }); return;
    case 'While': check(lcx, scope, k.cond, { ctx: '`while` condition', followedByBlock: true, left: e.span.lo + 5, right: k.body.span.lo, isKw: true }); return;
    case 'ForLoop': check(lcx, scope, k.iter, { ctx: '`for` iterator expression', followedByBlock: true, right: k.body.span.lo, isKw: true }); return;
    case 'Match':
      check(lcx, scope, k.scrutinee, { ctx: '`match` scrutinee expression', followedByBlock: true, left: e.span.lo + 5, isKw: true });
      for (const a of k.arms) if (a.body) check(lcx, scope, a.body, { ctx: 'match arm expression', followedByBlock: false, isKw: true });
      return;
    case 'Ret': if (k.expr) check(lcx, scope, k.expr, { ctx: '`return` value', followedByBlock: false, left: e.span.lo + 3, isKw: true }); return;
    case 'Break':
      // `break 'l ({ .. })` needs them to not read as `break 'l { .. }`.
      if (!k.expr || (k.label && k.expr.kind.tag === 'Paren' && k.expr.kind.expr.kind.tag === 'Block')) return;
      check(lcx, scope, k.expr, { ctx: '`break` value', followedByBlock: false, isKw: true });
      return;
    case 'Index': check(lcx, scope, k.index, { ctx: 'index expression', followedByBlock: false, isKw: false }); return;
    case 'Assign': case 'AssignOp': check(lcx, scope, k.rhs, { ctx: 'assigned value', followedByBlock: false, isKw: false }); return;
    case 'Call': case 'MethodCall': case 'Closure': {
      // Arguments of a call a macro wrote inside another expansion are the macro's business.
      if (e.span.ctxt !== 0) return;
      if (k.tag === 'Closure') {
        if (k.decl.output.tag === 'Default') check(lcx, scope, k.body, { ctx: 'closure body', followedByBlock: false, isKw: false });
        return;
      }
      const ctx = k.tag === 'Call' ? 'function argument' : 'method argument';
      for (const a of k.args) check(lcx, scope, a, { ctx, followedByBlock: false, isKw: false });
      return;
    }
    default: return;
  }
}

/** `let x = (e);` and a block's tail `(e)`. */
export function checkParensStmt(lcx: LintCx, scope: LintScope, s: ast.Stmt): void {
  const k = s.kind;
  if (k.tag === 'Let' && k.local.init.tag !== 'Decl') {
    const init = k.local.init.expr;
    const els = k.local.init.tag === 'InitElse';
    // `let P = (m!()) else { .. }`: the parentheses wrap what a macro wrote.
    if (els && init.kind.tag === 'Paren' && init.kind.expr.span.ctxt !== init.span.ctxt) return;
    check(lcx, scope, init, { ctx: 'assigned value', followedByBlock: false, followedByElse: els, isKw: false });
  } else if (k.tag === 'Expr') {
    check(lcx, scope, k.expr, { ctx: 'block return value', followedByBlock: false, isKw: false });
  }
}

/** `const X: T = (e);` / `static`. */
export function checkParensItem(lcx: LintCx, scope: LintScope, item: ast.Item): void {
  const k = item.kind;
  if ((k.tag === 'Const' || k.tag === 'Static') && k.expr) check(lcx, scope, k.expr, { ctx: 'assigned value', followedByBlock: false, isKw: false });
}
