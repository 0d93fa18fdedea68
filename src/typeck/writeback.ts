import { mkTy, tyKind, tys } from '../ty/interner.ts';
import type { GenericArgs, Ty } from '../ty/ty.ts';
import { checkDeferredCast } from './check-cast.ts';
import { isClosureParam, settleClosures } from './closure-settle.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { resolveTraitCalls } from './trait-calls.ts';
import { checkObligations, selectProjections } from './instantiate.ts';
import { reportUninferredConsts } from './const-infer-errors.ts';
import { reportAmbiguousBinding } from './param-errors.ts';
import { lintIntLiterals } from './lint-literals.ts';

function hasInfer(t: Ty): boolean {
  const k = tyKind(t);
  switch (k.tag) {
    case 'Infer': return true;
    case 'Tuple': return k.elems.some(hasInfer);
    case 'Array': case 'Slice': return hasInfer(k.elem);
    case 'Ref': case 'RawPtr': return hasInfer(k.pointee);
    case 'FnPtr': return k.sig.inputs.some(hasInfer) || hasInfer(k.sig.output);
    case 'Adt': case 'FnDef': case 'Closure': return k.args.some((a) => a.tag === 'Type' && hasInfer(a.ty));
    default: return false;
  }
}

function eraseInfer(t: Ty): Ty {
  const k = tyKind(t);
  switch (k.tag) {
    case 'Infer': return tys.error;
    case 'Tuple': return mkTy({ tag: 'Tuple', elems: k.elems.map(eraseInfer) });
    case 'Array': return mkTy({ ...k, elem: eraseInfer(k.elem) });
    case 'Slice': return mkTy({ ...k, elem: eraseInfer(k.elem) });
    case 'Ref': case 'RawPtr': return mkTy({ ...k, pointee: eraseInfer(k.pointee) });
    case 'FnPtr': return mkTy({ tag: 'FnPtr', sig: { ...k.sig, inputs: k.sig.inputs.map(eraseInfer), output: eraseInfer(k.sig.output) } });
    case 'Adt': case 'FnDef': case 'Closure': return mkTy({ ...k, args: eraseArgs(k.args) });
    default: return t;
  }
}

function eraseArgs(args: GenericArgs): GenericArgs {
  return args.map((a) => (a.tag === 'Type' ? { tag: 'Type' as const, ty: eraseInfer(a.ty) } : a));
}

/**
 * End of a body (rustc's fallback + writeback): unresolved integer literals become `i32`
 * (floats `f64`), pending trait paths and casts are settled, and every recorded type is
 * replaced by its fully resolved form. Types that stay unknown become errors.
 */
export function writeback(fcx: FnCtxt): void {
  resolveTraitCalls(fcx, false);
  // What the obligations can still infer comes before literals fall back (rustc's select_where_possible).
  selectProjections(fcx);
  for (const { ty, kind } of fcx.infcx.unbound()) {
    if (kind === 'int') fcx.infcx.unify(ty, tys.i32);
    else if (kind === 'float') fcx.infcx.unify(ty, tys.f64);
  }
  settleClosures(fcx);
  checkObligations(fcx, false);
  for (const c of fcx.casts) checkDeferredCast(fcx, c);
  resolveTraitCalls(fcx, true);
  checkObligations(fcx, true);
  reportUninferredConsts(fcx);
  lintIntLiterals(fcx, fcx.intLits, (f) => fcx.tcx.lints.push(f));

  const r = fcx.results;
  let reported = false;
  const fix = (t: Ty, id: number | null): Ty => {
    const x = fcx.resolve(t);
    if (!hasInfer(x)) return x;
    if (!reported && !fcx.hasNewErrors && id !== null && fcx.bindingSpans.has(id)) {
      reported = true;
      const sp = fcx.bindingSpans.get(id)!;
      const origin = fcx.localOrigins.get(id);
      const amb = fcx.ambiguous.find((o) => fcx.resolve(o.self) === x);
      if (amb && origin && origin.tySpan === null) {
        reportAmbiguousBinding(fcx, amb, sp, fcx.tcx.sess.sourceMap.snippet(sp).replace(/^(ref\s+)?(mut\s+)?/, ''));
        return eraseInfer(x);
      }
      const d = fcx.err('type annotations needed', 'E0282').primary(sp);
      if (origin && origin.tySpan === null && tyKind(x).tag === 'Infer') {
        // `let x = ...;` with nothing known about the type: rustc suggests a placeholder annotation.
        const name = fcx.tcx.sess.sourceMap.snippet(sp).replace(/^(ref\s+)?(mut\s+)?/, '');
        const at = { lo: sp.hi, hi: sp.hi, ctxt: sp.ctxt };
        d.help(`consider giving \`${name}\` an explicit type`, undefined, [{ span: at, replacement: ': /* Type */', applicability: 'HasPlaceholders', style: 'verbose' }]);
      } else if (isClosureParam(fcx, id) && tyKind(x).tag === 'Infer') {
        const at = { lo: sp.hi, hi: sp.hi, ctxt: sp.ctxt };
        d.help('consider giving this closure parameter an explicit type', undefined, [{ span: at, replacement: ': /* Type */', applicability: 'HasPlaceholders', style: 'verbose' }]);
      }
      d.emit();
    }
    return eraseInfer(x);
  };
  // Bindings first so that "type annotations needed" points at a variable.
  for (const id of fcx.bindingSpans.keys()) {
    const t = r.nodeTypes.get(id);
    if (t !== undefined) r.nodeTypes.set(id, fix(t, id));
  }
  for (const [id, t] of r.nodeTypes) r.nodeTypes.set(id, fix(t, null));
  for (const [, adj] of r.adjustmentsMap) {
    for (let i = 0; i < adj.length; i++) adj[i] = { kind: adj[i]!.kind, target: fix(adj[i]!.target, null) };
  }
  for (const [, tsAdj] of r.patAdjustmentsMap) for (let i = 0; i < tsAdj.length; i++) tsAdj[i] = fix(tsAdj[i]!, null);
  for (const [id, d] of r.typeDependentDefs) r.typeDependentDefs.set(id, { def: d.def, args: eraseArgs(fcx.infcx.resolveArgs(d.args)) });
  for (const [id, a] of r.nodeArgsMap) r.nodeArgsMap.set(id, eraseArgs(fcx.infcx.resolveArgs(a)));
  if (fcx.hasNewErrors) r.taintedByErrors = true;
}
