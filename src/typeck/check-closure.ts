// Closure expressions (rustc's check_expr_closure): the signature comes from the parameter
// annotations, else from what the context expects (a fn pointer, or a pending `F: Fn(A) -> B`
// bound on the type variable the closure flows into), else fresh inference variables that
// the body and later uses settle. The body is checked right away, in the enclosing FnCtxt.
import type { Expr, ExprKind } from '../hir/expr.ts';
import { identityArgs } from '../middle/generics.ts';
import { closureKindTy, mkClosure, type ClosureKind } from '../ty/closure.ts';
import type { DefId } from '../ty/def-id.ts';
import { mkTuple, tyKind, tys } from '../ty/interner.ts';
import type { FnSig, Ty } from '../ty/ty.ts';
import { checkExpr } from './check-expr.ts';
import { checkPat } from './check-pat.ts';
import { closureState, type FnObligation } from './closure-state.ts';
import { fnTraitKind } from './fn-bounds.ts';
import { tryCoerce } from './coercion.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { mismatchSpan, reportMismatch } from './mismatch.ts';

type ClosureExpr = Extract<ExprKind, { tag: 'Closure' }>;

/** The signature the context expects of a closure (rustc's deduce_closure_signature). */
function expectedSig(fcx: FnCtxt, expected: Ty | null, arity: number): { inputs: readonly Ty[]; output: Ty | null; from?: FnObligation } | null {
  if (expected === null) return null;
  const t = fcx.shallow(expected);
  const k = tyKind(t);
  if (k.tag === 'FnPtr') return k.sig.inputs.length === arity ? { inputs: k.sig.inputs, output: k.sig.output } : null;
  if (k.tag === 'Dynamic' && k.principal && fnTraitKind(fcx.tcx, k.principal.def) !== null) {
    // `dyn Fn(A) -> R`: its argument tuple and `Output` binding.
    const a = k.principal.args[0];
    const ak = a && a.tag === 'Type' ? tyKind(fcx.shallow(a.ty)) : null;
    if (!ak || ak.tag !== 'Tuple' || ak.elems.length !== arity) return null;
    const fnOnce = fcx.tcx.langItem('fn_once');
    return { inputs: ak.elems, output: k.projections?.find((p) => fcx.tcx.parent(p.item) === fnOnce)?.term ?? null };
  }
  if (k.tag !== 'Infer') return null;
  for (const o of closureState(fcx).fnObligations) {
    if (fcx.shallow(o.self) !== t) continue;
    const ak = tyKind(fcx.shallow(o.args));
    if (ak.tag !== 'Tuple' || ak.elems.length !== arity) continue;
    return { inputs: ak.elems, output: o.output, from: o };
  }
  return null;
}

/** The closure's parent item: the fn (or const) whose body contains it, through nested closures. */
export function closureRoot(fcx: FnCtxt): DefId {
  return fcx.owner;
}

export function checkClosure(fcx: FnCtxt, e: Expr, k: ClosureExpr, expected: Ty | null): Ty {
  const tcx = fcx.tcx;
  const body = tcx.hir.bodies.get(k.body);
  if (!body) throw new Error('closure without a body');
  const exp = expectedSig(fcx, expected, k.inputs.length);
  const inputs = k.inputs.map((t, i) => {
    const written = t ? fcx.astConv(t) : null;
    const hint = exp?.inputs[i] ?? null;
    if (written !== null) {
      if (hint !== null) fcx.infcx.probe(() => fcx.infcx.unify(written, hint));
      return written;
    }
    return hint ?? fcx.infcx.newVar();
  });
  const output = k.output ? fcx.astConv(k.output) : (exp?.output ?? fcx.infcx.newVar());
  const sig: FnSig = { inputs, output, cVariadic: false, unsafe: false, abi: 'Rust' };
  const kindTy = fcx.infcx.newVar();
  const upvarsTy = fcx.infcx.newVar();
  const ty = mkClosure(k.def, identityArgs(tcx, closureRoot(fcx)), kindTy, sig, upvarsTy);

  // The body: its own return type and divergence; parameters are patterns of the inputs.
  const saved = { retTy: fcx.retTy, retTySpan: fcx.retTySpan, diverges: fcx.diverges };
  fcx.retTy = output;
  fcx.retTySpan = k.output ? k.output.span : null;
  body.params.forEach((p, i) => checkPat(fcx, p.pat, inputs[i] ?? tys.error));
  fcx.diverges = false;
  const t = checkExpr(fcx, body.value, output);
  if (!tryCoerce(fcx, body.value.hirId, t, output)) reportMismatch(fcx, mismatchSpan(body.value), output, t);
  fcx.retTy = saved.retTy;
  fcx.retTySpan = saved.retTySpan;
  fcx.diverges = saved.diverges;

  // As in rustc, a closure passed where `F: FnMut(..)` is expected is an FnMut closure (its
  // uses are then checked against that kind); otherwise the uses decide.
  const expectedFrom = exp?.from ?? null;
  if (expectedFrom) fcx.infcx.unify(kindTy, closureKindTy(expectedFrom.kind));
  closureState(fcx).closures.push({ def: k.def, expr: e, body, captureBy: k.captureBy, ty, kindTy, upvarsTy, expectedFrom });
  fcx.results.closureTypes.set(k.def, ty);
  return ty;
}

/** `self: Fn*(args) -> output` as a pending obligation (what closures passed as `self` are checked against). */
export function pushFnObligation(fcx: FnCtxt, o: FnObligation): void {
  closureState(fcx).fnObligations.push(o);
}

export function fnObligation(self: Ty, kind: ClosureKind, inputs: readonly Ty[], output: Ty | null, span: FnObligation['span']): FnObligation {
  return { self, kind, args: mkTuple(inputs), output, span, boundSpan: null, item: null, pathId: null, paramTy: null };
}
