import type { EncodedMacro } from '../expand/macro-rules/metadata.ts';
import type { Res } from '../hir/res.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import { primTyName } from '../resolve/prim-ty.ts';
import { defCrate, defIndex, LOCAL_CRATE, type DefId } from '../ty/def-id.ts';
import { LocalProvider } from '../typeck/collect.ts';
import { predicatesOf, projectionPredicatesOf } from '../typeck/predicates.ts';
import { paramDefaults } from '../typeck/trait-ref.ts';
import { revealOpaque } from '../typeck/opaque.ts';
import { identityArgs } from '../middle/generics.ts';
import type { AdtEnc, ChildEnc, DefEnc, DefRef, MetadataBlob, ResEnc } from './schema.ts';
import { encodeArg, encodeArgs, encodeSig, encodeTy } from './ty-codec.ts';
import { encodeMir } from './mir-codec.ts';
import { mirBuildCx } from '../mir/station.ts';
import { tyKind } from '../ty/interner.ts';
import { COMPILER_VERSION, METADATA_FORMAT_VERSION, METADATA_MAGIC } from './version.ts';

/**
 * Writes what dependents need to know about the local crate: every definition with its
 * kind, name, parent and visibility, signatures, types, ADTs, impls and traits, module
 * children (re-exports included), lang items and codegen attributes.
 */
export function encodeMetadata(from: TcxImpl | { readonly tcx: TcxImpl }, macros: readonly EncodedMacro[] = []): Uint8Array {
  const tcx = 'tcx' in from ? from.tcx : from;
  const local = tcx.crate(LOCAL_CRATE);
  if (!(local instanceof LocalProvider)) throw new Error('local crate provider expected');
  const deps = tcx.allProviders().filter((p) => p.cnum !== LOCAL_CRATE).sort((a, b) => a.cnum - b.cnum);
  const depIndex = new Map(deps.map((p, i) => [p.cnum, i + 1]));
  const ref = (d: DefId): DefRef => {
    const c = defCrate(d);
    return [c === LOCAL_CRATE ? 0 : depIndex.get(c)!, defIndex(d)];
  };
  const ty = (t: Parameters<typeof encodeTy>[0]) => encodeTy(t, ref);
  const encRes = (r: Res): ResEnc | null => {
    if (r.tag === 'Def') return ['D', r.kind, ref(r.def)];
    if (r.tag === 'PrimTy') return ['prim', primTyName(r.prim)];
    return null;
  };
  const children = (def: DefId): ChildEnc[] => {
    const out: ChildEnc[] = [];
    for (const c of local.children(def)) {
      const r = encRes(c.res);
      if (r) out.push({ n: c.name, ns: c.ns, r, pub: c.isPublic });
    }
    return out;
  };

  const defs: DefEnc[] = [];
  const mir: Record<string, unknown> = {};
  for (const def of local.allDefs()) {
    const k = tcx.defKind(def);
    const parent = tcx.parent(def);
    const base = { k, n: local.defName(def), p: parent === null ? null : defIndex(parent), pub: tcx.visibility(def).tag === 'Public' };
    let extra: Partial<DefEnc> = {};
    switch (k) {
      case 'Fn': case 'AssocFn': case 'ForeignFn': {
        const a = tcx.codegenAttrs(def);
        extra = {
          sig: encodeSig(tcx.fnSig(def), ref),
          self: tcx.implicitSelf(def),
          body: tcx.hasBody(def),
          foreign: k === 'ForeignFn',
          attrs: { ...a, intrinsic: tcx.intrinsicName(def) },
        };
        break;
      }
      case 'OpaqueTy': {
        // Dependents see a returned `impl Trait` as its hidden type (as they reveal local ones).
        const hidden = tcx.canBuildMir ? revealOpaque(tcx, def, identityArgs(tcx, def)) : null;
        if (hidden !== null) extra = { ty: ty(hidden) };
        break;
      }
      case 'Ctor': case 'Closure':
        extra = { sig: encodeSig(tcx.fnSig(def), ref) };
        break;
      case 'Static': case 'ForeignStatic': {
        const a = tcx.codegenAttrs(def);
        extra = { ty: ty(tcx.typeOf(def)), mut: local.staticMutable(def), foreign: k === 'ForeignStatic', attrs: { ...a, intrinsic: null } };
        break;
      }
      case 'Const': case 'AssocConst': {
        const v = scalarConstValue(tcx, def);
        extra = { ty: ty(tcx.typeOf(def)), cv: v === null ? null : v.toString(), body: tcx.hasBody(def) };
        break;
      }
      case 'Struct': case 'Enum': case 'Union': {
        const adt = tcx.adtDef(def);
        const enc: AdtEnc = {
          kind: adt.kind,
          v: adt.variants.map((v) => ({
            d: defIndex(v.def),
            n: v.name,
            f: v.fields.map((f) => ({ d: defIndex(f.def), n: f.name, t: ty(f.ty), pub: f.isPub })),
            discr: v.discr.toString(),
            ck: v.ctorKind,
          })),
          repr: adt.repr,
        };
        const ctor = tcx.ctorOf(def);
        extra = { adt: enc, ctor: ctor === null ? null : defIndex(ctor), children: k === 'Enum' ? children(def) : undefined };
        break;
      }
      case 'Variant': {
        const ctor = tcx.ctorOf(def);
        extra = { ctor: ctor === null ? null : defIndex(ctor) };
        break;
      }
      case 'Field': case 'TyAlias': case 'AssocTy': case 'ConstParam':
        extra = { ty: ty(tcx.typeOf(def)) };
        break;
      case 'Impl': {
        const tr = tcx.implTraitRef(def);
        extra = { ty: ty(tcx.typeOf(def)), trait: tr === null ? null : ref(tr.trait), items: tcx.assocItems(def).map(defIndex) };
        if (tr !== null) extra = { ...extra, ta: encodeArgs(tr.args, ref) };
        break;
      }
      case 'Trait': {
        extra = { items: tcx.assocItems(def).map(defIndex), children: children(def) };
        const ou = tcx.onUnimplemented(def);
        if (ou !== null) extra = { ...extra, ou };
        if (tcx.skipArrayDuringMethodDispatch(def)) extra = { ...extra, sa: true };
        break;
      }
      case 'Mod':
        extra = { children: children(def) };
        break;
      default:
        break;
    }
    if (k === 'Fn' || k === 'AssocFn' || k === 'Struct' || k === 'Enum' || k === 'Union' || k === 'Trait') {
      const mu = tcx.mustUse(def);
      if (mu !== undefined) extra = { ...extra, mu: mu ?? '' };
    }
    const gen = tcx.genericsOf(def).own.filter((o) => o.def !== null);
    if (gen.length > 0) extra = { ...extra, g: gen.map((o) => (o.maybeSized ? [defIndex(o.def!), o.name, 1] as const : [defIndex(o.def!), o.name] as const)) };
    if (k === 'Fn' || k === 'AssocFn' || k === 'Impl' || k === 'Trait' || k === 'Struct' || k === 'Enum' || k === 'Union' || k === 'AssocTy') {
      const parent = tcx.genericsOf(def).parent;
      const skip = parent !== null ? predicatesOf(tcx, parent).length : 0;
      const own = predicatesOf(tcx, def).slice(skip);
      if (own.length > 0) extra = { ...extra, pr: own.map((p) => [ty(p.self), ref(p.trait), encodeArgs(p.args, ref)] as const) };
      const pskip = parent !== null ? projectionPredicatesOf(tcx, parent).length : 0;
      const pj = projectionPredicatesOf(tcx, def).slice(pskip);
      if (pj.length > 0) extra = { ...extra, pj: pj.map((p) => [ref(p.item), encodeArgs(p.args, ref), ty(p.term)] as const) };
      const gd = paramDefaults(tcx, def);
      if (gd.some((d) => d !== null)) extra = { ...extra, gd: gd.map((d) => (d === null ? null : encodeArg(d, ref))) };
    }
    // Dependents instantiate generic fns themselves: they need the MIR.
    const inlineHint = (k === 'Fn' || k === 'AssocFn') && tcx.hasBody(def) && (tcx.codegenAttrs(def).inline === 'hint' || tcx.codegenAttrs(def).inline === 'always');
    // Dependents evaluate calls of const fns in their statics and constants (rustc's mir_for_ctfe).
    const hirItem = tcx.hir.items.get(def);
    const constFn = hirItem !== undefined && hirItem.kind.tag === 'Fn' && hirItem.kind.sig.header.constness;
    // Constants of generic impls too: dependents evaluate them per instance.
    const genericConst = k === 'AssocConst' && tcx.hasBody(def) && tcx.genericCount(def) > 0;
    if ((k === 'Fn' || k === 'AssocFn' || genericConst) && tcx.canBuildMir && tcx.hasMir(def) && (tcx.genericCount(def) > 0 || inlineHint || constFn)) {
      mir[String(defIndex(def))] = encodeMir(tcx.mirBody(def), ref);
    }
    // Closures are instantiated wherever their type ends up (inside an upstream generic
    // or #[inline] fn's copy, or returned as `impl Fn`): dependents need their MIR too.
    if (k === 'Closure' && tcx.canBuildMir && tcx.hasMir(def)) {
      mir[String(defIndex(def))] = encodeMir(tcx.mirBody(def), ref);
    }
    defs.push({ ...base, ...extra });
  }
  const blob: MetadataBlob = {
    magic: METADATA_MAGIC,
    format: METADATA_FORMAT_VERSION,
    compiler: COMPILER_VERSION,
    name: local.name,
    hash: local.hash,
    deps: deps.map((p) => ({ name: p.name, hash: p.hash })),
    root: defIndex(local.root),
    defs,
    impls: local.impls().map(defIndex),
    langItems: [...local.langItems()].map(([n, d]) => [n, ref(d)] as const),
    mir,
    macros,
  };
  return new TextEncoder().encode(JSON.stringify(blob));
}

/**
 * The value of a scalar const for dependents: the integer evaluator's answer, else (floats,
 * consts built from method calls) the MIR evaluator's scalar, as bits.
 */
function scalarConstValue(tcx: TcxImpl, def: DefId): bigint | null {
  const v = tcx.constIntValue(def);
  // A constant of a generic impl has a value per instance (dependents evaluate its MIR).
  if (v !== null || !tcx.hasBody(def) || tcx.genericCount(def) > 0) return v;
  const k = tyKind(tcx.typeOf(def)).tag;
  if (k !== 'Float' && k !== 'Int' && k !== 'Uint' && k !== 'Bool' && k !== 'Char') return null;
  const tree = mirBuildCx(tcx).constTree(def);
  return tree.tag === 'Scalar' ? tree.bits : null;
}
