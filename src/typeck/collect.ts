import type { OnUnimplemented } from '../hir/attrs.ts';
import type { Span } from '../diagnostics/span.ts';
import type { HirCrate } from '../hir/hir.ts';
import type { ImplicitSelf, Item, VariantData, Visibility } from '../hir/item.ts';
import type { HirTy } from '../hir/types.ts';
import type { CrateProvider } from '../middle/provider.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import type { ModChild } from '../resolve/extern-crate.ts';
import type { ResolverTables } from '../resolve/tables.ts';
import { symStr } from '../syntax/symbol.ts';
import type { AdtDef, FieldDef as AdtField, VariantDef } from '../ty/adt.ts';
import type { DefKind } from '../ty/context.ts';
import { LOCAL_CRATE, type DefId } from '../ty/def-id.ts';
import type { CodegenFnAttrs } from '../ty/instance.ts';
import { mkAdt, mkTy, tys } from '../ty/interner.ts';
import type { FnSig, GenericArgs, Ty } from '../ty/ty.ts';
import { traitRefArgs } from './trait-ref.ts';
import { astConv, itemCtx } from './astconv.ts';
import { identityArgs } from '../middle/generics.ts';
import { closureBodySig } from './closure-sig.ts';
import { evalConstInt, wrapToTy } from './const-eval.ts';

interface CtorInfo {
  readonly adt: DefId;
  readonly variantDef: DefId;
  readonly data: VariantData;
}

/**
 * Answers the item-level queries for the local crate from its HIR (rustc's collect):
 * signatures, item types, ADT definitions, impls, lang items and codegen attributes.
 */
export class LocalProvider implements CrateProvider {
  readonly cnum = LOCAL_CRATE;
  readonly root: DefId;
  private readonly fieldTys = new Map<DefId, HirTy>();
  private readonly ctors = new Map<DefId, CtorInfo>();
  private readonly variantOwner = new Map<DefId, DefId>();
  private implList: DefId[] | null = null;
  private langs: Map<string, DefId> | null = null;

  constructor(
    private readonly tcx: TcxImpl,
    private readonly hir: HirCrate,
    private readonly t: ResolverTables,
    readonly name: string,
    readonly hash: string,
    private readonly isBin: boolean,
  ) {
    this.root = hir.root;
    for (const item of hir.items.values()) {
      const k = item.kind;
      const datas: [DefId, VariantData][] = [];
      if (k.tag === 'Struct' || k.tag === 'Union') datas.push([item.def, k.data]);
      if (k.tag === 'Enum') for (const v of k.variants) { datas.push([v.def, v.data]); this.variantOwner.set(v.def, item.def); }
      for (const [vdef, data] of datas) {
        for (const f of data.fields) this.fieldTys.set(f.def, f.ty);
        if (data.ctor !== null) this.ctors.set(data.ctor, { adt: item.def, variantDef: vdef, data });
      }
    }
  }

  /** Every local DefId, in index order (for metadata). */
  allDefs(): DefId[] {
    return [...this.t.defs.all()].map(([d]) => d);
  }

  private item(def: DefId): Item | undefined {
    return this.hir.items.get(def);
  }

  defKind(def: DefId): DefKind {
    return this.t.defs.get(def).kind;
  }

  defName(def: DefId): string | null {
    const n = this.t.defs.get(def).name;
    return n === null ? null : symStr(n);
  }

  parent(def: DefId): DefId | null {
    return this.t.defs.get(def).parent;
  }

  defSpan(def: DefId): Span {
    return this.t.defs.get(def).span;
  }

  identSpan(def: DefId): Span {
    return this.t.defs.get(def).identSpan;
  }

  visibility(def: DefId): Visibility {
    return this.t.defs.get(def).vis;
  }

  fnSig(def: DefId): FnSig {
    if (this.defKind(def) === 'Closure') return closureBodySig(this.tcx, def);
    const ctor = this.ctors.get(def);
    if (ctor) {
      return { inputs: ctor.data.fields.map((f) => this.tcx.typeOf(f.def)), output: mkAdt(ctor.adt, identityArgs(this.tcx, ctor.adt)), cVariadic: false, unsafe: false, abi: 'Rust' };
    }
    const item = this.item(def);
    if (!item || item.kind.tag !== 'Fn') throw new Error(`fnSig of non-fn ${this.defName(def)}`);
    const sig = item.kind.sig;
    const cx = itemCtx(this.tcx, def);
    return {
      inputs: sig.decl.inputs.map((t) => astConv(cx, t)),
      output: sig.decl.output ? astConv(cx, sig.decl.output) : tys.unit,
      cVariadic: sig.decl.cVariadic,
      unsafe: sig.header.unsafe,
      abi: sig.header.abi,
    };
  }

  implicitSelf(def: DefId): ImplicitSelf {
    const item = this.item(def);
    return item && item.kind.tag === 'Fn' ? item.kind.sig.decl.implicitSelf : 'none';
  }

  typeOf(def: DefId): Ty {
    const fty = this.fieldTys.get(def);
    if (fty) return astConv(itemCtx(this.tcx, def), fty);
    const kind = this.defKind(def);
    switch (kind) {
      case 'Struct': case 'Enum': case 'Union': return mkAdt(def, identityArgs(this.tcx, def));
      case 'Fn': case 'AssocFn': case 'ForeignFn': case 'Ctor': {
        if (kind === 'Ctor' && this.ctors.get(def)?.data.kind === 'unit') return mkAdt(this.ctors.get(def)!.adt, identityArgs(this.tcx, this.ctors.get(def)!.adt));
        return mkTy({ tag: 'FnDef', def, args: identityArgs(this.tcx, def) });
      }
      case 'ConstParam': {
        // `const N: usize`: the type written on the parameter, seen from its item.
        const owner = this.parent(def);
        const p = owner !== null ? this.hir.generics.get(owner)?.params.find((q) => q.def === def) : undefined;
        return p?.constTy && owner !== null ? astConv(itemCtx(this.tcx, owner), p.constTy) : tys.error;
      }
      default: break;
    }
    const item = this.item(def);
    if (!item) return tys.error;
    const k = item.kind;
    if (k.tag === 'Static' || k.tag === 'Const') return astConv(itemCtx(this.tcx, def), k.ty);
    if (k.tag === 'Impl') return astConv(itemCtx(this.tcx, def), k.selfTy);
    if (k.tag === 'TyAlias') return k.ty ? astConv(itemCtx(this.tcx, def), k.ty) : tys.error;
    return tys.error;
  }

  adtDef(def: DefId): AdtDef {
    const item = this.item(def);
    if (!item) throw new Error(`adtDef of unknown ${def}`);
    const k = item.kind;
    const field = (f: VariantData['fields'][number]): AdtField => ({ def: f.def, name: symStr(f.ident.name), ty: this.tcx.typeOf(f.def), isPub: f.vis.tag === 'Public' });
    const ctorKind = (d: VariantData): VariantDef['ctorKind'] => (d.kind === 'tuple' ? 'fn' : d.kind === 'unit' ? 'const' : null);
    const repr = item.attrs.repr ?? { c: false, transparent: false, packed: null, align: null, int: null };
    if (k.tag === 'Struct' || k.tag === 'Union') {
      const v: VariantDef = { def, name: symStr(item.ident.name), fields: k.data.fields.map(field), discr: 0n, ctorKind: ctorKind(k.data) };
      return { def, name: symStr(item.ident.name), kind: k.tag === 'Struct' ? 'struct' : 'union', variants: [v], repr, genericCount: 0 };
    }
    if (k.tag !== 'Enum') throw new Error(`adtDef of non-ADT ${symStr(item.ident.name)}`);
    let next = 0n;
    const discrTy = repr.int ? (tys as Record<string, Ty>)[repr.int]! : tys.isize;
    const variants = k.variants.map((v): VariantDef => {
      let discr = next;
      if (v.discr !== null) {
        const body = this.hir.bodies.get(v.discr);
        const val = body ? evalConstInt(this.tcx, body.value) : null;
        if (val === null) this.tcx.sess.dcx.err('enum discriminant must be an integer constant tsrustc can evaluate').primary(v.span).emit();
        else discr = val;
      }
      next = discr + 1n;
      return { def: v.def, name: symStr(v.ident.name), fields: v.data.fields.map(field), discr: wrapToTy(discr, discrTy, this.tcx.sess.target.pointerWidth), ctorKind: ctorKind(v.data) };
    });
    return { def, name: symStr(item.ident.name), kind: 'enum', variants, repr, genericCount: 0 };
  }

  ctorOf(def: DefId): DefId | null {
    for (const [ctor, info] of this.ctors) if (info.variantDef === def) return ctor;
    return null;
  }

  implTrait(impl: DefId): DefId | null {
    const item = this.item(impl);
    if (!item || item.kind.tag !== 'Impl' || !item.kind.ofTrait) return null;
    const res = item.kind.ofTrait.res;
    return res.tag === 'Def' && res.kind === 'Trait' ? res.def : null;
  }

  implTraitArgs(impl: DefId): GenericArgs | null {
    const trait = this.implTrait(impl);
    const item = this.item(impl);
    if (trait === null || !item || item.kind.tag !== 'Impl' || !item.kind.ofTrait) return null;
    const segs = item.kind.ofTrait.segments;
    return traitRefArgs(itemCtx(this.tcx, impl), trait, this.tcx.typeOf(impl), segs[segs.length - 1]?.args ?? null);
  }

  assocItems(def: DefId): readonly DefId[] {
    const item = this.item(def);
    if (!item) return [];
    return item.kind.tag === 'Impl' || item.kind.tag === 'Trait' ? item.kind.items : [];
  }

  hasBody(def: DefId): boolean {
    const item = this.item(def);
    if (!item) return false;
    const k = item.kind;
    return (k.tag === 'Fn' || k.tag === 'Const' || k.tag === 'Static') && k.body !== null;
  }

  impls(): readonly DefId[] {
    if (!this.implList) {
      this.implList = [];
      for (const item of this.hir.items.values()) if (item.kind.tag === 'Impl') this.implList.push(item.def);
    }
    return this.implList;
  }

  langItems(): ReadonlyMap<string, DefId> {
    if (!this.langs) {
      this.langs = new Map();
      for (const item of this.hir.items.values()) {
        if (item.attrs.lang !== null) this.langs.set(item.attrs.lang, item.def);
        if (item.attrs.panicHandler) this.langs.set('panic_impl', item.def);
        // Variant lang items (`Some`, `Ok`...) name the variant's DefId, as in rustc.
        if (item.kind.tag === 'Enum') for (const v of item.kind.variants) if (v.lang !== null) this.langs.set(v.lang, v.def);
      }
    }
    return this.langs;
  }

  codegenAttrs(def: DefId): CodegenFnAttrs {
    const item = this.item(def);
    const a = item?.attrs;
    const name = this.defName(def) ?? '';
    const foreign = this.isForeignItem(def);
    let exportName: string | null = null;
    if (a?.exportName) exportName = a.exportName;
    else if (a?.noMangle) exportName = name;
    else if (a?.panicHandler) exportName = 'rust_begin_unwind';
    else if (foreign) exportName = a?.linkName ?? name;
    return {
      exportName,
      inline: a?.inline ?? 'none',
      cold: a?.cold ?? false,
      naked: a?.naked ?? false,
      linkSection: a?.linkSection ?? null,
      used: (a?.used ?? false) || (!foreign && exportName !== null),
      targetFeatures: [],
      linkage: null,
      trackCaller: a?.trackCaller ?? false,
      wasmImportModule: a?.wasmImportModule ?? null,
      noBuiltins: this.hir.attrs.noBuiltins,
    };
  }

  onUnimplemented(def: DefId): OnUnimplemented | null {
    return this.item(def)?.attrs.onUnimplemented ?? null;
  }

  mustUse(def: DefId): string | null | undefined {
    return this.item(def)?.attrs.mustUse;
  }

  skipArrayDuringMethodDispatch(def: DefId): boolean {
    return this.item(def)?.attrs.skipArrayDuringMethodDispatch ?? false;
  }

  intrinsicName(def: DefId): string | null {
    const item = this.item(def);
    if (!item || !item.attrs.intrinsic) return null;
    return item.attrs.linkName ?? symStr(item.ident.name);
  }

  staticMutable(def: DefId): boolean {
    const item = this.item(def);
    return item !== undefined && item.kind.tag === 'Static' && item.kind.mutbl === 'mut';
  }

  isForeignItem(def: DefId): boolean {
    const k = this.defKind(def);
    return k === 'ForeignFn' || k === 'ForeignStatic';
  }

  constIntValue(def: DefId): bigint | null {
    const item = this.item(def);
    if (!item || item.kind.tag !== 'Const' || item.kind.body === null) return null;
    const body = this.hir.bodies.get(item.kind.body);
    if (!body) return null;
    const v = evalConstInt(this.tcx, body.value);
    return v === null ? null : wrapToTy(v, this.tcx.typeOf(def), this.tcx.sess.target.pointerWidth);
  }

  children(def: DefId): readonly ModChild[] {
    const m = this.t.modules.get(def);
    if (!m) return [];
    const out: ModChild[] = [];
    for (const [name, ns, b] of m.entries()) {
      out.push({ name: symStr(name), ns, res: b.res, isPublic: b.vis.tag === 'Public' });
    }
    // Public glob imports, through globs of globs (`pub use super::v1::*` of a module that
    // itself globs core's prelude): the first name found in a namespace wins.
    const seen = new Set(out.map((c) => `${c.ns}:${c.name}`));
    const visited = new Set<typeof m>([m]);
    const expand = (globs: typeof m.globs): void => {
      for (const g of globs) {
        if (g.vis.tag !== 'Public' || visited.has(g.source)) continue;
        visited.add(g.source);
        for (const [name, ns, b] of g.source.entries()) {
          const key = `${ns}:${symStr(name)}`;
          if (b.vis.tag !== 'Public' || seen.has(key)) continue;
          seen.add(key);
          out.push({ name: symStr(name), ns, res: b.res, isPublic: true });
        }
        expand(g.source.globs);
      }
    };
    expand(m.globs);
    return out;
  }

  entryFn(): DefId | null {
    if (!this.isBin || this.hir.attrs.noMain) return null;
    for (const d of this.assocItemsOfRoot()) {
      if (this.defKind(d) === 'Fn' && this.defName(d) === 'main') return d;
    }
    return null;
  }

  private assocItemsOfRoot(): readonly DefId[] {
    const root = this.item(this.root);
    return root && root.kind.tag === 'Mod' ? root.kind.items : [];
  }

  /** The ADT and variant a constructor builds. */
  ctorInfo(def: DefId): CtorInfo | null {
    return this.ctors.get(def) ?? null;
  }

  variantEnum(def: DefId): DefId | null {
    return this.variantOwner.get(def) ?? null;
  }
}
