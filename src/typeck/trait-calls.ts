import { mkTy, tyKind } from '../ty/interner.ts';
import type { FnCtxt, PendingTraitCall } from './fn-ctxt.ts';
import { reportTryError } from './try-errors.ts';
import type { SubDiagnostic } from '../diagnostics/diagnostic.ts';
import type { Span } from '../diagnostics/span.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';
import type { Ty } from '../ty/ty.ts';
import { predicatesOf } from './predicates.ts';
import { substArgsOf } from './subst.ts';

/**
 * Resolves `Trait::method` / `<T as Trait>::method` paths to the impl's method once `Self`
 * is known (rustc selects the impl through trait obligations; with no generics yet, an
 * exact match of the impl's self type is enough). `final`: report what stays unresolved.
 */
export function resolveTraitCalls(fcx: FnCtxt, final: boolean): void {
  const pending = fcx.pendingTraitCalls.splice(0);
  for (const p of pending) {
    if (!resolveOne(fcx, p, final)) fcx.pendingTraitCalls.push(p);
  }
}

function resolveOne(fcx: FnCtxt, p: PendingTraitCall, final: boolean): boolean {
  const tcx = fcx.tcx;
  const self = fcx.resolve(p.selfTy);
  if (fcx.isError(self)) return true;
  const k = tyKind(self);
  if (k.tag === 'Infer') {
    if (!final) return false;
    // After an error the unknown type is most likely a consequence of it (rustc's tainting).
    if (fcx.hasNewErrors) return true;
    fcx.err('type annotations needed', 'E0282').primary(p.span, 'cannot infer type').emit();
    return true;
  }
  // Parameters and rigid projections keep the trait's method (resolved after monomorphization).
  if (k.tag === 'Param' || k.tag === 'Alias') return true;
  const traitCount = tcx.genericsOf(p.trait).count;
  const traitArgs = p.args.slice(1, traitCount).map((a) => (a.tag === 'Type' ? { tag: 'Type' as const, ty: fcx.resolve(a.ty) } : a));
  // Before the end of the body, wait while inference could still pick another impl.
  const sel = final ? tcx.selectImpl(p.trait, self, traitArgs) : tcx.selectImplUnique(p.trait, self, traitArgs);
  if (sel === 'ambiguous') return false;
  if (sel === null) {
    // Reported at the end of the body, after cast errors, as rustc's fulfillment does.
    if (!final) return false;
    const qmark = tcx.hir.tryDesugars?.get(p.pathId);
    if (qmark) {
      reportTryError(fcx, qmark, self, traitArgs);
      return true;
    }
    if (reportThroughBlanketImpl(fcx, p.trait, self, p.span)) return true;
    const traitName = tcx.defName(p.trait);
    fcx
      .err(`the trait bound \`${fcx.tyStr(self)}: ${traitName}\` is not satisfied`, 'E0277')
      .primary(p.span, `the trait \`${traitName}\` is not implemented for \`${fcx.tyStr(self)}\``)
      .emit();
    return true;
  }
  // The impl fixes what the call left open: `W::from(3)` with `impl From<u8> for W` makes
  // the literal a `u8` (before it would fall back to `i32`).
  const implTraitArgs = substArgsOf(tcx.implTraitRef(sel.impl)?.args ?? [], sel.args).slice(1);
  implTraitArgs.forEach((a, i) => {
    const w = p.args[i + 1];
    if (a.tag === 'Type' && w?.tag === 'Type') fcx.infcx.unify(a.ty, w.ty);
  });
  const item = tcx.assocItemNamed(sel.impl, tcx.defName(p.method));
  // The impl's method takes the impl's args then its own; a provided method keeps the trait's.
  const own = p.args.slice(traitCount);
  const tdd = item !== null ? { def: item, args: [...sel.args, ...own] } : { def: p.method, args: [{ tag: 'Type' as const, ty: self }, ...p.args.slice(1)] };
  fcx.results.typeDependentDefs.set(p.pathId, tdd);
  fcx.writeTy(p.pathId, mkTy({ tag: 'FnDef', def: tdd.def, args: tdd.args }));
  return true;
}

/**
 * Like rustc, reports the leaf obligation when the trait's only impl is a blanket one
 * (`impl<I: Iterator> IntoIterator for I`): "`Counter` is not an iterator" (the bound's
 * on_unimplemented wording), with "required for `Counter` to implement `IntoIterator`".
 */
function reportThroughBlanketImpl(fcx: FnCtxt, trait: DefId, self: Ty, span: Span): boolean {
  const tcx = fcx.tcx;
  const impls = tcx.traitImpls(trait).filter((i) => tyKind(tcx.typeOf(i)).tag === 'Param' && tcx.genericsOf(i).count === 1);
  if (impls.length !== 1) return false;
  const bound = predicatesOf(tcx, impls[0]!).find((q) => tyKind(q.self).tag === 'Param');
  if (!bound) return false;
  const ts = fcx.tyStr(self);
  const leaf = tcx.defName(bound.trait);
  const ou = tcx.onUnimplemented(bound.trait);
  const fill = (t: string): string => t.replace(/\{Self\}/g, ts);
  const d = fcx.err(ou?.message ? fill(ou.message) : `the trait bound \`${ts}: ${leaf}\` is not satisfied`, 'E0277');
  d.primary(span, ou?.label ? fill(ou.label) : `the trait \`${leaf}\` is not implemented for \`${ts}\``);
  const built = d.build();
  const k = tyKind(self);
  const adtSpan = k.tag === 'Adt' && isLocal(k.def) ? tcx.defSpan(k.def) : null;
  const children: SubDiagnostic[] = [
    ...built.children,
    { level: 'help', message: `the trait \`${leaf}\` is not implemented for \`${ts}\``, spans: adtSpan ? [{ span: adtSpan, label: null, primary: true }] : [] },
    { level: 'note', message: `required for \`${ts}\` to implement \`${tcx.defName(trait)}\``, spans: [] },
  ];
  fcx.dcx.emit({ ...built, children });
  return true;
}
