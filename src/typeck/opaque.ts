// Return-position `impl Trait` (opaque types). Inside the defining fn's body the opaque type
// is an inference variable whose bounds are pending obligations (so a returned closure gets
// its signature from `impl Fn(i32) -> i32`); what it ends up as is the hidden type, recorded
// in the fn's typeck results. Everywhere else the opaque type is revealed to its hidden type
// by normalization (rustc keeps it opaque to other bodies and reveals it after type checking;
// revealing earlier accepts the same valid programs).
import type { TcxImpl } from '../middle/tcx.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';
import { mkTy, tyKind } from '../ty/interner.ts';
import { substTy } from '../ty/subst.ts';
import type { GenericArgs, Ty } from '../ty/ty.ts';
import { closureState } from './closure-state.ts';
import { fnTraitKind } from './fn-bounds.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { predicatesOf, projectionPredicatesOf } from './predicates.ts';

/** Fns whose body is being checked (their opaque types are not revealed meanwhile). */
const defining = new Set<DefId>();

/** Opaque types of the fn being checked, replaced by inference variables in its return type. */
const pending = new WeakMap<FnCtxt, { def: DefId; var: Ty }[]>();

function replace(fcx: FnCtxt, ty: Ty, out: { def: DefId; var: Ty }[]): Ty {
  const k = tyKind(ty);
  switch (k.tag) {
    case 'Alias': {
      if (fcx.tcx.defKind(k.def) !== 'OpaqueTy' || fcx.tcx.parent(k.def) !== fcx.owner) return ty;
      const v = fcx.infcx.newVar();
      out.push({ def: k.def, var: v });
      registerBounds(fcx, k.def, ty, v);
      return v;
    }
    case 'Tuple': return mkTy({ tag: 'Tuple', elems: k.elems.map((e) => replace(fcx, e, out)) });
    case 'Ref': return mkTy({ ...k, pointee: replace(fcx, k.pointee, out) });
    default: return ty;
  }
}

/** The opaque type's Fn-family bounds as pending signatures on `v` (closure signature deduction). */
function registerBounds(fcx: FnCtxt, opaque: DefId, opaqueTy: Ty, v: Ty): void {
  const tcx = fcx.tcx;
  const fnOnce = tcx.langItem('fn_once');
  for (const p of predicatesOf(tcx, opaque)) {
    if (p.self !== opaqueTy) continue;
    const kind = fnTraitKind(tcx, p.trait);
    if (kind === null) continue;
    const a = p.args[1];
    const proj = projectionPredicatesOf(tcx, opaque).find((q) => {
      const s = q.args[0];
      return s && s.tag === 'Type' && s.ty === opaqueTy && tcx.parent(q.item) === fnOnce;
    });
    closureState(fcx).fnObligations.push({
      self: v,
      kind,
      args: a && a.tag === 'Type' ? a.ty : mkTy({ tag: 'Tuple', elems: [] }),
      output: proj ? proj.term : null,
      span: tcx.defSpan(opaque),
      boundSpan: p.span,
      item: null,
      pathId: null,
      paramTy: null,
    });
  }
}

/** The fn's return type as its body sees it: its own opaque types as inference variables. */
export function bodyReturnTy(fcx: FnCtxt, ret: Ty): Ty {
  const out: { def: DefId; var: Ty }[] = [];
  const t = replace(fcx, ret, out);
  if (out.length > 0) {
    pending.set(fcx, out);
    defining.add(fcx.owner);
  }
  return t;
}

/** After writeback: record the hidden types. */
export function recordHiddenTypes(fcx: FnCtxt): void {
  const out = pending.get(fcx);
  if (!out) return;
  for (const o of out) {
    const hidden = fcx.resolve(o.var);
    fcx.results.opaqueTypesMap.set(o.def, hidden);
    if (!fcx.results.taintedByErrors) checkReturnedClosure(fcx, hidden);
  }
  defining.delete(fcx.owner);
}

/**
 * E0373: a returned closure that borrows a variable of the fn it is returned from (rustc's
 * borrowck reports it; the capture analysis already knows).
 */
function checkReturnedClosure(fcx: FnCtxt, hidden: Ty): void {
  const k = tyKind(hidden);
  if (k.tag !== 'Closure') return;
  const rec = closureState(fcx).closures.find((c) => c.def === k.def);
  if (!rec || rec.captureBy === 'move') return;
  const borrowed = fcx.results.closureCaptures(k.def).find((c) => c.mode !== 'value');
  if (!borrowed) return;
  const head = fcx.tcx.identSpan(k.def);
  const name = borrowed.name;
  const at = { lo: head.lo, hi: head.lo, ctxt: head.ctxt };
  const d = fcx.err(`closure may outlive the current function, but it borrows \`${name}\`, which is owned by the current function`, 'E0373')
    .primary(head, `may outlive borrowed value \`${name}\``)
    .label(borrowed.useSpan, `\`${name}\` is borrowed here`)
    .note('closure is returned here', rec.expr.span)
    .help(`to force the closure to take ownership of \`${name}\` (and any other referenced variables), use the \`move\` keyword`, undefined, [{ span: at, replacement: 'move ', applicability: 'MachineApplicable', style: 'verbose' }]);
  d.emit();
}

/** `impl Trait` of a fn instantiated with `args`: its hidden type, or null while its fn is being checked. */
export function revealOpaque(tcx: TcxImpl, opaque: DefId, args: GenericArgs): Ty | null {
  // A dependency's opaque type: its hidden type comes from the crate's metadata.
  if (!isLocal(opaque)) {
    const hidden = tcx.typeOf(opaque);
    return tyKind(hidden).tag === 'Error' ? null : substTy(hidden, args);
  }
  const fn = tcx.parent(opaque);
  if (fn === null || defining.has(fn)) return null;
  const hidden = tcx.typeck(fn).opaqueHiddenType(opaque);
  return hidden === null ? null : substTy(hidden, args);
}
