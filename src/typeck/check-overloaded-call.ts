// `f(args)` where `f` is not a fn item or fn pointer but implements a Fn trait (rustc's
// try_overloaded_call_step): a closure, a generic `F: Fn(A) -> R`, an `impl Fn(A) -> R`, or
// a reference to one of those (autoderef of the callee). The call is recorded for MIR
// building, which lowers it to `Fn::call`/`FnMut::call_mut`/`FnOnce::call_once`.
import type { Expr } from '../hir/expr.ts';
import { closureKind, closureSig, type ClosureKind } from '../ty/closure.ts';
import { mkTuple, tyKind, tys } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { closureState } from './closure-state.ts';
import { fnBoundOf, fnTraitKind } from './fn-bounds.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import type { Adjustment } from './adjustment.ts';
import { derefsToMutable, overloadedDerefStep } from './method-probe.ts';
import { boxedTy } from '../middle/fn-instance.ts';

interface Callable {
  readonly kind: ClosureKind | null;
  readonly inputs: readonly Ty[];
  readonly output: Ty;
}

function callableOf(fcx: FnCtxt, t: Ty): Callable | null {
  const k = tyKind(t);
  if (k.tag === 'Closure') {
    const sig = closureSig(k.args);
    return { kind: closureKind(k.args), inputs: sig.inputs, output: sig.output };
  }
  if (k.tag === 'Param' || k.tag === 'Alias') {
    const b = fnBoundOf(fcx.tcx, fcx.owner, t);
    if (!b) return null;
    const ak = tyKind(fcx.shallow(b.args));
    if (ak.tag !== 'Tuple') return null;
    return { kind: b.kind, inputs: ak.elems, output: b.output };
  }
  if (k.tag === 'Dynamic' && k.principal) {
    // `dyn Fn(A) -> R`: the principal's argument tuple and its `Output` binding.
    const kind = fnTraitKind(fcx.tcx, k.principal.def);
    const a = k.principal.args[0];
    if (kind === null || !a || a.tag !== 'Type') return null;
    const ak = tyKind(fcx.shallow(a.ty));
    if (ak.tag !== 'Tuple') return null;
    const fnOnce = fcx.tcx.langItem('fn_once');
    const out = k.projections?.find((p) => fcx.tcx.parent(p.item) === fnOnce)?.term ?? tys.unit;
    return { kind, inputs: ak.elems, output: out };
  }
  if (k.tag === 'Infer') {
    for (const o of closureState(fcx).fnObligations) {
      if (fcx.shallow(o.self) !== t) continue;
      const ak = tyKind(fcx.shallow(o.args));
      if (ak.tag !== 'Tuple') continue;
      return { kind: o.kind, inputs: ak.elems, output: o.output ?? fcx.infcx.newVar() };
    }
  }
  return null;
}

/**
 * The signature to check the call's arguments against, or null when the callee type is not
 * callable this way. Records the call.
 */
export function overloadedCallSig(fcx: FnCtxt, call: Expr, calleeTy: Ty, callee?: Expr): { inputs: readonly Ty[]; output: Ty } | null {
  let t = fcx.shallow(calleeTy);
  let derefs = 0;
  // Through `Deref` impls too (`Box<dyn Fn(A) -> R>`): then every step is an adjustment of
  // the callee expression instead of a count of built-in derefs.
  const steps: Adjustment[] = [];
  let overloaded = false;
  for (let i = 0; i < 8; i++) {
    // `Box<dyn FnOnce(A) -> R>` (or a box of any FnOnce callee) is called by value through
    // alloc's `impl FnOnce for Box<F>`: the callee cannot be moved out of the box first.
    const boxed = boxedTy(fcx.tcx, t);
    const inner = boxed === null ? null : callableOf(fcx, fcx.shallow(boxed));
    if (inner !== null && inner.kind === 'FnOnce') {
      if (overloaded && callee) fcx.addAdjustments(callee.hirId, steps);
      closureState(fcx).calls.push({ callId: call.hirId, selfTy: t, argsTy: mkTuple(inner.inputs), derefs: overloaded ? 0 : derefs, kind: 'FnOnce' });
      return { inputs: inner.inputs, output: inner.output };
    }
    const c = callableOf(fcx, t);
    if (c) {
      if (overloaded && callee) {
        fcx.addAdjustments(callee.hirId, c.kind === 'FnMut' ? derefsToMutable(fcx, steps) : steps);
        derefs = 0;
      }
      closureState(fcx).calls.push({ callId: call.hirId, selfTy: t, argsTy: mkTuple(c.inputs), derefs, kind: c.kind });
      return { inputs: c.inputs, output: c.output };
    }
    const k = tyKind(t);
    if (k.tag !== 'Ref') {
      const ov = callee ? overloadedDerefStep(fcx, t) : null;
      if (ov === null) return null;
      overloaded = true;
      t = fcx.shallow(ov.target);
      steps.push({ kind: { tag: 'Deref', overloaded: { method: ov.method, mutbl: 'not' } }, target: t });
      continue;
    }
    t = fcx.shallow(k.pointee);
    steps.push({ kind: { tag: 'Deref', overloaded: null }, target: t });
    derefs++;
  }
  return null;
}
