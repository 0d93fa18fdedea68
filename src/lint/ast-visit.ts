// A walk over the expanded AST for the lint stations that work on syntax (rustc's
// EarlyContextAndPass): every node that may carry attributes is entered through `enter`,
// which pushes its lint levels and returns how to pop them; the other hooks see the nodes.
import type * as ast from '../syntax/ast/index.ts';
import { forEachChild } from '../resolve/ast-walk.ts';

/** Where an attributed node sits, for the hooks that care (naming lints, unused_parens). */
export type ItemCtxt = 'mod' | 'trait' | 'impl' | 'traitImpl' | 'foreign' | 'block';

export interface AstHooks {
  /** Called on every node with attributes before its children; the result runs after them. */
  enter(id: ast.NodeId, attrs: readonly ast.Attribute[], span: import('../diagnostics/span.ts').Span): (() => void) | null;
  crate?(c: ast.Crate): void;
  item?(item: ast.Item, ctxt: ItemCtxt): void;
  assocItem?(item: ast.AssocItem, ctxt: ItemCtxt): void;
  foreignItem?(item: ast.ForeignItem): void;
  variant?(v: ast.Variant): void;
  field?(f: ast.FieldDef): void;
  stmt?(s: ast.Stmt): void;
  local?(l: ast.Local): void;
  expr?(e: ast.Expr): void;
  arm?(a: ast.Arm): void;
  pat?(p: ast.Pat): void;
  param?(p: ast.Param): void;
  block?(b: ast.Block): void;
  /** After a block's statements (for lints about statement sequences). */
  blockEnd?(b: ast.Block): void;
}

export class AstWalker {
  constructor(private readonly h: AstHooks) {}

  private withAttrs(id: ast.NodeId, attrs: readonly ast.Attribute[], span: import('../diagnostics/span.ts').Span, f: () => void): void {
    const exit = attrs.length > 0 ? this.h.enter(id, attrs, span) : null;
    try {
      f();
    } finally {
      if (exit) exit();
    }
  }

  crate(c: ast.Crate): void {
    this.withAttrs(c.id, c.attrs, c.span, () => {
      this.h.crate?.(c);
      for (const it of c.items) this.item(it, 'mod');
    });
  }

  item(item: ast.Item, ctxt: ItemCtxt): void {
    this.withAttrs(item.id, item.attrs, item.span, () => {
      this.h.item?.(item, ctxt);
      const k = item.kind;
      switch (k.tag) {
        case 'Fn': this.fn(k); return;
        case 'Static': case 'Const': if (k.expr) this.expr(k.expr); return;
        case 'Mod': if (k.mod.tag === 'Loaded') for (const it of k.mod.items) this.item(it, 'mod'); return;
        case 'ForeignMod':
          for (const fi of k.items) {
            this.withAttrs(fi.id, fi.attrs, fi.span, () => {
              this.h.foreignItem?.(fi);
              if (fi.kind.tag === 'Fn') this.fn(fi.kind);
            });
          }
          return;
        case 'Enum':
          for (const v of k.variants) {
            this.withAttrs(v.id, v.attrs, v.span, () => {
              this.h.variant?.(v);
              this.variantData(v.data);
              if (v.disrExpr) this.expr(v.disrExpr.value);
            });
          }
          return;
        case 'Struct': case 'Union': this.variantData(k.data); return;
        case 'Trait': for (const ai of k.items) this.assocItem(ai, 'trait'); return;
        case 'Impl': for (const ai of k.items) this.assocItem(ai, k.ofTrait ? 'traitImpl' : 'impl'); return;
        default: return;
      }
    });
  }

  private variantData(d: ast.VariantData): void {
    if (d.tag === 'Unit') return;
    for (const f of d.fields) this.withAttrs(f.id, f.attrs, f.span, () => this.h.field?.(f));
  }

  private assocItem(ai: ast.AssocItem, ctxt: ItemCtxt): void {
    this.withAttrs(ai.id, ai.attrs, ai.span, () => {
      this.h.assocItem?.(ai, ctxt);
      const k = ai.kind;
      if (k.tag === 'Fn') this.fn(k);
      else if (k.tag === 'Const' && k.expr) this.expr(k.expr);
    });
  }

  private fn(f: ast.Fn): void {
    for (const p of f.sig.decl.inputs) this.param(p);
    if (f.body) this.block(f.body);
  }

  private param(p: ast.Param): void {
    this.withAttrs(p.id, p.attrs, p.span, () => {
      this.h.param?.(p);
      this.pat(p.pat);
    });
  }

  block(b: ast.Block): void {
    this.h.block?.(b);
    for (const s of b.stmts) this.stmt(s);
    this.h.blockEnd?.(b);
  }

  private stmt(s: ast.Stmt): void {
    const k = s.kind;
    switch (k.tag) {
      case 'Let': {
        const l = k.local;
        this.withAttrs(l.id, l.attrs, s.span, () => {
          this.h.stmt?.(s);
          this.h.local?.(l);
          if (l.init.tag !== 'Decl') this.expr(l.init.expr);
          if (l.init.tag === 'InitElse') this.block(l.init.els);
          this.pat(l.pat);
        });
        return;
      }
      case 'Item': this.item(k.item, 'block'); return;
      case 'Expr': case 'Semi':
        this.withAttrs(k.expr.id, k.expr.attrs, s.span, () => {
          this.h.stmt?.(s);
          this.exprInner(k.expr);
        });
        return;
      default: return;
    }
  }

  expr(e: ast.Expr): void {
    this.withAttrs(e.id, e.attrs, e.span, () => this.exprInner(e));
  }

  private exprInner(e: ast.Expr): void {
    this.h.expr?.(e);
    const k = e.kind;
    switch (k.tag) {
      case 'Match':
        this.expr(k.scrutinee);
        for (const a of k.arms) {
          this.withAttrs(a.id, a.attrs, a.span, () => {
            this.h.arm?.(a);
            this.pat(a.pat);
            if (a.guard) this.expr(a.guard);
            if (a.body) this.expr(a.body);
          });
        }
        return;
      case 'Closure':
        for (const p of k.decl.inputs) this.param(p);
        this.expr(k.body);
        return;
      case 'Let': this.pat(k.pat); this.expr(k.expr); return;
      case 'ForLoop': this.pat(k.pat); this.expr(k.iter); this.block(k.body); return;
      case 'Struct':
        for (const f of k.fields) this.withAttrs(f.id, f.attrs, f.span, () => this.expr(f.expr));
        if (k.rest && k.rest.tag === 'Base') this.expr(k.rest.expr);
        return;
      default:
        forEachChild(e, (c) => this.expr(c), (b) => this.block(b));
        return;
    }
  }

  private pat(p: ast.Pat): void {
    this.h.pat?.(p);
    const k = p.kind;
    switch (k.tag) {
      case 'Ident': if (k.sub) this.pat(k.sub); return;
      case 'Struct': for (const f of k.fields) this.withAttrs(f.id, f.attrs, f.span, () => this.pat(f.pat)); return;
      case 'TupleStruct': case 'Or': case 'Tuple': case 'Slice': for (const s of k.pats) this.pat(s); return;
      case 'Box': case 'Deref': case 'Ref': case 'Paren': this.pat(k.pat); return;
      default: return;
    }
  }
}
