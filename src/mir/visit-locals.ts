import type { BasicBlock, Body, Local, Operand, Place, Rvalue, Statement, Terminator } from './mir.ts';

// Every mention of a local in a body with how it is used (rustc's `PlaceContext`), for
// passes that classify locals by their uses (constant promotion).

export type MutatingUse = 'Store' | 'Call' | 'AsmOutput' | 'SetDiscriminant' | 'Drop' | 'Borrow' | 'RawBorrow' | 'Projection';
export type NonMutatingUse = 'Copy' | 'Move' | 'Inspect' | 'SharedBorrow' | 'RawBorrow' | 'Projection';

export type PlaceContext =
  | { readonly tag: 'Mutating'; readonly use: MutatingUse }
  | { readonly tag: 'NonMutating'; readonly use: NonMutatingUse }
  /** StorageLive/StorageDead: not a use of the value. */
  | { readonly tag: 'NonUse' };

/** A statement (`index` < statement count) or the terminator (`index` = statement count). */
export interface Location {
  readonly block: BasicBlock;
  readonly index: number;
}

export type LocalVisitor = (local: Local, cx: PlaceContext, loc: Location) => void;

const mut = (use: MutatingUse): PlaceContext => ({ tag: 'Mutating', use });
const nonMut = (use: NonMutatingUse): PlaceContext => ({ tag: 'NonMutating', use });

/**
 * A place with projections uses its local as a `Projection` of the same mutability (so
 * `_1.0 = x` is not a store to `_1`); index locals are copied.
 */
export function visitPlace(p: Place, cx: PlaceContext, loc: Location, f: LocalVisitor): void {
  let baseCx = cx;
  if (p.projection.length > 0 && cx.tag !== 'NonUse') baseCx = cx.tag === 'Mutating' ? mut('Projection') : nonMut('Projection');
  f(p.local, baseCx, loc);
  for (const e of p.projection) if (e.tag === 'Index') f(e.local, nonMut('Copy'), loc);
}

export function visitOperand(o: Operand, loc: Location, f: LocalVisitor): void {
  if (o.tag === 'Copy') visitPlace(o.place, nonMut('Copy'), loc, f);
  else if (o.tag === 'Move') visitPlace(o.place, nonMut('Move'), loc, f);
}

export function visitRvalue(rv: Rvalue, loc: Location, f: LocalVisitor): void {
  switch (rv.tag) {
    case 'Use': case 'Repeat': case 'Cast': case 'UnaryOp': visitOperand(rv.operand, loc, f); break;
    case 'BinaryOp': case 'CheckedBinaryOp': visitOperand(rv.lhs, loc, f); visitOperand(rv.rhs, loc, f); break;
    case 'Aggregate': for (const o of rv.operands) visitOperand(o, loc, f); break;
    case 'Ref': visitPlace(rv.place, rv.mutbl === 'mut' ? mut('Borrow') : nonMut('SharedBorrow'), loc, f); break;
    case 'RawPtr': visitPlace(rv.place, rv.mutbl === 'mut' ? mut('RawBorrow') : nonMut('RawBorrow'), loc, f); break;
    case 'Len': case 'Discriminant': visitPlace(rv.place, nonMut('Inspect'), loc, f); break;
    case 'CopyForDeref': visitPlace(rv.place, nonMut('Copy'), loc, f); break;
    case 'NullaryOp': break;
  }
}

export function visitStatement(s: Statement, loc: Location, f: LocalVisitor): void {
  switch (s.tag) {
    case 'Assign':
      visitPlace(s.place, mut('Store'), loc, f);
      visitRvalue(s.rvalue, loc, f);
      break;
    case 'StorageLive': case 'StorageDead': f(s.local, { tag: 'NonUse' }, loc); break;
    case 'SetDiscriminant': visitPlace(s.place, mut('SetDiscriminant'), loc, f); break;
    case 'FakeRead': visitPlace(s.place, nonMut('Inspect'), loc, f); break;
    case 'Nop': break;
  }
}

export function visitTerminator(t: Terminator, loc: Location, f: LocalVisitor): void {
  switch (t.tag) {
    case 'SwitchInt': visitOperand(t.discr, loc, f); break;
    case 'Drop': visitPlace(t.place, mut('Drop'), loc, f); break;
    case 'Call':
      visitOperand(t.func, loc, f);
      for (const a of t.args) visitOperand(a, loc, f);
      visitPlace(t.destination, mut('Call'), loc, f);
      break;
    case 'Assert': {
      visitOperand(t.cond, loc, f);
      const m = t.msg;
      const ops = m.tag === 'BoundsCheck' ? [m.len, m.index]
        : m.tag === 'Overflow' ? [m.lhs, m.rhs]
        : m.tag === 'MisalignedPointerDereference' ? [m.required, m.found]
        : [m.operand];
      for (const o of ops) visitOperand(o, loc, f);
      break;
    }
    case 'InlineAsm':
      for (const o of t.operands) {
        if (o.tag === 'In') visitOperand(o.value, loc, f);
        else if (o.tag === 'Out' && o.place) visitPlace(o.place, mut('AsmOutput'), loc, f);
        else if (o.tag === 'InOut') {
          visitOperand(o.inValue, loc, f);
          if (o.outPlace) visitPlace(o.outPlace, mut('AsmOutput'), loc, f);
        }
      }
      break;
    case 'Goto': case 'Return': case 'Unreachable': break;
  }
}

/** All local mentions of block `bb`, statements first, then the terminator. */
export function visitBlock(body: Body, bb: BasicBlock, f: LocalVisitor): void {
  const data = body.blocks[bb]!;
  data.statements.forEach((s, index) => visitStatement(s, { block: bb, index }, f));
  visitTerminator(data.terminator, { block: bb, index: data.statements.length }, f);
}
