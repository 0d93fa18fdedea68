// A small in-memory crate answering the Tcx queries codegen needs, so codegen tests can
// hand-build MIR without the front end.
import type { GlobalAsmBlock } from '../../../src/ty/context.ts';
import type { Body } from '../../../src/mir/mir.ts';
import type { Span } from '../../../src/diagnostics/span.ts';
import type { AdtDef, ReprOptions, VariantDef } from '../../../src/ty/adt.ts';
import type { DefKind, StaticInfo, Tcx } from '../../../src/ty/context.ts';
import { defId, defCrate, defIndex, type CrateNum, type DefId } from '../../../src/ty/def-id.ts';
import type { CodegenFnAttrs, Instance } from '../../../src/ty/instance.ts';
import { mkAdt } from '../../../src/ty/interner.ts';
import type { Abi, FnSig, GenericArgs, Ty } from '../../../src/ty/ty.ts';

export const NO_ATTRS: CodegenFnAttrs = {
  exportName: null,
  inline: 'none',
  cold: false,
  naked: false,
  linkSection: null,
  used: false,
  targetFeatures: [],
  linkage: null,
  trackCaller: false,
  wasmImportModule: null,
  noBuiltins: false,
};

export const REPR_RUST: ReprOptions = { c: false, transparent: false, packed: null, align: null, int: null };
export const REPR_C: ReprOptions = { ...REPR_RUST, c: true };

interface DefData {
  kind: DefKind;
  path: string[];
  sig?: FnSig;
  body?: Body;
  attrs: CodegenFnAttrs;
  intrinsic?: string;
  statik?: StaticInfo;
  adt?: AdtDef;
  generics: number;
}

const SP: Span = { lo: 0, hi: 0, ctxt: 0 };

export class FakeTcx implements Tcx {
  readonly localCrateName: string;
  private readonly defs = new Map<DefId, DefData>();
  private readonly langs = new Map<string, DefId>();
  private readonly crates: string[];
  private next = 1;
  entry: DefId | null = null;

  constructor(crateName = 'demo', externCrates: string[] = []) {
    this.localCrateName = crateName;
    this.crates = [crateName, ...externCrates];
  }

  private add(d: DefData, krate: CrateNum = 0): DefId {
    const id = defId(krate, this.next++);
    this.defs.set(id, d);
    return id;
  }

  private get(def: DefId): DefData {
    const d = this.defs.get(def);
    if (!d) throw new Error(`fake tcx: unknown def ${def}`);
    return d;
  }

  fn(name: string, inputs: Ty[], output: Ty, opts: { attrs?: Partial<CodegenFnAttrs>; abi?: Abi; krate?: CrateNum; intrinsic?: string; kind?: DefKind; generics?: number } = {}): DefId {
    const sig: FnSig = { inputs, output, cVariadic: false, unsafe: false, abi: opts.abi ?? 'Rust' };
    return this.add(
      {
        kind: opts.kind ?? (opts.intrinsic ? 'ForeignFn' : 'Fn'),
        path: name.split('::'),
        sig,
        attrs: { ...NO_ATTRS, ...opts.attrs },
        ...(opts.intrinsic ? { intrinsic: opts.intrinsic } : {}),
        generics: opts.generics ?? 0,
      },
      opts.krate ?? 0,
    );
  }

  setBody(def: DefId, body: Body): void {
    this.get(def).body = body;
  }

  staticItem(name: string, ty: Ty, initializer: Body | null, opts: { mutable?: boolean; attrs?: Partial<CodegenFnAttrs>; krate?: CrateNum } = {}): DefId {
    return this.add(
      {
        kind: initializer ? 'Static' : 'ForeignStatic',
        path: name.split('::'),
        attrs: { ...NO_ATTRS, ...opts.attrs },
        statik: { ty, mutable: opts.mutable ?? false, foreign: initializer === null, initializer },
        generics: 0,
      },
      opts.krate ?? 0,
    );
  }

  /** Reserves a DefId for a static whose initializer body needs it. */
  setStaticInit(def: DefId, init: Body): void {
    const d = this.get(def);
    d.statik = { ...d.statik!, initializer: init, foreign: false };
    d.kind = 'Static';
  }

  struct(name: string, fields: [string, Ty][], repr: ReprOptions = REPR_RUST): { def: DefId; ty: Ty } {
    const def = this.add({ kind: 'Struct', path: name.split('::'), attrs: NO_ATTRS, generics: 0 });
    const variant: VariantDef = { def, name, fields: fields.map(([n, ty]) => ({ def, name: n, ty, isPub: true })), discr: 0n, ctorKind: null };
    this.get(def).adt = { def, name, kind: 'struct', variants: [variant], repr, genericCount: 0 };
    return { def, ty: mkAdt(def, []) };
  }

  enumDef(name: string, variants: { name: string; fields: Ty[]; discr?: bigint }[], repr: ReprOptions = REPR_RUST): { def: DefId; ty: Ty } {
    const def = this.add({ kind: 'Enum', path: name.split('::'), attrs: NO_ATTRS, generics: 0 });
    let next = 0n;
    const vs: VariantDef[] = variants.map((v) => {
      const discr = v.discr ?? next;
      next = discr + 1n;
      return { def, name: v.name, fields: v.fields.map((ty, i) => ({ def, name: String(i), ty, isPub: true })), discr, ctorKind: v.fields.length ? 'fn' : 'const' };
    });
    this.get(def).adt = { def, name, kind: 'enum', variants: vs, repr, genericCount: 0 };
    return { def, ty: mkAdt(def, []) };
  }

  union(name: string, fields: [string, Ty][], repr: ReprOptions = REPR_RUST): { def: DefId; ty: Ty } {
    const s = this.struct(name, fields, repr);
    const d = this.get(s.def);
    d.kind = 'Union';
    d.adt = { ...d.adt!, kind: 'union' };
    return s;
  }

  lang(name: string, def: DefId): void {
    this.langs.set(name, def);
  }

  // ---- Tcx ----
  crateName(krate: CrateNum): string {
    return this.crates[krate] ?? `crate${krate}`;
  }
  crateHash(krate: CrateNum): string {
    return `hash-of-${this.crateName(krate)}`;
  }
  defKind(def: DefId): DefKind {
    return this.get(def).kind;
  }
  defPath(def: DefId): string[] {
    return this.get(def).path;
  }
  defSpan(_def: DefId): Span {
    return SP;
  }
  parent(_def: DefId): DefId | null {
    return null;
  }

  implTrait(_impl: DefId): DefId | null {
    return null;
  }
  fnSig(def: DefId): FnSig {
    const s = this.get(def).sig;
    if (!s) throw new Error(`fake tcx: ${this.get(def).path.join('::')} is not a fn`);
    return s;
  }
  genericCount(def: DefId): number {
    return this.get(def).generics;
  }
  adtDef(def: DefId): AdtDef {
    const a = this.get(def).adt;
    if (!a) throw new Error('fake tcx: not an ADT');
    return a;
  }
  mirBody(def: DefId): Body {
    const b = this.get(def).body;
    if (!b) throw new Error(`fake tcx: no MIR for ${this.get(def).path.join('::')}`);
    return b;
  }
  hasMir(def: DefId): boolean {
    return this.get(def).body !== undefined;
  }
  codegenAttrs(def: DefId): CodegenFnAttrs {
    return this.get(def).attrs;
  }
  staticInfo(def: DefId): StaticInfo {
    const s = this.get(def).statik;
    if (!s) throw new Error('fake tcx: not a static');
    return s;
  }
  intrinsicName(def: DefId): string | null {
    return this.get(def).intrinsic ?? null;
  }
  langItem(name: string): DefId | null {
    return this.langs.get(name) ?? null;
  }
  assocItems(): readonly DefId[] {
    return [];
  }
  resolveInstance(def: DefId, args: GenericArgs): Instance | null {
    const d = this.get(def);
    if (d.intrinsic) return { def, args, kind: { tag: 'Intrinsic', name: d.intrinsic } };
    return { def, args, kind: { tag: 'Item' } };
  }
  entryFn(): DefId | null {
    return this.entry;
  }
  normalize(ty: Ty): Ty {
    return ty;
  }
  vtableEntries(): readonly (Instance | null)[] {
    return [];
  }
  needsDrop(): boolean {
    return false;
  }
  dropImpl(): DefId | null {
    return null;
  }
  globalAsm(): readonly GlobalAsmBlock[] {
    return this.globalAsmBlocks;
  }

  globalAsmBlocks: GlobalAsmBlock[] = [];


  /** Every local def (the driver's `items` list). */
  localItems(): DefId[] {
    return [...this.defs.keys()].filter((d) => defCrate(d) === 0 && defIndex(d) > 0);
  }
}
