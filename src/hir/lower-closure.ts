import type * as ast from '../syntax/ast/index.ts';
import type { Expr } from './expr.ts';
import type { Param } from './item.ts';
import type { LoweringCtx } from './lower-ctx.ts';
import { lowerExpr } from './lower-expr.ts';
import { bindAll, lowerPat, type PatBindings } from './lower-pat.ts';
import { lowerTy } from './lower-ty.ts';

/**
 * A closure expression: its parameters and body become a body of their own, owned by the
 * closure's DefId (created by the def collector). Unlike a nested fn, the body sees the
 * enclosing locals (they become captures); labels and loops do not cross it.
 */
export function lowerClosure(cx: LoweringCtx, e: ast.Expr, k: Extract<ast.ExprKind, { tag: 'Closure' }>): Expr {
  const def = cx.t.nodeDefs.get(e);
  if (def === undefined) throw new Error('closure without a DefId (not collected)');
  if (k.coroutine !== null) cx.unsupported(`\`${k.coroutine}\` closures are`, e.span);
  const inputs = k.decl.inputs.map((p) => (p.ty.kind.tag === 'Infer' ? null : lowerTy(cx, p.ty)));
  const output = k.decl.output.tag === 'Ty' ? lowerTy(cx, k.decl.output.ty) : null;
  const names = cx.r.pushLocals();
  const binds: PatBindings = new Map();
  const params: Param[] = k.decl.inputs.map((p) => cx.inLintNode(p.id, p.attrs, () => ({ hirId: cx.id(), pat: lowerPat(cx, p.pat, binds), span: p.span })));
  bindAll(names, binds);
  const value = cx.inBody(() => lowerExpr(cx, k.body));
  cx.r.popRib();
  const body = cx.addBody(def, params, value);
  return cx.expr({ tag: 'Closure', def, captureBy: k.capture, inputs, output, body, declSpan: k.declSpan }, e.span);
}
