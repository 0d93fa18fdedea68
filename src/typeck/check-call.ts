import { span as mkSpan, type Span } from '../diagnostics/span.ts';
import type { Expr } from '../hir/expr.ts';
import type { PathSegment } from '../hir/path.ts';
import { symStr } from '../syntax/symbol.ts';
import type { DefId } from '../ty/def-id.ts';
import { isLocal } from '../ty/def-id.ts';
import { tyKind, tys } from '../ty/interner.ts';
import type { FnSig, Ty } from '../ty/ty.ts';
import { checkExpr } from './check-expr.ts';
import { tryCoerce } from './coercion.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { probeMethod } from './method-probe.ts';
import { convertPlaceToMutable } from './check-place.ts';
import { mismatchSpan, reportMismatch } from './mismatch.ts';
import { resolveTraitCalls } from './trait-calls.ts';
import { instSig } from './subst.ts';
import { selectProjections } from './instantiate.ts';
import { bodyOf } from './check-body.ts';
import { checkAssocPrivacy } from './privacy.ts';
import { reportNoMethod, traitsInScopeAt } from './method-errors.ts';
import { registerTraitPickObligation } from './method-confirm.ts';
import { instantiate } from './instantiate.ts';
import { emitWithNotes, type MultiNote } from './diag-util.ts';
import { overloadedCallSig } from './check-overloaded-call.ts';
import { processFnObligations } from './closure-settle.ts';

interface CallSite {
  readonly call: Expr;
  /** The callee expression or the method name. */
  readonly calleeSpan: Span;
  readonly def: DefId | null;
  readonly kind: 'function' | 'method' | 'struct' | 'enum variant';
}

/** What rustc calls the callee in "arguments to this X are incorrect": constructors by what they build. */
function calleeKind(fcx: FnCtxt, def: DefId | null): CallSite['kind'] {
  if (def === null || fcx.tcx.defKind(def) !== 'Ctor') return 'function';
  const parent = fcx.tcx.parent(def);
  return parent !== null && fcx.tcx.defKind(parent) === 'Variant' ? 'enum variant' : 'struct';
}

/** `f(args)`: fn items, fn pointers and constructors. */
export function checkCall(fcx: FnCtxt, e: Expr, func: Expr, args: readonly Expr[], expected: Ty | null = null): Ty {
  if (func.kind.tag === 'Path') fcx.callsOfPath.set(func.hirId, { callee: func.span, args, call: e.span });
  const calleeTy = fcx.shallow(checkExpr(fcx, func, null));
  const k = tyKind(calleeTy);
  let sig: FnSig;
  let def: DefId | null = null;
  let overloaded: ReturnType<typeof overloadedCallSig> = null;
  if (k.tag === 'FnDef') {
    sig = instSig(fcx.tcx, k.def, k.args);
    def = k.def;
  } else if (k.tag === 'FnPtr') {
    sig = k.sig;
  } else if ((overloaded = overloadedCallSig(fcx, e, calleeTy, func)) !== null) {
    checkArgs(fcx, { call: e, calleeSpan: func.span, def: null, kind: 'function' }, overloaded.inputs, false, args, expectedInputsForExpectedOutput(fcx, overloaded.output, overloaded.inputs, expected));
    processFnObligations(fcx);
    return overloaded.output;
  } else {
    if (k.tag !== 'Error') {
      const d = fcx.err(`expected function, found \`${fcx.tyStr(calleeTy)}\``, 'E0618');
      if (func.kind.tag === 'Path' && func.kind.qpath.tag === 'Resolved' && func.kind.qpath.path.res.tag === 'Local') {
        const id = func.kind.qpath.path.res.id;
        const at = fcx.bindingSpans.get(id);
        if (at) d.label(at, `\`${fcx.tcx.sess.sourceMap.snippet(at)}\` has type \`${fcx.tyStr(calleeTy)}\``);
      }
      d.primary(func.span).label(e.span, 'call expression requires function').emit();
    }
    for (const a of args) checkExpr(fcx, a, null);
    return tys.error;
  }
  checkArgs(fcx, { call: e, calleeSpan: func.span, def, kind: calleeKind(fcx, def) }, sig.inputs, sig.cVariadic, args, expectedInputsForExpectedOutput(fcx, sig.output, sig.inputs, expected));
  // `Item = X` bounds of the callee can fix literal types before they fall back to i32.
  selectProjections(fcx);
  if (func.kind.tag === 'Path') resolveTraitCalls(fcx, false);
  processFnObligations(fcx);
  return sig.output;
}

/** `receiver.name(args)` with autoderef/autoref of the receiver. */
export function checkMethodCall(fcx: FnCtxt, e: Expr, seg: PathSegment, receiver: Expr, args: readonly Expr[], span: Span, expected: Ty | null = null): Ty {
  const rty = checkExpr(fcx, receiver, null);
  const name = symStr(seg.ident.name);
  if (fcx.isError(rty)) {
    for (const a of args) checkExpr(fcx, a, null);
    return tys.error;
  }
  const r = probeMethod(fcx, rty, name, traitsInScopeAt(fcx, seg.hirId));
  if (r.tag !== 'found') {
    reportNoMethod(fcx, rty, name, seg.ident.span, receiver, seg.hirId);
    for (const a of args) checkExpr(fcx, a, null);
    return tys.error;
  }
  const { cand, adjustments } = r.pick;
  if (cand.fromTrait === null) checkAssocPrivacy(fcx, cand.def, seg.ident.span);
  fcx.addAdjustments(receiver.hirId, adjustments);
  // A `&mut self` method on a field or index place (`node.next.take()` with `node: Box<Node>`):
  // the derefs and indexing inside the place become mutable too.
  const last = adjustments[adjustments.length - 1];
  if (last && last.kind.tag === 'Borrow' && last.kind.mutbl === 'mut') convertPlaceToMutable(fcx, receiver);
  const margs = instantiate(fcx, cand.def, cand.args, seg, seg.ident.span);
  if (cand.viaObligation) registerTraitPickObligation(fcx, cand, margs, seg.ident.span);
  fcx.results.typeDependentDefs.set(e.hirId, { def: cand.def, args: margs });
  const sig = instSig(fcx.tcx, cand.def, margs);
  void span;
  const inputs = sig.inputs.slice(1);
  checkArgs(fcx, { call: e, calleeSpan: seg.ident.span, def: cand.def, kind: 'method' }, inputs, sig.cVariadic, args, expectedInputsForExpectedOutput(fcx, sig.output, inputs, expected));
  // `Item = X` bounds of the callee can fix literal types before they fall back to i32.
  selectProjections(fcx);
  return sig.output;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * rustc's expected_inputs_for_expected_output: when the call's result is expected to have a
 * type, the formal output is unified with it in a snapshot and the inputs that implies become
 * the arguments' expectations. `Some(Box::new(x))` where `Option<Box<dyn Trait>>` is expected
 * checks `Box::new(x)` against `Box<dyn Trait>`, and `vec![..]`'s `into_vec(Box::new([..]))`
 * hands a `Vec<Box<dyn Trait>>` expectation down to each array element, so every one coerces.
 * Null entries: nothing more is known than the formal type.
 */
export function expectedInputsForExpectedOutput(fcx: FnCtxt, output: Ty, inputs: readonly Ty[], expected: Ty | null): readonly (Ty | null)[] | null {
  if (expected === null) return null;
  const want = fcx.resolve(expected);
  // Only a type the result must have (rustc's only_has_type): an unsized expectation (the
  // pointee of `&expr` where `&[T]`/`&dyn Trait` is expected) is only a hint.
  if (isUnsizedHint(want) || fcx.isError(want)) return null;
  const infcx = fcx.infcx;
  const snap = infcx.snapshot();
  const ok = infcx.unify(output, want);
  const out = ok ? inputs.map((t) => fcx.resolve(t)) : null;
  infcx.rollback(snap);
  return out === null ? null : out.map((t, i) => (t !== fcx.resolve(inputs[i]!) ? t : null));
}

/** Slices, `str` and trait objects: what rustc's `rvalue_hint` keeps as a hint, never a coercion target. */
function isUnsizedHint(t: Ty): boolean {
  const tag = tyKind(t).tag;
  return tag === 'Slice' || tag === 'Str' || tag === 'Dynamic';
}

/** Checks call arguments against parameter types; E0061 on a count mismatch, E0308 per bad argument. */
function checkArgs(fcx: FnCtxt, site: CallSite, params: readonly Ty[], cVariadic: boolean, args: readonly Expr[], expectedInputs: readonly (Ty | null)[] | null = null): void {
  const n = params.length;
  const m = args.length;
  const countOk = cVariadic ? m >= n : m === n;
  const argTys: Ty[] = [];
  args.forEach((a, i) => {
    const p = i < n ? params[i]! : null;
    const exp = expectedInputs?.[i] ?? null;
    const t = checkExpr(fcx, a, exp ?? p);
    argTys.push(t);
    if (p === null) return;
    // As rustc: coerce to the expected input when it is a type the argument must have
    // (`Box<dyn Trait>`), then the formal type takes it; an unsized one was only a hint.
    const target = exp !== null && !isUnsizedHint(exp) ? exp : p;
    if (tryCoerce(fcx, a.hirId, t, target, a.span)) {
      if (target === p || fcx.infcx.probe(() => fcx.infcx.unify(p, target))) return;
      if (countOk) reportMismatch(fcx, mismatchSpan(a), p, target, undefined, 'mismatched types', a);
      return;
    }
    if (!countOk) return;
    reportMismatch(fcx, mismatchSpan(a), target, t, (d) => {
      d.label(site.calleeSpan, `arguments to this ${site.kind} are incorrect`);
      return definedHere(fcx, site, [i]);
    }, 'mismatched types', a);
  });
  if (countOk) return;
  const d = fcx.err(`this ${site.kind} takes ${plural(n, 'argument')} but ${plural(m, 'argument')} ${m === 1 ? 'was' : 'were'} supplied`, 'E0061');
  d.primary(site.calleeSpan);
  if (m < n) {
    const argsSpan = mkSpan(site.calleeSpan.hi, site.call.span.hi, site.call.span.ctxt);
    const missing = params.slice(m);
    const label =
      missing.length === 1
        ? `argument #${m + 1} of type \`${fcx.tyStr(missing[0]!)}\` is missing`
        : missing.length === 2
          ? `two arguments of type \`${fcx.tyStr(missing[0]!)}\` and \`${fcx.tyStr(missing[1]!)}\` are missing`
          : 'multiple arguments are missing';
    d.label(argsSpan, label);
  } else {
    for (let i = n; i < m; i++) d.label(args[i]!.span, `unexpected argument #${i + 1} of type \`${fcx.tyStr(argTys[i]!)}\``);
  }
  const sm = fcx.tcx.sess.sourceMap;
  // The call up to its argument list: `f` or `recv.method`.
  const callee = sm.snippet(mkSpan(site.call.span.lo, site.calleeSpan.hi, site.call.span.ctxt));
  {
    const kept = args.slice(0, Math.min(m, n)).map((a) => sm.snippet(a.span));
    const all = m < n ? [...kept, ...params.slice(m).map((p) => `/* ${fcx.tyStr(p)} */`)] : kept;
    const what = m < n ? `provide the argument${n - m === 1 ? '' : 's'}` : `remove the extra argument${m - n === 1 ? '' : 's'}`;
    d.help(what, site.call.span, [{ span: site.call.span, replacement: `${callee}(${all.join(', ')})`, applicability: 'HasPlaceholders', style: 'verbose' }]);
  }
  const missing: number[] = [];
  for (let i = m; i < n; i++) missing.push(i);
  emitWithNotes(fcx.dcx, d, definedHere(fcx, site, missing));
}

/** "function defined here", pointing at the fn's name and the parameters in question. */
function definedHere(fcx: FnCtxt, site: CallSite, params: readonly number[]): MultiNote[] {
  if (site.def === null || !isLocal(site.def)) return [];
  const kind = fcx.tcx.defKind(site.def);
  const what = site.kind === 'method' ? 'method' : site.kind === 'enum variant' ? 'tuple variant' : kind === 'Ctor' ? 'tuple struct' : 'function';
  const body = bodyOf(fcx.tcx, site.def);
  const offset = site.kind === 'method' ? 1 : 0;
  const labels = body ? params.map((i) => body.params[i + offset]).filter((p) => p !== undefined).map((p) => ({ span: p.span, label: '' })) : [];
  return [{ message: `${what} defined here`, primary: fcx.tcx.identSpan(site.def), labels }];
}
