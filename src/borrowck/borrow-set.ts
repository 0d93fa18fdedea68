import type { Span } from '../diagnostics/span.ts';
import type { BasicBlock, Body, Local, Operand, Place } from '../mir/mir.ts';
import { projectTy } from '../mir/tys.ts';
import { successors } from '../mir/build/simplify.ts';
import { tyKind } from '../ty/interner.ts';
import type { Mutbl } from '../ty/ty.ts';

// The loans of a body (rustc's BorrowSet): every `_t = &place` / `_t = &mut place` whose
// place is not reached through a shared reference or a raw pointer (data behind those is
// not owned here, so nothing done to this body's places can invalidate it).

export interface Loan {
  readonly index: number;
  readonly place: Place;
  readonly mutbl: Mutbl;
  /** The local the reference is assigned to (first holder of the loan). */
  readonly holder: Local;
  readonly block: BasicBlock;
  readonly stmt: number;
  readonly span: Span;
  /**
   * A two-phase borrow (rustc's autoref `&mut` of a method receiver, `v.push(v.len())`): a
   * `&mut` into a temporary read again in the same block. Until that read (its activation)
   * it only conflicts as a shared borrow would.
   */
  readonly activation: {
    readonly block: BasicBlock;
    readonly stmt: number;
    readonly span: Span;
    /** The points from the reservation to the activation (inclusive). */
    readonly reserved: readonly PointRange[];
  } | null;
}

export interface BorrowSet {
  readonly loans: readonly Loan[];
  /** Loan created by the statement at `block:stmt`. */
  readonly createdAt: ReadonlyMap<string, number>;
  /** Two-phase loans activated at `block:stmt`. */
  readonly activatedAt: ReadonlyMap<string, readonly number[]>;
}

export function pointKey(block: BasicBlock, stmt: number): string {
  return `${block}:${stmt}`;
}

/** Whether a borrow of `place` is ignored: it goes through `*r` of a shared reference or raw pointer. */
function ignoredBorrow(body: Body, place: Place): boolean {
  let ty = body.locals[place.local]!.ty;
  for (const e of place.projection) {
    if (e.tag === 'Deref') {
      const k = tyKind(ty);
      if (k.tag === 'RawPtr' || (k.tag === 'Ref' && k.mutbl === 'not')) return true;
    }
    ty = projectTy(ty, e);
  }
  return false;
}

function readsLocal(op: Operand, l: Local): boolean {
  return op.tag !== 'Constant' && op.place.local === l;
}

/** Statement indices `from..=to` of `block` (the terminator is the statement count). */
export interface PointRange {
  readonly block: BasicBlock;
  readonly from: number;
  readonly to: number;
}

/** The statements of a body that read `l` (operands, borrowed or inspected places, call arguments). */
function readsAt(body: Body, bb: BasicBlock, i: number, l: Local): boolean {
  const b = body.blocks[bb]!;
  const s = b.statements[i];
  if (s) {
    if (s.tag !== 'Assign') return false;
    const rv = s.rvalue;
    const ops: Operand[] = rv.tag === 'Use' || rv.tag === 'Cast' || rv.tag === 'Repeat' || rv.tag === 'UnaryOp' ? [rv.operand]
      : rv.tag === 'BinaryOp' || rv.tag === 'CheckedBinaryOp' ? [rv.lhs, rv.rhs]
      : rv.tag === 'Aggregate' ? [...rv.operands] : [];
    if (ops.some((o) => readsLocal(o, l))) return true;
    return (rv.tag === 'Ref' || rv.tag === 'RawPtr' || rv.tag === 'Len' || rv.tag === 'Discriminant' || rv.tag === 'CopyForDeref') && rv.place.local === l;
  }
  const t = b.terminator;
  return t.tag === 'Call' && t.args.some((a) => readsLocal(a, l));
}

function writesWhole(body: Body, bb: BasicBlock, i: number, l: Local): boolean {
  const b = body.blocks[bb]!;
  const s = b.statements[i];
  if (s) return (s.tag === 'Assign' && s.place.projection.length === 0 && s.place.local === l) || (s.tag === 'StorageDead' && s.local === l);
  const t = b.terminator;
  return t.tag === 'Call' && t.destination.projection.length === 0 && t.destination.local === l;
}

/**
 * The first read of the temporary `l` after `bb:from` (its activation, for a two-phase
 * borrow: a method call's receiver is read when the call runs, after the other arguments,
 * which may be calls of their own in later blocks), and the points in between.
 */
function firstUse(body: Body, bb0: BasicBlock, from: number, l: Local): { block: BasicBlock; stmt: number; span: Span; between: PointRange[] } | null {
  const between: PointRange[] = [];
  const seen = new Set<BasicBlock>();
  const queue: { bb: BasicBlock; from: number }[] = [{ bb: bb0, from }];
  while (queue.length > 0) {
    const { bb, from: start } = queue.shift()!;
    const b = body.blocks[bb]!;
    const n = b.statements.length;
    let done = false;
    for (let i = start; i <= n; i++) {
      if (readsAt(body, bb, i, l)) {
        between.push({ block: bb, from: start, to: i });
        return { block: bb, stmt: i, span: i < n ? b.statements[i]!.span : b.terminator.span, between };
      }
      if (writesWhole(body, bb, i, l)) {
        done = true;
        break;
      }
    }
    if (done) continue;
    between.push({ block: bb, from: start, to: n });
    for (const s of successors(b.terminator)) {
      if (seen.has(s)) continue;
      seen.add(s);
      queue.push({ bb: s, from: 0 });
    }
    if (seen.size > 64) return null;
  }
  return null;
}

export function gatherBorrows(body: Body): BorrowSet {
  const loans: Loan[] = [];
  const createdAt = new Map<string, number>();
  const activatedAt = new Map<string, number[]>();
  body.blocks.forEach((b, bb) => {
    b.statements.forEach((s, i) => {
      if (s.tag !== 'Assign' || s.rvalue.tag !== 'Ref') return;
      const place = s.rvalue.place;
      if (ignoredBorrow(body, place)) return;
      const holder = s.place.local;
      const temp = s.place.projection.length === 0 && body.locals[holder]!.binding === undefined;
      const use = s.rvalue.mutbl === 'mut' && temp ? firstUse(body, bb, i + 1, holder) : null;
      const activation = use !== null ? { block: use.block, stmt: use.stmt, span: use.span, reserved: use.between } : null;
      const index = loans.length;
      loans.push({ index, place, mutbl: s.rvalue.mutbl, holder, block: bb, stmt: i, span: s.span, activation });
      createdAt.set(pointKey(bb, i), index);
      if (activation !== null) {
        const k = pointKey(activation.block, activation.stmt);
        (activatedAt.get(k) ?? activatedAt.set(k, []).get(k)!).push(index);
      }
    });
  });
  return { loans, createdAt, activatedAt };
}
