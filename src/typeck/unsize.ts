// Unsizing to a trait object (`&T` -> `&dyn Trait`): the coercion holds when `T` implements
// the object's traits; those obligations are settled with the body's others and reported as
// rustc does (E0277 with "required for the cast from `&T` to `&dyn Trait`").
import type { SubDiagnostic } from '../diagnostics/diagnostic.ts';
import type { Span } from '../diagnostics/span.ts';
import { isLocal } from '../ty/def-id.ts';
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import type { Obligation } from './instantiate.ts';
import { implHeadSpan } from './param-errors.ts';

/** `src: Trait` for the principal and every auto trait of the trait object type `dyn`. */
export function unsizeObligations(fcx: FnCtxt, src: Ty, dyn: Ty, span: Span, from: Ty, to: Ty): Obligation[] {
  const k = tyKind(dyn);
  if (k.tag !== 'Dynamic') return [];
  const traits = [...(k.principal ? [k.principal.def] : []), ...k.autoTraits];
  return traits.map((trait) => ({ self: src, trait, span, item: trait, paramTy: src, boundSpan: span, pathId: null, unsize: { from, to } }));
}

const reportedIn = new WeakMap<FnCtxt, Set<string>>();

/** E0277 for an unsizing coercion whose source type does not implement the trait (once per type and trait in a body). */
export function reportUnsizeUnsatisfied(fcx: FnCtxt, o: Obligation, self: Ty): void {
  let done = reportedIn.get(fcx);
  if (!done) reportedIn.set(fcx, (done = new Set()));
  const key = `${self}:${o.trait}`;
  if (done.has(key)) return;
  done.add(key);
  const tcx = fcx.tcx;
  const traitName = tcx.defName(o.trait);
  const ts = fcx.tyStr(self);
  const d = fcx.err(`the trait bound \`${ts}: ${traitName}\` is not satisfied`, 'E0277').primary(o.span, 'unsatisfied trait bound');
  const built = d.build();
  const children: SubDiagnostic[] = [...built.children];
  const k = tyKind(self);
  const adtSpan = k.tag === 'Adt' && isLocal(k.def) ? tcx.defSpan(k.def) : null;
  children.push({ level: 'help', message: `the trait \`${traitName}\` is not implemented for \`${ts}\``, spans: adtSpan ? [{ span: adtSpan, label: null, primary: true }] : [] });
  const impls = tcx.traitImpls(o.trait);
  if (impls.length === 1) {
    const i = impls[0]!;
    children.push({
      level: 'help',
      message: `the trait \`${traitName}\` is implemented for \`${tcx.tyString(tcx.typeOf(i))}\``,
      spans: isLocal(i) ? [{ span: implHeadSpan(fcx, i), label: null, primary: true }] : [],
    });
  } else if (impls.length === 0) {
    children.push({ level: 'help', message: 'this trait has no implementations, consider adding one', spans: isLocal(o.trait) ? [{ span: tcx.defSpan(o.trait), label: null, primary: true }] : [] });
  }
  const u = o.unsize!;
  children.push({ level: 'note', message: `required for the cast from \`${fcx.tyStr(u.from)}\` to \`${fcx.tyStr(u.to)}\``, spans: [] });
  fcx.dcx.emit({ ...built, children });
}
