// Closures in MIR: building one is an aggregate of its captures (the variables by value, or
// references to them); inside its body, captured variables are fields of the environment
// (local 1: `&Self`, `&mut Self` or `Self` by the closure's kind), behind a deref when
// captured by reference. Calls through the Fn traits become `<Self as Fn*<Args>>::call*`
// with the arguments as one tuple, spread again by the "rust-call" convention.
import type { Expr } from '../../hir/expr.ts';
import type { HirId } from '../../hir/ids.ts';
import { closureKind } from '../../ty/closure.ts';
import type { DefId } from '../../ty/def-id.ts';
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
    b.upvarPlaces.set(c.var, c.mode === 'value' ? field : project(field, { tag: 'Deref' }));
  });
}

/** `|args| body` as a value: the closure's captures, in field order. */
export function closureRvalue(b: Builder, e: Expr): Rvalue {
  if (e.kind.tag !== 'Closure') throw new Error('unreachable');
  const def = e.kind.def;
  const ty = b.tr.nodeType(e.hirId);
  const k = tyKind(ty);
  if (k.tag !== 'Closure') throw new Error('MIR build: closure expression without a closure type');
  const operands: Operand[] = b.tr.closureCaptures(def).map((c) => {
    const place = varPlace(b, c.var);
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
