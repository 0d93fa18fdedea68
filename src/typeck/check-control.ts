import type { Arm, Block, Expr, LoopSource } from '../hir/expr.ts';
import type { HirId } from '../hir/ids.ts';
import { tyKind, tys } from '../ty/interner.ts';
import { shrinkToHi } from '../diagnostics/span.ts';
import type { Ty } from '../ty/ty.ts';
import { checkBlockUnit } from './check-block.ts';
import { checkExpr } from './check-expr.ts';
import { checkPat } from './check-pat.ts';
import { CoerceMany } from './coerce-many.ts';
import { tryCoerce } from './coercion.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { coerceOrReport, mismatchSpan, reportMismatch } from './mismatch.ts';

export function checkIf(fcx: FnCtxt, e: Expr, cond: Expr, then: Expr, els: Expr | null, expected: Ty | null): Ty {
  const ct = checkExpr(fcx, cond, tys.bool);
  coerceOrReport(fcx, cond, ct, tys.bool);
  const condDiverges = fcx.diverges;
  if (!els) {
    fcx.diverges = false;
    const tt = checkExpr(fcx, then, tys.unit);
    fcx.diverges = condDiverges;
    const want = expected !== null ? fcx.resolve(expected) : null;
    if (want !== null && want !== tys.unit && !fcx.isError(want) && fcx.infcx.varKind(want) === null) {
      const d = fcx.err('`if` may be missing an `else` clause', 'E0317').primary(e.span, `expected ${fcx.descr(want)}, found \`()\``);
      if (fcx.letPatSpan) d.label(fcx.letPatSpan, 'expected because of this assignment');
      d.note('`if` expressions without `else` evaluate to `()`').help('consider adding an `else` block that evaluates to the expected type').emit();
      return tys.error;
    }
    if (!tryCoerce(fcx, then.hirId, tt, tys.unit)) reportMismatch(fcx, mismatchSpan(then), tys.unit, tt);
    return tys.unit;
  }
  const cm = new CoerceMany(coercionTarget(fcx, expected));
  fcx.diverges = false;
  const tt = checkExpr(fcx, then, expected);
  const thenDiverges = fcx.diverges;
  const target = coercionTarget(fcx, expected);
  if (!cm.push(fcx, then.hirId, tt) && target !== null) reportMismatch(fcx, mismatchSpan(then), target, tt, undefined, 'mismatched types', then);
  fcx.diverges = false;
  const et = checkExpr(fcx, els, expected ?? cm.merged);
  const elsDiverges = fcx.diverges;
  if (!cm.push(fcx, els.hirId, et)) {
    reportMismatch(fcx, mismatchSpan(els), cm.merged ?? tt, et, (d) => { d.label(mismatchSpan(then), 'expected because of this'); }, '`if` and `else` have incompatible types');
  }
  fcx.diverges = condDiverges || (thenDiverges && elsDiverges);
  return cm.complete(fcx);
}

export function checkLoop(fcx: FnCtxt, e: Expr, body: Block, source: LoopSource, expected: Ty | null): Ty {
  const cm = source === 'loop' ? new CoerceMany(null) : null;
  const ctx = { coerce: cm, mayBreak: false, firstBreak: null };
  fcx.breakables.set(e.hirId, ctx);
  void expected;
  checkBlockUnit(fcx, body);
  fcx.diverges = !ctx.mayBreak;
  if (!ctx.mayBreak) return tys.never;
  return cm ? cm.complete(fcx) : tys.unit;
}

export function checkBreak(fcx: FnCtxt, e: Expr, target: HirId | null, value: Expr | null): Ty {
  const ctx = target === null ? undefined : fcx.breakables.get(target);
  if (!ctx) {
    if (value) checkExpr(fcx, value, null);
    return tys.never;
  }
  ctx.mayBreak = true;
  if (!ctx.coerce) {
    if (value) checkExpr(fcx, value, null);
    return tys.never;
  }
  const cm = ctx.coerce;
  const first = ctx.firstBreak;
  const label = (d: Parameters<NonNullable<Parameters<typeof reportMismatch>[4]>>[0]): void => {
    if (first) d.label(first, 'expected because of this `break`');
  };
  if (value) {
    const vt = checkExpr(fcx, value, cm.merged);
    const before = cm.merged;
    if (!cm.push(fcx, value.hirId, vt)) reportMismatch(fcx, mismatchSpan(value), before ?? vt, vt, label, 'mismatched types', value);
  } else {
    const before = cm.merged;
    if (!cm.push(fcx, null, tys.unit)) reportMismatch(fcx, e.span, before ?? tys.unit, tys.unit, label);
  }
  if (cm.merged !== null && ctx.firstBreak === null) ctx.firstBreak = e.span;
  return tys.never;
}

export function checkReturn(fcx: FnCtxt, e: Expr, value: Expr | null): Ty {
  const ret = fcx.retTy;
  if (ret === null) {
    fcx.err('return statement outside of function body', 'E0572').primary(e.span).emit();
    if (value) checkExpr(fcx, value, null);
    return tys.never;
  }
  const retSpan = fcx.retTySpan;
  if (value) {
    const vt = checkExpr(fcx, value, ret);
    coerceOrReport(fcx, value, vt, ret, (d) => {
      if (retSpan) d.label(retSpan, `expected \`${fcx.tyStr(ret)}\` because of return type`);
    });
  } else if (!tryCoerce(fcx, null, tys.unit, ret)) {
    const d = fcx.err('`return;` in a function whose return type is not `()`', 'E0069');
    if (retSpan) d.label(retSpan, `expected \`${fcx.tyStr(ret)}\` because of this return type`);
    d.primary(e.span, 'return type is not `()`');
    const value = exampleValue(fcx, ret);
    if (value !== null) {
      const at = shrinkToHi(e.span);
      d.help('give the `return` a value of the expected type', at, [{ span: at, replacement: ` ${value}`, applicability: 'HasPlaceholders', style: 'verbose' }]);
    }
    d.emit();
  }
  return tys.never;
}

/** rustc's `ty_kind_suggestion`: a placeholder value of a simple type. */
function exampleValue(fcx: FnCtxt, ty: Ty): string | null {
  const k = tyKind(fcx.resolve(ty));
  switch (k.tag) {
    case 'Bool': return 'false';
    case 'Char': return "'x'";
    case 'Int': case 'Uint': return '42';
    case 'Float': return '3.14';
    case 'Ref': return tyKind(k.pointee).tag === 'Str' && k.mutbl === 'not' ? '""' : null;
    case 'Tuple': {
      const parts = k.elems.map((t) => exampleValue(fcx, t));
      return parts.every((p) => p !== null) ? `(${parts.join(', ')}${parts.length === 1 ? ',' : ''})` : null;
    }
    default: return null;
  }
}

/**
 * Branches coerce to the expected type when it is a known pointer to a trait object (rustc
 * coerces every branch to the expectation: `if c { &a } else { &b }` as `&dyn Trait`, and
 * `Box::new(A)`/`Box::new(B)` arms as `Box<dyn Trait>`).
 */
function coercionTarget(fcx: FnCtxt, expected: Ty | null): Ty | null {
  if (expected === null) return null;
  const t = fcx.resolve(expected);
  const k = tyKind(t);
  if ((k.tag === 'Ref' || k.tag === 'RawPtr') && tyKind(fcx.resolve(k.pointee)).tag === 'Dynamic') return t;
  if (k.tag === 'Adt' && k.args.some((a) => a.tag === 'Type' && tyKind(fcx.resolve(a.ty)).tag === 'Dynamic')) return t;
  // Branches that are different fn items (or closures) become the expected fn pointer.
  if (k.tag === 'FnPtr') return t;
  // A known reference type: each branch deref-coerces to it (`&&str` -> `&str` in a closure
  // returning `&str`), as rustc's CoerceMany does with an expected type.
  if (k.tag === 'Ref' && fcx.infcx.varKind(k.pointee) === null && !containsInfer(fcx, t)) return t;
  return null;
}

export function checkMatch(fcx: FnCtxt, e: Expr, scrutinee: Expr, arms: readonly Arm[], expected: Ty | null): Ty {
  const st = checkExpr(fcx, scrutinee, null);
  const scrutDiverges = fcx.diverges;
  const cm = new CoerceMany(coercionTarget(fcx, expected));
  let allDiverge = arms.length > 0;
  for (const arm of arms) {
    // Patterns are checked as if before any arm (rustc checks them all first).
    fcx.diverges = scrutDiverges;
    checkPat(fcx, arm.pat, st);
    fcx.diverges = false;
    if (arm.guard) coerceOrReport(fcx, arm.guard, checkExpr(fcx, arm.guard, tys.bool), tys.bool);
    const bt = checkExpr(fcx, arm.body, expected ?? cm.merged);
    if (!fcx.diverges) allDiverge = false;
    const before = cm.merged;
    if (!cm.push(fcx, arm.body.hirId, bt)) {
      reportMismatch(fcx, mismatchSpan(arm.body), before ?? bt, bt, undefined, '`match` arms have incompatible types');
    }
  }
  fcx.diverges = scrutDiverges || allDiverge || arms.length === 0;
  void e;
  return arms.length === 0 ? tys.never : cm.complete(fcx);
}

/** Whether a resolved type still mentions an inference variable. */
function containsInfer(fcx: FnCtxt, t: Ty): boolean {
  const k = tyKind(fcx.resolve(t));
  switch (k.tag) {
    case 'Infer': return true;
    case 'Ref': case 'RawPtr': return containsInfer(fcx, k.pointee);
    case 'Tuple': return k.elems.some((e) => containsInfer(fcx, e));
    case 'Array': case 'Slice': return containsInfer(fcx, k.elem);
    case 'Adt': return k.args.some((a) => a.tag === 'Type' && containsInfer(fcx, a.ty));
    default: return false;
  }
}
