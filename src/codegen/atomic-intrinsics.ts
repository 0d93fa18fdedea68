// rustc's atomic intrinsics (`atomic_load_acquire`, `atomic_cxchg_seqcst_relaxed`,
// `atomic_xadd_release`, `atomic_fence_seqcst`...): the operation and its orderings are in the
// name, as in rustc 1.63's core::intrinsics. Every access is to a scalar of a power-of-two
// size, aligned to its size (as rustc aligns atomics); pointers go through an integer of the
// same width because LLVM 14's `atomicrmw` takes integers only.
import type { Span } from '../diagnostics/span.ts';
import { CodegenError } from './context.ts';
import type { FnCx } from './fn-cx.ts';
import type { AtomicOrdering, AtomicRmwOp } from './llvm-ir/function-builder.ts';
import { intTy, ptrTo, T, type LType } from './llvm-ir/types.ts';
import type { Value } from './llvm-ir/value.ts';
import { immTy } from './llvm-types.ts';
import { immOf, type OperandRef } from './operand.ts';
import { derefOperand, pointeeOf } from './place.ts';
import { pairOperand } from './rvalue.ts';
import type { Ty } from '../ty/ty.ts';

export interface AtomicCall {
  readonly fx: FnCx;
  readonly args: readonly OperandRef[];
  readonly destTy: Ty;
  readonly span: Span;
}

type AtomicResult = OperandRef | Value | null;

const ORDERINGS: Record<string, AtomicOrdering> = {
  unordered: 'unordered',
  relaxed: 'monotonic',
  acquire: 'acquire',
  release: 'release',
  acqrel: 'acq_rel',
  seqcst: 'seq_cst',
};

const RMW_OPS: Record<string, AtomicRmwOp> = {
  xchg: 'xchg',
  xadd: 'add',
  xsub: 'sub',
  and: 'and',
  nand: 'nand',
  or: 'or',
  xor: 'xor',
  max: 'max',
  min: 'min',
  umax: 'umax',
  umin: 'umin',
};

/** The memory an atomic intrinsic's first argument points to, seen as `iN*`. */
interface AtomicPlace {
  readonly ptr: Value;
  readonly align: number;
  /** The Rust value's own LLVM type (a pointer type for AtomicPtr). */
  readonly valTy: LType;
  readonly intTy: LType;
}

function atomicPlace(c: AtomicCall): AtomicPlace {
  const arg = c.args[0]!;
  const p = derefOperand(c.fx, arg, pointeeOf(arg.ty));
  const l = p.layout;
  if (l.abi.tag !== 'Scalar' || ![1, 2, 4, 8, 16].includes(l.size)) {
    throw new CodegenError('atomic operations need an integer or thin pointer type', c.span);
  }
  const valTy = immTy(c.fx.cx, l.abi.scalar);
  if (valTy.kind === 'float') throw new CodegenError('atomic operations on floats are not supported', c.span);
  const it = intTy(l.size * 8);
  return { ptr: c.fx.b.bitcast(p.ptr, ptrTo(it)), align: l.size, valTy, intTy: it };
}

function toInt(c: AtomicCall, p: AtomicPlace, v: Value): Value {
  if (v.ty === p.intTy) return v;
  if (v.ty.kind === 'ptr') return c.fx.b.cast('ptrtoint', v, p.intTy);
  if (v.ty === T.i1) return c.fx.b.cast('zext', v, p.intTy);
  return c.fx.b.intCast(v, p.intTy, false);
}

function fromInt(c: AtomicCall, p: AtomicPlace, v: Value): Value {
  if (p.valTy === p.intTy) return v;
  if (p.valTy.kind === 'ptr') return c.fx.b.cast('inttoptr', v, p.valTy);
  if (p.valTy === T.i1) return c.fx.b.cast('trunc', v, T.i1);
  return c.fx.b.intCast(v, p.valTy, false);
}

function ordering(s: string | undefined, c: AtomicCall): AtomicOrdering {
  const o = s === undefined ? undefined : ORDERINGS[s];
  if (o === undefined) throw new CodegenError(`unknown atomic ordering \`${s ?? ''}\``, c.span);
  return o;
}

type AtomicHandler = (c: AtomicCall) => AtomicResult;

/** The handler for an `atomic_*` intrinsic name, or null when the name is not one. */
export function atomicHandler(name: string): AtomicHandler | null {
  if (!name.startsWith('atomic_')) return null;
  const parts = name.slice('atomic_'.length).split('_');
  const op = parts[0]!;
  switch (op) {
    case 'load':
      return (c) => {
        const p = atomicPlace(c);
        return fromInt(c, p, c.fx.b.atomicLoad(p.ptr, p.align, ordering(parts[1], c)));
      };
    case 'store':
      return (c) => {
        const p = atomicPlace(c);
        c.fx.b.atomicStore(toInt(c, p, immOf(c.args[1]!)), p.ptr, p.align, ordering(parts[1], c));
        return null;
      };
    case 'cxchg':
    case 'cxchgweak':
      return (c) => {
        const p = atomicPlace(c);
        const r = c.fx.b.cmpxchg(p.ptr, toInt(c, p, immOf(c.args[1]!)), toInt(c, p, immOf(c.args[2]!)), ordering(parts[1], c), ordering(parts[2], c), { weak: op === 'cxchgweak' });
        const old = fromInt(c, p, c.fx.b.extractValue(r, 0));
        return pairOperand(c.fx, c.destTy, old, c.fx.b.extractValue(r, 1));
      };
    case 'fence':
    case 'singlethreadfence':
      return (c) => {
        c.fx.b.fence(ordering(parts[1], c), { singleThread: op === 'singlethreadfence' });
        return null;
      };
    default: {
      const rmw = RMW_OPS[op];
      if (rmw === undefined) return null;
      return (c) => {
        const p = atomicPlace(c);
        return fromInt(c, p, c.fx.b.atomicRmw(rmw, p.ptr, toInt(c, p, immOf(c.args[1]!)), ordering(parts[1], c)));
      };
    }
  }
}
