// What typeck hands MIR building about closures and calls through the Fn traits.
import type { Span } from '../diagnostics/span.ts';
import type { HirId } from '../hir/ids.ts';
import type { ClosureKind } from '../ty/closure.ts';
import type { Ty } from '../ty/ty.ts';

/** One captured variable of a closure, in capture order (the closure's field order). */
export interface CapturedUpvar {
  /** The HirId of the captured variable's binding. */
  readonly var: HirId;
  readonly name: string;
  /** By value (moved or copied into the closure), or by shared/mutable reference. */
  readonly mode: 'value' | 'ref' | 'mut';
  /** The field's type: `T`, `&T` or `&mut T`. */
  readonly ty: Ty;
  /**
   * A `&mut T` variable mutated through (`*r += 1`, `self.total += 1` with `self: &mut S`): the
   * closure holds a reborrow `&mut *r` of type `&mut T` (rustc's unique borrow), so the
   * variable itself need not be `mut` and stays usable after the closure.
   */
  readonly reborrow?: boolean;
  /** A captured field path of the variable (`p.x.0`): field indices and the type after each. */
  readonly path?: readonly number[];
  readonly pathTys?: readonly Ty[];
  /** The first use of the variable in the closure (for E0373's "is borrowed here"). */
  readonly useSpan: Span;
}

/**
 * `f(args)` where `f`'s type implements a Fn trait (closures, generic `F: Fn(..)`, opaque
 * `impl Fn(..)`): lowered as `<Self as Fn*<Args>>::call*(self, args)`. `derefs` built-in
 * dereferences of the callee come first (`f: &F`).
 */
export interface OverloadedCall {
  readonly kind: ClosureKind;
  readonly selfTy: Ty;
  /** The argument tuple type. */
  readonly argsTy: Ty;
  readonly derefs: number;
}

export type { ClosureKind, HirId };
