import { mkRef, mkTy, tyKind } from '../ty/interner.ts';
import type { Mutbl, Ty } from '../ty/ty.ts';
import type { Adjustment } from './adjustment.ts';
import { inherentCandidates, traitCandidates, type AssocCandidate } from './assoc-lookup.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { instSig } from './subst.ts';
import { traitRefsBoundFor } from './predicates.ts';
import { objectCandidates } from './dyn-object.ts';
import type { DefId } from '../ty/def-id.ts';
import { normalizeTy } from '../middle/normalize.ts';
import { projectionTy } from './trait-ref.ts';

export interface MethodPick {
  readonly cand: AssocCandidate;
  /** Adjustments of the receiver: autoderefs, then autoref or unsizing. */
  readonly adjustments: readonly Adjustment[];
}

export type ProbeResult =
  | { readonly tag: 'found'; readonly pick: MethodPick }
  | { readonly tag: 'notFound' }
  /** The receiver is an unsuffixed literal whose integer type is not known yet (E0689). */
  | { readonly tag: 'ambiguousNumeric'; readonly ty: Ty };

interface Step {
  readonly ty: Ty;
  readonly adj: readonly Adjustment[];
  readonly unsize: boolean;
}

function autoderefSteps(fcx: FnCtxt, receiver: Ty): Step[] {
  const steps: Step[] = [];
  let t = fcx.resolve(receiver);
  const adj: Adjustment[] = [];
  for (let i = 0; i < 16; i++) {
    steps.push({ ty: t, adj: [...adj], unsize: false });
    const k = tyKind(t);
    if (k.tag !== 'Ref') {
      // `Box<T>` and other smart pointers: through `Deref::deref` to the target.
      const ov = overloadedDerefStep(fcx, t);
      if (ov === null) break;
      adj.push({ kind: { tag: 'Deref', overloaded: { method: ov.method, mutbl: 'not' } }, target: ov.target });
      t = ov.target;
      continue;
    }
    const inner = fcx.resolve(k.pointee);
    adj.push({ kind: { tag: 'Deref', overloaded: null }, target: inner });
    t = inner;
  }
  const last = steps[steps.length - 1]!;
  const lk = tyKind(last.ty);
  if (lk.tag === 'Array') steps.push({ ty: mkTy({ tag: 'Slice', elem: lk.elem }), adj: last.adj, unsize: true });
  return steps;
}

/** One `Deref::deref` step of a type with a `Deref` impl: its `Target` and the trait method. */
export function overloadedDerefStep(fcx: FnCtxt, t: Ty): { readonly target: Ty; readonly method: DefId } | null {
  const tcx = fcx.tcx;
  const deref = tcx.langItem('deref');
  const kt = tyKind(t).tag;
  if (deref === null || kt === 'Infer' || kt === 'Param' || kt === 'Error' || tcx.selectImpl(deref, t) === null) return null;
  const item = tcx.assocItemNamed(deref, 'Target');
  const method = tcx.assocItemNamed(deref, 'deref');
  if (item === null || method === null) return null;
  const target = fcx.resolve(normalizeTy(tcx, projectionTy(item, [{ tag: 'Type', ty: t }]), fcx.owner));
  return tyKind(target).tag === 'Alias' ? null : { target, method };
}

/** A receiver used mutably derefs through `DerefMut::deref_mut` (rustc's fix-up to mutable place derefs). */
export function derefsToMutable(fcx: FnCtxt, adj: readonly Adjustment[]): Adjustment[] {
  const derefMut = fcx.tcx.langItem('deref_mut');
  const method = derefMut === null ? null : fcx.tcx.assocItemNamed(derefMut, 'deref_mut');
  if (method === null) return [...adj];
  return adj.map((a) => (a.kind.tag === 'Deref' && a.kind.overloaded !== null ? { ...a, kind: { tag: 'Deref', overloaded: { method, mutbl: 'mut' } } } : a));
}

/** The type a method's `self` parameter has for candidate `c` (null for associated fns). */
function methodSelfTy(fcx: FnCtxt, c: AssocCandidate): Ty | null {
  const tcx = fcx.tcx;
  if (tcx.defKind(c.def) !== 'AssocFn' || tcx.implicitSelf(c.def) === 'none') return null;
  return instSig(tcx, c.def, c.args).inputs[0] ?? null;
}

/** Inside a trait's default method, `self.m()` calls the trait's own `m` (on `Self`). */
function selfParamCandidates(fcx: FnCtxt, self: Ty, name: string): AssocCandidate[] {
  const trait = fcx.tcx.traitOfItem(fcx.owner);
  if (trait === null) return [];
  const item = fcx.tcx.assocItemNamed(trait, name);
  return item === null ? [] : [{ def: item, args: [{ tag: 'Type', ty: self }], fromTrait: trait }];
}

/** Methods of the traits a `T: Trait` bound in scope gives the parameter type `self`. */
function boundCandidates(fcx: FnCtxt, self: Ty, name: string): AssocCandidate[] {
  const out: AssocCandidate[] = [];
  for (const { trait, args } of traitRefsBoundFor(fcx.tcx, fcx.owner, self)) {
    const item = fcx.tcx.assocItemNamed(trait, name);
    if (item !== null && fcx.tcx.defKind(item) === 'AssocFn') out.push({ def: item, args, fromTrait: trait });
  }
  return out;
}

/**
 * The candidates a step's type contributes: inherent ones (inherent impls, and as in rustc the
 * where-clause and object candidates of params and `dyn` types) and extension ones, from the
 * traits in scope. An integer or float literal of unknown type has only extension candidates.
 */
function stepCandidates(fcx: FnCtxt, self: Ty, name: string, traits: readonly DefId[]): [AssocCandidate[], AssocCandidate[]] {
  const tcx = fcx.tcx;
  const sk = tyKind(self);
  const ext = traitCandidates(tcx, self, name, traits).filter((c) => tcx.defKind(c.def) === 'AssocFn');
  // Impls for `&T` and `&mut T`, for the autoref steps (rustc checks the trait for each
  // adjusted receiver): an array's `IntoIterator for &[T; N]` (what `array.into_iter()` picks
  // before edition 2021, when the by-value impl is skipped); `TryInto` for `&[u8]` where the
  // blanket impl cannot take the unsized `[u8]` itself.
  if (sk.tag === 'Array' || sk.tag === 'Slice' || sk.tag === 'Str' || sk.tag === 'Dynamic') {
    for (const m of ['not', 'mut'] as const) ext.push(...traitCandidates(tcx, mkRef(self, m), name, traits).filter((c) => tcx.defKind(c.def) === 'AssocFn'));
  }
  if (sk.tag === 'Infer') return [[], ext];
  if (sk.tag === 'Param' || sk.tag === 'Alias') return [[...selfParamCandidates(fcx, self, name), ...boundCandidates(fcx, self, name)], ext];
  if (sk.tag === 'Dynamic') return [[...inherentCandidates(tcx, self, name), ...objectCandidates(tcx, self, name)], ext];
  return [inherentCandidates(tcx, self, name), ext];
}

interface Probe {
  readonly steps: readonly Step[];
  readonly inherent: readonly AssocCandidate[];
  readonly extension: readonly AssocCandidate[];
}

function assemble(fcx: FnCtxt, receiver: Ty, name: string, traits: readonly DefId[], withInherent: boolean): Probe {
  const steps = autoderefSteps(fcx, receiver);
  const inherent: AssocCandidate[] = [];
  const extension: AssocCandidate[] = [];
  for (const step of steps) {
    const sk = tyKind(step.ty);
    if (sk.tag === 'Infer' && sk.kind === 'ty') break;
    const [inh, ext] = stepCandidates(fcx, step.ty, name, traits);
    if (withInherent) inherent.push(...inh);
    extension.push(...ext);
  }
  return { steps, inherent, extension };
}

interface Picked {
  readonly step: Step;
  readonly stepIndex: number;
  readonly autoref: Mutbl | null;
  readonly adjusted: Ty;
  /** The candidates of the first group (inherent, else extension) that apply there. */
  readonly cands: readonly AssocCandidate[];
}

/** The first step and autoref where some candidate's `self` type fits. */
function pickSite(fcx: FnCtxt, p: Probe): Picked | null {
  for (let i = 0; i < p.steps.length; i++) {
    const step = p.steps[i]!;
    const sk = tyKind(step.ty);
    if (sk.tag === 'Infer' && sk.kind === 'ty') return null;
    for (const autoref of [null, 'not', 'mut'] as (Mutbl | null)[]) {
      if (step.unsize && autoref === null) continue;
      const adjusted = autoref ? mkRef(step.ty, autoref) : step.ty;
      for (const group of [p.inherent, p.extension]) {
        const cands = group.filter((cand) => methodSelfTy(fcx, cand) === adjusted && !skipsArray(fcx, cand, adjusted));
        if (cands.length > 0) return { step, stepIndex: i, autoref, adjusted, cands };
      }
    }
  }
  return null;
}

/**
 * Before edition 2021, `array.into_iter()` does not see `IntoIterator for [T; N]` (it picks
 * `&[T; N]`'s, by reference), as rustc skips by-value array receivers for such traits.
 */
function skipsArray(fcx: FnCtxt, c: AssocCandidate, adjusted: Ty): boolean {
  if (c.fromTrait === null || tyKind(adjusted).tag !== 'Array') return false;
  const ed = fcx.tcx.sess.edition;
  return (ed === '2015' || ed === '2018') && fcx.tcx.skipArrayDuringMethodDispatch(c.fromTrait);
}

/**
 * Method lookup (rustc's probe): candidates come from every autoderef step's type; then for
 * each step (then `[T; N]` -> `[T]`), try by value, then `&`, then `&mut`, inherent methods
 * before trait methods. So on a `&T` receiver, `T`'s `fn m(&self)` is found by value.
 * `traits`: the traits in scope at the call (resolve's trait map).
 */
export function probeMethod(fcx: FnCtxt, receiver: Ty, name: string, traits: readonly DefId[]): ProbeResult {
  const probe = assemble(fcx, receiver, name, traits, true);
  const picked = pickSite(fcx, probe);
  if (picked === null) {
    // Nothing for a literal of unknown numeric type: rustc's E0689 (when some type has the method).
    const last = probe.steps[probe.steps.length - 1];
    const lk = last ? tyKind(last.ty) : null;
    if (lk && lk.tag === 'Infer' && lk.kind !== 'ty') return { tag: 'ambiguousNumeric', ty: last!.ty };
    return { tag: 'notFound' };
  }
  const { step, autoref, adjusted } = picked;
  const c = picked.cands[0]!;
  const sk = tyKind(step.ty);
  const adjustments: Adjustment[] = [...step.adj];
  if (step.unsize) {
    const arrTy = step.adj.length > 0 ? step.adj[step.adj.length - 1]!.target : fcx.resolve(receiver);
    adjustments.push({ kind: { tag: 'Borrow', kind: 'Ref', mutbl: autoref! }, target: mkRef(arrTy, autoref!) });
    adjustments.push({ kind: { tag: 'Pointer', cast: 'Unsize' }, target: adjusted });
  } else if (autoref) {
    adjustments.push({ kind: { tag: 'Borrow', kind: 'Ref', mutbl: autoref }, target: adjusted });
  } else if (sk.tag === 'Ref') {
    // A by-value pick on a reference reborrows it (`&mut *state`), as rustc's
    // pick_by_value_method does: `state.write(..)` twice does not move `state`.
    adjustments.push({ kind: { tag: 'Deref', overloaded: null }, target: fcx.resolve(sk.pointee) });
    adjustments.push({ kind: { tag: 'Borrow', kind: 'Ref', mutbl: sk.mutbl }, target: step.ty });
  }
  const selfTy = methodSelfTy(fcx, c);
  const needsMut = autoref === 'mut' || (selfTy !== null && tyKind(selfTy).tag === 'Ref' && (tyKind(selfTy) as { mutbl: Mutbl }).mutbl === 'mut');
  return { tag: 'found', pick: { cand: c, adjustments: needsMut ? derefsToMutable(fcx, adjustments) : adjustments } };
}

/**
 * For "items from traits can only be used if the trait is in scope": the probe again with
 * the traits not in scope. `traits`: those that would apply (several when ambiguous);
 * `atReceiver`: the pick needed no autoderef (rustc then points at the trait's method).
 */
export function probeOutOfScope(fcx: FnCtxt, receiver: Ty, name: string, inScope: readonly DefId[]): { readonly traits: readonly DefId[]; readonly atReceiver: boolean } {
  const others = fcx.tcx.traitsWithImpls().filter((t) => !inScope.includes(t));
  const picked = pickSite(fcx, assemble(fcx, receiver, name, others, false));
  if (picked === null) return { traits: [], atReceiver: false };
  const traits = [...new Set(picked.cands.map((c) => c.fromTrait).filter((t): t is DefId => t !== null))];
  // A by-value pick on a reference reborrows it, which rustc counts as an autoderef.
  const reborrow = picked.autoref === null && tyKind(picked.step.ty).tag === 'Ref';
  return { traits, atReceiver: picked.stepIndex === 0 && !reborrow };
}
