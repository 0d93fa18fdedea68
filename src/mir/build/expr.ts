import type { Expr } from '../../hir/expr.ts';
import { mkTy, tyKind, tys } from '../../ty/interner.ts';
import type { Ty } from '../../ty/ty.ts';
import type { Local, Operand, Place, Rvalue } from '../mir.ts';
import { arrayLen, discriminantTy } from '../tys.ts';
import { local, project, type Builder } from './builder.ts';
import { adtFieldTys, variantIndex } from './adt.ts';
import { intConst, literalConstant } from './constant.ts';
import { bare, category, exprRefTy, full, inner, lastAdjustment, negatedLiteral, type ExprRef } from './expr-ref.ts';
import { exprInto } from './into.ts';
import { BIN_OPS, buildBinaryOp, buildCast, buildNeg } from './ops.ts';
import { overloadedBinary, overloadedPlace, overloadedUnary } from './overloaded.ts';
import { pathPlace, pathValue } from './path.ts';
import { closureRvalue, upvarFieldPlace } from './closure.ts';
import { extendedTemp } from './temp-lifetime.ts';

/** Evaluates `r` into a fresh temporary and returns it. */
export function asTemp(b: Builder, r: ExprRef): Local {
  const ty = exprRefTy(b, r);
  const t = extendedTemp(b, r.e, ty, r.e.span) ?? b.newTemp(ty, r.e.span);
  exprInto(b, local(t), r);
  return t;
}

/**
 * `*b` used by value on a `Box<T>` of a non-Copy `T`: the box itself is moved into the
 * `box_into_inner` lang item, which reads the value out and frees the allocation (rustc
 * moves out of the box's contents and frees it at the box's drop; this gives the same
 * result for whole moves). Null when `r` is not such a move.
 */
export function moveOutOfBox(b: Builder, r: ExprRef): Operand | null {
  const e = r.e;
  if (e.kind.tag !== 'Unary' || e.kind.op !== 'Deref' || lastAdjustment(b, r) !== null) return null;
  const intoInner = b.cx.boxIntoInner?.() ?? null;
  if (intoInner === null || b.tr.typeDependentDef(e.hirId) === null) return null;
  const ty = b.tr.nodeType(e.hirId);
  if (b.isCopy(ty)) return null;
  const boxTy = b.tr.exprTyAdjusted(e.kind.expr.hirId);
  const bk = tyKind(boxTy);
  if (bk.tag !== 'Adt' || bk.def !== b.cx.boxDef?.()) return null;
  const arg = asOperand(b, full(b, e.kind.expr));
  const dest = b.newTemp(ty, e.span);
  const next = b.newBlock();
  const func: Operand = { tag: 'Constant', constant: { ty: mkTy({ tag: 'FnDef', def: intoInner, args: [{ tag: 'Type', ty }] }), value: { tag: 'ZeroSized' }, span: e.span } };
  b.terminate({ tag: 'Call', func, args: [arg], destination: local(dest), target: next, span: e.span });
  b.cur = next;
  return { tag: 'Move', place: local(dest) };
}

/** The place `r` denotes; values that are not places are put in a temporary. */
export function asPlace(b: Builder, r: ExprRef): Place {
  if (category(b, r) !== 'place') return local(asTemp(b, r));
  const adj = lastAdjustment(b, r);
  if (adj) {
    if (adj.kind.tag !== 'Deref') throw new Error('MIR build: adjustment is not a place');
    const base = asPlace(b, inner(r));
    if (adj.kind.overloaded === null) return project(base, { tag: 'Deref' });
    return overloadedDerefPlace(b, base, adj.kind.overloaded, adj.target, r.e);
  }
  const e = r.e;
  const k = e.kind;
  switch (k.tag) {
    case 'Path': return pathPlace(b, e);
    case 'Unary': {
      const ov = overloadedPlace(b, e);
      if (ov) return ov;
      return project(asPlace(b, full(b, k.expr)), { tag: 'Deref' });
    }
    case 'Field': {
      const up = upvarFieldPlace(b, e);
      if (up) return up;
      const base = asPlace(b, full(b, k.expr));
      return project(base, { tag: 'Field', index: b.tr.fieldIndex(e.hirId), ty: b.tr.nodeType(e.hirId) });
    }
    case 'Index': {
      const ov = overloadedPlace(b, e);
      if (ov) return ov;
      return indexPlace(b, e, k.expr, k.index);
    }
    case 'DropTemps': return asPlace(b, full(b, k.expr));
    default: throw new Error(`MIR build: ${k.tag} is not a place expression`);
  }
}

function overloadedDerefPlace(b: Builder, base: Place, ov: { method: import('../../ty/def-id.ts').DefId; mutbl: 'not' | 'mut' }, target: Ty, e: Expr): Place {
  const refTy = mkTy({ tag: 'Ref', mutbl: ov.mutbl, pointee: b.placeTy(base) });
  const recv = b.temp({ tag: 'Ref', mutbl: ov.mutbl, place: base }, refTy, e.span);
  const resTy = mkTy({ tag: 'Ref', mutbl: ov.mutbl, pointee: target });
  const res = b.newTemp(resTy, e.span);
  // `ov.method` is `Deref::deref` / `DerefMut::deref_mut`: Self is the place's type (mono picks the impl).
  const func: Operand = { tag: 'Constant', constant: { ty: mkTy({ tag: 'FnDef', def: ov.method, args: [{ tag: 'Type', ty: b.placeTy(base) }] }), value: { tag: 'ZeroSized' }, span: e.span } };
  const next = b.newBlock();
  b.terminate({ tag: 'Call', func, args: [{ tag: 'Move', place: local(recv) }], destination: local(res), target: next, span: e.span });
  b.cur = next;
  return project(local(res), { tag: 'Deref' });
}

/** `base[index]` on arrays and slices: the index in a temporary, then a bounds check. */
function indexPlace(b: Builder, e: Expr, baseExpr: Expr, indexExpr: Expr): Place {
  const base = asPlace(b, full(b, baseExpr));
  const baseTy = b.placeTy(base);
  const idxOp = asOperand(b, full(b, indexExpr));
  const idx = b.temp({ tag: 'Use', operand: idxOp }, tys.usize, indexExpr.span);
  const n = arrayLen(baseTy);
  const len: Operand = n !== null
    ? intConst(b, tys.usize, n, e.span)
    : { tag: 'Move', place: local(b.temp({ tag: 'Len', place: base }, tys.usize, e.span)) };
  const idxOpnd: Operand = { tag: 'Copy', place: local(idx) };
  const lt = b.temp({ tag: 'BinaryOp', op: 'Lt', lhs: idxOpnd, rhs: len }, tys.bool, e.span);
  b.assert({ tag: 'Move', place: local(lt) }, true, { tag: 'BoundsCheck', len, index: idxOpnd }, e.span);
  return project(base, { tag: 'Index', local: idx });
}

/**
 * Reading a place as an operand. Places that user code cannot change before the operand is
 * consumed (immutable variables, temporaries) are used directly; anything else (mutable
 * variables, places behind pointers, statics) is copied first, so that `a + { a = 5; 1 }`
 * reads `a` before the block runs.
 */
export function placeOperand(b: Builder, p: Place, span: import('../../diagnostics/span.ts').Span): Operand {
  const decl = b.locals[p.local]!;
  // `let x;` variables are copied too: the copy carries the span of `x` for borrowck's
  // "used here but it isn't initialized".
  const stable = !p.projection.some((e) => e.tag === 'Deref') && !(decl.binding && (decl.mutbl === 'mut' || decl.binding.form === 'uninit'));
  const op = b.operandFromPlace(p);
  if (stable) return op;
  const t = b.temp({ tag: 'Use', operand: op }, b.placeTy(p), span);
  return { tag: 'Move', place: local(t) };
}

export function asOperand(b: Builder, r: ExprRef): Operand {
  switch (category(b, r)) {
    case 'constant': {
      const k = r.e.kind;
      if (k.tag === 'Lit') return { tag: 'Constant', constant: literalConstant(b, k.lit, k.negated, b.tr.nodeType(r.e.hirId), r.e.span) };
      const neg = negatedLiteral(b, r.e);
      if (neg !== null && neg.kind.tag === 'Lit') {
        return { tag: 'Constant', constant: literalConstant(b, neg.kind.lit, !neg.kind.negated, b.tr.nodeType(r.e.hirId), r.e.span) };
      }
      if (k.tag === 'Path') {
        const v = pathValue(b, r.e);
        if ('operand' in v) return v.operand;
        return { tag: 'Move', place: local(b.temp(v.rvalue, b.tr.nodeType(r.e.hirId), r.e.span)) };
      }
      throw new Error(`MIR build: ${k.tag} is not a constant`);
    }
    case 'place': {
      const moved = moveOutOfBox(b, r);
      if (moved !== null) return moved;
      return placeOperand(b, asPlace(b, r), r.e.span);
    }
    case 'rvalue': {
      const rv = asRvalue(b, r);
      if (rv.tag === 'Use') return rv.operand;
      return { tag: 'Move', place: local(b.temp(rv, exprRefTy(b, r), r.e.span)) };
    }
    case 'into':
      return { tag: 'Move', place: local(asTemp(b, r)) };
  }
}

export function asRvalue(b: Builder, r: ExprRef): Rvalue {
  if (category(b, r) !== 'rvalue') return { tag: 'Use', operand: asOperand(b, r) };
  const span = r.e.span;
  const adj = lastAdjustment(b, r);
  if (adj) {
    const k = adj.kind;
    if (k.tag === 'Borrow') {
      const place = asPlace(b, inner(r));
      return k.kind === 'Ref' ? { tag: 'Ref', mutbl: k.mutbl, place } : { tag: 'RawPtr', mutbl: k.mutbl, place };
    }
    if (k.tag === 'Pointer') {
      const operand = asOperand(b, inner(r));
      const kind = k.cast === 'UnsafeFnPointer' ? 'Transmute' : k.cast;
      return { tag: 'Cast', kind, operand, ty: adj.target };
    }
    throw new Error('MIR build: adjustment is not an rvalue');
  }
  const e = r.e;
  const k = e.kind;
  const ty = b.tr.nodeType(e.hirId);
  switch (k.tag) {
    case 'Binary': {
      const op = BIN_OPS[k.op];
      if (op === null) throw new Error('MIR build: short-circuit operator as rvalue');
      const ov = overloadedBinary(b, e, k.lhs, k.rhs);
      if (ov) return ov;
      const lhs = asOperand(b, full(b, k.lhs));
      const rhs = asOperand(b, full(b, k.rhs));
      return buildBinaryOp(b, op, lhs, rhs, b.operandTy(lhs), span);
    }
    case 'Unary': {
      const ov = overloadedUnary(b, e, k.expr);
      if (ov) return ov;
      // `-128i8` is one negative literal (as rustc's THIR lowers it), not a checked negation.
      if (k.op === 'Neg' && k.expr.kind.tag === 'Lit' && !k.expr.kind.negated) {
        const v = k.expr.kind.lit.value.tag;
        if (v === 'Int' || v === 'Float') {
          return { tag: 'Use', operand: { tag: 'Constant', constant: literalConstant(b, k.expr.kind.lit, true, ty, span) } };
        }
      }
      const operand = asOperand(b, full(b, k.expr));
      if (k.op === 'Neg') return buildNeg(b, operand, ty, span);
      return { tag: 'UnaryOp', op: 'Not', operand };
    }
    case 'Cast': {
      if (b.tr.isCoercionCast(e.hirId)) return { tag: 'Use', operand: asOperand(b, full(b, k.expr)) };
      const src = full(b, k.expr);
      const srcTy = exprRefTy(b, src);
      const sk = tyKind(srcTy);
      if (sk.tag === 'Adt' && b.cx.adtDef(sk.def).kind === 'enum') {
        // `Enum::V as i32`: the discriminant, then an integer cast.
        const dty = discriminantTy(b.cx.adtDef(sk.def));
        const d = b.temp({ tag: 'Discriminant', place: asPlace(b, src) }, dty, span);
        return buildCast(b, { tag: 'Move', place: local(d) }, dty, ty, null, span);
      }
      const operand = asOperand(b, src);
      return buildCast(b, operand, exprRefTy(b, src), ty, (t) => fnDefSig(b, t), span);
    }
    case 'AddrOf': {
      const place = asPlace(b, full(b, k.expr));
      return k.raw ? { tag: 'RawPtr', mutbl: k.mutbl, place } : { tag: 'Ref', mutbl: k.mutbl, place };
    }
    case 'Tup':
      return { tag: 'Aggregate', kind: { tag: 'Tuple' }, operands: k.elems.map((x) => asOperand(b, full(b, x))) };
    case 'Array': {
      const tk = tyKind(ty);
      if (tk.tag !== 'Array') throw new Error('MIR build: array expression without array type');
      return { tag: 'Aggregate', kind: { tag: 'Array', elem: tk.elem }, operands: k.elems.map((x) => asOperand(b, full(b, x))) };
    }
    case 'Repeat': {
      const tk = tyKind(ty);
      if (tk.tag !== 'Array') throw new Error('MIR build: repeat expression without array type');
      return { tag: 'Repeat', operand: asOperand(b, full(b, k.elem)), count: tk.len };
    }
    case 'Struct': return structRvalue(b, e);
    case 'Path': {
      const v = pathValue(b, e);
      return 'rvalue' in v ? v.rvalue : { tag: 'Use', operand: v.operand };
    }
    case 'DropTemps': return asRvalue(b, full(b, k.expr));
    case 'Closure': return closureRvalue(b, e);
    default:
      return { tag: 'Use', operand: asOperand(b, bare(e)) };
  }
}

function fnDefSig(b: Builder, t: Ty) {
  const k = tyKind(t);
  if (k.tag !== 'FnDef') throw new Error('MIR build: not a fn item');
  return b.cx.fnSig(k.def);
}

/** `S { a: x, ..base }`: operands in field order, missing ones read from `base`. */
function structRvalue(b: Builder, e: Expr): Rvalue {
  if (e.kind.tag !== 'Struct') throw new Error('unreachable');
  const k = e.kind;
  const ty = b.tr.nodeType(e.hirId);
  const tk = tyKind(ty);
  if (tk.tag !== 'Adt') throw new Error('MIR build: struct expression of non-ADT type');
  const adt = b.cx.adtDef(tk.def);
  let variant = 0;
  if (adt.kind === 'enum') {
    const res = k.qpath.tag === 'Resolved' ? k.qpath.path.res : null;
    const tdd = b.tr.typeDependentDef(e.hirId);
    const vdef = tdd ? tdd.def : res && res.tag === 'Def' ? res.def : null;
    if (vdef === null) throw new Error('MIR build: enum struct expression without a variant');
    variant = variantIndex(b.cx, tk.def, vdef);
  }
  const fieldTys = adtFieldTys(b.cx, tk.def, tk.args, variant);
  const ops: (Operand | undefined)[] = new Array(fieldTys.length);
  let active: number | null = null;
  for (const f of k.fields) {
    const i = b.tr.fieldIndex(f.hirId);
    ops[i] = asOperand(b, full(b, f.expr));
    active = i;
  }
  if (adt.kind === 'union') {
    if (active === null) throw new Error('MIR build: union expression without a field');
    return { tag: 'Aggregate', kind: { tag: 'Adt', def: tk.def, variant: 0, args: tk.args, activeField: active }, operands: [ops[active]!] };
  }
  if (k.base) {
    const base = asPlace(b, full(b, k.base));
    for (let i = 0; i < ops.length; i++) {
      if (ops[i] === undefined) ops[i] = b.operandFromPlace(project(base, { tag: 'Field', index: i, ty: fieldTys[i]! }));
    }
  }
  if (ops.some((o) => o === undefined)) throw new Error('MIR build: struct expression misses fields');
  return { tag: 'Aggregate', kind: { tag: 'Adt', def: tk.def, variant, args: tk.args, activeField: null }, operands: ops as Operand[] };
}
