import type { OnUnimplemented } from '../hir/attrs.ts';
import { DUMMY_SP, type Span } from '../diagnostics/span.ts';
import type { ImplicitSelf, Visibility } from '../hir/item.ts';
import type { Res } from '../hir/res.ts';
import type { CrateProvider } from '../middle/provider.ts';
import type { ExternCrateView, ModChild } from '../resolve/extern-crate.ts';
import { primTyByName } from '../resolve/prim-ty.ts';
import { intern } from '../syntax/symbol.ts';
import type { AdtDef } from '../ty/adt.ts';
import type { DefKind } from '../ty/context.ts';
import { defId, defIndex, type CrateNum, type DefId } from '../ty/def-id.ts';
import type { CodegenFnAttrs } from '../ty/instance.ts';
import { mkAdt, mkTy, tys } from '../ty/interner.ts';
import type { FnSig, GenericArg, GenericArgs, Ty } from '../ty/ty.ts';
import type { LoadedCrate } from './loaded-crate.ts';
import { MetadataError } from './metadata-error.ts';
import type { DefEnc, DefRef, ResEnc, TyEnc } from './schema.ts';
import { decodeArg, decodeArgs, decodeSig, decodeTy } from './ty-codec.ts';
import { decodeMir } from './mir-codec.ts';
import type { Body } from '../mir/mir.ts';

/** A dependency's answers, decoded lazily from its metadata blob. */
export class ExternProvider implements CrateProvider, ExternCrateView {
  readonly cnum: CrateNum;
  readonly name: string;
  readonly hash: string;
  readonly root: DefId;
  private readonly depCnums: CrateNum[];
  private langs: Map<string, DefId> | null = null;
  private readonly ref = (r: DefRef): DefId => this.def(r);

  constructor(
    private readonly c: LoadedCrate,
    all: readonly LoadedCrate[],
  ) {
    this.cnum = c.cnum;
    this.name = c.name;
    this.hash = c.hash;
    this.root = defId(c.cnum, c.blob.root);
    this.depCnums = c.blob.deps.map((d) => {
      const found = all.find((x) => x.name === d.name && x.hash === d.hash) ?? all.find((x) => x.name === d.name);
      if (!found) throw new MetadataError(`can't find crate for \`${d.name}\` which \`${c.name}\` depends on`, 'E0463');
      if (found.hash !== d.hash) throw new MetadataError(`found possibly newer version of crate \`${d.name}\` which \`${c.name}\` depends on`, 'E0460');
      return found.cnum;
    });
  }

  private def(r: DefRef): DefId {
    const cnum = r[0] === 0 ? this.cnum : this.depCnums[r[0] - 1];
    if (cnum === undefined) throw new Error(`bad crate reference in metadata of ${this.name}`);
    return defId(cnum, r[1]);
  }

  private e(def: DefId): DefEnc {
    const d = this.c.blob.defs[defIndex(def)];
    if (!d) throw new Error(`no def ${defIndex(def)} in metadata of ${this.name}`);
    return d;
  }

  private local(i: number): DefId {
    return defId(this.cnum, i);
  }

  hasEncodedMir(def: DefId): boolean {
    return String(defIndex(def)) in this.c.blob.mir;
  }

  mir(def: DefId): Body | null {
    const j = this.c.blob.mir[String(defIndex(def))];
    return j === undefined ? null : decodeMir(j, this.ref);
  }

  ownGenerics(def: DefId): readonly { readonly def: DefId; readonly name: string; readonly maybeSized: boolean }[] {
    return (this.e(def).g ?? []).map(([i, name, relaxed]) => ({ def: this.local(i), name, maybeSized: relaxed === 1 }));
  }

  ownPredicates(def: DefId): readonly { readonly self: Ty; readonly trait: DefId; readonly args?: GenericArgs }[] {
    return (this.e(def).pr ?? []).map(([t, tr, a]) => ({ self: decodeTy(t, this.ref), trait: this.def(tr), args: a ? this.args(a) : undefined }));
  }

  ownProjections(def: DefId): readonly { readonly item: DefId; readonly args: GenericArgs; readonly term: Ty }[] {
    return (this.e(def).pj ?? []).map(([item, a, term]) => ({ item: this.def(item), args: this.args(a), term: decodeTy(term, this.ref) }));
  }

  paramDefaults(def: DefId): readonly (GenericArg | null)[] {
    const gd = this.e(def).gd;
    if (gd) return gd.map((t) => (t === null ? null : decodeArg(t, this.ref)));
    const n = (this.e(def).g ?? []).length + (this.e(def).k === 'Trait' ? 1 : 0);
    return new Array<GenericArg | null>(n).fill(null);
  }

  onUnimplemented(def: DefId): OnUnimplemented | null {
    return this.e(def).ou ?? null;
  }

  mustUse(def: DefId): string | null | undefined {
    const mu = this.e(def).mu;
    return mu === undefined ? undefined : mu === '' ? null : mu;
  }

  skipArrayDuringMethodDispatch(def: DefId): boolean {
    return this.e(def).sa ?? false;
  }

  implTraitArgs(impl: DefId): GenericArgs | null {
    const ta = this.e(impl).ta;
    return ta ? this.args(ta) : null;
  }

  private args(a: readonly TyEnc[]): GenericArgs {
    return decodeArgs(a, this.ref);
  }

  defKind(def: DefId): DefKind {
    return this.e(def).k;
  }

  defName(def: DefId): string | null {
    return this.e(def).n;
  }

  parent(def: DefId): DefId | null {
    const p = this.e(def).p;
    return p === null ? null : this.local(p);
  }

  defSpan(): Span {
    return DUMMY_SP;
  }

  identSpan(): Span {
    return DUMMY_SP;
  }

  visibility(def: DefId): Visibility {
    return this.e(def).pub ? { tag: 'Public' } : { tag: 'Restricted', module: this.root };
  }

  fnSig(def: DefId): FnSig {
    const s = this.e(def).sig;
    if (!s) throw new Error(`no signature for ${this.e(def).n} in metadata of ${this.name}`);
    return decodeSig(s, this.ref);
  }

  implicitSelf(def: DefId): ImplicitSelf {
    return this.e(def).self ?? 'none';
  }

  typeOf(def: DefId): Ty {
    const d = this.e(def);
    if (d.ty) return decodeTy(d.ty, this.ref);
    switch (d.k) {
      case 'Struct': case 'Enum': case 'Union': return mkAdt(def, []);
      case 'Fn': case 'AssocFn': case 'ForeignFn': case 'Ctor': return mkTy({ tag: 'FnDef', def, args: [] });
      default: return tys.error;
    }
  }

  adtDef(def: DefId): AdtDef {
    const a = this.e(def).adt;
    if (!a) throw new Error(`no ADT ${this.e(def).n} in metadata of ${this.name}`);
    return {
      def,
      name: this.e(def).n ?? '',
      kind: a.kind,
      variants: a.v.map((v) => ({
        def: this.local(v.d),
        name: v.n,
        fields: v.f.map((f) => ({ def: this.local(f.d), name: f.n, ty: decodeTy(f.t, this.ref), isPub: f.pub })),
        discr: BigInt(v.discr),
        ctorKind: v.ck,
      })),
      repr: a.repr,
      genericCount: 0,
    };
  }

  ctorOf(def: DefId): DefId | null {
    const c = this.e(def).ctor;
    return c === undefined || c === null ? null : this.local(c);
  }

  implTrait(impl: DefId): DefId | null {
    const t = this.e(impl).trait;
    return t ? this.def(t) : null;
  }

  assocItems(def: DefId): readonly DefId[] {
    return (this.e(def).items ?? []).map((i) => this.local(i));
  }

  hasBody(def: DefId): boolean {
    return this.e(def).body ?? false;
  }

  impls(): readonly DefId[] {
    return this.c.blob.impls.map((i) => this.local(i));
  }

  langItems(): ReadonlyMap<string, DefId> {
    if (!this.langs) this.langs = new Map(this.c.blob.langItems.map(([n, r]) => [n, this.def(r)]));
    return this.langs;
  }

  codegenAttrs(def: DefId): CodegenFnAttrs {
    const a = this.e(def).attrs;
    return {
      exportName: a?.exportName ?? null,
      inline: a?.inline ?? 'none',
      cold: a?.cold ?? false,
      naked: a?.naked ?? false,
      linkSection: a?.linkSection ?? null,
      used: a?.used ?? false,
      targetFeatures: [],
      linkage: null,
      trackCaller: a?.trackCaller ?? false,
      // Only the defining crate declares its imports; dependents never inline foreign items.
      wasmImportModule: null,
      noBuiltins: false,
    };
  }

  intrinsicName(def: DefId): string | null {
    return this.e(def).attrs?.intrinsic ?? null;
  }

  staticMutable(def: DefId): boolean {
    return this.e(def).mut ?? false;
  }

  isForeignItem(def: DefId): boolean {
    return this.e(def).foreign ?? false;
  }

  constIntValue(def: DefId): bigint | null {
    const v = this.e(def).cv;
    return v === undefined || v === null ? null : BigInt(v);
  }

  children(def: DefId): readonly ModChild[] {
    return (this.e(def).children ?? []).map((c) => ({ name: c.n, ns: c.ns, res: this.decodeRes(c.r), isPublic: c.pub }));
  }

  private decodeRes(r: ResEnc): Res {
    if (r[0] === 'prim') {
      const p = primTyByName(intern(r[1]));
      return p ? { tag: 'PrimTy', prim: p } : { tag: 'Err' };
    }
    return { tag: 'Def', kind: r[1], def: this.def(r[2]) };
  }

  entryFn(): DefId | null {
    return null;
  }
}
