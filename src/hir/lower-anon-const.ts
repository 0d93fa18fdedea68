import type * as ast from '../syntax/ast/index.ts';
import type { Expr } from './expr.ts';
import type { LoweringCtx } from './lower-ctx.ts';
import { lowerExpr } from './lower-expr.ts';

/**
 * Whether an anonymous constant is a bare parameter (`N` or `{ N }`), the only use of a
 * generic parameter stable Rust allows in array lengths and const arguments (rustc's
 * `is_potential_trivial_const_arg`).
 */
export function isTrivialConstArg(e: ast.Expr): boolean {
  let x = e;
  if (x.kind.tag === 'Block' && x.kind.label === null && x.kind.block.rules === 'default' && x.kind.block.stmts.length === 1) {
    const s = x.kind.block.stmts[0]!.kind;
    if (s.tag !== 'Expr') return false;
    x = s.expr;
  }
  return x.kind.tag === 'Path' && x.kind.qself === null && !x.kind.path.global && x.kind.path.segments.length === 1 && x.kind.path.segments[0]!.args === null;
}

/**
 * An array length, repeat count or const generic argument: lowered as a body of its own,
 * where locals are out of reach (E0435) and, unless it is a bare parameter, generic
 * parameters too ("generic parameters may not be used in const operations").
 */
export function lowerAnonConst(cx: LoweringCtx, e: ast.Expr, itemKind: 'array length' | 'const argument'): Expr {
  cx.r.pushRib({ kind: 'constBoundary', itemKind, span: e.span, genericsForbidden: !isTrivialConstArg(e) });
  try {
    return cx.inBody(() => lowerExpr(cx, e));
  } finally {
    cx.r.popRib();
  }
}
