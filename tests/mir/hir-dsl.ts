// Test-only: builds typed HIR bodies by hand (with the typeck tables filled in as they go)
// and implements MirBuildCx over them, so MIR building can be tested before the real
// front end exists. Spans point into an optional source text (`at('x = 6')`).
import { SourceMap, type SourceFile } from '../../src/diagnostics/source-map.ts';
import { DUMMY_SP, type Span } from '../../src/diagnostics/span.ts';
import type { Block, Expr, ExprKind, HirLit, Stmt, BinOpKind, UnOp } from '../../src/hir/expr.ts';
import type { BodyId, HirId } from '../../src/hir/ids.ts';
import type { Body as HirBody, Param } from '../../src/hir/item.ts';
import type { HirPat, PatKind } from '../../src/hir/pat.ts';
import type { QPath } from '../../src/hir/path.ts';
import type { Res } from '../../src/hir/res.ts';
import type { HirTy } from '../../src/hir/types.ts';
import type { ConstTree } from '../../src/mir/const-tree.ts';
import type { MirBuildCx } from '../../src/mir/build/cx.ts';
import { buildMir } from '../../src/mir/build/body.ts';
import { evalConstItem } from '../../src/mir/interpret/const-eval.ts';
import type { Body } from '../../src/mir/mir.ts';
import { intern } from '../../src/syntax/symbol.ts';
import type { AdtDef } from '../../src/ty/adt.ts';
import type { DefKind } from '../../src/ty/context.ts';
import { defId, type DefId } from '../../src/ty/def-id.ts';
import { mkTy, tyKind, tys } from '../../src/ty/interner.ts';
import type { FnSig, Mutbl, Ty } from '../../src/ty/ty.ts';
import type { Adjustment, BindingMode, TypeckResults, TypeDependentDef } from '../../src/typeck/results.ts';

interface DefInfo {
  kind: DefKind;
  name: string;
  parent: DefId | null;
  sig?: FnSig;
  body?: HirBody;
  adt?: AdtDef;
  mutbl?: Mutbl;
}

const NO_HIR_TY: HirTy = { hirId: -1, kind: { tag: 'Infer' }, span: DUMMY_SP };

export class HirDsl implements MirBuildCx {
  readonly sourceMap = new SourceMap();
  readonly file: SourceFile;
  sess = { overflowChecks: true, target: { pointerWidth: 64 as const } };
  private nextId = 0;
  private nextDef = 1;
  private nextBody = 0;
  readonly defs = new Map<DefId, DefInfo>();
  readonly types = new Map<HirId, Ty>();
  readonly adjs = new Map<HirId, Adjustment[]>();
  readonly tdds = new Map<HirId, TypeDependentDef>();
  readonly modes = new Map<HirId, BindingMode>();
  readonly fields = new Map<HirId, number>();
  readonly coercionCasts = new Set<HirId>();
  readonly copyAdts = new Set<DefId>();
  private readonly mirCache = new Map<DefId, Body>();
  private readonly constCache = new Map<DefId, ConstTree>();
  readonly typeck: TypeckResults;

  constructor(readonly src = '', fileName = 'test.rs') {
    this.file = this.sourceMap.addFile(fileName, src);
    const self = this;
    this.typeck = {
      owner: defId(0, 0),
      taintedByErrors: false,
      nodeType(id) {
        const t = self.types.get(id);
        if (t === undefined) throw new Error(`no type for HirId ${id}`);
        return t;
      },
      nodeTypeOpt: (id) => self.types.get(id) ?? null,
      nodeArgs: () => [],
      patAdjustments: () => [],
      closureCaptures: () => [],
      closureType: () => null,
      overloadedCall: () => null,
      opaqueHiddenType: () => null,
      typeDependentDef: (id) => self.tdds.get(id) ?? null,
      adjustments: (id) => self.adjs.get(id) ?? [],
      exprTyAdjusted(id) {
        const a = self.adjs.get(id);
        return a && a.length > 0 ? a[a.length - 1]!.target : this.nodeType(id);
      },
      bindingMode: (id) => self.modes.get(id) ?? { tag: 'ByValue', mutbl: 'not' },
      fieldIndex(id) {
        const f = self.fields.get(id);
        if (f === undefined) throw new Error(`no field index for HirId ${id}`);
        return f;
      },
      isCoercionCast: (id) => self.coercionCasts.has(id),
      constValue: () => null,
    };
  }

  // ---- spans ----

  /** Span of the `nth` (1-based) occurrence of `text` in the source. */
  at(text: string, nth = 1): Span {
    let pos = -1;
    for (let i = 0; i < nth; i++) {
      pos = this.src.indexOf(text, pos + 1);
      if (pos < 0) throw new Error(`'${text}' (#${nth}) not in test source`);
    }
    return { lo: this.file.startPos + pos, hi: this.file.startPos + pos + text.length, ctxt: 0 };
  }

  /** Span of `sub` inside the `nth` occurrence of `context` (`atIn('x = 6', 'x')`). */
  atIn(context: string, sub: string, nth = 1): Span {
    const c = this.at(context, nth);
    const off = context.indexOf(sub);
    if (off < 0) throw new Error(`'${sub}' not in '${context}'`);
    return { lo: c.lo + off, hi: c.lo + off + sub.length, ctxt: 0 };
  }

  private sp(s: Span | string | undefined): Span {
    return s === undefined ? DUMMY_SP : typeof s === 'string' ? this.at(s) : s;
  }

  private id(): HirId {
    return this.nextId++;
  }

  expr(kind: ExprKind, ty: Ty, span?: Span | string): Expr {
    const e: Expr = { hirId: this.id(), kind, span: this.sp(span) };
    this.types.set(e.hirId, ty);
    return e;
  }

  adjust(e: Expr, adjs: Adjustment[]): Expr {
    this.adjs.set(e.hirId, adjs);
    return e;
  }

  // ---- expressions ----

  int(v: bigint | number, ty: Ty = tys.i32, span?: Span | string): Expr {
    const big = BigInt(v);
    const lit: HirLit = { value: { tag: 'Int', value: big < 0n ? -big : big, suffix: null }, span: this.sp(span) };
    return this.expr({ tag: 'Lit', lit, negated: big < 0n }, ty, span);
  }

  bool(v: boolean, span?: Span | string): Expr {
    return this.expr({ tag: 'Lit', lit: { value: { tag: 'Bool', value: v }, span: this.sp(span) }, negated: false }, tys.bool, span);
  }

  str(v: string, span?: Span | string): Expr {
    return this.expr({ tag: 'Lit', lit: { value: { tag: 'Str', value: v, raw: false }, span: this.sp(span) }, negated: false }, mkTy({ tag: 'Ref', mutbl: 'not', pointee: tys.str }), span);
  }

  private path(res: Res, name: string, span: Span): QPath {
    return { tag: 'Resolved', qself: null, path: { span, res, segments: [{ hirId: this.id(), ident: { name: intern(name), span }, res, args: null }] } };
  }

  /** A use of the variable bound by `pat`. */
  local(pat: HirPat, span?: Span | string): Expr {
    if (pat.kind.tag !== 'Binding') throw new Error('not a binding');
    const s = this.sp(span);
    return this.expr({ tag: 'Path', qpath: this.path({ tag: 'Local', id: pat.hirId }, 'x', s) }, this.types.get(pat.hirId)!, s);
  }

  /** A path to a definition (fn item, const, static, unit struct). */
  defPath(def: DefId, ty: Ty, span?: Span | string): Expr {
    const info = this.defs.get(def)!;
    const s = this.sp(span);
    return this.expr({ tag: 'Path', qpath: this.path({ tag: 'Def', kind: info.kind, def }, info.name, s) }, ty, s);
  }

  fnRef(def: DefId, span?: Span | string): Expr {
    return this.defPath(def, mkTy({ tag: 'FnDef', def, args: [] }), span);
  }

  bin(op: BinOpKind, l: Expr, r: Expr, span?: Span | string): Expr {
    const cmp = ['==', '!=', '<', '<=', '>', '>=', '&&', '||'].includes(op);
    return this.expr({ tag: 'Binary', op, opSpan: DUMMY_SP, lhs: l, rhs: r }, cmp ? tys.bool : this.types.get(l.hirId)!, span);
  }

  un(op: UnOp, e: Expr, ty?: Ty, span?: Span | string): Expr {
    let t = ty ?? this.types.get(e.hirId)!;
    if (op === 'Deref' && ty === undefined) {
      const k = tyKind(t);
      if (k.tag !== 'Ref' && k.tag !== 'RawPtr') throw new Error('deref of a non-pointer');
      t = k.pointee;
    }
    return this.expr({ tag: 'Unary', op, expr: e }, t, span);
  }

  cast(e: Expr, ty: Ty, span?: Span | string): Expr {
    return this.expr({ tag: 'Cast', expr: e, ty: NO_HIR_TY }, ty, span);
  }

  call(f: Expr, args: Expr[], ty: Ty, span?: Span | string): Expr {
    return this.expr({ tag: 'Call', func: f, args }, ty, span);
  }

  methodCall(def: DefId, receiver: Expr, args: Expr[], ty: Ty, span?: Span | string): Expr {
    const s = this.sp(span);
    const e = this.expr({
      tag: 'MethodCall', seg: { hirId: this.id(), ident: { name: intern(this.defs.get(def)!.name), span: s }, res: { tag: 'Err' }, args: null },
      receiver, args, span: s,
    }, ty, s);
    this.tdds.set(e.hirId, { def, args: [] });
    return e;
  }

  tup(elems: Expr[], span?: Span | string): Expr {
    return this.expr({ tag: 'Tup', elems }, mkTy({ tag: 'Tuple', elems: elems.map((x) => this.types.get(x.hirId)!) }), span);
  }

  array(elems: Expr[], elem: Ty, span?: Span | string): Expr {
    return this.expr({ tag: 'Array', elems }, arrayTy(elem, elems.length), span);
  }

  repeat(e: Expr, n: number, span?: Span | string): Expr {
    const count = this.int(n, tys.usize);
    return this.expr({ tag: 'Repeat', elem: e, count }, arrayTy(this.types.get(e.hirId)!, n), span);
  }

  field(e: Expr, index: number, ty: Ty, span?: Span | string): Expr {
    const x = this.expr({ tag: 'Field', expr: e, ident: { name: intern(String(index)), span: DUMMY_SP } }, ty, span);
    this.fields.set(x.hirId, index);
    return x;
  }

  index(e: Expr, i: Expr, span?: Span | string): Expr {
    const t = tyKind(this.typeck.exprTyAdjusted(e.hirId));
    if (t.tag !== 'Array' && t.tag !== 'Slice') throw new Error('index of a non-array');
    return this.expr({ tag: 'Index', expr: e, index: i, bracketSpan: DUMMY_SP }, t.elem, span);
  }

  ref(e: Expr, mutbl: Mutbl = 'not', span?: Span | string): Expr {
    return this.expr({ tag: 'AddrOf', raw: false, mutbl, expr: e }, mkTy({ tag: 'Ref', mutbl, pointee: this.types.get(e.hirId)! }), span);
  }

  rawRef(e: Expr, mutbl: Mutbl = 'not', span?: Span | string): Expr {
    return this.expr({ tag: 'AddrOf', raw: true, mutbl, expr: e }, mkTy({ tag: 'RawPtr', mutbl, pointee: this.types.get(e.hirId)! }), span);
  }

  structLit(adt: DefId, fields: [number, Expr][], span?: Span | string): Expr {
    const s = this.sp(span);
    const exprFields = fields.map(([i, x]) => {
      const hirId = this.id();
      this.fields.set(hirId, i);
      return { hirId, ident: { name: intern(String(i)), span: s }, expr: x, isShorthand: false, span: s };
    });
    return this.expr({ tag: 'Struct', qpath: this.path({ tag: 'Def', kind: 'Struct', def: adt }, 'S', s), fields: exprFields, base: null }, mkTy({ tag: 'Adt', def: adt, args: [] }), s);
  }

  if(c: Expr, then: Expr, els: Expr | null, ty?: Ty, span?: Span | string): Expr {
    return this.expr({ tag: 'If', cond: c, then, els }, ty ?? (els ? this.types.get(then.hirId)! : tys.unit), span);
  }

  /** `loop { ... }`: `body` receives the loop's HirId for `break`/`continue`. */
  loop(body: (loopId: HirId) => Stmt[], ty: Ty = tys.never, span?: Span | string): Expr {
    const hirId = this.id();
    const stmts = body(hirId);
    const blk: Block = { hirId: this.id(), stmts, expr: null, rules: 'default', span: this.sp(span) };
    const e: Expr = { hirId, kind: { tag: 'Loop', body: blk, label: null, source: 'loop', span: this.sp(span) }, span: this.sp(span) };
    this.types.set(hirId, ty);
    return e;
  }

  /** `while cond { body }` as HIR lowering desugars it: `loop { if cond { body } else { break } }`. */
  while(cond: Expr, body: Stmt[], span?: Span | string): Expr {
    const e = this.loop((id) => [
      this.stmt(this.if(cond, this.block(body), this.block([this.semi(this.brk(id))]), tys.unit)),
    ], tys.unit, span);
    (e.kind as { source: string }).source = 'while';
    return e;
  }

  block(stmts: Stmt[], tail: Expr | null = null, ty?: Ty, span?: Span | string): Expr {
    const blk: Block = { hirId: this.id(), stmts, expr: tail, rules: 'default', span: this.sp(span) };
    return this.expr({ tag: 'Block', block: blk, label: null }, ty ?? (tail ? this.types.get(tail.hirId)! : tys.unit), span);
  }

  assign(l: Expr, r: Expr, span?: Span | string): Expr {
    return this.expr({ tag: 'Assign', lhs: l, rhs: r, eqSpan: DUMMY_SP }, tys.unit, span);
  }

  assignOp(op: BinOpKind, l: Expr, r: Expr, span?: Span | string): Expr {
    return this.expr({ tag: 'AssignOp', op, opSpan: DUMMY_SP, lhs: l, rhs: r }, tys.unit, span);
  }

  ret(e: Expr | null = null, span?: Span | string): Expr {
    return this.expr({ tag: 'Ret', expr: e }, tys.never, span);
  }

  brk(target: HirId, e: Expr | null = null, span?: Span | string): Expr {
    return this.expr({ tag: 'Break', dest: { label: null, target }, expr: e }, tys.never, span);
  }

  cont(target: HirId, span?: Span | string): Expr {
    return this.expr({ tag: 'Continue', dest: { label: null, target } }, tys.never, span);
  }

  match(scrut: Expr, arms: [HirPat, Expr, Expr?][], ty: Ty, span?: Span | string): Expr {
    return this.expr({
      tag: 'Match', scrutinee: scrut, source: 'normal',
      arms: arms.map(([pat, body, guard]) => ({ hirId: this.id(), pat, guard: guard ?? null, body, span: pat.span })),
    }, ty, span);
  }

  // ---- statements ----

  let(pat: HirPat, init: Expr | null, span?: Span | string): Stmt {
    const s = this.sp(span);
    return { hirId: this.id(), kind: { tag: 'Let', local: { hirId: this.id(), pat, ty: null, init, els: null, span: s } }, span: s };
  }

  semi(e: Expr): Stmt {
    return { hirId: this.id(), kind: { tag: 'Semi', expr: e }, span: e.span };
  }

  stmt(e: Expr): Stmt {
    return { hirId: this.id(), kind: { tag: 'Expr', expr: e }, span: e.span };
  }

  // ---- patterns ----

  pat(kind: PatKind, ty: Ty, span?: Span | string): HirPat {
    const p: HirPat = { hirId: this.id(), kind, span: this.sp(span) };
    this.types.set(p.hirId, ty);
    return p;
  }

  bind(name: string, ty: Ty, opts: { mut?: boolean; span?: Span | string; byRef?: Mutbl } = {}): HirPat {
    const s = this.sp(opts.span);
    const mutbl: Mutbl = opts.mut ? 'mut' : 'not';
    const vty = opts.byRef ? mkTy({ tag: 'Ref', mutbl: opts.byRef, pointee: ty }) : ty;
    const p = this.pat({ tag: 'Binding', mode: { byRef: opts.byRef ?? null, mutbl }, ident: { name: intern(name), span: s }, sub: null }, vty, s);
    this.modes.set(p.hirId, opts.byRef ? { tag: 'ByRef', mutbl: opts.byRef, bindingMutbl: mutbl } : { tag: 'ByValue', mutbl });
    return p;
  }

  wild(ty: Ty): HirPat {
    return this.pat({ tag: 'Wild' }, ty);
  }

  tupPat(pats: HirPat[], span?: Span | string): HirPat {
    return this.pat({ tag: 'Tuple', pats, dotdot: null }, mkTy({ tag: 'Tuple', elems: pats.map((p) => this.types.get(p.hirId)!) }), span);
  }

  litPat(e: Expr): HirPat {
    return this.pat({ tag: 'Lit', expr: e }, this.types.get(e.hirId)!, e.span);
  }

  rangePat(lo: Expr | null, hi: Expr | null, end: 'included' | 'excluded', ty: Ty): HirPat {
    return this.pat({ tag: 'Range', lo, hi, end }, ty);
  }

  orPat(pats: HirPat[]): HirPat {
    return this.pat({ tag: 'Or', pats }, this.types.get(pats[0]!.hirId)!);
  }

  // ---- items ----

  private newDef(info: DefInfo): DefId {
    const d = defId(0, this.nextDef++);
    this.defs.set(d, info);
    return d;
  }

  /** Declares a fn (body set later with `define`, so fns can call each other). */
  declareFn(name: string, inputs: Ty[], output: Ty, opts: { kind?: DefKind } = {}): DefId {
    return this.newDef({ kind: opts.kind ?? 'Fn', name, parent: null, sig: { inputs, output, cVariadic: false, unsafe: false, abi: 'Rust' } });
  }

  define(def: DefId, params: HirPat[], value: Expr): DefId {
    const info = this.defs.get(def)!;
    const ps: Param[] = params.map((pat) => ({ hirId: this.id(), pat, span: pat.span }));
    info.body = { id: this.nextBody++ as BodyId, owner: def, params: ps, value };
    return def;
  }

  fn(name: string, params: HirPat[], output: Ty, value: Expr): DefId {
    const d = this.declareFn(name, params.map((p) => this.types.get(p.hirId)!), output);
    return this.define(d, params, value);
  }

  constItem(name: string, value: Expr): DefId {
    const d = this.newDef({ kind: 'Const', name, parent: null });
    return this.define(d, [], value);
  }

  staticItem(name: string, value: Expr, mutbl: Mutbl = 'not'): DefId {
    const d = this.newDef({ kind: 'Static', name, parent: null, mutbl });
    return this.define(d, [], value);
  }

  foreignFn(name: string, inputs: Ty[], output: Ty): DefId {
    return this.declareFn(name, inputs, output, { kind: 'ForeignFn' });
  }

  struct(name: string, fields: [string, Ty][], copy = false): DefId {
    const d = this.newDef({ kind: 'Struct', name, parent: null });
    const info = this.defs.get(d)!;
    info.adt = {
      def: d, name, kind: 'struct', genericCount: 0,
      repr: { c: false, transparent: false, packed: null, align: null, int: null },
      variants: [{ def: d, name, discr: 0n, ctorKind: null, fields: fields.map(([n, ty]) => ({ def: d, name: n, ty, isPub: true })) }],
    };
    if (copy) this.copyAdts.add(d);
    return d;
  }

  adtTy(def: DefId): Ty {
    return mkTy({ tag: 'Adt', def, args: [] });
  }

  // ---- MirBuildCx ----

  hirBody(def: DefId): HirBody | null {
    return this.defs.get(def)?.body ?? null;
  }

  typeckResults(): TypeckResults {
    return this.typeck;
  }

  defKind(def: DefId): DefKind {
    return this.defs.get(def)!.kind;
  }

  parent(def: DefId): DefId | null {
    return this.defs.get(def)?.parent ?? null;
  }

  fnSig(def: DefId): FnSig {
    const s = this.defs.get(def)?.sig;
    if (!s) throw new Error(`no signature for def ${def}`);
    return s;
  }

  adtDef(def: DefId): AdtDef {
    const a = this.defs.get(def)?.adt;
    if (!a) throw new Error(`def ${def} is not an ADT`);
    return a;
  }

  isCopy(ty: Ty): boolean {
    const k = tyKind(ty);
    return k.tag === 'Adt' && this.copyAdts.has(k.def);
  }

  constTree(def: DefId): ConstTree {
    let t = this.constCache.get(def);
    if (!t) {
      t = evalConstItem(def, this);
      this.constCache.set(def, t);
    }
    return t;
  }

  staticMutability(def: DefId): Mutbl {
    return this.defs.get(def)!.mutbl ?? 'not';
  }

  /** Built MIR of a body (memoized), or null for foreign fns. */
  mir(def: DefId): Body | null {
    if (!this.defs.get(def)?.body) return null;
    let b = this.mirCache.get(def);
    if (!b) {
      b = buildMir(def, this);
      this.mirCache.set(def, b);
    }
    return b;
  }

  defPathOf(def: DefId): string {
    return this.defs.get(def)?.name ?? `def${def}`;
  }
}

export function arrayTy(elem: Ty, n: number): Ty {
  return mkTy({ tag: 'Array', elem, len: { tag: 'Value', ty: tys.usize, bits: BigInt(n) } });
}
