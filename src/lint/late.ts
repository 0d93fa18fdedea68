// The late lint pass (rustc's LateContextAndPass): one walk over the HIR in source order,
// item by item, once type checking and borrowck are done: non_snake_case,
// non_upper_case_globals, path_statements, unused_must_use.
import type { Expr, Stmt } from '../hir/expr.ts';
import type { Item } from '../hir/item.ts';
import type { HirPat } from '../hir/pat.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import { symStr } from '../syntax/symbol.ts';
import type { DefId } from '../ty/def-id.ts';
import type { TypeckResults } from '../typeck/results.ts';
import type { LintCx } from './context.ts';
import { HirWalker } from './hir-walk.ts';
import { checkSnakeCase, checkUpperCase } from './nonstandard-style.ts';
import { checkMustUse, checkPathStatement } from './unused-results.ts';

type Container = 'mod' | 'trait' | 'impl' | 'traitImpl';

export function runLateLints(tcx: TcxImpl): void {
  new LatePass(tcx).item(tcx.hir.root, 'mod');
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
        if (def !== this.tcx.hir.root) checkSnakeCase(lcx, scope, 'module', name, item.ident.span);
        for (const c of k.items) this.item(c, 'mod');
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
        if (!item.attrs.noMangle && k.body !== null) checkUpperCase(lcx, scope, 'static variable', name, item.ident.span);
        if (k.body !== null) this.body(def, k.body);
        return;
      case 'Const':
        if (container === 'mod') checkUpperCase(lcx, scope, 'constant', name, item.ident.span);
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
