// Confirming a method pick that is a trait's own method (rustc's trait candidate): the
// receiver must implement the trait with the arguments inference finds, as an obligation
// settled with the others (`"x".into()` picks `Into::into`; `&str: Into<String>` is proven
// once the expected type says `String`). Codegen resolves the impl after monomorphization.
import type { Span } from '../diagnostics/span.ts';
import type { GenericArgs } from '../ty/ty.ts';
import type { AssocCandidate } from './assoc-lookup.ts';
import { SELF_PARAM } from './astconv.ts';
import type { FnCtxt } from './fn-ctxt.ts';

export function registerTraitPickObligation(fcx: FnCtxt, cand: AssocCandidate, methodArgs: GenericArgs, span: Span): void {
  const trait = cand.fromTrait;
  const self = methodArgs[0];
  if (trait === null || !self || self.tag !== 'Type') return;
  const traitArgs = methodArgs.slice(0, fcx.tcx.genericsOf(trait).count);
  fcx.obligations.push({ self: self.ty, trait, span, item: cand.def, paramTy: SELF_PARAM, boundSpan: span, pathId: null, args: traitArgs });
}
