import type { Expr } from '../hir/expr.ts';
import type { PathSegment, QPath } from '../hir/path.ts';
import type { Span } from '../diagnostics/span.ts';
import { instantiate } from './instantiate.ts';
import { adtArgs } from './astconv.ts';
import { traitRefArgs } from './trait-ref.ts';
import { slotArgs } from './generic-args.ts';
import type { HirId } from '../hir/ids.ts';
import type { Res } from '../hir/res.ts';
import { symStr } from '../syntax/symbol.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';
import { mkAdt, mkTy, tyKind, tys } from '../ty/interner.ts';
import type { GenericArgs, Ty } from '../ty/ty.ts';
import { substTy } from '../ty/subst.ts';
import { lookupAssocItem, traitCandidates, type AssocCandidate } from './assoc-lookup.ts';
import { traitRefsBoundFor } from './predicates.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { checkAssocPrivacy } from './privacy.ts';
import { emitWithImportHelp, traitsInScopeAt } from './method-errors.ts';

/** The type of a value path: locals, fns, constructors, consts, statics, associated items. */
export function checkPathExpr(fcx: FnCtxt, e: Expr, q: QPath): Ty {
  if (q.tag === 'TypeRelative') {
    const self = fcx.astConv(q.qself);
    if (fcx.isError(self)) return tys.error;
    const name = symStr(q.segment.ident.name);
    const r = fcx.resolve(self);
    const traits = traitsInScopeAt(fcx, q.segment.hirId);
    const found = tyKind(r).tag === 'Param' ? boundItem(fcx, r, name) : lookupAssocItem(fcx.tcx, r, name, traits);
    if (!found) {
      reportNoAssoc(fcx, r, name, q.segment.ident.span, q.segment.hirId);
      return tys.error;
    }
    if (found.fromTrait === null) checkAssocPrivacy(fcx, found.def, q.segment.ident.span);
    // `Vec::from(x)` with several `From` impls for `Vec<_>`, `i64::from(3i32)`: the trait's
    // method with `Self` known, its impl chosen once the arguments are inferred (as `From::from` is).
    if (found.viaObligation && found.fromTrait !== null) return traitMethodPath(fcx, e, found.def, found.fromTrait, r, q.segment);
    const args = instantiate(fcx, found.def, found.args, q.segment, e.span, e.hirId);
    fcx.results.typeDependentDefs.set(e.hirId, { def: found.def, args });
    return valueTyOfDef(fcx, found.def, args);
  }
  const res = q.path.res;
  if (res.tag === 'Def' && res.kind === 'AssocConst' && q.qself) {
    // `<T as Trait>::CONST`: the impl's constant (or the trait's default) for a known `T`.
    const trait = fcx.tcx.traitOfItem(res.def);
    const self = fcx.resolve(fcx.astConv(q.qself));
    const sel = trait !== null && tyKind(self).tag !== 'Param' ? fcx.tcx.selectImpl(trait, self) : null;
    const item = sel !== null ? fcx.tcx.assocItemNamed(sel.impl, fcx.tcx.defName(res.def)) : null;
    if (sel !== null && item !== null) {
      fcx.results.typeDependentDefs.set(e.hirId, { def: item, args: sel.args });
      return substTy(fcx.tcx.typeOf(item), sel.args);
    }
    // A type parameter's (`<T as Animal>::LEGS`) or the trait's default: the trait's constant
    // with `Self` given, resolved to an impl's once monomorphized.
    if (trait !== null) {
      const args = instantiate(fcx, res.def, [{ tag: 'Type', ty: self }], q.path.segments[q.path.segments.length - 1] ?? null, e.span, e.hirId);
      fcx.results.typeDependentDefs.set(e.hirId, { def: res.def, args });
      return substTy(fcx.tcx.typeOf(res.def), args);
    }
  }
  if (res.tag === 'Def' && res.kind === 'AssocFn') {
    const trait = fcx.tcx.traitOfItem(res.def);
    if (trait !== null) {
      const self = q.qself ? fcx.astConv(q.qself) : fcx.infcx.newVar();
      // `<S as T<123>>::l`, `Add::<u8>::add`: the trait's arguments as written on its segment.
      const traitSeg = q.path.segments[q.path.segments.length - 2];
      const traitArgs = traitSeg?.args ? traitRefArgs(fcx, trait, self, traitSeg.args) : undefined;
      return traitMethodPath(fcx, e, res.def, trait, self, q.path.segments[q.path.segments.length - 1] ?? null, traitArgs);
    }
  }
  return resValueTy(fcx, res, argsSegment(fcx, res, q.path.segments), e.span, e.hirId);
}

/**
 * A trait method named by a path with `Self` known or inferred: fresh variables for the
 * trait's other parameters (`PartialEq`'s `Rhs`) and the method's own, as for any generic
 * item; the impl is selected once inference is done.
 */
function traitMethodPath(fcx: FnCtxt, e: Expr, method: DefId, trait: DefId, self: Ty, seg: PathSegment | null, traitArgs?: GenericArgs): Ty {
  const args = instantiate(fcx, method, traitArgs ?? [{ tag: 'Type', ty: self }], seg, e.span, e.hirId);
  fcx.pendingTraitCalls.push({ pathId: e.hirId, method, trait, selfTy: self, args, span: e.span });
  return mkTy({ tag: 'FnDef', def: method, args });
}

/** `T::name` through a `T: Trait` bound in scope. */
function boundItem(fcx: FnCtxt, self: Ty, name: string): AssocCandidate | null {
  for (const { trait, args } of traitRefsBoundFor(fcx.tcx, fcx.owner, self)) {
    const item = fcx.tcx.assocItemNamed(trait, name);
    if (item !== null) return { def: item, args, fromTrait: trait };
  }
  return null;
}

/**
 * The segment whose generic args instantiate the path: the last one, except for an enum
 * variant, whose enum's args may be written on the enum (`Option::<u8>::None`) instead.
 */
function argsSegment(fcx: FnCtxt, res: Res, segs: readonly PathSegment[]): PathSegment | null {
  const last = segs[segs.length - 1] ?? null;
  const prev = segs[segs.length - 2];
  if (last?.args || !prev?.args || res.tag !== 'Def') return last;
  const variant = res.kind === 'Ctor' ? fcx.tcx.parent(res.def) : res.def;
  return variant !== null && fcx.tcx.defKind(variant) === 'Variant' ? prev : last;
}

export function resValueTy(fcx: FnCtxt, res: Res, seg: PathSegment | null = null, span: Span | null = null, pathId: HirId | null = null): Ty {
  switch (res.tag) {
    case 'Local': return fcx.nodeTy(res.id);
    case 'SelfCtor': {
      const self = fcx.tcx.typeOf(res.implDef);
      const k = tyKind(self);
      if (k.tag !== 'Adt') return tys.error;
      const ctor = fcx.tcx.ctorOf(k.def);
      if (ctor === null) {
        fcx.err(`the \`Self\` constructor can only be used with tuple or unit structs`).emit();
        return tys.error;
      }
      return valueTyOfDef(fcx, ctor, k.args);
    }
    case 'Def': {
      // Variant constructors take their enum's params as parent args: explicit ones
      // (`Option::<u8>::None`, `None::<u8>`) fill those.
      // (`Foo::<3>([1, 2, 3])`, `Const::<3>`: a struct's constructor takes the struct's.)
      const g = fcx.tcx.genericsOf(res.def);
      const adt = g.parent;
      if (g.own.length === 0 && adt !== null && seg?.args && slotArgs(seg.args).length > 0 && fcx.tcx.defKind(adt) !== 'Trait') {
        const parent = adtArgs(fcx, adt, seg, seg.ident.span);
        return valueTyOfDef(fcx, res.def, instantiate(fcx, res.def, parent, null, span ?? fcx.body.value.span, pathId));
      }
      return valueTyOfDef(fcx, res.def, instantiate(fcx, res.def, null, seg, span ?? fcx.body.value.span, pathId));
    }
    default:
      fcx.sawErrorNode = true;
      return tys.error;
  }
}

/** Type of a path naming definition `def` in value position. */
export function valueTyOfDef(fcx: FnCtxt, def: DefId, args: GenericArgs): Ty {
  const kind = fcx.tcx.defKind(def);
  switch (kind) {
    case 'Fn': case 'AssocFn': case 'ForeignFn':
      return mkTy({ tag: 'FnDef', def, args });
    case 'Ctor': {
      const target = fcx.tcx.ctorTarget(def);
      if (!target) return tys.error;
      const v = fcx.tcx.adtDef(target.adt).variants[target.variant];
      if (v && v.ctorKind === 'const') return mkAdt(target.adt, args);
      return mkTy({ tag: 'FnDef', def, args });
    }
    case 'Const': case 'AssocConst': case 'Static': case 'ForeignStatic': case 'ConstParam':
      return fcx.tcx.typeOf(def);
    default:
      return tys.error;
  }
}

/** E0599 for `Type::name` with no such associated item (with the traits not in scope that have it). */
export function reportNoAssoc(fcx: FnCtxt, self: Ty, name: string, span: Expr['span'], segId: HirId | null = null): void {
  const k = tyKind(self);
  const what = k.tag === 'Adt' ? `${fcx.tcx.adtDef(k.def).kind} \`${fcx.tyStr(self)}\`` : `type \`${fcx.tyStr(self)}\``;
  const d = fcx.err(`no function or associated item named \`${name}\` found for ${what} in the current scope`, 'E0599');
  if (k.tag === 'Adt' && isLocal(k.def)) d.label(fcx.tcx.defSpan(k.def), `function or associated item \`${name}\` not found for this ${fcx.tcx.adtDef(k.def).kind}`);
  d.primary(span, `function or associated item not found in \`${fcx.tyStr(self)}\``);
  if (segId === null) {
    d.emit();
    return;
  }
  const inScope = traitsInScopeAt(fcx, segId);
  const others = fcx.tcx.traitsWithImpls().filter((t) => !inScope.includes(t));
  const traits = traitCandidates(fcx.tcx, self, name, others).map((c) => c.fromTrait).filter((t): t is DefId => t !== null);
  emitWithImportHelp(fcx, d, name, [...new Set(traits)], segId);
}
