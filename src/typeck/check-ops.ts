import type { Span } from '../diagnostics/span.ts';
import type { BinOpKind, Expr, UnOp } from '../hir/expr.ts';
import { tyKind, tys } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { checkExpr } from './check-expr.ts';
import { convertPlaceToMutable } from './check-place.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { coerceOrReport, reportMismatch } from './mismatch.ts';
import { BINOP_METHODS, derefOnce, lookupOpMethod, recordOp } from './op-lookup.ts';

type OpClass = 'math' | 'bit' | 'shift' | 'cmp' | 'lazy';

function classOf(op: BinOpKind): OpClass {
  switch (op) {
    case '+': case '-': case '*': case '/': case '%': return 'math';
    case '&': case '|': case '^': return 'bit';
    case '<<': case '>>': return 'shift';
    case '&&': case '||': return 'lazy';
    default: return 'cmp';
  }
}

const TRAIT: Record<BinOpKind, string> = {
  '+': 'Add', '-': 'Sub', '*': 'Mul', '/': 'Div', '%': 'Rem', '&': 'BitAnd', '|': 'BitOr', '^': 'BitXor', '<<': 'Shl', '>>': 'Shr',
  '==': 'PartialEq', '!=': 'PartialEq', '<': 'PartialOrd', '<=': 'PartialOrd', '>': 'PartialOrd', '>=': 'PartialOrd', '&&': '', '||': '',
};

/** rustc's E0369 wording for `lhs op rhs` with no implementation for the left type. */
function noImplMessage(op: BinOpKind, l: string, r: string): string {
  switch (op) {
    case '+': return `cannot add \`${r}\` to \`${l}\``;
    case '-': return `cannot subtract \`${r}\` from \`${l}\``;
    case '*': return `cannot multiply \`${l}\` by \`${r}\``;
    case '/': return `cannot divide \`${l}\` by \`${r}\``;
    case '%': return `cannot calculate the remainder of \`${l}\` divided by \`${r}\``;
    case '&': case '|': case '^': case '<<': case '>>': return `no implementation for \`${l} ${op} ${r}\``;
    default: return `binary operation \`${op}\` cannot be applied to type \`${l}\``;
  }
}

/** rustc's E0277 wording when both sides are primitive but of different types. */
function traitErrorMessage(op: BinOpKind, l: string, r: string): { msg: string; label: string } {
  const cls = classOf(op);
  if (cls === 'cmp') {
    const label = op === '==' || op === '!=' ? `no implementation for \`${l} == ${r}\`` : `no implementation for \`${l} < ${r}\` and \`${l} > ${r}\``;
    return { msg: `can't compare \`${l}\` with \`${r}\``, label };
  }
  const msg = cls === 'math' ? noImplMessage(op, l, r) : `no implementation for \`${l} ${op} ${r}\``;
  return { msg, label: `no implementation for \`${l} ${op} ${r}\`` };
}

function isNumeric(fcx: FnCtxt, t: Ty): boolean {
  const k = tyKind(fcx.shallow(t));
  return k.tag === 'Int' || k.tag === 'Uint' || k.tag === 'Float' || (k.tag === 'Infer' && k.kind !== 'ty');
}

function isIntegral(fcx: FnCtxt, t: Ty): boolean {
  return fcx.infcx.isIntegral(t);
}

function isScalarComparable(fcx: FnCtxt, t: Ty): boolean {
  const k = tyKind(fcx.shallow(t));
  return isNumeric(fcx, t) || k.tag === 'Bool' || k.tag === 'Char' || k.tag === 'RawPtr' || k.tag === 'FnPtr';
}

/** Built-in binary operators on primitive types (operator traits arrive with issue 4). */
export function checkBinary(fcx: FnCtxt, e: Expr, op: BinOpKind, opSpan: Span, lhs: Expr, rhs: Expr, expected: Ty | null): Ty {
  const cls = classOf(op);
  if (cls === 'lazy') {
    const lt = checkExpr(fcx, lhs, tys.bool);
    coerceOrReport(fcx, lhs, lt, tys.bool);
    const saved = fcx.diverges;
    const rt = checkExpr(fcx, rhs, tys.bool);
    coerceOrReport(fcx, rhs, rt, tys.bool, (d) => {
      if (fcx.resolve(lt) === tys.bool) d.label(lhs.span, 'expected because this is `bool`');
    });
    fcx.diverges = saved;
    return tys.bool;
  }
  let lt = checkExpr(fcx, lhs, cls === 'cmp' ? null : expected);
  let rt = checkExpr(fcx, rhs, cls === 'shift' ? null : derefPrim(fcx, lt) ?? lt);
  if (fcx.isError(lt) || fcx.isError(rt)) return cls === 'cmp' ? tys.bool : tys.error;
  // `&i32 + i32`, `i32 * &i32`, `&u8 & &u8`: core's by-reference impls of the operator traits
  // for primitives do the built-in operation on the values, so typeck dereferences instead.
  const lp = derefPrim(fcx, lt);
  const rp = derefPrim(fcx, rt);
  const lRef = lp !== null && lp !== fcx.resolve(lt);
  const rRef = rp !== null && rp !== fcx.resolve(rt);
  if ((lRef || rRef) && lp !== null && rp !== null && (cls !== 'cmp' || (lRef && rRef)) && (cls === 'shift' || fcx.infcx.probe(() => fcx.infcx.unify(lp, rp)))) {
    if (lRef) fcx.addAdjustments(lhs.hirId, [{ kind: { tag: 'Deref', overloaded: null }, target: lp }]);
    if (rRef) fcx.addAdjustments(rhs.hirId, [{ kind: { tag: 'Deref', overloaded: null }, target: rp }]);
    lt = lp;
    rt = rp;
  }
  // An operand of unknown type (an unannotated closure parameter, `|x| x + 1`) with a
  // numeric other side: the built-in operation, as rustc's deferred `?T: Add<i32>` ends up.
  if (cls !== 'shift' && fcx.infcx.varKind(lt) === 'ty' && (isNumeric(fcx, rt) || (cls === 'bit' && fcx.resolve(rt) === tys.bool))) fcx.infcx.unify(lt, rt);
  const lok = cls === 'cmp' ? isScalarComparable(fcx, lt) || fcx.resolve(lt) === tys.unit : cls === 'bit' ? isIntegral(fcx, lt) || fcx.resolve(lt) === tys.bool : cls === 'shift' ? isIntegral(fcx, lt) : isNumeric(fcx, lt);
  if (!lok) {
    const info = BINOP_METHODS[op]!;
    const m = lookupOpMethod(fcx, info.lang, info.method, lt, rt);
    if (m && m.sig.inputs.length === 2) {
      recordOp(fcx, e.hirId, m);
      const want = info.byRef ? derefOnce(m.sig.inputs[1]!) : m.sig.inputs[1]!;
      coerceOrReport(fcx, rhs, rt, want);
      return m.sig.output;
    }
    const l = fcx.tyStr(lt);
    const r = fcx.tyStr(rt);
    fcx.err(noImplMessage(op, l, r), 'E0369').primary(opSpan).label(lhs.span, l).label(rhs.span, r).emit();
    return cls === 'cmp' ? tys.bool : tys.error;
  }
  if (cls === 'shift') {
    if (!isIntegral(fcx, rt)) reportTraitError(fcx, op, opSpan, lt, rt);
    return lt;
  }
  if (!fcx.infcx.probe(() => fcx.infcx.unify(lt, rt))) {
    reportMismatch(fcx, rhs.span, lt, rt);
    reportTraitError(fcx, op, opSpan, lt, rt);
    return cls === 'cmp' ? tys.bool : lt;
  }
  return cls === 'cmp' ? tys.bool : lt;
}

function reportTraitError(fcx: FnCtxt, op: BinOpKind, opSpan: Span, lt: Ty, rt: Ty): void {
  const l = fcx.tyStr(lt);
  const r = fcx.tyStr(rt);
  const { msg, label } = traitErrorMessage(op, l, r);
  const trait = TRAIT[op];
  fcx.err(msg, 'E0277').primary(opSpan, label).help(`the trait \`${trait}<${r}>\` is not implemented for \`${l}\``).emit();
}

export function checkUnary(fcx: FnCtxt, e: Expr, op: UnOp, inner: Expr, expected: Ty | null): Ty {
  if (op === 'Deref') {
    const t = fcx.shallow(checkExpr(fcx, inner, null));
    const k = tyKind(t);
    if (k.tag === 'Ref' || k.tag === 'RawPtr') return k.pointee;
    if (k.tag === 'Error') return tys.error;
    const m = lookupOpMethod(fcx, 'deref', 'deref', t);
    if (m) {
      recordOp(fcx, e.hirId, m);
      return derefOnce(m.sig.output);
    }
    fcx.err(`type \`${fcx.tyStr(t)}\` cannot be dereferenced`, 'E0614').primary(e.span, "can't be dereferenced").emit();
    return tys.error;
  }
  const t = checkExpr(fcx, inner, expected);
  if (op === 'Neg') {
    const lit = fcx.intLits.find((l) => l.lit === inner);
    if (lit) {
      lit.negated = true;
      lit.span = e.span;
    }
  }
  if (fcx.isError(t)) return tys.error;
  const k = tyKind(fcx.shallow(t));
  const sym = op === 'Not' ? '!' : '-';
  if (op === 'Not' && (isIntegral(fcx, t) || k.tag === 'Bool')) return t;
  if (op === 'Neg' && (k.tag === 'Int' || k.tag === 'Float' || (k.tag === 'Infer' && k.kind !== 'ty'))) return t;
  const m = k.tag === 'Uint' || k.tag === 'Bool' ? null : lookupOpMethod(fcx, op === 'Not' ? 'not' : 'neg', op === 'Not' ? 'not' : 'neg', t);
  if (m) {
    recordOp(fcx, e.hirId, m);
    return m.sig.output;
  }
  const d = fcx.err(`cannot apply unary operator \`${sym}\` to type \`${fcx.tyStr(t)}\``, 'E0600').primary(e.span, `cannot apply unary operator \`${sym}\``);
  if (op === 'Neg' && k.tag === 'Uint') d.note('unsigned values cannot be negated');
  d.emit();
  return tys.error;
}

/** Expressions that denote a memory location (rustc's is_syntactic_place_expr). */
export function isPlaceExpr(e: Expr): boolean {
  const k = e.kind;
  switch (k.tag) {
    case 'Path':
      if (k.qpath.tag !== 'Resolved') return false;
      return k.qpath.path.res.tag === 'Local' || k.qpath.path.res.tag === 'Err' ||
        (k.qpath.path.res.tag === 'Def' && (k.qpath.path.res.kind === 'Static' || k.qpath.path.res.kind === 'ForeignStatic'));
    case 'Unary': return k.op === 'Deref';
    case 'Field': case 'Index': case 'Err': return true;
    default: return false;
  }
}

export function checkAssign(fcx: FnCtxt, e: Expr, lhs: Expr, rhs: Expr, eqSpan: Span): Ty {
  const lt = checkExpr(fcx, lhs, null);
  convertPlaceToMutable(fcx, lhs);
  if (!isPlaceExpr(lhs)) {
    fcx.err('invalid left-hand side of assignment', 'E0070').primary(eqSpan).label(lhs.span, 'cannot assign to this expression').emit();
  }
  const rt = checkExpr(fcx, rhs, lt);
  coerceOrReport(fcx, rhs, rt, lt, (d) => {
    const res = lhs.kind.tag === 'Path' && lhs.kind.qpath.tag === 'Resolved' ? lhs.kind.qpath.path.res : null;
    const o = res && res.tag === 'Local' ? fcx.localOrigins.get(res.id) : undefined;
    if (o?.tySpan) d.label(o.tySpan, 'expected due to this type');
    else if (o?.initSpan && tyKind(fcx.resolve(lt)).tag !== 'Closure') d.label(o.initSpan, 'expected due to this value');
  });
  void e;
  return tys.unit;
}

export function checkAssignOp(fcx: FnCtxt, e: Expr, op: BinOpKind, lhs: Expr, rhs: Expr): Ty {
  const lt = checkExpr(fcx, lhs, null);
  convertPlaceToMutable(fcx, lhs);
  const cls = classOf(op);
  let rt = checkExpr(fcx, rhs, cls === 'shift' ? null : lt);
  // `total += x` with `x: &i32`: core's `AddAssign<&i32> for i32` does the built-in
  // operation on the value, so typeck dereferences the operand (as for `a + &b`).
  const rp = derefPrim(fcx, rt);
  if (rp !== null && rp !== fcx.resolve(rt) && derefPrim(fcx, lt) === fcx.resolve(lt) && (cls === 'shift' || fcx.infcx.probe(() => fcx.infcx.unify(lt, rp)))) {
    fcx.addAdjustments(rhs.hirId, [{ kind: { tag: 'Deref', overloaded: null }, target: rp }]);
    rt = rp;
  }
  if (!isPlaceExpr(lhs)) {
    fcx.err('invalid left-hand side of assignment', 'E0067').primary(e.span).label(lhs.span, 'cannot assign to this expression').emit();
  }
  if (fcx.isError(lt) || fcx.isError(rt)) return tys.unit;
  const ok = cls === 'bit' ? isIntegral(fcx, lt) || fcx.resolve(lt) === tys.bool : cls === 'shift' ? isIntegral(fcx, lt) : isNumeric(fcx, lt);
  if (!ok) {
    const info = BINOP_METHODS[op]!;
    const m = lookupOpMethod(fcx, `${info.lang}_assign`, `${info.method}_assign`, lt, rt);
    if (m && m.sig.inputs.length === 2) {
      recordOp(fcx, e.hirId, m);
      coerceOrReport(fcx, rhs, rt, m.sig.inputs[1]!);
      return tys.unit;
    }
    fcx
      .err(`binary assignment operation \`${op}=\` cannot be applied to type \`${fcx.tyStr(lt)}\``, 'E0368')
      .primary(e.span)
      .label(lhs.span, `cannot use \`${op}=\` on type \`${fcx.tyStr(lt)}\``)
      .emit();
    return tys.unit;
  }
  if (cls === 'shift') {
    if (!isIntegral(fcx, rt)) reportTraitError(fcx, op, e.span, lt, rt);
    return tys.unit;
  }
  if (!fcx.infcx.probe(() => fcx.infcx.unify(lt, rt))) {
    reportMismatch(fcx, rhs.span, lt, rt);
  }
  return tys.unit;
}

/** `T` for an operand of type `T` or `&T` where `T` is a primitive number, `bool` or `char` (null otherwise). */
function derefPrim(fcx: FnCtxt, t: Ty): Ty | null {
  let r = fcx.resolve(t);
  const k = tyKind(r);
  if (k.tag === 'Ref') r = fcx.resolve(k.pointee);
  const inner = tyKind(r);
  const prim = inner.tag === 'Int' || inner.tag === 'Uint' || inner.tag === 'Float' || inner.tag === 'Bool' || inner.tag === 'Char' || (inner.tag === 'Infer' && inner.kind !== 'ty');
  return prim ? r : null;
}
