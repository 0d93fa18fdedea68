// What each MIR statement and terminator does to locals, for the lints that reason about
// variables (liveness, unused_mut): reads, whole writes (defs) and partial writes.
import type { BasicBlockData, Local, Operand, Place, Rvalue } from '../mir/mir.ts';

export interface LocalEffects {
  /** Locals read (operands, borrows, pointers dereferenced by a write, index locals). */
  readonly reads: Local[];
  /** Places written, whole or partly. */
  readonly writes: Place[];
  /** Places borrowed mutably or by `&raw mut`. */
  readonly mutBorrows: Place[];
}

function placeReads(p: Place, reads: Local[]): void {
  reads.push(p.local);
  for (const e of p.projection) if (e.tag === 'Index') reads.push(e.local);
}

/** A write of `p` reads the locals its projection needs: index locals, a dereferenced pointer. */
function writeReads(p: Place, reads: Local[]): void {
  for (const e of p.projection) {
    if (e.tag === 'Index') reads.push(e.local);
    if (e.tag === 'Deref') reads.push(p.local);
  }
}

function operand(o: Operand, reads: Local[]): void {
  if (o.tag !== 'Constant') placeReads(o.place, reads);
}

function rvalue(rv: Rvalue, fx: { reads: Local[]; mutBorrows: Place[] }): void {
  switch (rv.tag) {
    case 'Use': case 'Repeat': case 'Cast': case 'UnaryOp': operand(rv.operand, fx.reads); return;
    case 'BinaryOp': case 'CheckedBinaryOp': operand(rv.lhs, fx.reads); operand(rv.rhs, fx.reads); return;
    case 'Aggregate': for (const o of rv.operands) operand(o, fx.reads); return;
    case 'Ref': case 'RawPtr':
      placeReads(rv.place, fx.reads);
      if (rv.mutbl === 'mut') fx.mutBorrows.push(rv.place);
      return;
    case 'Len': case 'Discriminant': case 'CopyForDeref': placeReads(rv.place, fx.reads); return;
    case 'NullaryOp': return;
  }
}

/** Effects of statement `i` of `block` (`i` = statement count: the terminator). */
export function effectsAt(block: BasicBlockData, i: number): LocalEffects {
  const fx = { reads: [] as Local[], writes: [] as Place[], mutBorrows: [] as Place[] };
  const s = block.statements[i];
  if (s) {
    switch (s.tag) {
      case 'Assign':
        rvalue(s.rvalue, fx);
        writeReads(s.place, fx.reads);
        fx.writes.push(s.place);
        break;
      case 'SetDiscriminant': writeReads(s.place, fx.reads); fx.writes.push(s.place); break;
      case 'FakeRead': placeReads(s.place, fx.reads); break;
      default: break;
    }
    return fx;
  }
  const t = block.terminator;
  switch (t.tag) {
    case 'SwitchInt': operand(t.discr, fx.reads); break;
    case 'Assert':
      operand(t.cond, fx.reads);
      break;
    case 'Call':
      operand(t.func, fx.reads);
      for (const a of t.args) operand(a, fx.reads);
      writeReads(t.destination, fx.reads);
      fx.writes.push(t.destination);
      break;
    case 'InlineAsm':
      for (const o of t.operands) {
        if (o.tag === 'In') operand(o.value, fx.reads);
        else if (o.tag === 'InOut') {
          operand(o.inValue, fx.reads);
          if (o.outPlace) {
            writeReads(o.outPlace, fx.reads);
            fx.writes.push(o.outPlace);
          }
        } else if (o.tag === 'Out' && o.place) {
          writeReads(o.place, fx.reads);
          fx.writes.push(o.place);
        }
      }
      break;
    default: break;
  }
  return fx;
}

/** Whether writing `p` changes the local's own storage (no dereference on the way). */
export function writesLocalStorage(p: Place): boolean {
  return !p.projection.some((e) => e.tag === 'Deref');
}
