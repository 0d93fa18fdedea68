import type { Span } from '../../diagnostics/span.ts';
import type { BinOpKind } from '../../hir/expr.ts';
import { mkTuple, mkTy, tyKind, tys } from '../../ty/interner.ts';
import type { FnSig, Ty } from '../../ty/ty.ts';
import type { BinOp, CastKind, Operand, Rvalue } from '../mir.ts';
import { intInfo, intMin, unsignedOf } from '../tys.ts';
import { local, project, toCopy, type Builder } from './builder.ts';
import { boolConst, intConst } from './constant.ts';

export const BIN_OPS: Readonly<Record<BinOpKind, BinOp | null>> = {
  '+': 'Add', '-': 'Sub', '*': 'Mul', '/': 'Div', '%': 'Rem', '^': 'BitXor', '&': 'BitAnd', '|': 'BitOr',
  '<<': 'Shl', '>>': 'Shr', '==': 'Eq', '<': 'Lt', '<=': 'Le', '!=': 'Ne', '>=': 'Ge', '>': 'Gt',
  '&&': null, '||': null,
};

function moveOf(l: number): Operand {
  return { tag: 'Move', place: local(l) };
}

/**
 * `lhs op rhs` on built-in types with rustc's checks: with overflow checks, `+ - *` use a
 * checked op and `assert(!overflow)`, shifts assert the amount is below the bit width;
 * division and remainder always assert a non-zero divisor and, for signed types, that it
 * is not `MIN / -1`.
 */
export function buildBinaryOp(b: Builder, op: BinOp, lhs: Operand, rhs: Operand, ty: Ty, span: Span): Rvalue {
  if (ty === tys.unit) {
    // `() == ()` (derived PartialEq of a struct with a `()` field) is built in: a constant.
    const holds = op === 'Eq' || op === 'Le' || op === 'Ge';
    if (holds || op === 'Ne' || op === 'Lt' || op === 'Gt') return { tag: 'Use', operand: boolConst(holds, span) };
  }
  const info = intInfo(ty, b.pointerWidth);
  const isInt = info !== null && (tyKind(ty).tag === 'Int' || tyKind(ty).tag === 'Uint');
  if (!isInt) return { tag: 'BinaryOp', op, lhs, rhs };
  if (b.checkOverflow && (op === 'Add' || op === 'Sub' || op === 'Mul')) {
    const resTy = mkTuple([ty, tys.bool]);
    const t = b.temp({ tag: 'CheckedBinaryOp', op, lhs: toCopy(lhs), rhs: toCopy(rhs) }, resTy, span);
    const overflowed: Operand = { tag: 'Move', place: project(local(t), { tag: 'Field', index: 1, ty: tys.bool }) };
    b.assert(overflowed, false, { tag: 'Overflow', op, lhs, rhs }, span);
    return { tag: 'Use', operand: { tag: 'Move', place: project(local(t), { tag: 'Field', index: 0, ty }) } };
  }
  if (b.checkOverflow && (op === 'Shl' || op === 'Shr')) {
    const rhsTy = b.operandTy(rhs);
    const rinfo = intInfo(rhsTy, b.pointerWidth)!;
    let amount = toCopy(rhs);
    let amountTy = rhsTy;
    if (rinfo.signed) {
      amountTy = unsignedOf(rhsTy);
      amount = moveOf(b.temp({ tag: 'Cast', kind: 'IntToInt', operand: amount, ty: amountTy }, amountTy, span));
    }
    const lt = b.temp({ tag: 'BinaryOp', op: 'Lt', lhs: amount, rhs: intConst(b, amountTy, BigInt(info.bits), span) }, tys.bool, span);
    b.assert(moveOf(lt), true, { tag: 'Overflow', op, lhs: toCopy(lhs), rhs: toCopy(rhs) }, span);
    return { tag: 'BinaryOp', op, lhs, rhs };
  }
  if (op === 'Div' || op === 'Rem') {
    const rhsC = toCopy(rhs);
    const lhsC = toCopy(lhs);
    const isZero = b.temp({ tag: 'BinaryOp', op: 'Eq', lhs: rhsC, rhs: intConst(b, ty, 0n, span) }, tys.bool, span);
    b.assert(moveOf(isZero), false, op === 'Div' ? { tag: 'DivisionByZero', operand: lhsC } : { tag: 'RemainderByZero', operand: lhsC }, span);
    if (info.signed) {
      const isNegOne = b.temp({ tag: 'BinaryOp', op: 'Eq', lhs: rhsC, rhs: intConst(b, ty, -1n, span) }, tys.bool, span);
      const isMin = b.temp({ tag: 'BinaryOp', op: 'Eq', lhs: lhsC, rhs: intConst(b, ty, intMin(info), span) }, tys.bool, span);
      const both = b.temp({ tag: 'BinaryOp', op: 'BitAnd', lhs: moveOf(isNegOne), rhs: moveOf(isMin) }, tys.bool, span);
      b.assert(moveOf(both), false, { tag: 'Overflow', op, lhs: lhsC, rhs: rhsC }, span);
    }
    return { tag: 'BinaryOp', op, lhs, rhs };
  }
  return { tag: 'BinaryOp', op, lhs, rhs };
}

/** `-x`: with overflow checks, signed types assert `x != MIN`. */
export function buildNeg(b: Builder, operand: Operand, ty: Ty, span: Span): Rvalue {
  const info = intInfo(ty, b.pointerWidth);
  if (b.checkOverflow && info && tyKind(ty).tag === 'Int') {
    const isMin = b.temp({ tag: 'BinaryOp', op: 'Eq', lhs: toCopy(operand), rhs: intConst(b, ty, intMin(info), span) }, tys.bool, span);
    b.assert(moveOf(isMin), false, { tag: 'OverflowNeg', operand: toCopy(operand) }, span);
  }
  return { tag: 'UnaryOp', op: 'Neg', operand };
}

/** The cast kind of `from as to` for a non-coercion cast; null when it is a no-op. */
export function castKind(from: Ty, to: Ty): CastKind | null {
  if (from === to) return null;
  const f = tyKind(from);
  const t = tyKind(to);
  const intLike = (k: typeof f) => k.tag === 'Int' || k.tag === 'Uint' || k.tag === 'Bool' || k.tag === 'Char';
  if (intLike(f) && (t.tag === 'Int' || t.tag === 'Uint' || t.tag === 'Char')) return 'IntToInt';
  if (intLike(f) && t.tag === 'Float') return 'IntToFloat';
  if (f.tag === 'Float' && (t.tag === 'Int' || t.tag === 'Uint')) return 'FloatToInt';
  if (f.tag === 'Float' && t.tag === 'Float') return 'FloatToFloat';
  if ((f.tag === 'RawPtr' || f.tag === 'Ref') && t.tag === 'RawPtr') return 'PtrToPtr';
  if (f.tag === 'RawPtr' && (t.tag === 'Int' || t.tag === 'Uint')) return 'PointerExposeAddress';
  if ((f.tag === 'Int' || f.tag === 'Uint') && t.tag === 'RawPtr') return 'PointerFromExposedAddress';
  if (f.tag === 'FnPtr' && t.tag === 'RawPtr') return 'FnPtrToPtr';
  if (f.tag === 'FnPtr' && (t.tag === 'Int' || t.tag === 'Uint')) return 'PointerExposeAddress';
  if (f.tag === 'FnPtr' && t.tag === 'FnPtr') return 'Transmute';
  if (f.tag === 'FnDef' && t.tag === 'FnPtr') return 'ReifyFnPointer';
  throw new Error(`MIR build: unsupported cast`);
}

/** `operand as to`, reifying fn items first when cast to a pointer or integer. */
export function buildCast(b: Builder, operand: Operand, from: Ty, to: Ty, sig: ((ty: Ty) => FnSig) | null, span: Span): Rvalue {
  const f = tyKind(from);
  const t = tyKind(to);
  if (f.tag === 'FnDef' && t.tag !== 'FnPtr' && sig) {
    const fnPtrTy = mkTy({ tag: 'FnPtr', sig: sig(from) });
    const p = b.temp({ tag: 'Cast', kind: 'ReifyFnPointer', operand, ty: fnPtrTy }, fnPtrTy, span);
    return buildCast(b, moveOf(p), fnPtrTy, to, sig, span);
  }
  const kind = castKind(from, to);
  return kind === null ? { tag: 'Use', operand } : { tag: 'Cast', kind, operand, ty: to };
}
