// Closures in MIR: building one is an aggregate of its captures (the variables by value, or
// references to them); inside its body, captured variables are fields of the environment
// (local 1: `&Self`, `&mut Self` or `Self` by the closure's kind), behind a deref when
// captured by reference. Calls through the Fn traits become `<Self as Fn*<Args>>::call*`
// with the arguments as one tuple, spread again by the "rust-call" convention.
import type { Expr } from '../../hir/expr.ts';
import type { HirId } from '../../hir/ids.ts';
import { closureKind } from '../../ty/closure.ts';
import type { DefId } from '../../ty/def-id.ts';
import type { Ty } from '../../ty/ty.ts';
import { mkTy, tyKind } from '../../ty/interner.ts';
import type { OverloadedCall } from '../../typeck/closure-results.ts';
import type { Operand, Place, Rvalue } from '../mir.ts';
import { local, project, type Builder } from './builder.ts';
import { asOperand, asPlace } from './expr.ts';
import { full } from './expr-ref.ts';

/** Where a variable lives from the point of view of the body being built (a local or an upvar). */
export function varPlace(b: Builder, id: HirId): Place {
  const l = b.varMap.get(id);
  if (l !== undefined) return local(l);
  const u = b.upvarPlaces.get(id);
  if (u !== undefined) return u;
  throw new Error(`MIR build: unknown local variable (HirId ${id})`);
}

/** Inside a closure body: the captured variables as places through the environment (local 1). */
export function declareUpvars(b: Builder, closure: DefId): void {
  const ty = b.tr.closureType(closure);
  const k = ty === null ? null : tyKind(ty);
  if (k === null || k.tag !== 'Closure') throw new Error('MIR build: closure without a type');
  const kind = closureKind(k.args) ?? 'Fn';
  // (A closure without captures takes its zero-sized environment by value.)
  const env: Place = kind === 'FnOnce' ? local(1) : project(local(1), { tag: 'Deref' });
  b.tr.closureCaptures(closure).forEach((c, i) => {
    const field = project(env, { tag: 'Field', index: i, ty: c.ty });
    const place = c.mode === 'value' ? field : project(field, { tag: 'Deref' });
    if (c.path && c.path.length > 0) {
      const list = b.upvarPaths.get(c.var) ?? [];
      list.push({ path: c.path, place });
      b.upvarPaths.set(c.var, list);
    } else b.upvarPlaces.set(c.var, place);
  });
}

/** The place of `var.path` here: through a captured prefix of it, else from the variable. */
function pathPlace(b: Builder, id: HirId, path: readonly number[], tys: readonly Ty[]): Place {
  let best: { path: readonly number[]; place: Place } | null = null;
  for (const u of b.upvarPaths.get(id) ?? []) {
    if (u.path.length <= path.length && u.path.every((f, i) => path[i] === f) && (best === null || u.path.length > best.path.length)) best = u;
  }
  let place = best ? best.place : varPlace(b, id);
  for (let i = best ? best.path.length : 0; i < path.length; i++) place = project(place, { tag: 'Field', index: path[i]!, ty: tys[i]! });
  return place;
}

/**
 * In a closure body, `v.a.b` where a field path of `v` was captured (not `v` itself): the
 * captured place plus the rest of the path. Null when `e` is not such a path.
 */
export function upvarFieldPlace(b: Builder, e: Expr): Place | null {
  if (b.upvarPaths.size === 0) return null;
  const path: number[] = [];
  const tys: Ty[] = [];
  let cur: Expr = e;
  while (cur.kind.tag === 'Field' && (cur === e || b.tr.adjustments(cur.hirId).length === 0)) {
    path.unshift(b.tr.fieldIndex(cur.hirId));
    tys.unshift(b.tr.nodeType(cur.hirId));
    cur = cur.kind.expr;
  }
  const k = cur.kind;
  if (k.tag !== 'Path' || k.qpath.tag !== 'Resolved' || k.qpath.path.res.tag !== 'Local' || b.tr.adjustments(cur.hirId).length > 0) return null;
  const id = k.qpath.path.res.id;
  if (!b.upvarPaths.has(id) || b.varMap.has(id)) return null;
  return pathPlace(b, id, path, tys);
}

/** `|args| body` as a value: the closure's captures, in field order. */
export function closureRvalue(b: Builder, e: Expr): Rvalue {
  if (e.kind.tag !== 'Closure') throw new Error('unreachable');
  const def = e.kind.def;
  const ty = b.tr.nodeType(e.hirId);
  const k = tyKind(ty);
  if (k.tag !== 'Closure') throw new Error('MIR build: closure expression without a closure type');
  const operands: Operand[] = b.tr.closureCaptures(def).map((c) => {
    const place = pathPlace(b, c.var, c.path ?? [], c.pathTys ?? []);
    if (c.reborrow) {
      const t = b.temp({ tag: 'Ref', mutbl: 'mut', place: project(place, { tag: 'Deref' }) }, c.ty, e.span);
      return { tag: 'Move', place: local(t) };
    }
    if (c.mode === 'value') return b.operandFromPlace(place);
    const t = b.temp({ tag: 'Ref', mutbl: c.mode === 'mut' ? 'mut' : 'not', place }, c.ty, e.span);
    return { tag: 'Move', place: local(t) };
  });
  return { tag: 'Aggregate', kind: { tag: 'Closure', def, args: k.args }, operands };
}

/** `f(args)` through `Fn::call` / `FnMut::call_mut` / `FnOnce::call_once`. */
export function overloadedCallInto(b: Builder, dest: Place | null, e: Expr, func: Expr, args: readonly Expr[], oc: OverloadedCall): void {
  const method = b.cx.fnTraitMethod?.(oc.kind) ?? null;
  if (method === null) throw new Error('MIR build: the Fn traits are not defined (no `fn`/`fn_mut`/`fn_once` lang items)');
  let callee = asPlace(b, full(b, func));
  for (let i = 0; i < oc.derefs; i++) callee = project(callee, { tag: 'Deref' });
  let self: Operand;
  if (oc.kind === 'FnOnce') self = b.operandFromPlace(callee);
  else {
    const mutbl = oc.kind === 'FnMut' ? 'mut' : 'not';
    const t = b.temp({ tag: 'Ref', mutbl, place: callee }, mkTy({ tag: 'Ref', mutbl, pointee: oc.selfTy }), func.span);
    self = { tag: 'Move', place: local(t) };
  }
  const tuple = b.temp({ tag: 'Aggregate', kind: { tag: 'Tuple' }, operands: args.map((a) => asOperand(b, full(b, a))) }, oc.argsTy, e.span);
  const fnTy = mkTy({ tag: 'FnDef', def: method, args: [{ tag: 'Type', ty: oc.selfTy }, { tag: 'Type', ty: oc.argsTy }] });
  const f: Operand = { tag: 'Constant', constant: { ty: fnTy, value: { tag: 'ZeroSized' }, span: func.span } };
  const ty = b.tr.nodeType(e.hirId);
  const destination = dest ?? local(b.newTemp(ty, e.span));
  const callArgs: Operand[] = [self, { tag: 'Move', place: local(tuple) }];
  if (tyKind(ty).tag === 'Never') {
    b.diverge({ tag: 'Call', func: f, args: callArgs, destination, target: null, span: e.span, spreadLastArg: true });
    return;
  }
  const next = b.newBlock();
  b.terminate({ tag: 'Call', func: f, args: callArgs, destination, target: next, span: e.span, spreadLastArg: true });
  b.cur = next;
}
