import type { DiagCtxt } from '../diagnostics/handler.ts';
import type { Span } from '../diagnostics/span.ts';
import type { Visibility } from '../hir/item.ts';
import type { Res } from '../hir/res.ts';
import type * as ast from '../syntax/ast/index.ts';
import { intern, kw, symStr, type Symbol } from '../syntax/symbol.ts';
import type { DefKind } from '../ty/context.ts';
import type { DefId } from '../ty/def-id.ts';
import { forEachChild } from './ast-walk.ts';
import { itemDefSpan } from './def-span.ts';
import { Module, type NameBinding } from './module.ts';
import type { Namespace } from './namespace.ts';
import type { ResolverTables } from './tables.ts';

const PUBLIC: Visibility = { tag: 'Public' };

/**
 * Builds the local crate's definition table and module tree (rustc's "build reduced graph"):
 * a DefId for every item, assoc item, variant, field and constructor, each name bound in its
 * module's namespace, and the `use` directives to resolve next.
 */
export class DefCollector {
  constructor(
    private readonly t: ResolverTables,
    private readonly dcx: DiagCtxt,
  ) {}

  collectCrate(crate: ast.Crate): void {
    const rootDef = this.t.defs.create('Mod', null, null, crate.span, crate.span, PUBLIC);
    const root = new Module('mod', rootDef, null, rootDef);
    this.t.root = root;
    this.t.modules.set(rootDef, root);
    this.collectItems(crate.items, root, rootDef);
  }

  private collectItems(items: readonly ast.Item[], module: Module, parent: DefId): void {
    for (const item of items) this.collectItem(item, module, parent);
  }

  private vis(v: ast.Visibility, module: Module): Visibility {
    const k = v.kind;
    if (k.tag === 'Public') return PUBLIC;
    if (k.tag === 'Inherited') return { tag: 'Restricted', module: module.normalAncestor };
    const first = k.path.segments[0]?.ident.name;
    if (first === kw.Crate) return { tag: 'Restricted', module: this.t.root.def! };
    if (first === kw.SelfLower) return { tag: 'Restricted', module: module.normalAncestor };
    if (first === kw.Super) {
      const m = this.t.modules.get(module.normalAncestor);
      const p = m?.parent;
      return { tag: 'Restricted', module: p ? p.normalAncestor : module.normalAncestor };
    }
    // `pub(in path)`: approximated by the crate (paths are resolved in issue 4).
    return { tag: 'Restricted', module: this.t.root.def! };
  }

  private define(module: Module, ident: ast.Ident, ns: Namespace, res: Res, vis: Visibility, span: Span, child: Module | null): void {
    if (ident.name === kw.Underscore || ident.name === kw.Empty) return;
    const b: NameBinding = { res, vis, span, isImport: false, module: child };
    const old = module.define(ident.name, ns, b);
    // A duplicate tuple/unit struct is reported once, for its type.
    if (old && !(res.tag === 'Def' && res.kind === 'Ctor')) this.reportDuplicate(module, ident.name, ns, old, b);
  }

  /** rustc's `guess_head_span`: the item up to its first `{`. */
  private headSpan(sp: Span): Span {
    const text = this.dcx.sourceMap.snippet(sp);
    const i = text.indexOf('{');
    if (i < 0) return sp;
    return { lo: sp.lo, hi: sp.lo + text.slice(0, i).trimEnd().length, ctxt: sp.ctxt };
  }

  reportDuplicate(module: Module, name: Symbol, ns: Namespace, old: NameBinding, now: NameBinding): void {
    const n = symStr(name);
    const what = old.module && old.module.kind === 'mod' ? 'module' : ns;
    this.dcx
      .err(`the name \`${n}\` is defined multiple times`, 'E0428')
      .label(old.span, `previous definition of the ${what} \`${n}\` here`)
      .primary(now.span, `\`${n}\` redefined here`)
      .note(`\`${n}\` must be defined only once in the ${ns} namespace of this ${module.kind === 'block' ? 'block' : 'module'}`)
      .emit();
  }

  private collectItem(item: ast.Item, module: Module, parent: DefId): void {
    const k = item.kind;
    const vis = this.vis(item.vis, module);
    const dspan = itemDefSpan(item);
    const head = this.headSpan(item.span);
    const mk = (kind: DefKind, name: Symbol | null = item.ident.name, p: DefId = parent): DefId => {
      const d = this.t.defs.create(kind, name, p, dspan, item.ident.span, vis, item.span);
      this.t.nodeDefs.set(item, d);
      return d;
    };
    switch (k.tag) {
      case 'Mod': {
        const def = mk('Mod');
        const m = new Module('mod', def, module, def);
        this.t.modules.set(def, m);
        this.define(module, item.ident, 'type', { tag: 'Def', kind: 'Mod', def }, vis, head, m);
        if (k.mod.tag === 'Loaded') this.collectItems(k.mod.items, m, def);
        return;
      }
      case 'Fn': {
        const def = mk('Fn');
        this.define(module, item.ident, 'value', { tag: 'Def', kind: 'Fn', def }, vis, head, null);
        if (k.body) this.walkBlock(k.body, module, def);
        return;
      }
      case 'Static': case 'Const': {
        const kind: DefKind = k.tag;
        const def = mk(kind);
        this.define(module, item.ident, 'value', { tag: 'Def', kind, def }, vis, head, null);
        if (k.expr) this.walkExpr(k.expr, module, def);
        return;
      }
      case 'Struct': case 'Union': {
        const def = mk(k.tag);
        this.define(module, item.ident, 'type', { tag: 'Def', kind: k.tag, def }, vis, head, null);
        this.collectFields(k.data, module, def);
        if (k.data.tag === 'Struct') this.t.structFields.set(def, k.data.fields.map((f) => (f.ident ? symStr(f.ident.name) : '_')));
        if (k.tag === 'Struct' && k.data.tag !== 'Struct') {
          const ctor = this.t.defs.create('Ctor', item.ident.name, def, dspan, item.ident.span, this.ctorVis(vis, k.data, module));
          this.t.ctorDefs.set(item, ctor);
          this.define(module, item.ident, 'value', { tag: 'Def', kind: 'Ctor', def: ctor }, this.ctorVis(vis, k.data, module), head, null);
        }
        return;
      }
      case 'Enum': {
        const def = mk('Enum');
        const m = new Module('enum', def, module, module.normalAncestor);
        this.t.modules.set(def, m);
        this.define(module, item.ident, 'type', { tag: 'Def', kind: 'Enum', def }, vis, head, m);
        for (const v of k.variants) {
          const vdef = this.t.defs.create('Variant', v.ident.name, def, v.span, v.ident.span, vis);
          this.t.nodeDefs.set(v, vdef);
          this.define(m, v.ident, 'type', { tag: 'Def', kind: 'Variant', def: vdef }, PUBLIC, v.span, null);
          this.collectFields(v.data, module, vdef);
          if (v.data.tag !== 'Struct') {
            const ctor = this.t.defs.create('Ctor', v.ident.name, vdef, v.span, v.ident.span, vis);
            this.t.ctorDefs.set(v, ctor);
            this.define(m, v.ident, 'value', { tag: 'Def', kind: 'Ctor', def: ctor }, PUBLIC, v.span, null);
          }
          if (v.disrExpr) this.walkExpr(v.disrExpr.value, module, vdef);
        }
        return;
      }
      case 'TyAlias': {
        const def = mk('TyAlias');
        this.define(module, item.ident, 'type', { tag: 'Def', kind: 'TyAlias', def }, vis, head, null);
        return;
      }
      case 'Trait': case 'TraitAlias': {
        const def = mk('Trait');
        const m = new Module('trait', def, module, module.normalAncestor);
        this.t.modules.set(def, m);
        this.define(module, item.ident, 'type', { tag: 'Def', kind: 'Trait', def }, vis, head, m);
        if (k.tag === 'Trait') this.collectAssocItems(k.items, module, def, m);
        return;
      }
      case 'Impl': {
        const def = mk('Impl', null);
        this.collectAssocItems(k.items, module, def, null);
        return;
      }
      case 'ForeignMod': {
        for (const fi of k.items) {
          const fk = fi.kind;
          if (fk.tag !== 'Fn' && fk.tag !== 'Static') continue;
          const kind: DefKind = fk.tag === 'Fn' ? 'ForeignFn' : 'ForeignStatic';
          const fvis = this.vis(fi.vis, module);
          const fspan = itemDefSpan(fi);
          const d = this.t.defs.create(kind, fi.ident.name, parent, fspan, fi.ident.span, fvis);
          this.t.nodeDefs.set(fi, d);
          this.define(module, fi.ident, 'value', { tag: 'Def', kind, def: d }, fvis, fspan, null);
        }
        return;
      }
      case 'ExternCrate': {
        const def = mk('ExternCrate');
        const orig = k.orig ?? item.ident.name;
        const target = this.t.externCrates.find((c) => c.name === symStr(orig));
        if (!target) {
          this.dcx.err(`can't find crate for \`${symStr(orig)}\``, 'E0463').primary(item.span, 'can\'t find crate').emit();
          return;
        }
        const m = this.t.modules.get(target.root)!;
        this.define(module, item.ident, 'type', { tag: 'Def', kind: 'Mod', def: target.root }, vis, head, m);
        if (module === this.t.root) this.t.externPrelude.set(item.ident.name, m);
        void def;
        return;
      }
      case 'Use':
        // `#[prelude_import] use prelude::v1::*;` (how core names its own prelude): the glob's
        // module becomes the crate's prelude instead of an ordinary import.
        if (k.tree.kind.tag === 'Glob' && item.attrs.some((a) => a.kind.tag === 'Normal' && a.kind.path.segments.length === 1 && symStr(a.kind.path.segments[0]!.ident.name) === 'prelude_import')) {
          this.t.preludeImport = { module, segments: k.tree.prefix.segments.map((s) => s.ident.name) };
          return;
        }
        this.collectUse(k.tree, [], false, module, vis, item.span);
        return;
      case 'MacroDef': {
        const def = mk('Macro');
        // `#[macro_export]` macros are public items of the crate root (`use krate::m;`).
        const exported = item.attrs.some((a) => a.kind.tag === 'Normal' && a.kind.path.segments.length === 1 && symStr(a.kind.path.segments[0]!.ident.name) === 'macro_export');
        this.define(module, item.ident, 'macro', { tag: 'Def', kind: 'Macro', def }, exported ? PUBLIC : vis, head, null);
        return;
      }
      case 'GlobalAsm':
        mk('GlobalAsm', null);
        return;
      case 'MacCall':
        return;
    }
  }

  /** A constructor is only as visible as the least visible field (rustc's ctor_vis). */
  private ctorVis(vis: Visibility, data: ast.VariantData, module: Module): Visibility {
    if (vis.tag !== 'Public' || data.tag === 'Unit') return vis;
    for (const f of data.fields) if (f.vis.kind.tag !== 'Public') return this.vis(f.vis, module);
    return vis;
  }

  private collectFields(data: ast.VariantData, module: Module, parent: DefId): void {
    if (data.tag === 'Unit') return;
    data.fields.forEach((f, i) => {
      const name = f.ident ? f.ident.name : (null as Symbol | null);
      const d = this.t.defs.create('Field', name, parent, f.span, f.ident ? f.ident.span : f.span, this.vis(f.vis, module));
      this.t.nodeDefs.set(f, d);
      void i;
    });
  }

  private collectAssocItems(items: readonly ast.AssocItem[], module: Module, parent: DefId, traitModule: Module | null): void {
    for (const ai of items) {
      const k = ai.kind;
      if (k.tag === 'MacCall') continue;
      const kind: DefKind = k.tag === 'Fn' ? 'AssocFn' : k.tag === 'Const' ? 'AssocConst' : 'AssocTy';
      // Trait items are as visible as the trait; impl items carry their own `pub`.
      const vis = traitModule ? PUBLIC : this.vis(ai.vis, module);
      const dspan = itemDefSpan(ai);
      const d = this.t.defs.create(kind, ai.ident.name, parent, dspan, ai.ident.span, vis);
      this.t.nodeDefs.set(ai, d);
      if (traitModule) this.define(traitModule, ai.ident, kind === 'AssocTy' ? 'type' : 'value', { tag: 'Def', kind, def: d }, PUBLIC, dspan, null);
      if (k.tag === 'Fn' && k.body) this.walkBlock(k.body, module, d);
      if (k.tag === 'Const' && k.expr) this.walkExpr(k.expr, module, d);
    }
  }

  private collectUse(tree: ast.UseTree, prefix: readonly ast.Ident[], global: boolean, module: Module, vis: Visibility, span: Span): void {
    const segs = [...prefix, ...tree.prefix.segments.map((s) => s.ident)];
    const isGlobal = global || tree.prefix.global;
    const k = tree.kind;
    if (k.tag === 'Nested') {
      for (const sub of k.items) this.collectUse(sub, segs, isGlobal, module, vis, span);
      return;
    }
    if (k.tag === 'Glob') {
      this.t.imports.push({ id: tree.id, module, segments: segs, global: isGlobal, target: segs[segs.length - 1] ?? tree.prefix.segments[0]!.ident, kind: 'glob', selfImport: false, vis, span: tree.span, done: false });
      module.addPending(null, 1);
      return;
    }
    const last = segs[segs.length - 1];
    if (!last) return;
    const selfImport = last.name === kw.SelfLower && segs.length > 1;
    const path = selfImport ? segs.slice(0, -1) : segs;
    const named = selfImport ? path[path.length - 1]! : last;
    const target = k.rename ?? named;
    this.t.imports.push({ id: tree.id, module, segments: path, global: isGlobal, target, kind: 'single', selfImport, vis, span: tree.span, done: false });
    module.addPending(target.name, 1);
  }

  // Bodies: find blocks that declare items; each gets an anonymous module.
  private walkBlock(block: ast.Block, module: Module, owner: DefId): void {
    let m = module;
    if (block.stmts.some((s) => s.kind.tag === 'Item')) {
      m = new Module('block', null, module, module.normalAncestor);
      this.t.blockModules.set(block, m);
      for (const s of block.stmts) if (s.kind.tag === 'Item') this.collectItem(s.kind.item, m, owner);
    }
    for (const s of block.stmts) {
      const k = s.kind;
      if (k.tag === 'Let') {
        if (k.local.init.tag !== 'Decl') this.walkExpr(k.local.init.expr, m, owner);
        if (k.local.init.tag === 'InitElse') this.walkBlock(k.local.init.els, m, owner);
      } else if (k.tag === 'Expr' || k.tag === 'Semi') {
        this.walkExpr(k.expr, m, owner);
      }
    }
  }

  private walkExpr(e: ast.Expr, module: Module, owner: DefId): void {
    if (e.kind.tag === 'Closure') {
      // Each closure is a definition of its own (rustc's `{closure#N}`), parent of what it contains.
      const n = this.closureCounts.get(owner) ?? 0;
      this.closureCounts.set(owner, n + 1);
      const head = { lo: e.span.lo, hi: e.kind.declSpan.hi, ctxt: e.span.ctxt };
      const d = this.t.defs.create('Closure', intern(`{closure#${n}}`), owner, e.span, head, PUBLIC);
      this.t.nodeDefs.set(e, d);
      this.walkExpr(e.kind.body, module, d);
      return;
    }
    forEachChild(e, (c) => this.walkExpr(c, module, owner), (b) => this.walkBlock(b, module, owner));
  }

  private readonly closureCounts = new Map<DefId, number>();
}
