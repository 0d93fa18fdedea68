import type { Span } from '../../diagnostics/span.ts';
import type { Expr } from '../../hir/expr.ts';
import { mkTy, tyKind } from '../../ty/interner.ts';
import type { Mutbl, Ty } from '../../ty/ty.ts';
import type { TypeDependentDef } from '../../typeck/results.ts';
import type { Operand, Place, Rvalue } from '../mir.ts';
import { local, project, type Builder } from './builder.ts';
import { asOperand, asPlace } from './expr.ts';
import { full } from './expr-ref.ts';
import { fnItemTy } from './constant.ts';

// Operators on user types call their lang-item trait methods (`Add::add`, `PartialEq::eq`,
// `Deref::deref`, `Index::index`...). Typeck records the chosen method on the operator
// expression as its type-dependent def; built-in operators have none.

/** Calls `m(args)` into a new temporary of type `ty` and continues after the call. */
export function callMethod(b: Builder, m: TypeDependentDef, args: Operand[], ty: Ty, span: Span): Place {
  const func: Operand = { tag: 'Constant', constant: { ty: fnItemTy(m.def, m.args), value: { tag: 'ZeroSized' }, span } };
  const dest = local(b.newTemp(ty, span));
  const diverges = tyKind(ty).tag === 'Never';
  const next = diverges ? null : b.newBlock();
  b.terminate({ tag: 'Call', func, args, destination: dest, target: next, span });
  b.cur = next ?? b.newBlock();
  return dest;
}

function receiverMutbl(b: Builder, m: TypeDependentDef): Mutbl {
  const first = b.cx.fnSig(m.def).inputs[0];
  const k = first === undefined ? null : tyKind(first);
  return k && k.tag === 'Ref' ? k.mutbl : 'not';
}

function refTo(b: Builder, place: Place, mutbl: Mutbl, span: Span): Operand {
  const t = b.temp({ tag: 'Ref', mutbl, place }, mkTy({ tag: 'Ref', mutbl, pointee: b.placeTy(place) }), span);
  return { tag: 'Move', place: local(t) };
}

const BY_REF_OPS = new Set(['==', '!=', '<', '<=', '>', '>=']);

export function overloadedBinary(b: Builder, e: Expr, lhs: Expr, rhs: Expr): Rvalue | null {
  const m = b.tr.typeDependentDef(e.hirId);
  if (!m || e.kind.tag !== 'Binary') return null;
  let args: Operand[];
  if (BY_REF_OPS.has(e.kind.op)) {
    const l = asPlace(b, full(b, lhs));
    const r = asPlace(b, full(b, rhs));
    args = [refTo(b, l, 'not', lhs.span), refTo(b, r, 'not', rhs.span)];
  } else {
    args = [asOperand(b, full(b, lhs)), asOperand(b, full(b, rhs))];
  }
  const res = callMethod(b, m, args, b.tr.nodeType(e.hirId), e.span);
  return { tag: 'Use', operand: { tag: 'Move', place: res } };
}

export function overloadedUnary(b: Builder, e: Expr, operand: Expr): Rvalue | null {
  const m = b.tr.typeDependentDef(e.hirId);
  if (!m) return null;
  const res = callMethod(b, m, [asOperand(b, full(b, operand))], b.tr.nodeType(e.hirId), e.span);
  return { tag: 'Use', operand: { tag: 'Move', place: res } };
}

/** `*x` through `Deref::deref(_mut)` and `a[i]` through `Index::index(_mut)`. */
export function overloadedPlace(b: Builder, e: Expr): Place | null {
  const m = b.tr.typeDependentDef(e.hirId);
  if (!m) return null;
  const mutbl = receiverMutbl(b, m);
  const resTy = mkTy({ tag: 'Ref', mutbl, pointee: b.tr.nodeType(e.hirId) });
  const k = e.kind;
  let args: Operand[];
  if (k.tag === 'Unary') {
    args = [refTo(b, asPlace(b, full(b, k.expr)), mutbl, e.span)];
  } else if (k.tag === 'Index') {
    const base = refTo(b, asPlace(b, full(b, k.expr)), mutbl, e.span);
    args = [base, asOperand(b, full(b, k.index))];
  } else {
    return null;
  }
  return project(callMethod(b, m, args, resTy, e.span), { tag: 'Deref' });
}
