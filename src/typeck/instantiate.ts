// Instantiating a generic item at a use: fresh inference variables (or the turbofish's types)
// for its parameters, and obligations for its bounds, checked at the end of the body.
import type { Span } from '../diagnostics/span.ts';
import type { HirGenericArg, PathSegment } from '../hir/path.ts';
import { allParams, type GenericParamDef } from '../middle/generics.ts';
import { convertArg, slotArgs } from './generic-args.ts';
import { reportArgCount } from './arg-count.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';
import type { SubDiagnostic } from '../diagnostics/diagnostic.ts';
import { tyKind, tys } from '../ty/interner.ts';
import type { GenericArg, GenericArgs, Ty } from '../ty/ty.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { boundInScope, predicatesOf, projectionPredicatesOf } from './predicates.ts';
import { projectionTy } from './trait-ref.ts';
import { substArgsOf, substTy } from './subst.ts';
import { fillArgs, matchPartial } from '../middle/impl-match.ts';
import { isAutoMarker, isUnsizedTy } from '../middle/builtin-impls.ts';
import type { HirId } from '../hir/ids.ts';
import { argMentioning, reportUnsatisfied } from './param-errors.ts';
import { callableImplements, fnTraitKind, registerFnObligations } from './fn-bounds.ts';
import { closureUpvars } from '../ty/closure.ts';
import { dynImplements } from './dyn-object.ts';
import { reportUnsizeUnsatisfied } from './unsize.ts';
import { elaborateUniqueBlanket } from './nested-obligations.ts';

/** `self: trait` must hold once inference is done (from instantiating `item`). */
export interface Obligation {
  readonly self: Ty;
  readonly trait: DefId;
  readonly span: Span;
  readonly item: DefId;
  /** The predicate's unsubstituted self type (to find the argument that fixed it). */
  readonly paramTy: Ty;
  /** The bound as written (`T: Trait`'s `Trait`). */
  readonly boundSpan: Span;
  /** The path expression that instantiated `item`. */
  readonly pathId: HirId | null;
  /** From an unsizing coercion (`&T` -> `&dyn Trait`): the pointer types, for the note. */
  readonly unsize?: { readonly from: Ty; readonly to: Ty };
  /** The trait reference's arguments, `Self` first (`S: Sum<T::Item>`: `[S, T::Item]`). */
  readonly args?: GenericArgs;
  /** A nested obligation of a blanket impl chosen for inference: it guides inference, its parent reports failures. */
  readonly inferOnly?: boolean;
}

/** Generic args for a use of `def`: `parent` args (already known) then its own, from `seg`'s turbofish or fresh. */
export function instantiate(fcx: FnCtxt, def: DefId, parent: GenericArgs | null, seg: PathSegment | null, span: Span, pathId: HirId | null = null): GenericArgs {
  const tcx = fcx.tcx;
  const g = tcx.genericsOf(def);
  if (g.count === 0) return [];
  const args: GenericArg[] = [];
  const params = allParams(tcx, def);
  for (let i = 0; i < g.parentCount; i++) args.push(parent?.[i] ?? freshArg(fcx, params[i]!));
  const explicit = slotArgs(seg?.args);
  if (explicit.length > 0 && explicit.length !== g.own.length) {
    reportArgCount(tcx, def, tcx.defKind(def) === 'AssocFn' ? 'method' : 'function', seg!, span);
    fcx.results.taintedByErrors = true;
  }
  g.own.forEach((p, i) => {
    const e = explicit.length === g.own.length ? explicit[i] : undefined;
    args.push(e ? explicitArg(fcx, p, e) : freshArg(fcx, p));
  });
  if (args.some((a) => a.tag === 'Const')) fcx.instantiations.push({ def, args, span, pathId });
  registerPredicates(fcx, def, args, span, pathId);
  registerFnObligations(fcx, def, args, span, pathId);
  for (const p of projectionPredicatesOf(tcx, def)) {
    const paramTy = p.args[0]?.tag === 'Type' ? p.args[0].ty : undefined;
    fcx.projectionObligations.push({ alias: substTy(projectionTy(p.item, p.args), args), term: substTy(p.term, args), span, item: def, boundSpan: p.span, paramTy, pathId });
  }
  return args;
}

/**
 * `def`'s where clauses for `args`, as obligations. `inferOnly`: they only guide inference
 * (an impl already selected: its failures are not this use's to report).
 */
export function registerPredicates(fcx: FnCtxt, def: DefId, args: GenericArgs, span: Span, pathId: HirId | null, inferOnly = false): void {
  for (const p of predicatesOf(fcx.tcx, def)) {
    const o: Obligation = { self: substTy(p.self, args), trait: p.trait, span, item: def, paramTy: p.self, boundSpan: p.span, pathId, args: substArgsOf(p.args, args) };
    fcx.obligations.push(inferOnly ? { ...o, inferOnly } : o);
  }
}

/** A fresh inference variable for parameter `p`. */
export function freshArg(fcx: FnCtxt, p: GenericParamDef): GenericArg {
  return p.kind === 'const' ? { tag: 'Const', value: fcx.infcx.newConstVar() } : { tag: 'Type', ty: fcx.infcx.newVar() };
}

/** A turbofish argument (its type recorded like any type written in the body). */
function explicitArg(fcx: FnCtxt, p: GenericParamDef, a: HirGenericArg): GenericArg {
  if (p.kind === 'type' && a.tag === 'Type') return { tag: 'Type', ty: fcx.astConv(a.ty) };
  const r = convertArg(fcx, p, a);
  if (r.tag === 'Const' && r.value.tag === 'Value' && fcx.isError(r.value.ty)) fcx.sawErrorNode = true;
  return r;
}

/** `self: trait` through built-in rules, a bound in scope (parameters) or an impl. */
function traitHolds(fcx: FnCtxt, trait: DefId, self: Ty, traitArgs?: GenericArgs): boolean {
  const t = fcx.resolve(self);
  const b = builtinHolds(fcx, trait, t);
  if (b !== null) return b;
  const k = tyKind(t).tag;
  if (k === 'Infer') return true;
  if (k === 'Dynamic' && dynImplements(fcx.tcx, t, trait)) return true;
  if (k === 'Param') return boundInScope(fcx.tcx, fcx.owner, t, trait) || blanketImplHolds(fcx, trait, t);
  // A rigid projection: its declared bounds (`type IntoIter: Iterator`) and where clauses on it.
  if (k === 'Alias' && (boundInScope(fcx.tcx, fcx.owner, t, trait) || blanketImplHolds(fcx, trait, t))) return true;
  // A where clause on another type mentioning the generics (`where [T]: Index<I>`).
  if (mentionsParamOrAlias(t) && boundInScope(fcx.tcx, fcx.owner, t, trait)) return true;
  // The trait's arguments select among impls and bind impl parameters only they mention
  // (`impl<T, E, F: From<E>> FromResidual<Result<Infallible, E>> for Result<T, F>`).
  // Arguments still naming parameters or projections select nothing yet: any impl will do.
  const args = traitArgs ? fcx.infcx.resolveArgs(traitArgs) : undefined;
  if (args && args.length > 0 && args.every((a) => a.tag !== 'Type' || !mentionsParamOrAlias(a.ty))) {
    return fcx.tcx.selectImpl(trait, t, args) !== null;
  }
  return fcx.tcx.findImpl(trait, t) !== null;
}

/**
 * A parameter satisfies `trait` through a blanket impl (`impl<I: Iterator> IntoIterator for
 * I`) when the impl's where clauses hold for it by the bounds in scope.
 */
function blanketImplHolds(fcx: FnCtxt, trait: DefId, t: Ty, depth = 0): boolean {
  const tcx = fcx.tcx;
  if (depth > 4) return false;
  for (const impl of tcx.traitImplsFor(trait, t)) {
    const self = tyKind(tcx.typeOf(impl));
    if (self.tag !== 'Param' || tcx.genericsOf(impl).count !== 1) continue;
    const args = [{ tag: 'Type' as const, ty: t }];
    if (predicatesOf(tcx, impl).every((p) => {
      const s = substTy(p.self, args);
      return boundInScope(tcx, fcx.owner, s, p.trait) || (s !== t && blanketImplHolds(fcx, p.trait, s, depth + 1));
    })) return true;
  }
  return false;
}

/** `Copy` and `Sized` of built-in types are the compiler's (no impls in core); null: ask the impls. */
function builtinHolds(fcx: FnCtxt, trait: DefId, self: Ty): boolean | null {
  const tcx = fcx.tcx;
  const k = tyKind(fcx.resolve(self));
  if (trait === tcx.langItem('sized')) return !isUnsizedTy(fcx.resolve(self));
  if (isAutoMarker(tcx, trait)) return true;
  const fnKind = fnTraitKind(tcx, trait);
  if (fnKind !== null) return callableImplements(fcx, self, fnKind);
  if (trait !== tcx.langItem('copy')) return null;
  switch (k.tag) {
    case 'Bool': case 'Char': case 'Int': case 'Uint': case 'Float': case 'Never': case 'RawPtr': case 'FnDef': case 'FnPtr': case 'Error':
      return true;
    case 'Ref': return k.mutbl === 'not';
    case 'Tuple': return k.elems.every((e) => traitHolds(fcx, trait, e));
    case 'Array': return traitHolds(fcx, trait, k.elem);
    case 'Str': case 'Slice': case 'Dynamic': return false;
    case 'Closure': return closureUpvars(k.args).every((u) => traitHolds(fcx, trait, u));
    default: return null;
  }
}

/**
 * Settles the obligations (rustc's fulfillment, for trait bounds on parameters): a concrete
 * type needs an impl, a parameter needs a bound in scope. `final`: report what cannot hold.
 */
export function checkObligations(fcx: FnCtxt, final: boolean): void {
  const tcx = fcx.tcx;
  checkProjections(fcx, final);
  const pending = fcx.obligations.splice(0);
  for (const o of pending) {
    const self = fcx.resolve(o.self);
    if (fcx.isError(self)) continue;
    const k = tyKind(self);
    if (k.tag === 'Infer') {
      // Unknown types are reported by writeback's "type annotations needed" (E0283 with the bound).
      if (!final) fcx.obligations.push(o);
      else if (!o.inferOnly) fcx.ambiguous.push(o);
      continue;
    }
    const holds = traitHolds(fcx, o.trait, self, o.args?.slice(1));
    if (holds) continue;
    if (o.inferOnly) continue;
    if (!final) {
      fcx.obligations.push(o);
      continue;
    }
    // A `?` desugaring's calls report their own errors, in rustc's words (try-errors.ts).
    if (o.pathId !== null && tcx.hir.tryDesugars?.has(o.pathId)) continue;
    // A projection no impl answers (`<Counter as IntoIterator>::Item` after "`Counter` is not
    // an iterator") stands for an error already reported.
    if (fcx.hasNewErrors && hasStuckProjection(self)) continue;
    if (o.unsize) reportUnsizeUnsatisfied(fcx, o, self);
    else reportUnsatisfied(fcx, o, self, o.pathId !== null ? fcx.callsOfPath.get(o.pathId) ?? null : null);
  }
}

/** Settles the projection equations that can be now (rustc's select_where_possible). */
export function selectProjections(fcx: FnCtxt): void {
  checkProjections(fcx, false);
  for (const o of [...fcx.obligations]) elaborateUniqueBlanket(fcx, o);
  for (const o of fcx.obligations) inferTraitArgs(fcx, o);
  checkProjections(fcx, false);
}

/**
 * When exactly one impl of the trait for the (known) self type fits the obligation's
 * trait arguments, those arguments are the impl's (`u32: Sum<?int>` with impls `Sum<u32>`
 * and `Sum<&u32>` makes `?int` `u32`), as rustc's selection with one candidate does.
 */
function inferTraitArgs(fcx: FnCtxt, o: Obligation): void {
  const tcx = fcx.tcx;
  if (!o.args || o.args.length < 2) return;
  const self = fcx.resolve(o.self);
  const sk = tyKind(self).tag;
  if (sk === 'Infer' || sk === 'Param' || sk === 'Error' || sk === 'Alias') return;
  const wanted = o.args.slice(1).map((a) => (a.tag === 'Type' ? fcx.resolve(a.ty) : tys.error));
  // The self type's unknowns are learned too: `[?int; 3]: AsRef<[u32]>` through
  // `impl<T, const N: usize> AsRef<[T]> for [T; N]` makes the elements `u32`.
  if (!wanted.some((t) => hasInferVar(t)) && !hasInferVar(self)) return;
  const fitsAll = (traitArgs: GenericArgs): boolean => traitArgs.every((a, i) => a.tag !== 'Type' || fcx.infcx.unify(a.ty, wanted[i] ?? tys.error));
  let found: (() => boolean) | null = null;
  for (const impl of tcx.traitImplsFor(o.trait, self)) {
    const binding = matchPartial(tcx.typeOf(impl), self, tcx.genericsOf(impl).count);
    if (binding === null) continue;
    // Parameters the self type leaves open get fresh variables.
    const params = allParams(tcx, impl);
    const implArgs: GenericArgs = fillArgs(binding, (i) => freshArg(fcx, params[i]!));
    const traitArgs = substArgsOf(tcx.implTraitRef(impl)?.args ?? [], implArgs).slice(1);
    // The self type too: a binding matched against one of several unknowns in it
    // (`(Bound<?int>, Bound<?T>)` for `(Bound<T>, Bound<T>)`) makes them equal.
    const attempt = (): boolean => fitsAll(traitArgs) && fcx.infcx.unify(substTy(tcx.typeOf(impl), implArgs), self);
    const snap = fcx.infcx.snapshot();
    const ok = attempt();
    fcx.infcx.rollback(snap);
    if (!ok) continue;
    if (found !== null) return;
    found = attempt;
  }
  if (found !== null) found();
}

function mentionsParamOrAlias(t: Ty): boolean {
  const k = tyKind(t);
  switch (k.tag) {
    case 'Param': case 'Alias': return true;
    case 'Tuple': return k.elems.some(mentionsParamOrAlias);
    case 'Array': case 'Slice': return mentionsParamOrAlias(k.elem);
    case 'Ref': case 'RawPtr': return mentionsParamOrAlias(k.pointee);
    case 'Adt': case 'FnDef': return k.args.some((a) => a.tag === 'Type' && mentionsParamOrAlias(a.ty));
    default: return false;
  }
}

function hasInferVar(t: Ty): boolean {
  const k = tyKind(t);
  switch (k.tag) {
    case 'Infer': return true;
    case 'Tuple': return k.elems.some(hasInferVar);
    case 'Array': case 'Slice': return hasInferVar(k.elem);
    case 'Ref': case 'RawPtr': return hasInferVar(k.pointee);
    case 'Adt': case 'FnDef': case 'Alias': return k.args.some((a) => a.tag === 'Type' && hasInferVar(a.ty));
    default: return false;
  }
}

/** Settles `<T as Trait>::Item == X` equations once `T` is known; E0271 when they are false. */
function checkProjections(fcx: FnCtxt, final: boolean): void {
  for (const d of fcx.infcx.settleDeferred()) {
    if (final) reportProjectionMismatch(fcx, d.alias, d.other, fcx.body.value.span);
  }
  const pending = fcx.projectionObligations.splice(0);
  for (const o of pending) {
    const alias = fcx.resolve(o.alias);
    if (fcx.isError(alias) || fcx.isError(o.term)) continue;
    const k = tyKind(alias);
    if (k.tag === 'Alias') {
      // Not normalizable yet (its self type unknown), or rigid (a parameter's projection).
      const selfArg = k.args[0];
      const selfKind = selfArg && selfArg.tag === 'Type' ? tyKind(fcx.resolve(selfArg.ty)).tag : 'Error';
      if (selfKind === 'Infer') {
        if (!final) fcx.projectionObligations.push(o);
        continue;
      }
    }
    const term = fcx.resolve(o.term);
    if (fcx.infcx.probe(() => fcx.infcx.unify(alias, term))) continue;
    reportProjectionMismatch(fcx, o.alias, term, o.span, o);
  }
}

/**
 * E0271 in rustc's words ("expected `X` to be an iterator that yields `u32`, but it yields
 * `i64`" for `Iterator::Item`), at the argument that fixed the type, with the bound noted.
 */
function reportProjectionMismatch(fcx: FnCtxt, alias: Ty, expected: Ty, span: Span, o?: FnCtxt['projectionObligations'][number]): void {
  const tcx = fcx.tcx;
  const k = tyKind(alias);
  if (k.tag !== 'Alias') return;
  const actual = fcx.resolve(alias);
  const self = k.args[0]?.tag === 'Type' ? fcx.resolve(k.args[0].ty) : alias;
  const trait = tcx.parent(k.def);
  const traitName = trait !== null ? tcx.defName(trait) : '';
  const name = tcx.defName(k.def);
  const isIterItem = trait !== null && trait === tcx.langItem('iterator') && name === 'Item';
  const message = isIterItem
    ? `expected \`${fcx.tyStr(self)}\` to be an iterator that yields \`${fcx.tyStr(expected)}\`, but it yields \`${fcx.tyStr(actual)}\``
    : `type mismatch resolving \`<${fcx.tyStr(self)} as ${traitName}>::${name} == ${fcx.tyStr(expected)}\``;
  const d = fcx.err(message, 'E0271');
  const call = o?.pathId != null ? fcx.callsOfPath.get(o.pathId) ?? null : null;
  const argIdx = call && o?.item !== undefined && o.paramTy !== undefined ? argMentioning(fcx, { item: o.item, paramTy: o.paramTy }, call.args.length) : -1;
  const label = `type mismatch resolving \`<${fcx.tyStr(self)} as ${traitName}>::${name} == ${fcx.tyStr(expected)}\``;
  if (call && argIdx >= 0) {
    d.primary(call.args[argIdx]!.span, label);
    d.label(call.callee, 'required by a bound introduced by this call');
  } else {
    d.primary(span, label);
  }
  const built = d.build();
  const children: SubDiagnostic[] = [...built.children];
  // The impl's `type Item = i64;` that made it so.
  const implTy = trait !== null ? tcx.selectImpl(trait, self, k.args.slice(1)) : null;
  const implItem = implTy !== null ? tcx.assocItemNamed(implTy.impl, name) : null;
  const implHir = implItem !== null && isLocal(implItem) ? tcx.hir.items.get(implItem) : undefined;
  if (implHir && implHir.kind.tag === 'TyAlias' && implHir.kind.ty) {
    children.push({ level: 'note', message: `expected this to be \`${fcx.tyStr(expected)}\``, spans: [{ span: implHir.kind.ty.span, label: null, primary: true }] });
  }
  if (o?.item !== undefined && o.boundSpan !== undefined) {
    const itemName = tcx.defName(o.item);
    children.push({ level: 'note', message: `required by a bound in \`${itemName}\``, spans: [{ span: o.boundSpan, label: `required by this bound in \`${itemName}\``, primary: true }] });
  }
  fcx.dcx.emit({ ...built, children });
}

/** Whether `t` contains a projection of a concrete type (one normalization could not resolve). */
function hasStuckProjection(t: Ty): boolean {
  const k = tyKind(t);
  switch (k.tag) {
    case 'Alias': {
      const self = k.args[0];
      const sk = self && self.tag === 'Type' ? tyKind(self.ty).tag : 'Error';
      return sk !== 'Param' && sk !== 'Infer' && sk !== 'Alias' ? true : k.args.some((a) => a.tag === 'Type' && hasStuckProjection(a.ty));
    }
    case 'Tuple': return k.elems.some(hasStuckProjection);
    case 'Array': case 'Slice': return hasStuckProjection(k.elem);
    case 'Ref': case 'RawPtr': return hasStuckProjection(k.pointee);
    case 'Adt': return k.args.some((a) => a.tag === 'Type' && hasStuckProjection(a.ty));
    default: return false;
  }
}
