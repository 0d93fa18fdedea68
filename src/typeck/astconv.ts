import type { QPath } from '../hir/path.ts';
import type { PrimTy, Res } from '../hir/res.ts';
import type { HirTy } from '../hir/types.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import { intern, symStr } from '../syntax/symbol.ts';
import { mkAdt, mkRef, mkTuple, mkTy, tys } from '../ty/interner.ts';
import type { ConstArg, DynProjection, FnSig, GenericArg, GenericArgs, Ty } from '../ty/ty.ts';
import type { DefId } from '../ty/def-id.ts';
import type { Span } from '../diagnostics/span.ts';
import type { PathSegment } from '../hir/path.ts';
import { reportArgCount } from './arg-count.ts';
import { constArgOf } from './const-arg.ts';
import { convertArg, errorArg, inferredArg, slotArgs } from './generic-args.ts';
import { qualifiedAssocTy, typeRelativeAssocTy } from './assoc-ty.ts';
import { checkDynCompatible } from './object-safety.ts';
import { assocTyOfTrait, paramDefaults, reportAssocNotFound, traitRefArgs } from './trait-ref.ts';
import { substArg, substTy } from '../ty/subst.ts';
import { identityArgs } from '../middle/generics.ts';

/** How `_` in a type is handled: fresh inference variables in bodies, an error in signatures. */
export interface AstConvCtx {
  readonly tcx: TcxImpl;
  infer(ty: HirTy): Ty;
  /** Bodies: a fresh variable for generic arguments left out (`Pair::new`); null in signatures. */
  inferArg(): Ty | null;
  /** Bodies: a fresh const variable for const arguments left out; absent or null in signatures. */
  inferConst?(): ConstArg | null;
  /** The item whose generics are in scope (for `T::Item` through `T`'s bounds). */
  readonly owner?: DefId;
}

export function primTy(p: PrimTy): Ty {
  switch (p.tag) {
    case 'Int': return tys[p.int];
    case 'Uint': return tys[p.uint];
    case 'Float': return p.float === 'f32' ? tys.f32 : p.float === 'f64' ? tys.f64 : mkTy({ tag: 'Float', float: p.float });
    case 'Bool': return tys.bool;
    case 'Char': return tys.char;
    case 'Str': return tys.str;
  }
}

export const SELF_PARAM: Ty = mkTy({ tag: 'Param', index: 0, name: 'Self' });

/** The type a resolved type path names. */
export function resToTy(tcx: TcxImpl, res: Res, span: HirTy['span']): Ty {
  switch (res.tag) {
    case 'PrimTy': return primTy(res.prim);
    case 'SelfTyAlias': return tcx.typeOf(res.implDef);
    case 'SelfTyParam': return SELF_PARAM;
    case 'Err': case 'Local': case 'SelfCtor': return tys.error;
    case 'Def':
      switch (res.kind) {
        case 'Struct': case 'Enum': case 'Union': return mkAdt(res.def, []);
        case 'TyAlias': return tcx.typeOf(res.def);
        case 'TyParam': return mkTy({ tag: 'Param', index: tcx.paramIndex(res.def), name: tcx.defName(res.def) });
        case 'Trait': return bareTraitObject(tcx, res.def, span);
        default: {
          tcx.sess.dcx.err(`expected type, found ${res.kind.toLowerCase()} \`${tcx.defName(res.def)}\``, 'E0573').primary(span, 'not a type').emit();
          return tys.error;
        }
      }
  }
}

function qpathTy(cx: AstConvCtx, q: QPath, span: HirTy['span']): Ty {
  if (q.tag === 'Resolved') {
    if (q.qself) return qualifiedAssocTy(cx, q.qself, q.path, span);
    const res = q.path.res;
    if (res.tag === 'Def' && (res.kind === 'Struct' || res.kind === 'Enum' || res.kind === 'Union')) {
      return mkAdt(res.def, adtArgs(cx, res.def, q.path.segments[q.path.segments.length - 1] ?? null, span));
    }
    // A generic type alias names its type with the given arguments substituted.
    if (res.tag === 'Def' && res.kind === 'TyAlias' && cx.tcx.genericsOf(res.def).count > 0) {
      const g = cx.tcx.genericsOf(res.def);
      const given = slotArgs(q.path.segments[q.path.segments.length - 1]?.args);
      const args: GenericArgs = given.map((a, i) => (g.own[i] ? convertArg(cx, g.own[i]!, a) : { tag: 'Type' as const, ty: tys.error }));
      if (args.length === g.count) return substTy(cx.tcx.typeOf(res.def), args);
    }
    return resToTy(cx.tcx, res, span);
  }
  const base = astConv(cx, q.qself);
  if (base !== tys.error) {
    const found = typeRelativeAssocTy(cx, q.qself, base, symStr(q.segment.ident.name), q.segment.ident.span);
    if (found !== null) return found;
    cx.tcx.sess.dcx
      .err(`ambiguous associated type`, 'E0223')
      .primary(span)
      .note(`associated type \`${symStr(q.segment.ident.name)}\` is not supported by tsrustc yet`)
      .emit();
  }
  return tys.error;
}

/** Generic arguments of an ADT named in a type: as written, or inferred in bodies. */
export function adtArgs(cx: AstConvCtx, def: DefId, seg: PathSegment | null, span: Span): GenericArgs {
  const tcx = cx.tcx;
  const g = tcx.genericsOf(def);
  const given = slotArgs(seg?.args);
  if (g.count === 0 && given.length === 0) return [];
  if (given.length === g.count) return given.map((a, i) => convertArg(cx, g.own[i]!, a));
  // `HashMap<K, V>` for `struct HashMap<K, V, S = RandomState>`: the missing trailing
  // parameters take their defaults, substituted with the arguments before them.
  if (given.length > 0 && given.length < g.count) {
    const defaults = paramDefaults(tcx, def);
    if (defaults.slice(given.length).every((d) => d !== null)) {
      const out: GenericArg[] = given.map((a, i) => convertArg(cx, g.own[i]!, a));
      for (let i = given.length; i < g.count; i++) out.push(substArg(defaults[i]!, out));
      return out;
    }
  }
  if (given.length === 0) {
    const out: GenericArg[] = [];
    for (let i = 0; i < g.count; i++) {
      const v = inferredArg(cx, g.own[i]!);
      if (v === null) break;
      out.push(v);
    }
    if (out.length === g.count) return out;
  }
  const segment: PathSegment = seg ?? { hirId: 0 as PathSegment['hirId'], ident: { name: intern(tcx.defName(def)), span }, res: { tag: 'Err' }, args: null };
  reportArgCount(tcx, def, tcx.adtDef(def).kind, segment, span);
  return g.own.map(errorArg);
}

/** Converts a type written in the source to an interned type (rustc's astconv / HIR ty lowering). */
export function astConv(cx: AstConvCtx, t: HirTy): Ty {
  const k = t.kind;
  switch (k.tag) {
    case 'Slice': return mkTy({ tag: 'Slice', elem: astConv(cx, k.elem) });
    case 'Array': {
      const elem = astConv(cx, k.elem);
      const len = constArgOf(cx.tcx, k.len, tys.usize, 'array length');
      if (len === null) return tys.error;
      return mkTy({ tag: 'Array', elem, len });
    }
    case 'Ptr': return mkTy({ tag: 'RawPtr', mutbl: k.mutbl, pointee: astConv(cx, k.pointee) });
    case 'Ref': return mkRef(astConv(cx, k.pointee), k.mutbl);
    case 'Never': return tys.never;
    case 'Tup': return mkTuple(k.elems.map((e) => astConv(cx, e)));
    case 'Path': return qpathTy(cx, k.qpath, t.span);
    case 'Infer': return cx.infer(t);
    case 'BareFn': {
      const sig: FnSig = {
        inputs: k.fn.inputs.map((i) => astConv(cx, i)),
        output: k.fn.output ? astConv(cx, k.fn.output) : tys.unit,
        cVariadic: k.fn.cVariadic,
        unsafe: k.fn.unsafe,
        abi: k.fn.abi,
      };
      return mkTy({ tag: 'FnPtr', sig });
    }
    case 'TraitObject': return dynTy(cx, k.bounds, t.span);
    // `impl Trait` returned: the opaque type over the fn's generics (revealed by normalization).
    case 'Opaque': return mkTy({ tag: 'Alias', def: k.def, args: identityArgs(cx.tcx, k.def) });
    case 'Err': return tys.error;
  }
}

/**
 * A trait named where a type is expected: an error from the 2021 edition on (E0782), before
 * it a trait object (rustc's `bare_trait_objects` lint, not reported yet).
 */
function bareTraitObject(tcx: TcxImpl, trait: DefId, span: Span): Ty {
  if (tcx.sess.edition === '2015' || tcx.sess.edition === '2018') return mkDynamic(tcx, trait, [], [], span);
  const name = tcx.defName(trait);
  const at = { lo: span.lo, hi: span.lo, ctxt: span.ctxt };
  const d = tcx.sess.dcx.err('expected a type, found a trait', 'E0782').primary(span);
  const fn = fnWithParamType(tcx, span);
  if (fn !== null) {
    // A parameter type: rustc offers a type parameter, `impl Trait`, then `dyn Trait`.
    const insert = fn.genericsEnd !== null
      ? { span: { lo: fn.genericsEnd, hi: fn.genericsEnd, ctxt: span.ctxt }, replacement: `, T: ${name}` }
      : { span: { lo: fn.nameEnd, hi: fn.nameEnd, ctxt: span.ctxt }, replacement: `<T: ${name}>` };
    const replace = { span, replacement: 'T' };
    d.help(`use a new generic type parameter, constrained by \`${name}\``, undefined, [{ ...insert, applicability: 'MachineApplicable', style: 'verbose', parts: [insert, replace] }]);
    d.help("you can also use an opaque type, but users won't be able to specify the type parameter when calling the `fn`, having to rely exclusively on type inference", undefined, [{ span: at, replacement: 'impl ', applicability: 'MachineApplicable', style: 'verbose' }]);
    d.help(`alternatively, use a trait object to accept any type that implements \`${name}\`, accessing its methods at runtime using dynamic dispatch`, undefined, [{ span: at, replacement: 'dyn ', applicability: 'MachineApplicable', style: 'verbose' }]);
  } else {
    d.help(`you can add the \`dyn\` keyword if you want a trait object`, undefined, [{ span: at, replacement: 'dyn ', applicability: 'MachineApplicable', style: 'verbose' }]);
  }
  d.emit();
  return tys.error;
}

/** The fn item one of whose parameter types contains `span` (where its name and generics end). */
function fnWithParamType(tcx: TcxImpl, span: Span): { nameEnd: number; genericsEnd: number | null } | null {
  for (const [def, item] of tcx.hir.items) {
    if (item.kind.tag !== 'Fn') continue;
    const inputs = item.kind.sig.decl.inputs;
    if (!inputs.some((t) => t.span.lo <= span.lo && span.hi <= t.span.hi)) continue;
    const g = tcx.hir.generics.get(def);
    // `fn f<'a, T>(..)`: the generics end just before `(`; without any, after the name.
    const genericsEnd = g && g.span.hi > g.span.lo ? g.span.hi - 1 : null;
    return { nameEnd: item.ident.span.hi, genericsEnd };
  }
  return null;
}

/** `dyn Principal<Args> + Auto + 'a`: the first trait is the principal, the others auto traits. */
function dynTy(cx: AstConvCtx, bounds: readonly import('../hir/path.ts').Path[], span: Span): Ty {
  const traits = bounds.filter((b) => b.res.tag === 'Def' && b.res.kind === 'Trait');
  if (traits.length !== bounds.length) return tys.error;
  if (traits.length === 0) {
    cx.tcx.sess.dcx.err('at least one trait is required for an object type', 'E0224').primary(span).emit();
    return tys.error;
  }
  const first = traits[0]!;
  const def = (first.res as { def: DefId }).def;
  const seg = first.segments[first.segments.length - 1];
  // The trait's arguments after `Self` (defaults filled in), and its `Item = T` bindings.
  const full = traitRefArgs(cx, def, SELF_PARAM, seg?.args ?? null);
  const projections: DynProjection[] = [];
  for (const c of seg?.args?.constraints ?? []) {
    const name = symStr(c.ident.name);
    const found = assocTyOfTrait(cx.tcx, def, name, full);
    if (found === null) {
      reportAssocNotFound(cx.tcx, def, name, c.ident.span);
      continue;
    }
    projections.push({ item: found.item, term: astConv(cx, c.ty) });
  }
  const autos = traits.slice(1).map((b) => (b.res as { def: DefId }).def);
  return mkDynamic(cx.tcx, def, full.slice(1), autos, span, projections);
}

function mkDynamic(tcx: TcxImpl, def: DefId, args: GenericArgs, autoTraits: readonly DefId[], span: Span, projections: readonly DynProjection[] = []): Ty {
  if (!checkDynCompatible(tcx, def, span)) return tys.error;
  return mkTy({ tag: 'Dynamic', principal: { def, args }, autoTraits, ...(projections.length > 0 ? { projections } : {}) });
}

/** Signatures and item types: `_` is not allowed (E0121). */
export function itemCtx(tcx: TcxImpl, owner?: DefId): AstConvCtx {
  return {
    tcx,
    owner,
    inferArg: () => null,
    infer(ty) {
      tcx.sess.dcx.err('the placeholder `_` is not allowed within types on item signatures', 'E0121').primary(ty.span, 'not allowed in type signatures').emit();
      return tys.error;
    },
  };
}
