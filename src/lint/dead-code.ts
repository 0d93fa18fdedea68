// dead_code (rustc_passes::dead): items no live code uses, structs and variants never
// constructed, fields never read. Liveness spreads from the roots (main, exported and
// `#[no_mangle]`/`#[used]`/lang items, items that allow dead_code, a library's public API)
// through the bodies and signatures of live items; a trait impl becomes live with its self
// type. Derived `Debug`/`Clone` impls do not count, as in rustc. Reported per module, in
// source order, the crate root first.
import type { Span } from '../diagnostics/span.ts';
import type { Expr } from '../hir/expr.ts';
import type { HirGenerics } from '../hir/generics.ts';
import type { FieldDef, Item, VariantData } from '../hir/item.ts';
import type { HirPat } from '../hir/pat.ts';
import type { Path, QPath } from '../hir/path.ts';
import type { Res } from '../hir/res.ts';
import type { HirTy } from '../hir/types.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import { symStr } from '../syntax/symbol.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import type { TypeckResults } from '../typeck/results.ts';
import { HirWalker } from './hir-walk.ts';
import { listify } from './unused-imports.ts';
import { modulesInOrder } from './late.ts';

/** Derived impls of these traits read fields only trivially (rustc_trivial_field_reads). */
const TRIVIAL_READ_TRAITS = new Set(['Debug', 'Clone']);

class DeadCode {
  private readonly live = new Set<DefId>();
  private readonly constructed = new Set<DefId>();
  private readonly readFields = new Set<DefId>();
  private readonly work: DefId[] = [];
  private readonly opaques = new Set<DefId>();
  /** Trait impls waiting for their self type to become live. */
  private readonly implsOf = new Map<DefId, DefId[]>();
  /** Derived impls rustc ignores, per ADT (trait names, for the note). */
  readonly ignoredDerives = new Map<DefId, string[]>();
  /** Fields of each local struct or variant (keyed by the struct's / variant's DefId). */
  readonly fieldsOf = new Map<DefId, readonly FieldDef[]>();

  private readonly lcx: import('./context.ts').LintCx;

  constructor(private readonly tcx: TcxImpl) {
    this.lcx = tcx.lint;
  }

  private item(def: DefId): Item | undefined {
    return this.tcx.hir.items.get(def);
  }

  markLive(def: DefId): void {
    if (!isLocal(def) || this.live.has(def)) return;
    this.markLiveQuiet(def);
    const kind = this.tcx.defKind(def);
    // A method picked in a trait impl is the trait's method being used (rustc resolves to it).
    if (kind === 'AssocFn' || kind === 'AssocConst' || kind === 'AssocTy') {
      const impl = this.tcx.parent(def);
      const tr = impl !== null && this.tcx.defKind(impl) === 'Impl' ? this.tcx.implTrait(impl) : null;
      if (tr !== null) {
        this.markLive(tr);
        const ti = this.traitItem(tr, def);
        if (ti !== null) this.markLive(ti);
      }
    }
    // A used trait item brings its implementations in live impls along.
    const waiting = this.implItemsOf.get(def);
    if (waiting) {
      this.implItemsOf.delete(def);
      for (const i of waiting) this.markLiveQuiet(i);
    }
    // An associated item keeps its trait alive; a variant its enum.
    if (kind === 'AssocFn' || kind === 'AssocConst' || kind === 'AssocTy' || kind === 'Variant' || kind === 'Field') {
      const p = this.tcx.parent(def);
      if (p !== null && (kind !== 'AssocFn' && kind !== 'AssocConst' && kind !== 'AssocTy' || this.tcx.defKind(p) === 'Trait')) this.markLive(p);
    }
    const impls = this.implsOf.get(def);
    if (impls) {
      this.implsOf.delete(def);
      for (const i of impls) this.markLive(i);
    }
  }

  /** Live, without counting as a use of what it implements (an item of a live trait impl). */
  private markLiveQuiet(def: DefId): void {
    if (!isLocal(def) || this.live.has(def)) return;
    this.live.add(def);
    this.work.push(def);
  }

  /** Impl items waiting for the local trait item they implement to be used. */
  private readonly implItemsOf = new Map<DefId, DefId[]>();

  /** The item of local trait `trait` that impl item `item` implements (same name). */
  private traitItem(trait: DefId, item: DefId): DefId | null {
    const t = this.item(trait);
    const it = this.item(item);
    if (!t || !it || t.kind.tag !== 'Trait') return null;
    for (const d of t.kind.items) if (this.item(d)?.ident.name === it.ident.name) return d;
    return null;
  }

  private markConstructed(def: DefId): void {
    if (!isLocal(def)) return;
    this.constructed.add(def);
    this.markLive(def);
  }

  /** `constructs`: an expression building a value (`S`, `S(1)`, `S { .. }`, `E::V`). */
  private res(r: Res, constructs: boolean): void {
    switch (r.tag) {
      case 'Def': {
        if (r.kind === 'Ctor') {
          // A constructor in an expression builds the value; in a pattern it only matches it.
          const p = this.tcx.parent(r.def);
          if (p !== null) (constructs ? this.markConstructed(p) : this.markLive(p));
          return;
        }
        if (constructs && (r.kind === 'Struct' || r.kind === 'Variant' || r.kind === 'Union')) this.markConstructed(r.def);
        else if (r.kind === 'Variant') this.markLive(this.tcx.parent(r.def) ?? r.def);
        else this.markLive(r.def);
        return;
      }
      case 'SelfCtor': {
        const k = tyKind(this.tcx.typeOf(r.implDef));
        if (k.tag === 'Adt') this.markConstructed(k.def);
        return;
      }
      case 'SelfTyAlias': {
        const k = tyKind(this.tcx.typeOf(r.implDef));
        if (k.tag === 'Adt') (constructs ? this.markConstructed(k.def) : this.markLive(k.def));
        return;
      }
      default: return;
    }
  }

  private path(p: Path, constructs: boolean): void {
    this.res(p.res, constructs);
    for (const s of p.segments) {
      if (s.res.tag === 'Def' && s.res !== p.res) this.res(s.res, false);
      if (s.args) {
        for (const a of s.args.args) if (a.tag === 'Type') this.ty(a.ty);
        for (const c of s.args.constraints ?? []) this.ty(c.ty);
      }
    }
  }

  private qpath(q: QPath, constructs: boolean): void {
    if (q.tag === 'Resolved') {
      if (q.qself) this.ty(q.qself);
      this.path(q.path, constructs);
    } else {
      this.ty(q.qself);
    }
  }

  ty(t: HirTy): void {
    const k = t.kind;
    switch (k.tag) {
      case 'Slice': this.ty(k.elem); return;
      case 'Array': this.ty(k.elem); this.constExpr(k.len); return;
      case 'Ptr': case 'Ref': this.ty(k.pointee); return;
      case 'BareFn': k.fn.inputs.forEach((x) => this.ty(x)); if (k.fn.output) this.ty(k.fn.output); return;
      case 'Tup': k.elems.forEach((x) => this.ty(x)); return;
      case 'Path': this.qpath(k.qpath, false); return;
      case 'TraitObject': for (const b of k.bounds) this.path(b, false); return;
      case 'Opaque':
        if (!this.opaques.has(k.def)) {
          this.opaques.add(k.def);
          this.generics(this.tcx.hir.generics.get(k.def));
        }
        return;
      default: return;
    }
  }

  private generics(g: HirGenerics | undefined): void {
    if (!g) return;
    for (const p of g.predicates) {
      this.ty(p.boundedTy);
      for (const b of p.bounds) this.path(b, false);
    }
    for (const p of g.params) if (p.default) this.ty(p.default);
  }

  /**
   * An expression outside a typechecked body (array lengths): its paths. `Self::N` there has
   * no recorded resolution: every associated constant of that name counts as used.
   */
  private constExpr(e: Expr): void {
    new HirWalker(this.tcx.hir, {
      expr: (x) => {
        if (x.kind.tag !== 'Path') return;
        this.qpath(x.kind.qpath, false);
        if (x.kind.qpath.tag === 'TypeRelative') this.constNames.add(x.kind.qpath.segment.ident.name);
      },
    }, false).expr(e);
  }

  /** Names of associated constants named type-relatively in constant expressions. */
  readonly constNames = new Set<number>();

  private fieldsRead(variant: DefId, which: (f: FieldDef, i: number) => boolean): void {
    const fs = this.fieldsOf.get(variant);
    if (fs) fs.forEach((f, i) => { if (which(f, i)) this.readFields.add(f.def); });
  }

  /** The local struct or variant a pattern or struct expression names. */
  private variantOf(q: QPath, ty: Ty | null): DefId | null {
    if (q.tag === 'Resolved') {
      const r = q.path.res;
      if (r.tag === 'Def' && (r.kind === 'Struct' || r.kind === 'Variant' || r.kind === 'Union')) return r.def;
      if (r.tag === 'Def' && r.kind === 'Ctor') return this.tcx.parent(r.def);
    }
    if (ty !== null) {
      const k = tyKind(ty);
      if (k.tag === 'Adt' && this.tcx.defKind(k.def) !== 'Enum') return k.def;
    }
    return null;
  }

  private body(owner: DefId, id: number): void {
    const body = this.tcx.hir.bodies.get(id as never);
    if (!body) return;
    const r = this.tcx.typeck(owner);
    new HirWalker(this.tcx.hir, {
      expr: (e) => this.expr(e, r),
      pat: (p) => this.pat(p, r),
      stmt: (s) => {
        if (s.kind.tag === 'Let' && s.kind.local.ty) this.ty(s.kind.local.ty);
      },
    }, true).body(body);
  }

  private expr(e: Expr, r: TypeckResults): void {
    const k = e.kind;
    switch (k.tag) {
      case 'Path':
        this.qpath(k.qpath, true);
        if (k.qpath.tag === 'TypeRelative') {
          const d = r.typeDependentDef(e.hirId);
          if (d) this.markLive(d.def);
        }
        return;
      case 'MethodCall': {
        const d = r.typeDependentDef(e.hirId);
        if (d) this.markLive(d.def);
        if (k.seg.args) for (const a of k.seg.args.args) if (a.tag === 'Type') this.ty(a.ty);
        return;
      }
      case 'Struct': {
        this.qpath(k.qpath, true);
        const v = this.variantOf(k.qpath, r.nodeTypeOpt(e.hirId));
        // `..base` reads the fields not written.
        if (v !== null && k.base) this.fieldsRead(v, (f) => !k.fields.some((x) => x.ident.name === f.ident.name));
        // Initializing a union's field is what a union is used for (rustc counts it as a read).
        if (v !== null && this.tcx.defKind(v) === 'Union') this.fieldsRead(v, (f) => k.fields.some((x) => x.ident.name === f.ident.name));
        return;
      }
      case 'Field': {
        let t = r.exprTyAdjusted(k.expr.hirId);
        for (let n = 0; n < 16; n++) {
          const tk = tyKind(t);
          if (tk.tag === 'Ref' || tk.tag === 'RawPtr') t = tk.pointee;
          else break;
        }
        const tk = tyKind(t);
        if (tk.tag === 'Adt' && isLocal(tk.def)) {
          const idx = r.fieldIndex(e.hirId);
          this.fieldsRead(tk.def, (_f, i) => i === idx);
        }
        return;
      }
      case 'Cast': this.ty(k.ty); return;
      case 'Repeat': this.constExpr(k.count); return;
      case 'Closure':
        for (const i of k.inputs) if (i) this.ty(i);
        if (k.output) this.ty(k.output);
        return;
      default: return;
    }
  }

  private pat(p: HirPat, r: TypeckResults): void {
    const k = p.kind;
    switch (k.tag) {
      case 'Path': this.qpath(k.qpath, false); return;
      case 'Struct': {
        this.qpath(k.qpath, false);
        const v = this.variantOf(k.qpath, r.nodeTypeOpt(p.hirId));
        if (v !== null) this.fieldsRead(v, (f) => k.fields.some((x) => x.ident.name === f.ident.name && x.pat.kind.tag !== 'Wild'));
        return;
      }
      case 'TupleStruct': {
        this.qpath(k.qpath, false);
        const v = this.variantOf(k.qpath, null);
        if (v === null) return;
        const n = this.fieldsOf.get(v)?.length ?? 0;
        k.pats.forEach((sp, i) => {
          const idx = k.dotdot !== null && i >= k.dotdot ? n - (k.pats.length - i) : i;
          if (sp.kind.tag !== 'Wild') this.fieldsRead(v, (_f, j) => j === idx);
        });
        return;
      }
      default: return;
    }
  }

  private variantData(d: VariantData): void {
    for (const f of d.fields) this.ty(f.ty);
  }

  /** Walks what a live definition uses. */
  private process(def: DefId): void {
    const it = this.item(def);
    if (!it) {
      // Enum variants with an explicit discriminant own a body.
      const owner = this.tcx.hir.bodyOwners.find((o) => o.def === def);
      if (owner) this.body(def, owner.body);
      return;
    }
    this.generics(this.tcx.hir.generics.get(def));
    const k = it.kind;
    switch (k.tag) {
      case 'Fn':
        k.sig.decl.inputs.forEach((t) => this.ty(t));
        if (k.sig.decl.output) this.ty(k.sig.decl.output);
        if (k.body !== null) this.body(def, k.body);
        return;
      case 'Static': case 'Const':
        this.ty(k.ty);
        if (k.body !== null) this.body(def, k.body);
        return;
      case 'Struct': case 'Union': this.variantData(k.data); return;
      case 'Enum':
        for (const v of k.variants) {
          this.variantData(v.data);
          if (v.discr !== null) this.body(v.def, v.discr);
        }
        return;
      case 'TyAlias': if (k.ty) this.ty(k.ty); return;
      case 'Trait': return;
      case 'Impl':
        this.ty(k.selfTy);
        // Implementing a trait does not use it (rustc): its path is not a use; the impl's items
        // are live for another crate's trait, and for a local one once the trait item is used.
        if (k.ofTrait) {
          for (const s of k.ofTrait.segments) if (s.args) for (const a of s.args.args) if (a.tag === 'Type') this.ty(a.ty);
          const tr = k.ofTrait.res.tag === 'Def' ? k.ofTrait.res.def : null;
          for (const i of k.items) {
            const ti = tr !== null && isLocal(tr) ? this.traitItem(tr, i) : null;
            if (ti === null || this.live.has(ti) || this.exported(ti)) this.markLiveQuiet(i);
            else {
              const l = this.implItemsOf.get(ti);
              if (l) l.push(i);
              else this.implItemsOf.set(ti, [i]);
            }
          }
        }
        return;
      default: return;
    }
  }

  run(): void {
    while (this.work.length > 0) this.process(this.work.pop()!);
  }

  isLive(def: DefId): boolean {
    return this.live.has(def);
  }

  isConstructed(def: DefId): boolean {
    return this.constructed.has(def);
  }

  isRead(field: DefId): boolean {
    return this.readFields.has(field);
  }

  private readonly reachableCache = new Map<DefId, boolean>();

  /**
   * Whether `def` is reachable from outside the crate (rustc's effective visibilities, which
   * dead code treats as roots in every crate type): `pub` all the way up from the crate root,
   * or named by a `pub use` (a glob re-export makes a module's `pub` items reachable).
   */
  exported(def: DefId): boolean {
    if (def === this.tcx.hir.root) return true;
    const known = this.reachableCache.get(def);
    if (known !== undefined) return known;
    this.reachableCache.set(def, false);
    const r = this.reachable(def);
    this.reachableCache.set(def, r);
    return r;
  }

  private reachable(def: DefId): boolean {
    if (this.lcx.reexported.has(def)) return true;
    const p = this.tcx.parent(def);
    if (p === null) return false;
    const pk = this.tcx.defKind(p);
    // Trait items and variants are as reachable as their trait or enum.
    if (pk === 'Trait' || pk === 'Enum') return this.exported(p);
    const it = this.item(def);
    if (!it || it.vis.tag !== 'Public') return false;
    if (pk === 'Mod') return this.exported(p) || this.lcx.globReexported.has(p);
    if (pk === 'Impl') {
      const self = tyKind(this.tcx.typeOf(p));
      return self.tag !== 'Adt' || !isLocal(self.def) || this.exported(self.def);
    }
    return false;
  }

  /** Seeds the worklist: the roots of liveness. */
  seed(allowsDeadCode: (def: DefId) => boolean, isDerivedIgnored: (impl: Item) => string | null): void {
    const entry = this.tcx.entryFn();
    if (entry !== null) this.markLive(entry);
    for (const it of this.tcx.hir.items.values()) {
      const k = it.kind;
      if (k.tag === 'Struct' || k.tag === 'Union') this.fieldsOf.set(it.def, k.data.fields);
      if (k.tag === 'Enum') for (const v of k.variants) this.fieldsOf.set(v.def, v.data.fields);
    }
    for (const it of this.tcx.hir.items.values()) {
      const a = it.attrs;
      const k = it.kind;
      if (k.tag === 'Impl') {
        if (!k.ofTrait) continue;
        const derived = isDerivedIgnored(it);
        const self = tyKind(this.tcx.typeOf(it.def));
        if (derived !== null) {
          if (self.tag === 'Adt') this.ignoredDerives.set(self.def, [...(this.ignoredDerives.get(self.def) ?? []), derived]);
          // Its items are live (never reported) without their uses counting.
          for (const i of k.items) this.live.add(i);
          continue;
        }
        if (self.tag === 'Adt' && isLocal(self.def) && !this.live.has(self.def)) {
          const l = this.implsOf.get(self.def);
          if (l) l.push(it.def);
          else this.implsOf.set(self.def, [it.def]);
        } else this.markLive(it.def);
        continue;
      }
      const root = a.noMangle || a.exportName !== null || a.used || a.lang !== null || a.panicHandler || k.tag === 'GlobalAsm' ||
        allowsDeadCode(it.def) || this.exported(it.def);
      if (root) this.markLive(it.def);
      // A library's public struct can be built and read outside; so can its public enum's variants.
      if (this.exported(it.def)) {
        if (k.tag === 'Struct' || k.tag === 'Union') {
          this.constructed.add(it.def);
          for (const f of k.data.fields) if (f.vis.tag === 'Public') this.readFields.add(f.def);
        } else if (k.tag === 'Enum') {
          for (const v of k.variants) {
            this.constructed.add(v.def);
            for (const f of v.data.fields) this.readFields.add(f.def);
          }
        }
      }
    }
    // Fields whose own attributes allow dead_code count as read.
    for (const fs of this.fieldsOf.values()) for (const f of fs) if (allowsDeadCode(f.def)) this.readFields.add(f.def);
  }
}

type Descr = { readonly kind: string; readonly plural: string };

function assocDescr(it: Item): Descr {
  const k = it.kind;
  if (k.tag === 'Fn') return k.sig.decl.implicitSelf !== 'none' ? { kind: 'method', plural: 'methods' } : { kind: 'associated function', plural: 'associated functions' };
  if (k.tag === 'Const') return { kind: 'associated constant', plural: 'associated constants' };
  return { kind: 'associated type', plural: 'associated types' };
}

const ITEM_DESCR: Partial<Record<Item['kind']['tag'], string>> = {
  Fn: 'function', Const: 'constant', Static: 'static', Enum: 'enum', Union: 'union', TyAlias: 'type alias', Trait: 'trait',
};

export function lintDeadCode(tcx: TcxImpl): void {
  const lcx = tcx.lint;
  const dc = new DeadCode(tcx);
  const level = (def: DefId) => lcx.level('dead_code', lcx.defScope(def)).level;
  dc.seed(
    (def) => level(def) === 'allow',
    (impl) => {
      const k = impl.kind;
      if (k.tag !== 'Impl' || !k.ofTrait || !lcx.isDerived(impl.def)) return null;
      const name = symStr(k.ofTrait.segments[k.ofTrait.segments.length - 1]!.ident.name);
      return TRIVIAL_READ_TRAITS.has(name) ? name : null;
    },
  );
  dc.run();
  const skip = (def: DefId, name: string, span: Span): boolean => name.startsWith('_') || lcx.inExternalMacro(span) || lcx.isDerived(def);
  // rustc does not report a `PhantomData` field, nor a positional field of a zero-sized type
  // (`()`, a unit struct): they are markers, not data.
  const phantom = tcx.langItem('phantom_data');
  const isZst = (t: Ty, depth: number): boolean => {
    const k = tyKind(t);
    if (depth > 8) return false;
    if (k.tag === 'Tuple') return k.elems.every((e) => isZst(e, depth + 1));
    if (k.tag !== 'Adt') return false;
    if (k.def === phantom) return true;
    const adt = tcx.adtDef(k.def);
    return adt.kind === 'struct' && adt.variants[0]!.fields.every((f) => isZst(f.ty, depth + 1));
  };
  const isMarker = (f: FieldDef, positional: boolean): boolean => {
    const t = tcx.typeOf(f.def);
    const k = tyKind(t);
    return (k.tag === 'Adt' && k.def === phantom) || (positional && isZst(t, 0));
  };
  /** rustc's note on the derived impls dead-code analysis ignores. */
  const derivedNote = (owner: Item, d: import('../diagnostics/diagnostic.ts').DiagBuilder): void => {
    const derives = dc.ignoredDerives.get(owner.def);
    if (!derives || derives.length === 0) return;
    const ts = [...derives].sort().map((t) => `\`${t}\``);
    const name = symStr(owner.ident.name);
    d.note(ts.length === 1
      ? `\`${name}\` has a derived impl for the trait ${ts[0]}, but this is intentionally ignored during dead code analysis`
      : `\`${name}\` has derived impls for the traits ${listify(ts)}, but these are intentionally ignored during dead code analysis`);
  };
  const reportFields = (owner: Item, ownerIdent: Span, fields: readonly FieldDef[], tuple: boolean): void => {
    // A `#[repr(C)]` type's fields may be read through its layout (FFI, transmutes).
    if (owner.attrs.repr?.c) return;
    const dead = fields.filter((f) => !dc.isRead(f.def) && !isMarker(f, tuple) && !skip(f.def, symStr(f.ident.name), f.span));
    if (dead.length === 0) return;
    const names = dead.map((f) => `\`${symStr(f.ident.name)}\``);
    const one = dead.length === 1;
    const msg = one ? `field ${names[0]} is never read` : `fields ${listify(names)} are never read`;
    const spans = dead.map((f) => (tuple ? f.ty.span : f.ident.span));
    lcx.emit('dead_code', lcx.defScope(dead[0]!.def), spans, msg, (d) => {
      d.label(ownerIdent, one ? 'field in this struct' : 'fields in this struct');
      derivedNote(owner, d);
      if (tuple) {
        // Trailing fields can go without renumbering the others.
        const trailing = dead.every((f) => fields.indexOf(f) >= fields.length - dead.length);
        if (trailing) d.help(one ? 'consider removing this field' : 'consider removing these fields');
        else {
          const parts = spans.map((s) => ({ span: s, replacement: '()' }));
          d.help(one
            ? 'consider changing the field to be of unit type to suppress this warning while preserving the field numbering, or remove the field'
            : 'consider changing the fields to be of unit type to suppress this warning while preserving the field numbering, or remove the fields',
          undefined, [{ span: parts[0]!.span, replacement: '()', applicability: 'HasPlaceholders', parts }]);
        }
      }
    });
  };
  const checkItem = (it: Item): void => {
    const k = it.kind;
    const name = symStr(it.ident.name);
    if (skip(it.def, name, it.ident.span)) return;
    const scope = lcx.defScope(it.def);
    switch (k.tag) {
      case 'Struct': case 'Union': {
        // rustc says "never constructed", but any use by live code (a type, `S::f()`) keeps it.
        if (!dc.isLive(it.def)) {
          lcx.emit('dead_code', scope, it.ident.span, k.tag === 'Struct' ? `struct \`${name}\` is never constructed` : `union \`${name}\` is never used`);
          return;
        }
        if (k.data.kind !== 'unit') reportFields(it, it.ident.span, k.data.fields, k.data.kind === 'tuple');
        return;
      }
      case 'Enum': {
        if (!dc.isLive(it.def)) {
          lcx.emit('dead_code', scope, it.ident.span, `enum \`${name}\` is never used`);
          return;
        }
        const dead = k.variants.filter((v) => !dc.isConstructed(v.def) && !skip(v.def, symStr(v.ident.name), v.ident.span) && level(v.def) !== 'allow');
        if (dead.length > 0) {
          const names = dead.map((v) => `\`${symStr(v.ident.name)}\``);
          const one = dead.length === 1;
          lcx.emit('dead_code', lcx.defScope(dead[0]!.def), dead.map((v) => v.ident.span), one ? `variant ${names[0]} is never constructed` : `variants ${listify(names)} are never constructed`, (d) => {
            d.label(it.ident.span, one ? 'variant in this enum' : 'variants in this enum');
            derivedNote(it, d);
          });
        }
        for (const v of k.variants) if (dc.isConstructed(v.def) && v.data.kind !== 'unit') reportFields(it, it.ident.span, v.data.fields, v.data.kind === 'tuple');
        return;
      }
      case 'Impl': {
        if (k.ofTrait) return;
        const dead: Item[] = [];
        for (const i of k.items) {
          const ai = tcx.hir.items.get(i);
          if (ai && !dc.isLive(i) && !skip(i, symStr(ai.ident.name), ai.ident.span) && !(ai.kind.tag === 'Const' && dc.constNames.has(ai.ident.name))) dead.push(ai);
        }
        if (dead.length === 0) return;
        const ds = dead.map(assocDescr);
        const same = ds.every((x) => x.kind === ds[0]!.kind);
        const names = dead.map((x) => `\`${symStr(x.ident.name)}\``);
        const header: Span = { lo: it.span.lo, hi: k.selfTy.span.hi, ctxt: it.span.ctxt };
        const msg = dead.length === 1 ? `${ds[0]!.kind} ${names[0]} is never used` : `${same ? ds[0]!.plural : 'associated items'} ${listify(names)} are never used`;
        const label = dead.length === 1 ? `${ds[0]!.kind} in this implementation` : `${same ? ds[0]!.plural : 'associated items'} in this implementation`;
        lcx.emit('dead_code', lcx.defScope(dead[0]!.def), dead.map((x) => x.ident.span), msg, (d) => d.label(header, label));
        return;
      }
      default: {
        const descr = ITEM_DESCR[k.tag];
        if (descr && !dc.isLive(it.def)) lcx.emit('dead_code', scope, it.ident.span, `${descr} \`${name}\` is never used`);
        return;
      }
    }
  };
  // Module by module (the crate root first), each module's items and the items nested in them.
  const visitItems = (defs: readonly DefId[]): void => {
    for (const d of defs) {
      const it = tcx.hir.items.get(d);
      if (!it || it.kind.tag === 'Mod') continue;
      checkItem(it);
      // Items inside a dead fn are not reported on their own.
      if (!dc.isLive(d) && it.kind.tag === 'Fn') continue;
      if (it.kind.tag === 'Fn' || it.kind.tag === 'Const' || it.kind.tag === 'Static') visitItems(nestedItems(tcx, it));
      if (it.kind.tag === 'Impl' || it.kind.tag === 'Trait') for (const i of it.kind.items) {
        const ai = tcx.hir.items.get(i);
        if (ai) visitItems(nestedItems(tcx, ai));
      }
    }
  };
  for (const d of modulesInOrder(tcx)) {
    const m = tcx.hir.items.get(d);
    if (m && m.kind.tag === 'Mod') visitItems(m.kind.items);
  }
}

/** Items declared inside a fn or const body, in source order. */
function nestedItems(tcx: TcxImpl, it: Item): DefId[] {
  const k = it.kind;
  const body = (k.tag === 'Fn' || k.tag === 'Const' || k.tag === 'Static') && k.body !== null ? tcx.hir.bodies.get(k.body) : undefined;
  if (!body) return [];
  const out: DefId[] = [];
  new HirWalker(tcx.hir, { stmt: (s) => { if (s.kind.tag === 'Item') out.push(s.kind.def); } }, true).body(body);
  return out;
}
