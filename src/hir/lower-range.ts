// Range expressions lowered to core's range structs through their lang items, as rustc
// does: `a..b` -> `Range { start: a, end: b }`, `a..` -> `RangeFrom { start: a }`, `..b` ->
// `RangeTo { end: b }`, `..` -> `RangeFull`, `..=b` -> `RangeToInclusive { end: b }` and
// `a..=b` -> `RangeInclusive::new(a, b)` (its fields are private).
import type * as ast from '../syntax/ast/index.ts';
import { intern } from '../syntax/symbol.ts';
import type { Expr, ExprField } from './expr.ts';
import type { LoweringCtx } from './lower-ctx.ts';
import { lowerExpr } from './lower-expr.ts';

type RangeKind = Extract<ast.ExprKind, { tag: 'Range' }>;

export function lowerRange(cx: LoweringCtx, e: ast.Expr, k: RangeKind): Expr {
  const start = k.start ? lowerExpr(cx, k.start) : null;
  const end = k.end ? lowerExpr(cx, k.end) : null;
  const sp = e.span;
  if (k.limits === 'Closed' && start && end) {
    const f = cx.langQPath('range_inclusive_new', sp);
    if (!f) return cx.expr({ tag: 'Err' }, sp);
    return cx.expr({ tag: 'Call', func: cx.expr({ tag: 'Path', qpath: f }, sp), args: [start, end] }, sp);
  }
  const name = start && end ? 'Range' : start ? 'RangeFrom' : end ? (k.limits === 'Closed' ? 'RangeToInclusive' : 'RangeTo') : 'RangeFull';
  if (!start && !end) {
    const unit = cx.langQPath(name, sp, true);
    return unit ? cx.expr({ tag: 'Path', qpath: unit }, sp) : cx.expr({ tag: 'Err' }, sp);
  }
  const qpath = cx.langQPath(name, sp);
  if (!qpath) return cx.expr({ tag: 'Err' }, sp);
  const field = (n: string, v: Expr): ExprField => ({ hirId: cx.id(), ident: { name: intern(n), span: v.span }, expr: v, isShorthand: false, span: v.span });
  const fields: ExprField[] = [];
  if (start) fields.push(field('start', start));
  if (end) fields.push(field('end', end));
  return cx.expr({ tag: 'Struct', qpath, fields, base: null }, sp);
}
