// The end of a body's closure checking: capture analysis fixes each closure's kind and
// upvars; then the Fn-family obligations on closures, fn items and fn pointers are checked
// (E0525) and their signatures unified, and each call through a Fn trait learns its trait.
import type { HirId } from '../hir/ids.ts';
import { closureKind, closureSig } from '../ty/closure.ts';
import { mkTuple, tyKind, tys } from '../ty/interner.ts';
import type { FnSig, Ty } from '../ty/ty.ts';
import { closureState, type FnObligation } from './closure-state.ts';
import { fnTraitKind, kindSatisfies } from './fn-bounds.ts';
import { boxedTy } from '../middle/fn-instance.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { instSig } from './subst.ts';
import { analyzeClosures, type ClosureAnalysis } from './upvar.ts';
import { reportClosureKindMismatch } from './closure-errors.ts';

/** The signature of a callable type (closure, fn item, fn pointer), or null. */
export function callableSig(fcx: FnCtxt, ty: Ty): FnSig | null {
  const k = tyKind(fcx.shallow(ty));
  if (k.tag === 'Closure') return closureSig(k.args);
  if (k.tag === 'FnDef') return instSig(fcx.tcx, k.def, k.args);
  if (k.tag === 'FnPtr') return k.sig;
  // `&F`, `&mut F` and `Box<F>` are called as `F` is; `dyn Fn(A) -> R` by its principal.
  if (k.tag === 'Ref') return callableSig(fcx, k.pointee);
  const boxed = boxedTy(fcx.tcx, fcx.shallow(ty));
  if (boxed !== null) return callableSig(fcx, boxed);
  if (k.tag === 'Dynamic' && k.principal !== null && fnTraitKind(fcx.tcx, k.principal.def) !== null) {
    const a = k.principal.args[0];
    const ak = a && a.tag === 'Type' ? tyKind(fcx.shallow(a.ty)) : null;
    if (ak === null || ak.tag !== 'Tuple') return null;
    const fnOnce = fcx.tcx.langItem('fn_once');
    const output = k.projections?.find((p) => fcx.tcx.parent(p.item) === fnOnce)?.term ?? tys.unit;
    return { inputs: ak.elems, output, cVariadic: false, unsafe: false, abi: 'Rust' };
  }
  return null;
}

/** Unifies an obligation's `Fn(args) -> output` with the signature of its (now known) self type. */
function unifySig(fcx: FnCtxt, o: FnObligation, sig: FnSig): void {
  fcx.infcx.probe(() => fcx.infcx.unify(o.args, mkTuple(sig.inputs)));
  if (o.output !== null) fcx.infcx.probe(() => fcx.infcx.unify(o.output!, sig.output));
}

/**
 * Uses the Fn-family obligations whose self type became known (a fn item or closure passed
 * for `F`) to infer the rest of the bound (`R` in `F: Fn(i32) -> R`). Run after each call's
 * arguments, as rustc selects obligations where possible.
 */
export function processFnObligations(fcx: FnCtxt): void {
  for (const o of closureState(fcx).fnObligations) {
    const sig = callableSig(fcx, o.self);
    if (sig !== null) unifySig(fcx, o, sig);
  }
}

/** Whether `id` is a parameter binding of a closure of this body (for E0282's suggestion). */
export function isClosureParam(fcx: FnCtxt, id: HirId): boolean {
  return closureState(fcx).closures.some((c) => c.body.params.some((p) => p.pat.hirId === id && p.pat.kind.tag === 'Binding'));
}

export function settleClosures(fcx: FnCtxt): void {
  const st = closureState(fcx);
  if (st.closures.length === 0 && st.calls.length === 0 && st.fnObligations.length === 0) return;
  const analyses = analyzeClosures(fcx);
  processFnObligations(fcx);
  for (const o of st.fnObligations) {
    const k = tyKind(fcx.resolve(o.self));
    if (k.tag !== 'Closure') continue;
    const have = closureKind(k.args);
    if (have === null || kindSatisfies(have, o.kind)) continue;
    const a: ClosureAnalysis | undefined = analyses.find((x) => x.record.def === k.def);
    reportClosureKindMismatch(fcx, o, have, a ?? null);
  }
  for (const c of st.closures) fcx.results.closureTypes.set(c.def, fcx.resolve(c.ty));
  for (const c of st.calls) {
    const self = fcx.resolve(c.selfTy);
    const sk = tyKind(self);
    const kind = c.kind ?? (sk.tag === 'Closure' ? closureKind(sk.args) : null) ?? 'Fn';
    fcx.results.overloadedCalls.set(c.callId, { kind, selfTy: self, argsTy: fcx.resolve(c.argsTy), derefs: c.derefs });
  }
}
