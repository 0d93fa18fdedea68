// The late lint pass (rustc's LateContextAndPass): one walk over the HIR in source order,
// item by item, once type checking and borrowck are done: non_snake_case,
// non_upper_case_globals, path_statements, unused_must_use.
import type { Expr, Stmt } from '../hir/expr.ts';
import type { Item } from '../hir/item.ts';
import type { HirPat } from '../hir/pat.ts';
import type { Res } from '../hir/res.ts';
import type { Span } from '../diagnostics/span.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import { symStr } from '../syntax/symbol.ts';
import type { DefId } from '../ty/def-id.ts';
import type { TypeckResults } from '../typeck/results.ts';
import type { LintCx } from './context.ts';
import { HirWalker } from './hir-walk.ts';
import { checkSnakeCase, checkUpperCase } from './nonstandard-style.ts';
import { checkMustUse, checkPathStatement } from './unused-results.ts';

type Container = 'mod' | 'trait' | 'impl' | 'traitImpl';

/** The crate's modules in definition order (pre-order), the root first. */
export function modulesInOrder(tcx: TcxImpl): DefId[] {
  const out: DefId[] = [];
  const visit = (m: DefId): void => {
    out.push(m);
    const it = tcx.hir.items.get(m);
    if (it && it.kind.tag === 'Mod') for (const c of it.kind.items) if (tcx.hir.items.get(c)?.kind.tag === 'Mod') visit(c);
  };
  visit(tcx.hir.root);
  return out;
}

/** As rustc's late_lint_mod: module by module, each one's own items in order. */
export function runLateLints(tcx: TcxImpl): void {
  const pass = new LatePass(tcx);
  for (const m of modulesInOrder(tcx)) {
    const it = tcx.hir.items.get(m);
    if (it && it.kind.tag === 'Mod') for (const c of it.kind.items) pass.item(c, 'mod');
  }
  tcx.lint.flushDeferred(null);
}

class LatePass {
  private readonly lcx: LintCx;

  constructor(private readonly tcx: TcxImpl) {
    this.lcx = tcx.lint;
  }

  item(def: DefId, container: Container): void {
    const item = this.tcx.hir.items.get(def);
    if (!item) return;
    const lcx = this.lcx;
    const scope = lcx.defScope(def);
    const name = symStr(item.ident.name);
    const k = item.kind;
    switch (k.tag) {
      case 'Mod':
        // Its items come when its own module is linted.
        checkSnakeCase(lcx, scope, 'module', name, item.ident.span);
        return;
      case 'Fn': {
        const foreignExport = k.sig.header.abi !== 'Rust' && item.attrs.noMangle;
        if (container === 'mod' && !foreignExport) checkSnakeCase(lcx, scope, 'function', name, item.ident.span);
        else if (container === 'impl' && !foreignExport) checkSnakeCase(lcx, scope, 'method', name, item.ident.span);
        else if (container === 'trait') checkSnakeCase(lcx, scope, 'trait method', name, item.ident.span);
        if (k.body !== null) this.body(def, k.body);
        return;
      }
      case 'Static':
        if (!item.attrs.noMangle && k.body !== null) checkUpperCase(lcx, scope, 'static variable', name, item.ident.span, this.usesOf(def));
        if (k.body !== null) this.body(def, k.body);
        return;
      case 'Const':
        if (container === 'mod') checkUpperCase(lcx, scope, 'constant', name, item.ident.span, this.usesOf(def));
        else if (container === 'trait' || container === 'impl') checkUpperCase(lcx, scope, 'associated constant', name, item.ident.span);
        if (k.body !== null) this.body(def, k.body);
        return;
      case 'Struct': case 'Union':
        this.fields(item);
        return;
      case 'Enum':
        for (const v of k.variants) {
          for (const f of v.data.fields) if (v.data.kind === 'struct') checkSnakeCase(lcx, lcx.defScope(f.def), 'structure field', symStr(f.ident.name), f.ident.span);
          if (v.discr !== null) this.body(v.def, v.discr);
        }
        return;
      case 'Trait':
        for (const c of k.items) this.item(c, 'trait');
        return;
      case 'Impl':
        for (const c of k.items) this.item(c, k.ofTrait ? 'traitImpl' : 'impl');
        return;
      default:
        return;
    }
  }

  private uses: Map<DefId, Span[]> | null = null;

  /** Where the crate names a static or const (rustc renames those uses along with it). */
  private usesOf(def: DefId): readonly Span[] {
    if (this.uses === null) {
      const uses = new Map<DefId, Span[]>();
      const note = (res: Res, span: Span): void => {
        if (res.tag !== 'Def' || (res.kind !== 'Static' && res.kind !== 'Const')) return;
        const l = uses.get(res.def);
        if (l) l.push(span);
        else uses.set(res.def, [span]);
      };
      const walker = new HirWalker(this.tcx.hir, {
        expr: (e) => {
          if (e.kind.tag === 'Path' && e.kind.qpath.tag === 'Resolved') {
            const segs = e.kind.qpath.path.segments;
            if (segs.length > 0) note(e.kind.qpath.path.res, segs[segs.length - 1]!.ident.span);
          }
        },
        pat: (p) => {
          if (p.kind.tag === 'Path' && p.kind.qpath.tag === 'Resolved') {
            const segs = p.kind.qpath.path.segments;
            if (segs.length > 0) note(p.kind.qpath.path.res, segs[segs.length - 1]!.ident.span);
          }
        },
      }, false);
      for (const b of this.tcx.hir.bodies.values()) walker.body(b);
      for (const l of uses.values()) l.sort((a, b) => a.lo - b.lo);
      this.uses = uses;
    }
    return this.uses.get(def) ?? [];
  }

  private fields(item: Item): void {
    const k = item.kind;
    if ((k.tag !== 'Struct' && k.tag !== 'Union') || k.data.kind !== 'struct') return;
    for (const f of k.data.fields) checkSnakeCase(this.lcx, this.lcx.defScope(f.def), 'structure field', symStr(f.ident.name), f.ident.span);
  }

  private body(owner: DefId, id: number): void {
    const body = this.tcx.hir.bodies.get(id as never);
    if (!body) return;
    const r = this.tcx.typeck(owner);
    if (r.taintedByErrors) return;
    const shorthand = new Set<number>();
    const walker = new HirWalker(this.tcx.hir, {
      pat: (p) => this.pat(p, shorthand),
      expr: (e) => this.lcx.flushDeferred(e.hirId),
      stmt: (s) => {
        if (s.kind.tag === 'Item') this.item(s.kind.def, 'mod');
        else this.stmt(s, r);
      },
    }, true);
    walker.body(body);
  }

  private pat(p: HirPat, shorthand: Set<number>): void {
    const k = p.kind;
    if (k.tag === 'Struct') for (const f of k.fields) if (f.isShorthand) shorthand.add(f.pat.hirId);
    if (k.tag === 'Binding') {
      // `S { field }` takes the field's name: the struct's definition is the place to lint it.
      if (shorthand.has(p.hirId)) return;
      const name = symStr(k.ident.name);
      if (name === 'self') return;
      checkSnakeCase(this.lcx, this.lcx.hirScope(p.hirId), 'variable', name, k.ident.span);
    } else if (k.tag === 'Path' && k.qpath.tag === 'Resolved' && k.qpath.path.segments.length === 1) {
      const res = k.qpath.path.res;
      if (res.tag === 'Def' && res.kind === 'Const') {
        const seg = k.qpath.path.segments[0]!;
        checkUpperCase(this.lcx, this.lcx.hirScope(p.hirId), 'constant in pattern', symStr(seg.ident.name), seg.ident.span);
      }
    }
  }

  private stmt(s: Stmt, r: TypeckResults): void {
    if (s.kind.tag !== 'Semi') return;
    const e: Expr = s.kind.expr;
    const scope = this.lcx.hirScope(s.hirId);
    checkPathStatement(this.tcx, scope, s, e, r);
    checkMustUse(this.tcx, scope, e, r);
  }
}
