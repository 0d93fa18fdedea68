import type { Span } from '../../diagnostics/span.ts';
import type { BinOpKind, Block, Expr } from '../../hir/expr.ts';
import type { HirId } from '../../hir/ids.ts';
import { mkTy, tyKind, tys } from '../../ty/interner.ts';
import type { Ty } from '../../ty/ty.ts';
import type { Operand, Place } from '../mir.ts';
import { local, type BreakableScope, type Builder } from './builder.ts';
import { variantIndex } from './adt.ts';
import { lowerInlineAsm } from './asm.ts';
import { boolConst, fnItemTy } from './constant.ts';
import { asOperand, asPlace, asRvalue, moveOutOfBox } from './expr.ts';
import { category, exprRefTy, full, inner, lastAdjustment, type ExprRef } from './expr-ref.ts';
import { lowerMatch } from './matches.ts';
import { BIN_OPS, buildBinaryOp } from './ops.ts';
import { callMethod } from './overloaded.ts';
import { overloadedCallInto } from './closure.ts';
import { pathTarget } from './path.ts';
import { lowerStmt } from './stmt.ts';
import { dropPlace, exitDropScopes, inDropScope, popDropScope, pushDropScope } from './scope.ts';

/**
 * Evaluates `r` and stores its value in `dest` (null: the value is not needed, only the
 * effects). Control-flow expressions are built here (rustc's `expr_into_dest`).
 */
export function exprInto(b: Builder, dest: Place | null, r: ExprRef): void {
  const cat = category(b, r);
  const span = r.e.span;
  if (cat !== 'into') {
    if (dest !== null && cat === 'place') {
      // Read straight into the destination: nothing runs between the read and the write.
      b.assign(dest, { tag: 'Use', operand: moveOutOfBox(b, r) ?? b.operandFromPlace(asPlace(b, r)) }, span);
    } else if (dest !== null) b.assign(dest, asRvalue(b, r), span);
    else if (cat === 'place') {
      // `x;` still reads `x` for borrowck (rustc's PlaceMention) and runs bounds checks.
      b.push({ tag: 'FakeRead', place: asPlace(b, r), span });
    } else if (cat === 'rvalue') {
      // Evaluated into a temporary, like rustc, so its reads are seen by borrowck.
      const t = b.newTemp(exprRefTy(b, r), span);
      b.assign(local(t), asRvalue(b, r), span);
    }
    return;
  }
  const adj = lastAdjustment(b, r);
  if (adj) {
    // NeverToAny: the value diverges; whatever follows is unreachable.
    exprInto(b, null, inner(r));
    b.diverge({ tag: 'Unreachable', span });
    return;
  }
  const e = r.e;
  const k = e.kind;
  switch (k.tag) {
    case 'Binary': return shortCircuitInto(b, dest, e, k.op === '&&', k.lhs, k.rhs);
    case 'Call': return callInto(b, dest, e, k.func, k.args);
    case 'MethodCall': {
      const m = b.tr.typeDependentDef(e.hirId);
      if (!m) throw new Error('MIR build: method call without a resolved method');
      const args = [asOperand(b, full(b, k.receiver)), ...k.args.map((a) => asOperand(b, full(b, a)))];
      // The call's span starts at the method name (rustc's fn_span): `#[track_caller]`
      // methods like `unwrap` report that column.
      const callSpan = { lo: k.seg.ident.span.lo, hi: e.span.hi, ctxt: e.span.ctxt };
      return finishCall(b, dest, e, { tag: 'Constant', constant: { ty: fnItemTy(m.def, m.args), value: { tag: 'ZeroSized' }, span: k.seg.ident.span } }, args, callSpan);
    }
    case 'If': return ifInto(b, dest, e, k.cond, k.then, k.els);
    case 'Loop': return loopInto(b, dest, e, k.body);
    case 'Match': return lowerMatch(b, dest, e, k.scrutinee, k.arms);
    case 'Block': {
      if (k.label === null) return blockInto(b, dest, k.block, b.tr.nodeType(e.hirId));
      const exit = b.newBlock();
      b.scopes.push({ ids: [e.hirId, k.block.hirId], breakBlock: exit, continueBlock: null, dest, dropDepth: b.dropScopes.length });
      blockInto(b, dest, k.block, b.tr.nodeType(e.hirId));
      b.scopes.pop();
      b.goto(exit, span);
      b.cur = exit;
      return;
    }
    case 'Assign': {
      const rv = asRvalue(b, full(b, k.rhs));
      const place = asPlace(b, full(b, k.lhs));
      // The old value is dropped right before the new one is written (elaboration skips
      // the drop where the place is not initialized).
      if (b.mayNeedDrop(b.placeTy(place))) dropPlace(b, place, span);
      b.assign(place, rv, span);
      b.assignUnit(dest, span);
      return;
    }
    case 'AssignOp': {
      assignOpInto(b, e, k.op, k.lhs, k.rhs);
      b.assignUnit(dest, span);
      return;
    }
    case 'Break': {
      const scope = findScope(b, k.dest.target);
      if (k.expr) exprInto(b, scope.dest, full(b, k.expr));
      else if (scope.dest && b.placeTy(scope.dest) === tys.unit) b.assignUnit(scope.dest, span);
      exitDropScopes(b, scope.dropDepth, span);
      b.diverge({ tag: 'Goto', target: scope.breakBlock, span });
      return;
    }
    case 'Continue': {
      const scope = findScope(b, k.dest.target);
      if (scope.continueBlock === null) throw new Error('MIR build: `continue` to a block');
      exitDropScopes(b, scope.dropDepth, span);
      b.diverge({ tag: 'Goto', target: scope.continueBlock, span });
      return;
    }
    case 'Ret': {
      if (k.expr) exprInto(b, local(0), full(b, k.expr));
      else b.assignUnit(local(0), span);
      exitDropScopes(b, 0, span);
      b.diverge({ tag: 'Return', span });
      return;
    }
    case 'InlineAsm': {
      lowerInlineAsm(b, k.asm, span);
      if (dest && b.placeTy(dest) === tys.unit) b.assignUnit(dest, span);
      return;
    }
    case 'DropTemps': return inDropScope(b, true, span, () => exprInto(b, dest, full(b, k.expr)));
    default: throw new Error(`MIR build: ${k.tag} is not an into-expression`);
  }
}


function findScope(b: Builder, target: HirId | null): BreakableScope {
  for (let i = b.scopes.length - 1; i >= 0; i--) {
    const s = b.scopes[i]!;
    if (target === null ? s.continueBlock !== null : s.ids.includes(target)) return s;
  }
  throw new Error('MIR build: `break`/`continue` target not found');
}

function shortCircuitInto(b: Builder, dest: Place | null, e: Expr, isAnd: boolean, lhs: Expr, rhs: Expr): void {
  const l = asOperand(b, full(b, lhs));
  const rhsBlock = b.newBlock();
  const shortBlock = b.newBlock();
  const join = b.newBlock();
  b.terminate({
    tag: 'SwitchInt', discr: l, span: e.span,
    targets: { values: [0n], targets: [isAnd ? shortBlock : rhsBlock], otherwise: isAnd ? rhsBlock : shortBlock },
  });
  b.cur = shortBlock;
  if (dest) b.assign(dest, { tag: 'Use', operand: boolConst(!isAnd, e.span) }, e.span);
  b.goto(join, e.span);
  b.cur = rhsBlock;
  exprInto(b, dest, full(b, rhs));
  b.goto(join, e.span);
  b.cur = join;
}

function ifInto(b: Builder, dest: Place | null, e: Expr, cond: Expr, then: Expr, els: Expr | null): void {
  // The condition's temporaries are dropped before either branch runs.
  const c = inDropScope(b, true, cond.span, () => {
    const op = asOperand(b, full(b, cond));
    return op.tag === 'Move' ? { tag: 'Copy' as const, place: op.place } : op;
  });
  const thenBlock = b.newBlock();
  const elseBlock = b.newBlock();
  const join = b.newBlock();
  b.terminate({ tag: 'SwitchInt', discr: c, span: e.span, targets: { values: [0n], targets: [elseBlock], otherwise: thenBlock } });
  b.cur = thenBlock;
  inDropScope(b, true, then.span, () => exprInto(b, dest, full(b, then)));
  b.goto(join, e.span);
  b.cur = elseBlock;
  if (els) inDropScope(b, true, els.span, () => exprInto(b, dest, full(b, els)));
  else b.assignUnit(dest, e.span);
  b.goto(join, e.span);
  b.cur = join;
}

function loopInto(b: Builder, dest: Place | null, e: Expr, body: Block): void {
  const head = b.newBlock();
  b.goto(head, e.span);
  b.cur = head;
  const exit = b.newBlock();
  b.scopes.push({ ids: [e.hirId, body.hirId], breakBlock: exit, continueBlock: head, dest, dropDepth: b.dropScopes.length });
  // Each iteration's temporaries and variables are dropped before the next one.
  inDropScope(b, true, body.span, () => blockInto(b, null, body, tys.unit));
  b.scopes.pop();
  b.goto(head, e.span);
  b.cur = exit;
}

/** Statements, then the tail expression into `dest`. */
export function blockInto(b: Builder, dest: Place | null, block: Block, ty: Ty): void {
  pushDropScope(b, false);
  blockBodyInto(b, dest, block, ty);
  popDropScope(b, block.span);
}

function blockBodyInto(b: Builder, dest: Place | null, block: Block, ty: Ty): void {
  for (const s of block.stmts) lowerStmt(b, s);
  if (block.expr) {
    exprInto(b, dest, full(b, block.expr));
  } else if (tyKind(ty).tag === 'Never') {
    // No tail and type `!`: the last statement diverged, so this point is unreachable.
    b.diverge({ tag: 'Unreachable', span: block.span });
  } else {
    b.assignUnit(dest, block.span);
  }
}

function callInto(b: Builder, dest: Place | null, e: Expr, func: Expr, args: readonly Expr[]): void {
  const oc = b.tr.overloadedCall(e.hirId);
  if (oc) return overloadedCallInto(b, dest, e, func, args, oc);
  // Tuple-struct and tuple-variant constructors build the aggregate directly.
  if (func.kind.tag === 'Path' && b.tr.adjustments(func.hirId).length === 0) {
    const t = pathTarget(b, func);
    const ty = b.tr.nodeType(e.hirId);
    const tk = tyKind(ty);
    if ((t.tag === 'SelfCtor' || (t.tag === 'Def' && t.kind === 'Ctor')) && tk.tag === 'Adt') {
      const variant = t.tag === 'Def' ? variantIndex(b.cx, tk.def, t.def) : 0;
      const operands = args.map((a) => asOperand(b, full(b, a)));
      const rv = { tag: 'Aggregate' as const, kind: { tag: 'Adt' as const, def: tk.def, variant, args: tk.args, activeField: null }, operands };
      if (dest) b.assign(dest, rv, e.span);
      return;
    }
  }
  const f = asOperand(b, full(b, func));
  const ops = args.map((a) => asOperand(b, full(b, a)));
  finishCall(b, dest, e, f, ops);
}

function finishCall(b: Builder, dest: Place | null, e: Expr, func: Operand, args: Operand[], span: Span = e.span): void {
  const ty = b.tr.nodeType(e.hirId);
  const diverges = tyKind(ty).tag === 'Never';
  const destination = dest ?? local(b.newTemp(ty, e.span));
  if (diverges) {
    b.diverge({ tag: 'Call', func, args, destination, target: null, span });
    return;
  }
  const next = b.newBlock();
  b.terminate({ tag: 'Call', func, args, destination, target: next, span });
  b.cur = next;
}

/** `lhs op= rhs`: the right side first, then the place, then the (checked) operation. */
function assignOpInto(b: Builder, e: Expr, op: BinOpKind, lhs: Expr, rhs: Expr): void {
  const m = b.tr.typeDependentDef(e.hirId);
  if (m) {
    const r = asOperand(b, full(b, rhs));
    const place = asPlace(b, full(b, lhs));
    const refTy = mkTy({ tag: 'Ref', mutbl: 'mut', pointee: b.placeTy(place) });
    const recv = b.temp({ tag: 'Ref', mutbl: 'mut', place }, refTy, lhs.span);
    callMethod(b, m, [{ tag: 'Move', place: local(recv) }, r], tys.unit, e.span);
    return;
  }
  const binop = BIN_OPS[op];
  if (binop === null) throw new Error('MIR build: invalid compound assignment operator');
  const r = asOperand(b, full(b, rhs));
  const place = asPlace(b, full(b, lhs));
  const cur: Operand = { tag: 'Copy', place };
  const rv = buildBinaryOp(b, binop, cur, r, b.placeTy(place), e.span);
  b.assign(place, rv, e.span);
}
