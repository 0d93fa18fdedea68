// Capture analysis (rustc's upvar inference), run once the body's types are known: for each
// closure, which outer variables it uses and how. A variable moved out of (a non-Copy value
// used by value) is captured by value and makes the closure FnOnce; one assigned to or
// borrowed mutably is captured by `&mut` and makes it FnMut; anything else is captured by `&`.
// `move` closures capture everything by value (the kind still follows the uses). Inner
// closures are analysed first; their captures count as uses in the enclosing closure.
// As in the 2021 edition, a use of `v.a.b` captures that field path, not all of `v` (paths of
// field projections only: one through an auto-deref or index captures the variable); a path
// and its prefix captured together become the prefix.
import type { Expr, Stmt } from '../hir/expr.ts';
import type { HirId } from '../hir/ids.ts';
import type { HirPat } from '../hir/pat.ts';
import { closureKind, closureKindTy, closureUpvars, upvarsTuple, type ClosureKind } from '../ty/closure.ts';
import { mkRef, tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { symStr } from '../syntax/symbol.ts';
import type { CapturedUpvar } from './closure-results.ts';
import { closureState, type ClosureRecord } from './closure-state.ts';
import { forEachChild as forEachHirChild } from '../borrowck/hir-visit.ts';
import { reportMoveOutOfCapture, reportMutInFn } from './closure-errors.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { boundInScope } from './predicates.ts';

/** How a use needs the variable: read through `&`, mutate through `&mut`, or take by value. */
type Use = 'ref' | 'mut' | 'move';
const ORDER: Record<Use, number> = { ref: 0, mut: 1, move: 2 };

/** Whether `ty` is Copy (typeck's view, for deciding whether a use by value moves). */
export function tyIsCopy(fcx: FnCtxt, ty: Ty): boolean {
  const t = fcx.resolve(ty);
  const k = tyKind(t);
  switch (k.tag) {
    case 'Bool': case 'Char': case 'Int': case 'Uint': case 'Float': case 'Never': case 'RawPtr': case 'FnDef': case 'FnPtr': case 'Error': case 'Infer':
      return true;
    case 'Ref': return k.mutbl === 'not';
    case 'Tuple': return k.elems.every((e) => tyIsCopy(fcx, e));
    case 'Array': return tyIsCopy(fcx, k.elem);
    case 'Closure': return closureUpvars(k.args).every((u) => tyIsCopy(fcx, u));
    case 'Param': {
      const copy = fcx.tcx.langItem('copy');
      return copy !== null && boundInScope(fcx.tcx, fcx.owner, t, copy);
    }
    case 'Adt': {
      const copy = fcx.tcx.langItem('copy');
      return copy !== null && fcx.tcx.findImpl(copy, t) !== null;
    }
    default: return false;
  }
}

interface Analysis {
  readonly fcx: FnCtxt;
  /** Bindings declared inside the closure (not captures). */
  readonly inner: Set<HirId>;
  /** Captured variables in order of first use, with the strongest use. */
  /** Captured places (`v` or `v.a.b`) by key, in order of first use. */
  readonly uses: Map<string, CapturedPlace>;
  /** Variables moved out of / mutated (decides the kind; `move` closures capture by value regardless). */
  kind: ClosureKind;
  /** Where the first use deciding the kind is (for E0525's note). */
  kindSpan: Expr['span'] | null;
  kindVar: string | null;
  /** Captured by the closure: the binding's name. */
  readonly names: Map<HirId, string>;
  readonly spans: Map<HirId, Expr['span']>;
  /** The assignment whose left side is being visited (for E0594's span). */
  assign: Expr | null;
  /** The first use that needs FnMut / FnOnce (for E0594/E0596 when the kind is fixed). */
  firstMut: { readonly id: HirId; readonly span: Expr['span']; readonly assign: boolean } | null;
  firstMove: { readonly id: HirId; readonly span: Expr['span']; readonly assign: boolean } | null;
}

function collectBindings(p: HirPat, out: Set<HirId>): void {
  const k = p.kind;
  switch (k.tag) {
    case 'Binding': out.add(p.hirId); if (k.sub) collectBindings(k.sub, out); return;
    case 'Struct': for (const f of k.fields) collectBindings(f.pat, out); return;
    case 'TupleStruct': case 'Tuple': case 'Or': for (const q of k.pats) collectBindings(q, out); return;
    case 'Ref': collectBindings(k.pat, out); return;
    case 'Slice': for (const q of [...k.before, ...(k.mid ? [k.mid] : []), ...k.after]) collectBindings(q, out); return;
    default: return;
  }
}

/** What binding a pattern does with the value it matches: move (a by-value non-Copy binding), borrow, or nothing. */
function patUse(fcx: FnCtxt, p: HirPat): Use | null {
  let use: Use | null = null;
  const bump = (u: Use): void => {
    if (use === null || ORDER[u] > ORDER[use]) use = u;
  };
  const walk = (q: HirPat): void => {
    const k = q.kind;
    switch (k.tag) {
      case 'Binding': {
        const m = fcx.results.bindingModes.get(q.hirId);
        if (m && m.tag === 'ByRef') bump(m.mutbl === 'mut' ? 'mut' : 'ref');
        else bump(tyIsCopy(fcx, fcx.nodeTy(q.hirId)) ? 'ref' : 'move');
        if (k.sub) walk(k.sub);
        return;
      }
      case 'Wild': return;
      case 'Struct': for (const f of k.fields) walk(f.pat); bump('ref'); return;
      case 'TupleStruct': case 'Tuple': case 'Or': for (const x of k.pats) walk(x); bump('ref'); return;
      case 'Ref': walk(k.pat); bump('ref'); return;
      case 'Slice': for (const x of [...k.before, ...(k.mid ? [k.mid] : []), ...k.after]) walk(x); bump('ref'); return;
      default: bump('ref'); return;
    }
  };
  walk(p);
  return use;
}

interface CapturedPlace {
  readonly var: HirId;
  /** Field indices from the variable, and the type after each. */
  path: readonly number[];
  tys: readonly Ty[];
  use: Use;
}

function useVar(a: Analysis, id: HirId, use: Use, span: Expr['span'], name: string, path: readonly number[] = [], tys: readonly Ty[] = []): void {
  if (a.inner.has(id)) return;
  const key = [id, ...path].join('.');
  const prev = a.uses.get(key);
  if (prev === undefined) a.uses.set(key, { var: id, path, tys, use });
  else if (ORDER[use] > ORDER[prev.use]) prev.use = use;
  if (!a.names.has(id)) a.names.set(id, name);
  if (!a.spans.has(id)) a.spans.set(id, span);
  if (use === 'mut' && a.firstMut === null) a.firstMut = { id, span: a.assign ? a.assign.span : span, assign: a.assign !== null };
  if (use === 'move' && a.firstMove === null) a.firstMove = { id, span, assign: false };
  const k: ClosureKind = use === 'move' ? 'FnOnce' : use === 'mut' ? 'FnMut' : 'Fn';
  if ((k === 'FnOnce' && a.kind !== 'FnOnce') || (k === 'FnMut' && a.kind === 'Fn')) {
    a.kind = k;
    a.kindSpan = span;
    a.kindVar = name;
  }
}

/** The use an expression's adjustments make of its place (autoref, deref), given the use of the adjusted value. */
function adjustedUse(a: Analysis, e: Expr, use: Use): Use {
  const adj = a.fcx.results.adjustmentsMap.get(e.hirId);
  if (!adj || adj.length === 0) return use;
  let out: Use | null = null;
  for (const s of adj) {
    if (s.kind.tag === 'Borrow') out = s.kind.mutbl === 'mut' ? 'mut' : (out ?? 'ref');
    else if (s.kind.tag === 'Deref') out = out ?? (use === 'move' ? 'ref' : use);
  }
  return out ?? use;
}

/** Visits `e`, whose value is used as `use` ('move' = consumed by value). */
function visit(a: Analysis, e: Expr, use: Use): void {
  const fcx = a.fcx;
  const u = adjustedUse(a, e, use);
  const k = e.kind;
  switch (k.tag) {
    case 'Path': {
      if (k.qpath.tag !== 'Resolved' || k.qpath.path.res.tag !== 'Local') return;
      const id = k.qpath.path.res.id;
      // Using a Copy value by value only reads it.
      const eff = u === 'move' && tyIsCopy(fcx, fcx.nodeTy(e.hirId)) ? 'ref' : u;
      const seg = k.qpath.path.segments[0];
      useVar(a, id, eff, e.span, seg ? symStr(seg.ident.name) : '_');
      return;
    }
    case 'Field': {
      const fieldCopy = tyIsCopy(fcx, fcx.nodeTy(e.hirId));
      const fu: Use = u === 'move' && fieldCopy ? 'ref' : u;
      // `v.a.b` with no auto-deref on the way: a use of that path.
      const path: number[] = [];
      const tys: Ty[] = [];
      let cur: Expr = e;
      while (cur.kind.tag === 'Field' && (cur === e || !a.fcx.results.adjustmentsMap.get(cur.hirId)?.length)) {
        path.unshift(fcx.results.fieldIndices.get(cur.hirId) ?? -1);
        tys.unshift(fcx.resolve(fcx.nodeTy(cur.hirId)));
        cur = cur.kind.expr;
      }
      const ck = cur.kind;
      if (!path.includes(-1) && ck.tag === 'Path' && ck.qpath.tag === 'Resolved' && ck.qpath.path.res.tag === 'Local' && !a.fcx.results.adjustmentsMap.get(cur.hirId)?.length) {
        const seg = ck.qpath.path.segments[0];
        useVar(a, ck.qpath.path.res.id, fu, e.span, seg ? symStr(seg.ident.name) : '_', path, tys);
        return;
      }
      visit(a, k.expr, fu);
      return;
    }
    case 'Index':
      visit(a, k.expr, u === 'move' ? 'ref' : u);
      visit(a, k.index, 'move');
      return;
    case 'Unary':
      if (k.op === 'Deref') {
        // Through a reference: reading needs the reference, writing needs it uniquely.
        visit(a, k.expr, u === 'mut' ? 'mut' : 'ref');
        return;
      }
      visit(a, k.expr, 'move');
      return;
    case 'AddrOf': visit(a, k.expr, k.mutbl === 'mut' ? 'mut' : 'ref'); return;
    case 'Assign': case 'AssignOp': {
      const saved = a.assign;
      a.assign = e;
      visit(a, k.lhs, 'mut');
      a.assign = saved;
      visit(a, k.rhs, 'move');
      return;
    }
    case 'MethodCall': visit(a, k.receiver, 'move'); for (const x of k.args) visit(a, x, 'move'); return;
    case 'Call': {
      const oc = closureState(fcx).calls.find((c) => c.callId === e.hirId);
      if (oc) {
        let ck = oc.kind;
        const sk = tyKind(fcx.resolve(oc.selfTy));
        if (ck === null && sk.tag === 'Closure') ck = closureKind(sk.args);
        visit(a, k.func, ck === 'FnOnce' ? 'move' : ck === 'FnMut' ? 'mut' : 'ref');
      } else visit(a, k.func, 'move');
      for (const x of k.args) visit(a, x, 'move');
      return;
    }
    case 'Match': {
      let su: Use | null = null;
      for (const arm of k.arms) {
        const pu = patUse(fcx, arm.pat);
        if (pu !== null && (su === null || ORDER[pu] > ORDER[su])) su = pu;
      }
      visit(a, k.scrutinee, su ?? 'ref');
      for (const arm of k.arms) {
        collectBindings(arm.pat, a.inner);
        if (arm.guard) visit(a, arm.guard, 'move');
        visit(a, arm.body, 'move');
      }
      return;
    }
    case 'Block': block(a, k.block.stmts, k.block.expr); return;
    case 'Loop': block(a, k.body.stmts, k.body.expr); return;
    case 'If': visit(a, k.cond, 'move'); visit(a, k.then, 'move'); if (k.els) visit(a, k.els, 'move'); return;
    case 'Closure': {
      // The inner closure was analysed first: its captures are uses here.
      for (const c of fcx.results.closureCaptures(k.def)) {
        const inner = c.reborrow ? 'mut' : c.mode === 'value' ? (tyIsCopy(fcx, c.ty) ? 'ref' : 'move') : c.mode;
        useVar(a, c.var, inner, e.span, c.name, c.path ?? [], c.pathTys ?? []);
      }
      return;
    }
    case 'Lit': case 'Continue': case 'Err': return;
    case 'Tup': case 'Array': for (const x of k.elems) visit(a, x, 'move'); return;
    case 'Repeat': visit(a, k.elem, 'move'); return;
    case 'Binary': {
      // Comparisons take both operands by reference (`PartialEq::eq(&a, &b)`), so a
      // captured non-Copy value compared in the body is borrowed, not moved.
      const cmp = k.op === '==' || k.op === '!=' || k.op === '<' || k.op === '<=' || k.op === '>' || k.op === '>=';
      visit(a, k.lhs, cmp ? 'ref' : 'move');
      visit(a, k.rhs, cmp ? 'ref' : 'move');
      return;
    }
    case 'Cast': case 'DropTemps': visit(a, k.expr, 'move'); return;
    case 'Break': case 'Ret': if (k.expr) visit(a, k.expr, 'move'); return;
    case 'Struct': for (const f of k.fields) visit(a, f.expr, 'move'); if (k.base) visit(a, k.base, 'ref'); return;
    case 'InlineAsm':
      for (const { op } of k.asm.operands) {
        if (op.tag === 'In' || op.tag === 'Const') visit(a, op.expr, 'move');
        else if (op.tag === 'InOut') visit(a, op.expr, 'mut');
        else if (op.tag === 'Out' && op.expr) visit(a, op.expr, 'mut');
        else if (op.tag === 'SplitInOut') { visit(a, op.inExpr, 'move'); if (op.outExpr) visit(a, op.outExpr, 'mut'); }
      }
      return;
  }
}

function block(a: Analysis, stmts: readonly Stmt[], tail: Expr | null): void {
  for (const s of stmts) {
    const k = s.kind;
    if (k.tag === 'Let') {
      const l = k.local;
      if (l.init) visit(a, l.init, patUse(a.fcx, l.pat) ?? 'ref');
      collectBindings(l.pat, a.inner);
      if (l.els) block(a, l.els.stmts, l.els.expr);
    } else if (k.tag === 'Expr' || k.tag === 'Semi') visit(a, k.expr, 'move');
  }
  if (tail) visit(a, tail, 'move');
}

export interface ClosureAnalysis {
  readonly record: ClosureRecord;
  readonly kind: ClosureKind;
  readonly kindSpan: Expr['span'] | null;
  /** The variable whose use decided the kind. */
  readonly kindVar: string | null;
}

/**
 * The captured places: a path whose prefix is captured too merges into the prefix (with the
 * stronger use); a by-value path into a type with a destructor stops at that type (rustc's
 * truncation: its fields cannot be moved out one by one).
 */
function settlePlaces(a: Analysis, captureBy: 'ref' | 'move'): CapturedPlace[] {
  const fcx = a.fcx;
  const list = [...a.uses.values()].map((p) => ({ ...p }));
  for (const p of list) {
    if (p.path.length === 0 || (captureBy !== 'move' && p.use !== 'move')) continue;
    const last = p.tys[p.tys.length - 1]!;
    if (tyIsCopy(fcx, last)) continue;
    const types = [fcx.resolve(fcx.nodeTy(p.var)), ...p.tys];
    for (let i = 0; i < p.path.length; i++) {
      const k = tyKind(types[i]!);
      if (k.tag === 'Adt' && fcx.tcx.dropImpl(k.def) !== null) {
        p.path = p.path.slice(0, i);
        p.tys = p.tys.slice(0, i);
        break;
      }
    }
  }
  const isPrefix = (x: CapturedPlace, y: CapturedPlace): boolean => x.var === y.var && x.path.length <= y.path.length && x.path.every((f, i) => y.path[i] === f);
  const out: CapturedPlace[] = [];
  for (const p of list) {
    const ancestor = list.find((q) => q !== p && isPrefix(q, p) && (q.path.length < p.path.length || list.indexOf(q) < list.indexOf(p)));
    if (ancestor) {
      if (ORDER[p.use] > ORDER[ancestor.use]) ancestor.use = p.use;
      continue;
    }
    out.push(p);
  }
  return out;
}

/** Analyses every closure of the body (inner ones first) and settles their kind and upvar types. */
export function analyzeClosures(fcx: FnCtxt): ClosureAnalysis[] {
  const out: ClosureAnalysis[] = [];
  for (const c of closureState(fcx).closures) {
    const a: Analysis = { fcx, inner: new Set(), uses: new Map(), kind: 'Fn', kindSpan: null, kindVar: null, names: new Map(), spans: new Map(), assign: null, firstMut: null, firstMove: null };
    for (const p of c.body.params) collectBindings(p.pat, a.inner);
    visit(a, c.body.value, 'move');
    const captures: CapturedUpvar[] = [];
    for (const p of settlePlaces(a, c.captureBy)) {
      const id = p.var;
      const use = p.use;
      const placeTy = p.tys.length > 0 ? p.tys[p.tys.length - 1]! : fcx.resolve(fcx.nodeTy(id));
      let mode: CapturedUpvar['mode'] = c.captureBy === 'move' || use === 'move' ? 'value' : use;
      const vk = tyKind(placeTy);
      const reborrow = mode === 'mut' && vk.tag === 'Ref' && vk.mutbl === 'mut';
      if (reborrow) mode = 'value';
      const ty = mode === 'value' ? placeTy : mkRef(placeTy, mode === 'mut' ? 'mut' : 'not');
      let cap: CapturedUpvar = { var: id, name: a.names.get(id) ?? '_', mode, ty, useSpan: a.spans.get(id) ?? c.expr.span };
      if (p.path.length > 0) cap = { ...cap, path: p.path, pathTys: p.tys };
      captures.push(reborrow ? { ...cap, reborrow } : cap);
    }
    fcx.results.closureCapturesMap.set(c.def, captures);
    if (c.expectedFrom !== null) {
      // The kind was fixed by the bound the closure was passed for: uses beyond it are errors.
      if (a.kind === 'FnOnce' && c.expectedFrom.kind !== 'FnOnce' && a.firstMove) reportMoveOutOfCapture(fcx, c, a.firstMove, a.names.get(a.firstMove.id) ?? '_');
      else if (a.kind !== 'Fn' && c.expectedFrom.kind === 'Fn' && a.firstMut) reportMutInFn(fcx, c, a.firstMut, a.names.get(a.firstMut.id) ?? '_');
    } else fcx.infcx.unify(c.kindTy, closureKindTy(a.kind));
    fcx.infcx.unify(c.upvarsTy, upvarsTuple(captures.map((x) => x.ty)));
    out.push({ record: c, kind: a.kind, kindSpan: a.kindSpan, kindVar: a.kindVar });
  }
  return out;
}


/**
 * Whether a closure's body names a variable of an enclosing body (rustc's upvars_mentioned,
 * known before type checking ends): a closure that does not can coerce to a fn pointer.
 */
export function mentionsUpvars(fcx: FnCtxt, body: ClosureRecord['body']): boolean {
  const inner = new Set<HirId>();
  for (const p of body.params) collectBindings(p.pat, inner);
  let found = false;
  const visitExpr = (e: Expr): void => {
    if (found) return;
    const k = e.kind;
    if (k.tag === 'Path' && k.qpath.tag === 'Resolved' && k.qpath.path.res.tag === 'Local') {
      if (!inner.has(k.qpath.path.res.id)) found = true;
      return;
    }
    if (k.tag === 'Closure') {
      const b = fcx.tcx.hir.bodies.get(k.body);
      if (b) {
        for (const p of b.params) collectBindings(p.pat, inner);
        visitExpr(b.value);
      }
      return;
    }
    if (k.tag === 'Match') for (const arm of k.arms) collectBindings(arm.pat, inner);
    forEachHirChild(e, visitExpr, (s) => {
      if (s.kind.tag === 'Let') {
        collectBindings(s.kind.local.pat, inner);
        if (s.kind.local.init) visitExpr(s.kind.local.init);
        if (s.kind.local.els) visitExpr({ hirId: s.hirId, kind: { tag: 'Block', block: s.kind.local.els, label: null }, span: s.span });
      } else if (s.kind.tag === 'Expr' || s.kind.tag === 'Semi') visitExpr(s.kind.expr);
    });
  };
  visitExpr(body.value);
  return found;
}
