// Per-body closure bookkeeping of typeck (kept beside FnCtxt): the closures checked so far,
// the Fn-family bounds pending on inference variables (what a closure's signature is
// deduced from), and the calls whose Fn trait is settled once closure kinds are known.
import type { Span } from '../diagnostics/span.ts';
import type { Expr } from '../hir/expr.ts';
import type { HirId } from '../hir/ids.ts';
import type { Body } from '../hir/item.ts';
import type { ClosureKind } from '../ty/closure.ts';
import type { DefId } from '../ty/def-id.ts';
import type { Ty } from '../ty/ty.ts';
import type { FnCtxt } from './fn-ctxt.ts';

export interface ClosureRecord {
  readonly def: DefId;
  readonly expr: Expr;
  readonly body: Body;
  readonly captureBy: 'ref' | 'move';
  readonly ty: Ty;
  readonly kindTy: Ty;
  readonly upvarsTy: Ty;
  /** The Fn bound the closure was passed for (it fixes the closure's kind), if any. */
  readonly expectedFrom: FnObligation | null;
}

/** `self: Fn*(inputs) -> output` still to hold (from a generic item's bounds or an opaque type). */
export interface FnObligation {
  readonly self: Ty;
  readonly kind: ClosureKind;
  /** The argument tuple type. */
  readonly args: Ty;
  readonly output: Ty | null;
  readonly span: Span;
  /** The bound as written (for E0525's "the requirement ... introduced here" note). */
  readonly boundSpan: Span | null;
  /** The generic item whose bound this is, and the path that instantiated it. */
  readonly item: DefId | null;
  readonly pathId: HirId | null;
  /** The bounded type as the item declares it (`F`), to find the parameter of that type. */
  readonly paramTy: Ty | null;
}

/** A call `f(args)` of a value whose type implements a Fn trait. */
export interface PendingCall {
  readonly callId: HirId;
  readonly selfTy: Ty;
  readonly argsTy: Ty;
  readonly derefs: number;
  /** Null while the callee is a closure whose kind is not known yet. */
  readonly kind: ClosureKind | null;
}

export interface ClosureState {
  readonly closures: ClosureRecord[];
  readonly fnObligations: FnObligation[];
  readonly calls: PendingCall[];
}

const states = new WeakMap<FnCtxt, ClosureState>();

export function closureState(fcx: FnCtxt): ClosureState {
  let s = states.get(fcx);
  if (!s) {
    s = { closures: [], fnObligations: [], calls: [] };
    states.set(fcx, s);
  }
  return s;
}
