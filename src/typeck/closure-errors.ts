// Closure diagnostics worded like rustc's.
import type { SpanLabel } from '../diagnostics/diagnostic.ts';
import { span as mkSpan, type Span } from '../diagnostics/span.ts';
import type { HirId } from '../hir/ids.ts';
import { isLocal } from '../ty/def-id.ts';
import type { ClosureKind } from '../ty/closure.ts';
import { tyKind } from '../ty/interner.ts';
import type { ClosureRecord, FnObligation } from './closure-state.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import type { ClosureAnalysis } from './upvar.ts';

/** E0525: a closure passed where a more capable Fn trait is required. */
export function reportClosureKindMismatch(fcx: FnCtxt, o: FnObligation, have: ClosureKind, a: ClosureAnalysis | null): void {
  const want = o.kind;
  const d = fcx.err(`expected a closure that implements the \`${want}\` trait, but this closure only implements \`${have}\``, 'E0525');
  if (a) {
    const e = a.record.expr;
    const k = e.kind;
    const head = k.tag === 'Closure' ? mkSpan(e.span.lo, k.declSpan.hi, e.span.ctxt) : e.span;
    d.primary(head, `this closure implements \`${have}\`, not \`${want}\``);
    if (a.kindSpan && a.kindVar) {
      const name = a.kindVar;
      d.label(a.kindSpan, have === 'FnOnce'
        ? `closure is \`FnOnce\` because it moves the variable \`${name}\` out of its environment`
        : `closure is \`FnMut\` because it mutates the variable \`${name}\` here`);
    }
  } else d.primary(o.span);
  const call = o.pathId !== null ? fcx.callsOfPath.get(o.pathId) ?? null : null;
  if (call) {
    const arg = call.args.find((x) => {
      const t = fcx.results.nodeTypes.get(x.hirId);
      return t !== undefined && tyKind(fcx.resolve(t)).tag === 'Closure' && fcx.resolve(t) === fcx.resolve(o.self);
    });
    if (arg) d.label(arg.span, `the requirement to implement \`${want}\` derives from here`);
    d.label(call.callee, 'required by a bound introduced by this call');
  }
  const built = d.build();
  const children = [...built.children];
  if (o.boundSpan && o.item !== null) {
    const name = fcx.tcx.defName(o.item);
    const spans: SpanLabel[] = [{ span: o.boundSpan, label: `required by this bound in \`${name}\``, primary: true }];
    children.push({ level: 'note', message: `required by a bound in \`${name}\``, spans });
  }
  fcx.dcx.emit({ ...built, children });
}

/**
 * E0594 / E0596: a closure passed for an `F: Fn(..)` bound (so it is a Fn closure) assigns to
 * or mutably borrows a captured variable (borrowck reports these in rustc).
 */
export function reportMutInFn(fcx: FnCtxt, c: ClosureRecord, use: { readonly id: HirId; readonly span: Span; readonly assign: boolean }, name: string): void {
  const d = use.assign
    ? fcx.err(`cannot assign to \`${name}\`, as it is a captured variable in a \`Fn\` closure`, 'E0594').primary(use.span, 'cannot assign')
    : fcx.err(`cannot borrow \`${name}\` as mutable, as it is a captured variable in a \`Fn\` closure`, 'E0596').primary(use.span, 'cannot borrow as mutable');
  const o = c.expectedFrom!;
  const param = paramOfType(fcx, o);
  if (param) d.label(param, 'change this to accept `FnMut` instead of `Fn`');
  const decl = fcx.bindingSpans.get(use.id);
  if (decl) d.label(decl, `\`${name}\` declared here, outside the closure`);
  d.label(fcx.tcx.identSpan(c.def), 'in this closure');
  const call = o.pathId !== null ? fcx.callsOfPath.get(o.pathId) ?? null : null;
  if (call) d.label(call.callee, 'expects `Fn` instead of `FnMut`');
  d.emit();
}

/** The type of the generic item's parameter declared with the bounded type (`f: F`'s `F`). */
function paramOfType(fcx: FnCtxt, o: FnObligation): Span | null {
  if (o.item === null || o.paramTy === null) return null;
  const item = fcx.tcx.hir.items.get(o.item);
  if (!item || item.kind.tag !== 'Fn') return null;
  const i = fcx.tcx.fnSig(o.item).inputs.indexOf(o.paramTy);
  return i < 0 ? null : item.kind.sig.decl.inputs[i]?.span ?? null;
}

/** E0507: a closure passed for an `F: Fn(..)`/`FnMut(..)` bound moves a captured variable out. */
export function reportMoveOutOfCapture(fcx: FnCtxt, c: ClosureRecord, use: { readonly id: HirId; readonly span: Span }, name: string): void {
  const o = c.expectedFrom!;
  const kind = o.kind;
  const article = kind === 'Fn' ? 'a' : 'an';
  const d = fcx.err(`cannot move out of \`${name}\`, a captured variable in ${article} \`${kind}\` closure`, 'E0507').primary(use.span, `\`${name}\` is moved here`);
  const decl = fcx.bindingSpans.get(use.id);
  if (decl) d.label(decl, 'captured outer variable');
  const ty = fcx.resolve(fcx.nodeTy(use.id));
  const init = fcx.localOrigins.get(use.id)?.initSpan ?? null;
  if (init) d.label(init, `move occurs because \`${name}\` has type \`${fcx.tyStr(ty)}\`, which does not implement the \`Copy\` trait`);
  d.label(fcx.tcx.identSpan(c.def), `captured by this \`${kind}\` closure`);
  const built = d.build();
  const children = [...built.children];
  if (o.boundSpan) {
    children.push({
      level: 'help',
      message: '`Fn` and `FnMut` closures require captured values to be able to be consumed multiple times, but `FnOnce` closures may consume them only once',
      spans: [{ span: o.boundSpan, label: null, primary: true }],
    });
  }
  const k = tyKind(ty);
  const clone = fcx.tcx.langItem('clone');
  if (k.tag === 'Adt' && isLocal(k.def) && clone !== null && fcx.tcx.findImpl(clone, ty) === null) {
    const adt = fcx.tcx.adtDef(k.def).name;
    const spans: SpanLabel[] = [
      { span: fcx.tcx.defSpan(k.def), label: 'consider implementing `Clone` for this type', primary: true },
      { span: use.span, label: 'you could clone this value', primary: false },
    ];
    children.push({ level: 'note', message: `if \`${adt}\` implemented \`Clone\`, you could clone the value`, spans });
  }
  fcx.dcx.emit({ ...built, children });
}
