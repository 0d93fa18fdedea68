import type { Arm, AssocItem, Attribute, Block, Expr, ExprField, FieldDef, ForeignItem, Item, MacCall, Param, Pat, Stmt, Ty, Variant, VariantData } from '../syntax/ast/index.ts';
import { processCfgAttrs } from './attrs.ts';
import type { ExpandCtx } from './expand-ctx.ts';
import { PatTyWalker } from './macro-rules/pat-ty-walk.ts';
import { writable } from './writable.ts';

/** What the walker asks of the macro expander proper. */
export interface MacroExpander {
  /** Expands a macro call in expression position; null after reporting an error. */
  expandExpr(mac: MacCall, e: Expr): Expr | null;
  /** Expands a macro call in item position into items (possibly none). */
  expandItems(mac: MacCall, item: Item): Item[];
  /**
   * A statement-position call expanded to statements (`semi`: followed by `;`); null when
   * no `macro_rules!` macro answers, and the call is expanded as an expression instead.
   */
  expandStmts(mac: MacCall, stmt: Stmt, semi: boolean): Stmt[] | null;
  /** Pattern / type position calls; null after reporting an error. */
  expandPat(mac: MacCall, p: Pat): Pat | null;
  expandTy(mac: MacCall, t: Ty): Ty | null;
  /** A call among the items of an `impl` or `trait` body, or of an `extern` block. */
  expandAssocItems(mac: MacCall, item: AssocItem, ctx: 'impl' | 'trait'): AssocItem[];
  expandForeignItems(mac: MacCall, item: ForeignItem): ForeignItem[];
  /** The impls a struct, enum or union's `#[derive(...)]` attributes generate. */
  expandDerives(item: Item): Item[];
  /** A `macro_rules!` definition met in textual order; false drops it from the output. */
  defineMacro(item: Item): boolean;
  /** Blocks scope the `macro_rules!` definitions inside them. */
  enterBlock(): void;
  exitBlock(): void;
  /** Loads `mod name;` from its file, or reports why it could not. */
  loadModule(item: Item): void;
  enterModule(item: Item): void;
  exitModule(item: Item): void;
}

/** Walks the crate: strips `cfg`-disabled nodes, loads modules and expands macro calls. */
export class Walker {
  private readonly pt: PatTyWalker;

  constructor(
    private readonly cx: ExpandCtx,
    private readonly mx: MacroExpander,
  ) {
    this.pt = new PatTyWalker({ expandPat: (m, p) => mx.expandPat(m, p), expandTy: (m, t) => mx.expandTy(m, t), expr: (e) => this.expr(e) });
  }

  private cfg(attrs: readonly Attribute[], set: (a: Attribute[]) => void): boolean {
    const r = processCfgAttrs(this.cx, attrs);
    if (r.keep) set(r.attrs);
    return r.keep;
  }

  items(items: readonly Item[]): Item[] {
    const out: Item[] = [];
    for (const item of items) {
      if (!this.cfg(item.attrs, (a) => (writable(item).attrs = a))) continue;
      if (item.kind.tag === 'MacCall') {
        for (const it of this.mx.expandItems(item.kind.mac, item)) out.push(...this.items([it]));
        continue;
      }
      if (item.kind.tag === 'MacroDef' && !this.mx.defineMacro(item)) continue;
      this.item(item);
      out.push(item);
      out.push(...this.items(this.mx.expandDerives(item)));
    }
    return out;
  }

  item(item: Item): void {
    const k = item.kind;
    switch (k.tag) {
      case 'Fn':
        this.params(k.sig.decl.inputs, (p) => (writable(k.sig.decl).inputs = p));
        writable(k.sig.decl).output = this.pt.retTy(k.sig.decl.output);
        if (k.body) this.block(k.body);
        return;
      case 'TyAlias':
        if (k.ty) writable(k).ty = this.pt.ty(k.ty);
        return;
      case 'Mod':
        if (k.mod.tag === 'Unloaded') this.mx.loadModule(item);
        if (item.kind.tag === 'Mod' && item.kind.mod.tag === 'Loaded') {
          const m = item.kind.mod;
          this.mx.enterModule(item);
          writable(m).items = this.items(m.items);
          this.mx.exitModule(item);
        }
        return;
      case 'Static':
      case 'Const':
        writable(k).ty = this.pt.ty(k.ty);
        if (k.expr) writable(k).expr = this.expr(k.expr);
        return;
      case 'Struct':
      case 'Union':
        this.variantData(k.data);
        return;
      case 'Enum':
        writable(k).variants = k.variants.filter((v) => this.variant(v));
        return;
      case 'Trait':
        writable(k).items = this.assocItems(k.items, 'trait');
        return;
      case 'Impl':
        writable(k).selfTy = this.pt.ty(k.selfTy);
        writable(k).items = this.assocItems(k.items, 'impl');
        return;
      case 'ForeignMod':
        writable(k).items = this.foreignItems(k.items);
        return;
      default:
        return;
    }
  }

  private variant(v: Variant): boolean {
    if (!this.cfg(v.attrs, (a) => (writable(v).attrs = a))) return false;
    this.variantData(v.data);
    if (v.disrExpr) writable(v.disrExpr).value = this.expr(v.disrExpr.value);
    return true;
  }

  private variantData(d: VariantData): void {
    if (d.tag === 'Unit') return;
    writable(d).fields = d.fields.filter((f: FieldDef) => this.cfg(f.attrs, (a) => (writable(f).attrs = a)));
    for (const f of d.fields) writable(f).ty = this.pt.ty(f.ty);
  }

  private assocItems(items: readonly AssocItem[], ctx: 'impl' | 'trait'): AssocItem[] {
    const out: AssocItem[] = [];
    for (const it of items) {
      if (!this.cfg(it.attrs, (a) => (writable(it).attrs = a))) continue;
      const k = it.kind;
      if (k.tag === 'MacCall') {
        out.push(...this.assocItems(this.mx.expandAssocItems(k.mac, it, ctx), ctx));
        continue;
      }
      if (k.tag === 'Fn') {
        this.params(k.sig.decl.inputs, (p) => (writable(k.sig.decl).inputs = p));
        writable(k.sig.decl).output = this.pt.retTy(k.sig.decl.output);
        if (k.body) this.block(k.body);
      } else if (k.tag === 'Const') {
        writable(k).ty = this.pt.ty(k.ty);
        if (k.expr) writable(k).expr = this.expr(k.expr);
      } else if (k.tag === 'TyAlias' && k.ty) writable(k).ty = this.pt.ty(k.ty);
      out.push(it);
    }
    return out;
  }

  private foreignItems(items: readonly ForeignItem[]): ForeignItem[] {
    const out: ForeignItem[] = [];
    for (const it of items) {
      if (!this.cfg(it.attrs, (a) => (writable(it).attrs = a))) continue;
      if (it.kind.tag === 'MacCall') out.push(...this.foreignItems(this.mx.expandForeignItems(it.kind.mac, it)));
      else out.push(it);
    }
    return out;
  }

  private params(ps: readonly Param[], set: (p: Param[]) => void): void {
    const kept = ps.filter((p) => this.cfg(p.attrs, (a) => (writable(p).attrs = a)));
    for (const p of kept) {
      writable(p).pat = this.pt.pat(p.pat);
      writable(p).ty = this.pt.ty(p.ty);
    }
    set(kept);
  }

  block(b: Block): void {
    const out: Stmt[] = [];
    this.mx.enterBlock();
    // A worklist: statements a macro call expands to are walked in its place.
    const queue = [...b.stmts];
    for (let s = queue.shift(); s !== undefined; s = queue.shift()) {
      const k = s.kind;
      switch (k.tag) {
        case 'Let': {
          const l = k.local;
          if (!this.cfg(l.attrs, (a) => (writable(l).attrs = a))) continue;
          writable(l).pat = this.pt.pat(l.pat);
          if (l.ty) writable(l).ty = this.pt.ty(l.ty);
          if (l.init.tag !== 'Decl') writable(l.init).expr = this.expr(l.init.expr);
          if (l.init.tag === 'InitElse') this.block(l.init.els);
          out.push(s);
          continue;
        }
        case 'Item': {
          const items = this.items([k.item]);
          for (const item of items) out.push({ id: s.id, span: item.span, kind: { tag: 'Item', item } });
          continue;
        }
        case 'Expr':
        case 'Semi': {
          if (!this.cfg(k.expr.attrs, (a) => (writable(k.expr).attrs = a))) continue;
          // `$e;` with `$e` a macro call is a statement macro call, as rustc expands it.
          if (k.tag === 'Semi' && k.expr.kind.tag === 'MacCall') {
            queue.unshift({ id: s.id, span: s.span, kind: { tag: 'MacCall', mac: k.expr.kind.mac, style: 'semicolon', attrs: k.expr.attrs } });
            continue;
          }
          writable(k).expr = this.expr(k.expr);
          out.push(s);
          continue;
        }
        case 'MacCall': {
          if (!this.cfg(k.attrs, () => undefined)) continue;
          const stmts = this.mx.expandStmts(k.mac, s, k.style === 'semicolon');
          if (stmts !== null) {
            queue.unshift(...stmts);
            continue;
          }
          const asExpr: Expr = { id: s.id, kind: { tag: 'MacCall', mac: k.mac }, span: k.mac.span, attrs: k.attrs };
          const e = this.expr(asExpr);
          // `m!(...);` and `m! { ... }` are statements; a trailing `m!(...)` is the block's value.
          const isTail = queue.length === 0 && k.style === 'noBraces';
          // As in rustc, the statement a macro call expands to spans the call, not its `;`.
          out.push({ id: s.id, span: k.mac.span, kind: isTail ? { tag: 'Expr', expr: e } : { tag: 'Semi', expr: e } });
          continue;
        }
        case 'Empty':
          out.push(s);
          continue;
      }
    }
    this.mx.exitBlock();
    writable(b).stmts = out;
  }

  private exprs(es: readonly Expr[]): Expr[] {
    return es.filter((e) => this.cfg(e.attrs, (a) => (writable(e).attrs = a))).map((e) => this.expr(e));
  }

  expr(e: Expr): Expr {
    const k = e.kind;
    const w = writable(k as Record<string, unknown>);
    switch (k.tag) {
      case 'MacCall': {
        const r = this.mx.expandExpr(k.mac, e);
        if (r === null) return { ...e, kind: { tag: 'Err' } };
        return this.expr(r);
      }
      case 'Array': case 'Tup': w.elems = this.exprs(k.elems); break;
      case 'Call': w.func = this.expr(k.func); w.args = this.exprs(k.args); break;
      case 'MethodCall': w.receiver = this.expr(k.receiver); w.args = this.exprs(k.args); break;
      case 'Binary': case 'Assign': case 'AssignOp': w.lhs = this.expr(k.lhs); w.rhs = this.expr(k.rhs); break;
      case 'Unary': case 'Field': case 'AddrOf': case 'Paren': case 'Try': case 'Await': case 'Become':
        w.expr = this.expr(k.expr);
        break;
      case 'Cast': case 'Type': w.expr = this.expr(k.expr); w.ty = this.pt.ty(k.ty); break;
      case 'Let': w.pat = this.pt.pat(k.pat); w.expr = this.expr(k.expr); break;
      case 'If':
        w.cond = this.expr(k.cond);
        this.block(k.then);
        if (k.else) w.else = this.expr(k.else);
        break;
      case 'While': w.cond = this.expr(k.cond); this.block(k.body); break;
      case 'ForLoop': w.pat = this.pt.pat(k.pat); w.iter = this.expr(k.iter); this.block(k.body); break;
      case 'Loop': case 'Block': case 'Gen': case 'TryBlock':
        this.block(k.tag === 'Loop' ? k.body : k.block);
        break;
      case 'Match':
        w.scrutinee = this.expr(k.scrutinee);
        w.arms = k.arms.filter((a: Arm) => this.cfg(a.attrs, (x) => (writable(a).attrs = x))).map((a: Arm) => {
          const wa = writable(a);
          wa.pat = this.pt.pat(a.pat);
          if (a.guard) wa.guard = this.expr(a.guard);
          if (a.body) wa.body = this.expr(a.body);
          return a;
        });
        break;
      case 'Closure':
        this.params(k.decl.inputs, (p) => (writable(k.decl).inputs = p));
        writable(k.decl).output = this.pt.retTy(k.decl.output);
        w.body = this.expr(k.body);
        break;
      case 'Index': w.expr = this.expr(k.expr); w.index = this.expr(k.index); break;
      case 'Range':
        if (k.start) w.start = this.expr(k.start);
        if (k.end) w.end = this.expr(k.end);
        break;
      case 'Break': case 'Ret': case 'Yield':
        if (k.expr) w.expr = this.expr(k.expr);
        break;
      case 'Struct':
        w.fields = k.fields.filter((f: ExprField) => this.cfg(f.attrs, (a) => (writable(f).attrs = a))).map((f: ExprField) => {
          writable(f).expr = this.expr(f.expr);
          return f;
        });
        if (k.rest?.tag === 'Base') writable(k.rest).expr = this.expr(k.rest.expr);
        break;
      case 'Repeat': w.elem = this.expr(k.elem); writable(k.count).value = this.expr(k.count.value); break;
      case 'ConstBlock': writable(k.block).value = this.expr(k.block.value); break;
      case 'FormatArgs':
        for (const a of k.fmt.arguments) writable(a).expr = this.expr(a.expr);
        break;
      case 'InlineAsm':
        break;
      default:
        break;
    }
    return e;
  }
}
