import type { OnUnimplemented } from '../hir/attrs.ts';
import type { GlobalAsmBlock } from '../ty/context.ts';
import type { Span } from '../diagnostics/span.ts';
import type { HirCrate } from '../hir/hir.ts';
import type { ImplicitSelf, Visibility } from '../hir/item.ts';
import type { Body } from '../mir/mir.ts';
import type { Session } from '../session/session.ts';
import type { AdtDef } from '../ty/adt.ts';
import type { DefKind, StaticInfo, Tcx } from '../ty/context.ts';
import { defCrate, isLocal, LOCAL_CRATE, type CrateNum, type DefId } from '../ty/def-id.ts';
import type { CodegenFnAttrs, Instance } from '../ty/instance.ts';
import { mkTy, tyKind, tys } from '../ty/interner.ts';
import type { FnSig, GenericArgs, Ty } from '../ty/ty.ts';
import type { TypeckResults } from '../typeck/results.ts';
import { setClosureLocation, setProjectionTraitLookup, tyToString } from '../typeck/ty-print.ts';
import type { CrateProvider } from './provider.ts';
import { QueryCache } from './query.ts';
import { resolveFnTraitCall } from './fn-instance.ts';
import { builtinImplHolds, isUnsizedTy } from './builtin-impls.ts';
import { completeArgs, fillArgs, matchPartial, matchTraitArgs, withLooseInfer, type Bindings } from './impl-match.ts';
import { normalizeTy } from './normalize.ts';
import { predicatesOf, projectionPredicatesOf } from '../typeck/predicates.ts';
import { substTy } from '../typeck/subst.ts';
import { computeGenerics, type Generics } from './generics.ts';
import { closureUpvars } from '../ty/closure.ts';
import { virtualSlot, vtableInstances } from './vtable.ts';
import { unsizeHolds } from './unsize.ts';
import { dynImplements } from '../typeck/dyn-object.ts';
import { ImplsBySelf } from './impl-index.ts';
import { LintCx } from '../lint/context.ts';

/** Builds (and borrow-checks) the MIR of a local body; registered by the MIR station. */
export type MirBuilder = (tcx: TcxImpl, def: DefId) => Body;
/** Type-checks a local body; registered by typeck (keeps middle free of typeck's internals). */
export type TypeckFn = (tcx: TcxImpl, def: DefId) => TypeckResults;

/**
 * The compilation context over the local crate and its loaded dependencies (rustc's TyCtxt):
 * every answer is a memoized query; dependencies answer from metadata, the local crate from
 * its HIR through typeck's collect.
 */
export class TcxImpl implements Tcx {
  readonly queries: QueryCache;
  private readonly providers = new Map<CrateNum, CrateProvider>();
  private mirBuilder: MirBuilder | null = null;
  /** Lint diagnostics, emitted after all type errors as rustc's lint passes run later. */
  readonly lints: (() => void)[] = [];
  /** Lint levels and emission (src/lint); the analysis replaces it with the crate's. */
  lint: LintCx;
  private typeckFn: TypeckFn | null = null;

  constructor(
    readonly sess: Session,
    readonly hir: HirCrate,
  ) {
    this.lint = new LintCx(sess);
    this.queries = new QueryCache((stack) => this.reportCycle(stack));
    setProjectionTraitLookup((item) => this.parent(item));
    setClosureLocation((def) => {
      if (!isLocal(def)) return null;
      // rustc prints the closure's head (`|x: i32|`, `move ||`) as `file:line:col: line:col`.
      const sp = this.identSpan(def);
      const a = this.sess.sourceMap.lookup(sp.lo);
      const b = this.sess.sourceMap.lookup(sp.hi);
      return a && b ? `${a.file.name}:${a.line}:${a.col}: ${b.line}:${b.col}` : null;
    });
  }

  /** E0391 in rustc's shape: the first query, "...which requires" notes, then the closing note. */
  private reportCycle(stack: readonly { readonly name: string; readonly key: number | string }[]): void {
    const what: Record<string, string> = {
      constIntValue: 'evaluating the constant',
      typeOf: 'computing type of',
      fnSig: 'computing function signature of',
      adtDef: 'computing the definition of',
      typeck: 'type-checking',
      mirBody: 'building MIR for',
    };
    const describe = (q: { name: string; key: number | string }): string => {
      const w = what[q.name] ?? `computing \`${q.name}\` of`;
      return typeof q.key === 'number' ? `${w} \`${this.defPath(q.key as DefId).slice(1).join('::')}\`` : `${w} ${q.key}`;
    };
    const spanOf = (q: { key: number | string }): Span | undefined => (typeof q.key === 'number' ? this.defSpan(q.key as DefId) : undefined);
    const first = stack[0]!;
    const d = this.sess.dcx.err(`cycle detected when ${describe(first)}`, 'E0391');
    const sp = spanOf(first);
    if (sp) d.primary(sp);
    for (const q of stack.slice(1)) d.note(`...which requires ${describe(q)}...`, spanOf(q));
    d.note(`...which again requires ${describe(first)}, completing the cycle`).emit();
  }

  get localCrateName(): string {
    return this.sess.crateName;
  }

  addProvider(p: CrateProvider): void {
    this.providers.set(p.cnum, p);
  }

  allProviders(): readonly CrateProvider[] {
    return [...this.providers.values()];
  }

  registerMirBuilder(f: MirBuilder): void {
    this.mirBuilder = f;
  }

  registerTypeck(f: TypeckFn): void {
    this.typeckFn = f;
  }

  p(def: DefId): CrateProvider {
    const p = this.providers.get(defCrate(def));
    if (!p) throw new Error(`no crate ${defCrate(def)} for def ${def}`);
    return p;
  }

  crate(cnum: CrateNum): CrateProvider {
    const p = this.providers.get(cnum);
    if (!p) throw new Error(`no crate ${cnum}`);
    return p;
  }

  crateName(krate: CrateNum): string {
    return this.crate(krate).name;
  }

  crateHash(krate: CrateNum): string {
    return this.crate(krate).hash;
  }

  defKind(def: DefId): DefKind {
    return this.p(def).defKind(def);
  }

  defName(def: DefId): string {
    return this.p(def).defName(def) ?? '';
  }

  defSpan(def: DefId): Span {
    return this.p(def).defSpan(def);
  }

  identSpan(def: DefId): Span {
    return this.p(def).identSpan(def);
  }

  /** Inherent impls whose self type is `self`, with the impl's generic args. */
  inherentImplsMatching(self: Ty): readonly { readonly impl: DefId; readonly args: GenericArgs }[] {
    return this.matchImpls(this.inherentImplsFor(self), self);
  }

  /** Impls of `trait` whose self type is `self` and whose generic args it fixes, with those args. */
  traitImplsMatching(trait: DefId, self: Ty): readonly { readonly impl: DefId; readonly args: GenericArgs }[] {
    return this.matchImpls(this.traitImplsFor(trait, self), self);
  }

  private matchImpls(impls: readonly DefId[], self: Ty): { impl: DefId; args: GenericArgs }[] {
    const out: { impl: DefId; args: GenericArgs }[] = [];
    for (const impl of impls) {
      const n = this.genericsOf(impl).count;
      if (n === 0) {
        if (this.typeOf(impl) === self) out.push({ impl, args: [] });
        continue;
      }
      const partial = matchPartial(this.typeOf(impl), self, n);
      if (partial === null) continue;
      // Parameters only the impl's bounds mention (`B` of `Map<I, F>`'s Iterator impl).
      if (partial.includes(undefined)) this.bindFromProjections(impl, partial, null);
      const args = completeArgs(partial);
      if (args !== null && this.implBoundsHold(impl, args)) out.push({ impl, args });
    }
    return out;
  }

  ctorOf(def: DefId): DefId | null {
    return this.p(def).ctorOf(def);
  }

  /** For a constructor: the ADT it builds and the variant's index. */
  ctorTarget(ctor: DefId): { adt: DefId; variant: number } | null {
    const p = this.parent(ctor);
    if (p === null) return null;
    const pk = this.defKind(p);
    if (pk === 'Struct' || pk === 'Union') return { adt: p, variant: 0 };
    if (pk !== 'Variant') return null;
    const e = this.parent(p);
    if (e === null) return null;
    const idx = this.adtDef(e).variants.findIndex((v) => v.def === p);
    return idx < 0 ? null : { adt: e, variant: idx };
  }

  parent(def: DefId): DefId | null {
    return this.p(def).parent(def);
  }

  visibility(def: DefId): Visibility {
    return this.p(def).visibility(def);
  }

  /** Path segments for symbol names: crate, modules, `Type`/`<Type as Trait>` for impls, item. */
  defPath(def: DefId): string[] {
    return this.queries.get('defPath', def, () => {
      const out: string[] = [];
      let d: DefId | null = def;
      while (d !== null) {
        const kind = this.defKind(d);
        const parent = this.parent(d);
        if (parent === null) out.push(this.crateName(defCrate(d)));
        else if (kind === 'Impl') out.push(this.implName(d));
        else out.push(this.defName(d));
        d = parent;
      }
      return out.reverse();
    }, () => [this.defName(def)]);
  }

  private implName(impl: DefId): string {
    const self = this.tyString(this.typeOf(impl));
    const tr = this.implTraitRef(impl);
    if (tr === null) return self;
    // Trait arguments tell apart `impl Index<Range<usize>> for [T]` and `impl Index<RangeFrom<usize>> for [T]`.
    const targs = tr.args.slice(1).flatMap((a) => (a.tag === 'Type' ? [this.tyString(a.ty)] : []));
    return `<${self} as ${this.defName(tr.trait)}${targs.length > 0 ? `<${targs.join(', ')}>` : ''}>`;
  }

  tyString(ty: Ty): string {
    return tyToString(ty, (d) => this.defName(d));
  }

  fnSig(def: DefId): FnSig {
    return this.queries.get('fnSig', def, () => this.p(def).fnSig(def), () => ({ inputs: [], output: tys.error, cVariadic: false, unsafe: false, abi: 'Rust' }));
  }

  implicitSelf(def: DefId): ImplicitSelf {
    return this.p(def).implicitSelf(def);
  }

  typeOf(def: DefId): Ty {
    return this.queries.get('typeOf', def, () => this.p(def).typeOf(def), () => tys.error);
  }

  implTrait(impl: DefId): DefId | null {
    return this.queries.get('implTrait', impl, () => this.p(impl).implTrait(impl), () => null);
  }

  assocItems(def: DefId): readonly DefId[] {
    return this.queries.get('assocItems', def, () => this.p(def).assocItems(def), () => []);
  }

  hasBody(def: DefId): boolean {
    return this.p(def).hasBody(def);
  }

  /** The trait owning `def` if it is a trait item. */
  traitOfItem(def: DefId): DefId | null {
    const parent = this.parent(def);
    return parent !== null && this.defKind(parent) === 'Trait' ? parent : null;
  }

  /** Every impl of `trait` in all crates. */
  traitImpls(trait: DefId): readonly DefId[] {
    return this.implIndexOf(trait).all;
  }

  /** Impls of `trait` that may be for `self`: those for its type constructor and blanket ones, in order. */
  traitImplsFor(trait: DefId, self: Ty): readonly DefId[] {
    return this.implIndexOf(trait).lookup(self);
  }

  /** Every inherent impl (no trait) in all crates. */
  inherentImpls(): readonly DefId[] {
    return this.implIndexOf(null).all;
  }

  /** Inherent impls that may be for `self`. */
  inherentImplsFor(self: Ty): readonly DefId[] {
    return this.implIndexOf(null).lookup(self);
  }

  /** Every trait (of any loaded crate) that has impls. */
  traitsWithImpls(): readonly DefId[] {
    return [...this.implsByTrait().keys()].filter((t): t is DefId => t !== null);
  }

  /** All impls of all crates grouped by trait (null: inherent), computed once. */
  private implsByTrait(): ReadonlyMap<DefId | null, DefId[]> {
    return this.queries.get('implsByTrait', 0, () => {
      const m = new Map<DefId | null, DefId[]>();
      for (const p of this.providers.values()) {
        for (const i of p.impls()) {
          const t = this.implTrait(i);
          const list = m.get(t);
          if (list) list.push(i);
          else m.set(t, [i]);
        }
      }
      return m;
    }, () => new Map());
  }

  private readonly implIndexes = new Map<DefId | null, ImplsBySelf>();

  private implIndexOf(trait: DefId | null): ImplsBySelf {
    let ix = this.implIndexes.get(trait);
    if (!ix) this.implIndexes.set(trait, (ix = new ImplsBySelf(this.implsByTrait().get(trait) ?? [], (i) => this.typeOf(i))));
    return ix;
  }

  /**
   * Whether the where clauses of a generic impl hold for `args` (`impl<T: Shape> Describe
   * for T` only applies to shapes). Parameters and unknown types are given the benefit of
   * the doubt: the caller's own bounds and obligations check them.
   */
  implBoundsHold(impl: DefId, args: GenericArgs): boolean {
    // `impl<T: Tr> Tr for T` would recurse forever (rustc reports overflow).
    if (this.selectDepth > 32) return false;
    this.selectDepth++;
    try {
      // Type parameters are `Sized` unless declared `?Sized`: `impl<T, U> TryInto<U> for T`
      // is not for `[u8]` (method lookup then autorefs to `&[u8]`, as rustc does).
      for (const g of this.genericsOf(impl).own) {
        const a = args[g.index];
        if (g.kind === 'type' && !g.maybeSized && a !== undefined && a.tag === 'Type' && isUnsizedTy(a.ty)) return false;
      }
      for (const p of predicatesOf(this, impl)) {
        const self = substTy(p.self, args);
        const k = tyKind(self).tag;
        if (k === 'Param' || k === 'Infer' || k === 'Error') continue;
        // `dyn Trait` implements its traits (and their supertraits) without an impl.
        if (k === 'Dynamic' && dynImplements(this, self, p.trait)) continue;
        if (p.trait === this.langItem('unsize')) {
          const target = p.args[1];
          if (!target || target.tag !== 'Type' || !unsizeHolds(this, self, substTy(target.ty, args))) return false;
          continue;
        }
        const copyHolds = (t: Ty): boolean => {
          const copy = this.langItem('copy');
          return copy !== null && (builtinImplHolds(this, copy, t, copyHolds) ?? this.selectImpl(copy, t) !== null);
        };
        const builtin = builtinImplHolds(this, p.trait, self, copyHolds);
        if (builtin !== null) {
          if (!builtin) return false;
          continue;
        }
        // The bound's trait arguments select too (`F: From<E>` is not any `From` impl of F).
        const traitArgs = p.args.slice(1).map((a) => (a.tag === 'Type' ? { tag: 'Type' as const, ty: substTy(a.ty, args) } : a));
        if (this.selectImpl(p.trait, self, traitArgs) === null) return false;
      }
      return true;
    } finally {
      this.selectDepth--;
    }
  }

  private selectDepth = 0;

  /** The impl of `trait` for `self`. */
  findImpl(trait: DefId, self: Ty): DefId | null {
    return this.selectImpl(trait, self)?.impl ?? null;
  }

  /**
   * The impl of `trait` for `self` with its generic args (`impl<T> Tr for W<T>` for `W<u8>`:
   * `[u8]`). `traitArgs` (the trait's parameters after `Self`) also select among impls of a
   * generic trait (`impl Add<u8> for S` and `impl Add<S> for S`); unknown ones match anything.
   */
  selectImpl(trait: DefId, self: Ty, traitArgs?: GenericArgs, envOwner: DefId | null = null): { readonly impl: DefId; readonly args: GenericArgs } | null {
    for (const c of this.implCandidates(trait, self, traitArgs, envOwner)) return c;
    return null;
  }

  /**
   * Like `selectImpl`, but a choice inference variables could still change is no choice
   * (rustc's ambiguity): `Box<?T>: From<&[u8]>` fits both `impl<T> From<T> for Box<T>` and
   * `impl<T: Clone> From<&[T]> for Box<[T]>` until `?T` is known.
   */
  selectImplUnique(trait: DefId, self: Ty, traitArgs?: GenericArgs): { readonly impl: DefId; readonly args: GenericArgs } | 'ambiguous' | null {
    if (this.mayApplyImpls(trait, self, traitArgs).length > 1) return 'ambiguous';
    return this.selectImpl(trait, self, traitArgs);
  }

  /**
   * The impls that may apply once inference variables in `self` and `traitArgs` are known
   * (at most two: enough to tell one from several).
   */
  mayApplyImpls(trait: DefId, self: Ty, traitArgs: GenericArgs | undefined): DefId[] {
    const given = traitArgs && traitArgs.length > 0 ? traitArgs : null;
    return withLooseInfer(() => {
      const out: DefId[] = [];
      for (const i of this.traitImplsFor(trait, self)) {
        const bindings = matchPartial(this.typeOf(i), self, this.genericsOf(i).count);
        if (bindings === null) continue;
        if (given && !matchTraitArgs(this.implTraitRef(i)?.args.slice(1) ?? [], given, bindings)) continue;
        // Parameters nothing binds yet may become anything.
        if (!this.implBoundsHold(i, fillArgs(bindings, () => ({ tag: 'Type', ty: tys.error })))) continue;
        out.push(i);
        if (out.length > 1) break;
      }
      return out;
    });
  }

  private *implCandidates(trait: DefId, self: Ty, traitArgs: GenericArgs | undefined, envOwner: DefId | null): Generator<{ readonly impl: DefId; readonly args: GenericArgs }> {
    const given = traitArgs && traitArgs.length > 0 ? traitArgs : null;
    for (const i of this.traitImplsFor(trait, self)) {
      const n = this.genericsOf(i).count;
      if (n === 0) {
        if (this.typeOf(i) !== self) continue;
        if (given && !matchTraitArgs(this.implTraitRef(i)?.args.slice(1) ?? [], given, [])) continue;
        yield { impl: i, args: [] };
        continue;
      }
      const out = matchPartial(this.typeOf(i), self, n);
      if (out === null) continue;
      if (given && !matchTraitArgs(this.implTraitRef(i)?.args.slice(1) ?? [], given, out)) continue;
      // `out` may have holes (unbound parameters): `includes` sees them, `some` would not.
      if (out.includes(undefined)) this.bindFromProjections(i, out, envOwner);
      const full = completeArgs(out);
      if (full !== null && this.implBoundsHold(i, full)) yield { impl: i, args: full };
    }
  }

  /**
   * Binds impl parameters the self type leaves open through the impl's `Item = X` bounds:
   * `impl<B, I: Iterator, F: FnMut(I::Item) -> B> Iterator for Map<I, F>` learns `B` by
   * normalizing `<F as FnOnce<(I::Item,)>>::Output` once `I` and `F` are known.
   */
  bindFromProjections(impl: DefId, out: Bindings, envOwner: DefId | null): void {
    const preds = projectionPredicatesOf(this, impl);
    for (let round = 0; round < 3 && out.includes(undefined); round++) {
      for (const p of preds) {
        const args: GenericArgs[number][] = [];
        for (const a of p.args) {
          const t = a.tag === 'Type' ? substPartial(a.ty, out) : null;
          if (a.tag === 'Type' && t === null) break;
          args.push(t === null ? a : { tag: 'Type', ty: t });
        }
        if (args.length !== p.args.length) continue;
        const n = normalizeTy(this, mkTy({ tag: 'Alias', def: p.item, args }), envOwner);
        if (tyKind(n).tag === 'Alias') continue;
        matchTraitArgs([{ tag: 'Type', ty: p.term }], [{ tag: 'Type', ty: n }], out);
      }
    }
  }

  /** A trait impl's trait reference, `Self` first, in the impl's own parameters. */
  implTraitRef(impl: DefId): { readonly trait: DefId; readonly args: GenericArgs } | null {
    return this.queries.get('implTraitRef', impl, () => {
      const trait = this.implTrait(impl);
      if (trait === null) return null;
      const args = this.p(impl).implTraitArgs?.(impl) ?? null;
      return { trait, args: args ?? [{ tag: 'Type', ty: this.typeOf(impl) }] };
    }, () => null);
  }

  /** The item named `name` among the items of an impl or trait. */
  assocItemNamed(container: DefId, name: string): DefId | null {
    for (const d of this.assocItems(container)) if (this.defName(d) === name) return d;
    return null;
  }

  genericCount(def: DefId): number {
    return this.genericsOf(def).count;
  }

  genericsOf(def: DefId): Generics {
    return this.queries.get('genericsOf', def, () => computeGenerics(this, def), () => ({ parent: null, parentCount: 0, own: [], count: 0 }));
  }

  /** Index of a type parameter (by its TyParam DefId) in its owner's GenericArgs. */
  paramIndex(param: DefId): number {
    const owner = this.parent(param);
    if (owner === null) return 0;
    const p = this.genericsOf(owner).own.find((o) => o.def === param);
    return p ? p.index : 0;
  }

  adtDef(def: DefId): AdtDef {
    return this.queries.get('adtDef', def, () => this.p(def).adtDef(def), () => ({
      def,
      name: this.defName(def),
      kind: 'struct',
      variants: [],
      repr: { c: false, transparent: false, packed: null, align: null, int: null },
      genericCount: 0,
    }));
  }

  typeck(def: DefId): TypeckResults {
    if (!this.typeckFn) throw new Error('typeck not registered');
    const f = this.typeckFn;
    return this.queries.get('typeck', def, () => f(this, def), () => {
      throw new Error(`typeck cycle for ${this.defName(def)}`);
    });
  }

  mirBody(def: DefId): Body {
    if (!isLocal(def)) {
      // Generic fns of dependencies carry their MIR in metadata.
      const body = this.queries.get('externMir', def, () => this.p(def).mir?.(def) ?? null, () => null);
      if (body === null) throw new Error(`no MIR for extern item ${this.defPath(def).join('::')}`);
      return body;
    }
    if (!this.mirBuilder) throw new Error('MIR builder not registered');
    const f = this.mirBuilder;
    return this.queries.get('mirBody', def, () => f(this, def), () => {
      throw new Error(`MIR cycle for ${this.defName(def)}`);
    });
  }

  /** Whether local MIR can be built now (false while only analysing, e.g. in tests). */
  get canBuildMir(): boolean {
    return this.mirBuilder !== null;
  }

  hasMir(def: DefId): boolean {
    if (defCrate(def) !== LOCAL_CRATE) return this.p(def).hasEncodedMir?.(def) ?? false;
    const k = this.defKind(def);
    if (k === 'Static' || k === 'Const' || k === 'AssocConst' || k === 'Closure') return true;
    return (k === 'Fn' || k === 'AssocFn') && this.hasBody(def);
  }

  codegenAttrs(def: DefId): CodegenFnAttrs {
    return this.queries.get('codegenAttrs', def, () => this.p(def).codegenAttrs(def), () => {
      throw new Error('cycle in codegenAttrs');
    });
  }

  staticInfo(def: DefId): StaticInfo {
    const p = this.p(def);
    const foreign = p.isForeignItem(def);
    return { ty: this.typeOf(def), mutable: p.staticMutable(def), foreign, initializer: foreign || !isLocal(def) ? null : this.mirBody(def) };
  }

  /** `#[must_use]` on a fn or type: its reason (null: none given); undefined when absent. */
  mustUse(def: DefId): string | null | undefined {
    return this.p(def).mustUse?.(def);
  }

  /** A trait's `#[rustc_on_unimplemented]` wording (E0277's message, label and notes). */
  onUnimplemented(def: DefId): OnUnimplemented | null {
    return this.p(def).onUnimplemented?.(def) ?? null;
  }

  skipArrayDuringMethodDispatch(trait: DefId): boolean {
    return this.p(trait).skipArrayDuringMethodDispatch?.(trait) ?? false;
  }

  intrinsicName(def: DefId): string | null {
    return this.p(def).intrinsicName(def);
  }

  constIntValue(def: DefId): bigint | null {
    return this.queries.get('constIntValue', def, () => this.p(def).constIntValue(def), () => 0n);
  }

  langItem(name: string): DefId | null {
    for (const p of this.providers.values()) {
      const d = p.langItems().get(name);
      if (d !== undefined) return d;
    }
    return null;
  }

  resolveInstance(def: DefId, argsIn: GenericArgs): Instance | null {
    const args = argsIn.map((a) => (a.tag === 'Type' ? { tag: 'Type' as const, ty: this.normalize(a.ty) } : a));
    if (def === this.langItem('drop_in_place')) {
      // `drop_in_place::<T>` runs T's drop glue, which the compiler builds (a no-op when T needs none).
      const t = args[0];
      if (!t || t.tag !== 'Type') return null;
      // A trait object's glue is the concrete type's, through vtable slot 0 (null: nothing to drop).
      if (tyKind(t.ty).tag === 'Dynamic') return { def, args, kind: { tag: 'Virtual', index: 0 } };
      return { def, args, kind: { tag: 'DropGlue', ty: this.needsDrop(t.ty) ? t.ty : null } };
    }
    const fnCall = resolveFnTraitCall(this, def, args);
    if (fnCall !== null) return fnCall;
    const intrinsic = this.intrinsicName(def);
    if (intrinsic !== null) return { def, args, kind: { tag: 'Intrinsic', name: intrinsic } };
    const trait = this.traitOfItem(def);
    if (trait !== null) {
      const self = args[0];
      if (!self || self.tag !== 'Type') return null;
      // The object's own traits dispatch through the vtable; others (`impl Debug for dyn Tr`)
      // are ordinary impls.
      if (tyKind(self.ty).tag === 'Dynamic' && dynImplements(this, self.ty, trait)) {
        const slot = virtualSlot(this, self.ty, def);
        return slot === null ? null : { def, args, kind: { tag: 'Virtual', index: slot } };
      }
      const traitCount = this.genericsOf(trait).count;
      const sel = this.selectImpl(trait, self.ty, args.slice(1, traitCount));
      if (sel === null) return null;
      const item = this.assocItemNamed(sel.impl, this.defName(def));
      // The impl's args, then the method's own (after the trait's).
      const own = args.slice(this.genericsOf(trait).count);
      if (item !== null) return { def: item, args: [...sel.args, ...own], kind: { tag: 'Item' } };
      return { def, args, kind: { tag: 'Item' } };
    }
    return { def, args, kind: { tag: 'Item' } };
  }

  entryFn(): DefId | null {
    return this.crate(LOCAL_CRATE).entryFn();
  }

  globalAsm(): readonly GlobalAsmBlock[] {
    const out: GlobalAsmBlock[] = [];
    for (const item of this.hir.items.values()) {
      if (item.kind.tag === 'GlobalAsm') out.push({ template: item.kind.asm.template, options: [...item.kind.asm.options], span: item.span });
    }
    return out;
  }

  /** Replaces projections whose impl can be selected by the impl's type (after monomorphization). */
  normalize(ty: Ty): Ty {
    return normalizeTy(this, ty, null);
  }

  vtableEntries(ty: Ty, trait: { def: DefId; args: GenericArgs }): readonly (Instance | null)[] {
    return vtableInstances(this, ty, trait);
  }

  /**
   * Whether dropping a value of `ty` runs code: a `Drop` impl somewhere inside. Type
   * parameters (and trait objects) may, so generic MIR schedules their drops and codegen
   * asks again with the concrete type.
   */
  needsDrop(ty: Ty): boolean {
    const known = this.needsDropMemo.get(ty);
    if (known !== undefined) return known;
    // A type reached again through itself adds nothing (its other parts decide).
    this.needsDropMemo.set(ty, false);
    const r = this.computeNeedsDrop(ty);
    this.needsDropMemo.set(ty, r);
    return r;
  }

  private readonly needsDropMemo = new Map<Ty, boolean>();

  private computeNeedsDrop(ty: Ty): boolean {
    const k = tyKind(ty);
    switch (k.tag) {
      case 'Adt': {
        if (this.dropImpl(k.def) !== null) return true;
        if (this.langItem('manually_drop') === k.def) return false;
        const adt = this.adtDef(k.def);
        if (adt.kind === 'union') return false;
        return adt.variants.some((v) => v.fields.some((f) => this.needsDrop(substTy(f.ty, k.args))));
      }
      case 'Tuple': return k.elems.some((e) => this.needsDrop(e));
      case 'Array': case 'Slice': return this.needsDrop(k.elem);
      case 'Param': case 'Dynamic': case 'Alias': return true;
      case 'Closure': return closureUpvars(k.args).some((u) => this.needsDrop(u));
      default: return false;
    }
  }

  /** The `drop` method of the ADT's `Drop` impl (always for the whole generic ADT, E0366). */
  dropImpl(adt: DefId): DefId | null {
    const drop = this.langItem('drop');
    if (drop === null) return null;
    for (const impl of this.traitImpls(drop)) {
      const k = tyKind(this.typeOf(impl));
      if (k.tag === 'Adt' && k.def === adt) return this.assocItemNamed(impl, 'drop');
    }
    return null;
  }
}

/** `ty` with the bound impl parameters substituted; null when it needs an unbound one. */
function substPartial(ty: Ty, out: Bindings): Ty | null {
  let missing = false;
  const args = Array.from(out, (t, i): GenericArgs[number] => {
    if (t === undefined && mentionsParam(ty, i)) missing = true;
    return t ?? { tag: 'Type', ty: mkTy({ tag: 'Param', index: i, name: '?' }) };
  });
  return missing ? null : substTy(ty, args);
}

function mentionsParam(ty: Ty, index: number): boolean {
  const k = tyKind(ty);
  switch (k.tag) {
    case 'Param': return k.index === index;
    case 'Tuple': return k.elems.some((e) => mentionsParam(e, index));
    case 'Array': case 'Slice': return mentionsParam(k.elem, index);
    case 'Ref': case 'RawPtr': return mentionsParam(k.pointee, index);
    case 'Adt': case 'FnDef': case 'Alias': case 'Closure': return k.args.some((a) => a.tag === 'Type' && mentionsParam(a.ty, index));
    case 'FnPtr': return k.sig.inputs.some((t) => mentionsParam(t, index)) || mentionsParam(k.sig.output, index);
    default: return false;
  }
}
