import type { Expr, ExprKind } from '../hir/expr.ts';
import type { LitValue } from '../syntax/ast/lit.ts';
import { mkRef, mkTuple, mkTy, tyKind, tys } from '../ty/interner.ts';
import type { Mutbl, Ty } from '../ty/ty.ts';
import { checkBlock, checkBlockUnit } from './check-block.ts';
import { checkCall, checkMethodCall } from './check-call.ts';
import { checkCast } from './check-cast.ts';
import { checkBreak, checkIf, checkLoop, checkMatch, checkReturn } from './check-control.ts';
import { checkAsm } from './check-asm.ts';
import { checkAssign, checkAssignOp, checkBinary, checkUnary } from './check-ops.ts';
import { checkPathExpr } from './check-path.ts';
import { checkField, checkIndex, convertPlaceToMutable } from './check-place.ts';
import { checkStructExpr } from './check-struct.ts';
import { checkClosure } from './check-closure.ts';
import { CoerceMany } from './coerce-many.ts';
import { tryCoerce } from './coercion.ts';
import { constArgOf } from './const-arg.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { coerceOrReport, reportMismatch } from './mismatch.ts';
import { warnIfUnreachable } from './unreachable-code.ts';

/**
 * Type-checks an expression with an optional expected type (a hint: literals and nested
 * expressions use it; coercion sites call `checkExprCoercible`). Records the node's type
 * and tracks divergence.
 */
export function checkExpr(fcx: FnCtxt, e: Expr, expected: Ty | null): Ty {
  warnIfUnreachable(fcx, e.hirId, e.span, 'expression');
  const outer = fcx.diverges;
  const outerSpan = fcx.divergeSpan;
  const outerWarned = fcx.divergeWarned;
  fcx.diverges = false;
  fcx.divergeWarned = false;
  const ty = checkKind(fcx, e, expected);
  fcx.writeTy(e.hirId, ty);
  if (fcx.shallow(ty) === tys.never) {
    fcx.diverges = true;
    fcx.divergeSpan ??= e.span;
  }
  const innerWarned = fcx.diverges && fcx.divergeWarned;
  fcx.diverges = fcx.diverges || outer;
  // The earliest diverging expression of the sequence is what the lint's note names.
  fcx.divergeSpan = fcx.diverges ? (outerSpan ?? fcx.divergeSpan) : null;
  fcx.divergeWarned = fcx.diverges && (outerWarned || innerWarned);
  return ty;
}

/** Checks `e` and coerces it to `target` (E0308 on failure); returns `target`. */
export function checkExprCoercible(fcx: FnCtxt, e: Expr, target: Ty, extra?: Parameters<typeof coerceOrReport>[4]): Ty {
  const t = checkExpr(fcx, e, target);
  coerceOrReport(fcx, e, t, target, extra);
  return target;
}

export function checkLit(fcx: FnCtxt, v: LitValue, expected: Ty | null): Ty {
  switch (v.tag) {
    case 'Str': return mkRef(tys.str);
    case 'ByteStr': return mkRef(mkTy({ tag: 'Array', elem: tys.u8, len: { tag: 'Value', ty: tys.usize, bits: BigInt(v.value.length) } }));
    case 'Byte': return tys.u8;
    case 'Char': return tys.char;
    case 'Bool': return tys.bool;
    case 'Int': {
      if (v.suffix) return tys[v.suffix];
      if (expected !== null) {
        const k = tyKind(fcx.shallow(expected));
        if (k.tag === 'Int' || k.tag === 'Uint') return fcx.shallow(expected);
      }
      return fcx.infcx.newVar('int');
    }
    case 'Float': {
      if (v.suffix === 'f32') return tys.f32;
      if (v.suffix === 'f64') return tys.f64;
      if (expected !== null && tyKind(fcx.shallow(expected)).tag === 'Float') return fcx.shallow(expected);
      return fcx.infcx.newVar('float');
    }
    case 'CStr':
      fcx.err('C string literals are not supported by tsrustc yet').emit();
      return tys.error;
    case 'Err':
      fcx.sawErrorNode = true;
      return tys.error;
  }
}

function checkKind(fcx: FnCtxt, e: Expr, expected: Ty | null): Ty {
  const k: ExprKind = e.kind;
  switch (k.tag) {
    case 'Lit':
      if (k.lit.value.tag === 'Int') fcx.intLits.push({ lit: e, span: e.span, negated: false });
      return checkLit(fcx, k.lit.value, expected);
    case 'Path': return checkPathExpr(fcx, e, k.qpath);
    case 'Call': return checkCall(fcx, e, k.func, k.args, expected);
    case 'MethodCall': return checkMethodCall(fcx, e, k.seg, k.receiver, k.args, k.span, expected);
    case 'Tup': {
      const hints = expected !== null ? tyKind(fcx.shallow(expected)) : null;
      // As rustc's check_expr_tup, each element coerces to the expected element type
      // (`("a", Box::new(Circle))` as `(&str, Box<dyn Shape>)`); when it cannot, the tuple
      // keeps the element's own type and the mismatch is reported where the tuple is used.
      const elems = k.elems.map((el, i) => {
        const hint = hints && hints.tag === 'Tuple' ? (hints.elems[i] ?? null) : null;
        const t = checkExpr(fcx, el, hint);
        return hint !== null && tryCoerce(fcx, el.hirId, t, hint, el.span) ? hint : t;
      });
      return mkTuple(elems);
    }
    case 'Array': return checkArray(fcx, k.elems, expected);
    case 'Repeat': {
      const hint = expected !== null ? tyKind(fcx.shallow(expected)) : null;
      const elem = checkExpr(fcx, k.elem, hint && hint.tag === 'Array' ? hint.elem : null);
      // A bare const parameter (`[0; N]`) or a constant tsrustc evaluates.
      const n = constArgOf(fcx.tcx, k.count, tys.usize, 'array length');
      if (n === null) return tys.error;
      if (n.tag === 'Value') fcx.results.constValues.set(k.count.hirId, n.bits);
      fcx.writeTy(k.count.hirId, tys.usize);
      return mkTy({ tag: 'Array', elem, len: n });
    }
    case 'Binary': return checkBinary(fcx, e, k.op, k.opSpan, k.lhs, k.rhs, expected);
    case 'Unary': return checkUnary(fcx, e, k.op, k.expr, expected);
    case 'Cast': return checkCast(fcx, e, k.expr, k.ty);
    case 'If': return checkIf(fcx, e, k.cond, k.then, k.els, expected);
    case 'Loop': return checkLoop(fcx, e, k.body, k.source, expected);
    case 'Match': return checkMatch(fcx, e, k.scrutinee, k.arms, expected);
    case 'Block': {
      if (!k.label) return checkBlock(fcx, k.block, expected);
      const cm = new CoerceMany(null);
      const ctx = { coerce: cm, mayBreak: false, firstBreak: null };
      fcx.breakables.set(e.hirId, ctx);
      const t = checkBlock(fcx, k.block, expected);
      if (!cm.push(fcx, k.block.expr ? k.block.expr.hirId : null, t)) reportMismatch(fcx, e.span, cm.merged ?? t, t);
      if (ctx.mayBreak) fcx.diverges = false;
      return cm.complete(fcx);
    }
    case 'Assign': return checkAssign(fcx, e, k.lhs, k.rhs, k.eqSpan);
    case 'AssignOp': return checkAssignOp(fcx, e, k.op, k.lhs, k.rhs);
    case 'Field': return checkField(fcx, e, k.expr, k.ident);
    case 'Index': return checkIndex(fcx, e, k.expr, k.index, k.bracketSpan);
    case 'AddrOf': return checkAddrOf(fcx, k.raw, k.mutbl, k.expr, expected);
    case 'Break': return checkBreak(fcx, e, k.dest.target, k.expr);
    case 'Continue': return tys.never;
    case 'Ret': return checkReturn(fcx, e, k.expr);
    case 'Struct': return checkStructExpr(fcx, e, k.qpath, k.fields, k.base, expected);
    case 'InlineAsm': return checkAsm(fcx, k.asm);
    case 'DropTemps': return checkExpr(fcx, k.expr, expected);
    case 'Closure': return checkClosure(fcx, e, k, expected);
    case 'Err':
      fcx.sawErrorNode = true;
      return tys.error;
  }
}

function checkArray(fcx: FnCtxt, elems: readonly Expr[], expected: Ty | null): Ty {
  let hint: Ty | null = null;
  if (expected !== null) {
    const k = tyKind(fcx.shallow(expected));
    if (k.tag === 'Array' || k.tag === 'Slice') hint = k.elem;
  }
  const cm = new CoerceMany(hint);
  for (const el of elems) {
    const t = checkExpr(fcx, el, hint ?? cm.merged);
    if (!cm.push(fcx, el.hirId, t)) reportMismatch(fcx, el.span, cm.merged ?? hint ?? t, t);
  }
  let elem: Ty = elems.length === 0 ? (hint ?? fcx.infcx.newVar()) : cm.complete(fcx);
  if (elems.length > 0 && elem === tys.never && hint) elem = hint;
  return mkTy({ tag: 'Array', elem, len: { tag: 'Value', ty: tys.usize, bits: BigInt(elems.length) } });
}

function checkAddrOf(fcx: FnCtxt, raw: boolean, mutbl: Mutbl, inner: Expr, expected: Ty | null): Ty {
  let hint: Ty | null = null;
  if (expected !== null) {
    const k = tyKind(fcx.shallow(expected));
    if (k.tag === 'Ref' || k.tag === 'RawPtr') {
      const pk = tyKind(fcx.shallow(k.pointee));
      // `&[a, b]` where `&[&dyn Trait]` is expected: the elements coerce to the slice's element
      // type (rustc's ExpectRvalueLikeUnsized still guides an array literal).
      if ((pk.tag !== 'Slice' && pk.tag !== 'Str') || (pk.tag === 'Slice' && inner.kind.tag === 'Array')) hint = k.pointee;
    }
  }
  const t = checkExpr(fcx, inner, hint);
  if (mutbl === 'mut') convertPlaceToMutable(fcx, inner);
  return raw ? mkTy({ tag: 'RawPtr', mutbl, pointee: t }) : mkRef(t, mutbl);
}

export { checkBlockUnit };
