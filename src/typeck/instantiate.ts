// Instantiating a generic item at a use: fresh inference variables (or the turbofish's types)
// for its parameters, and obligations for its bounds, checked at the end of the body.
import type { Span } from '../diagnostics/span.ts';
import type { PathSegment } from '../hir/path.ts';
import type { DefId } from '../ty/def-id.ts';
import { tyKind } from '../ty/interner.ts';
import type { GenericArg, GenericArgs, Ty } from '../ty/ty.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { boundInScope, predicatesOf } from './predicates.ts';
import { substTy } from './subst.ts';

/** `self: trait` must hold once inference is done (from instantiating `item`). */
export interface Obligation {
  readonly self: Ty;
  readonly trait: DefId;
  readonly span: Span;
  readonly item: DefId;
}

/** Generic args for a use of `def`: `parent` args (already known) then its own, from `seg`'s turbofish or fresh. */
export function instantiate(fcx: FnCtxt, def: DefId, parent: GenericArgs | null, seg: PathSegment | null, span: Span): GenericArgs {
  const tcx = fcx.tcx;
  const g = tcx.genericsOf(def);
  if (g.count === 0) return [];
  const args: GenericArg[] = [];
  for (let i = 0; i < g.parentCount; i++) args.push(parent?.[i] ?? { tag: 'Type', ty: fcx.infcx.newVar() });
  const explicit = seg?.args ? seg.args.args.filter((a) => a.tag === 'Type') : [];
  if (explicit.length > 0 && explicit.length !== g.own.length) {
    reportArgCount(fcx, def, seg!, g.own.map((o) => o.name), explicit.length);
  }
  g.own.forEach((_, i) => {
    const e = explicit.length === g.own.length ? explicit[i] : undefined;
    args.push({ tag: 'Type', ty: e && e.tag === 'Type' ? fcx.astConv(e.ty) : fcx.infcx.newVar() });
  });
  for (const p of predicatesOf(tcx, def)) {
    fcx.obligations.push({ self: substTy(p.self, args), trait: p.trait, span, item: def });
  }
  return args;
}

function plural(n: number, w: string): string {
  return `${n} ${w}${n === 1 ? '' : 's'}`;
}

/** E0107 worded like rustc. */
function reportArgCount(fcx: FnCtxt, def: DefId, seg: PathSegment, names: readonly string[], given: number): void {
  const tcx = fcx.tcx;
  const want = names.length;
  const kind = tcx.defKind(def) === 'AssocFn' ? 'method' : 'function';
  const d = fcx.err(`${kind} takes ${plural(want, 'generic argument')} but ${plural(given, 'generic argument')} ${given === 1 ? 'was' : 'were'} supplied`, 'E0107');
  d.primary(seg.ident.span, `expected ${plural(want, 'generic argument')}`);
  const params = names.map((n) => `\`${n}\``).join(', ');
  d.note(`${kind} defined here, with ${plural(want, 'generic parameter')}: ${params}`, tcx.identSpan(def));
  d.emit();
}

/**
 * Settles the obligations (rustc's fulfillment, for trait bounds on parameters): a concrete
 * type needs an impl, a parameter needs a bound in scope. `final`: report what cannot hold.
 */
export function checkObligations(fcx: FnCtxt, final: boolean): void {
  const tcx = fcx.tcx;
  const pending = fcx.obligations.splice(0);
  for (const o of pending) {
    const self = fcx.resolve(o.self);
    if (fcx.isError(self)) continue;
    const k = tyKind(self);
    if (k.tag === 'Infer') {
      if (!final) fcx.obligations.push(o);
      // Unknown types are reported by writeback's "type annotations needed".
      continue;
    }
    const holds = k.tag === 'Param' ? boundInScope(tcx, fcx.owner, self, o.trait) : tcx.findImpl(o.trait, self) !== null;
    if (holds) continue;
    if (!final) {
      fcx.obligations.push(o);
      continue;
    }
    const traitName = tcx.defName(o.trait);
    const ts = fcx.tyStr(self);
    const d = fcx.err(`the trait bound \`${ts}: ${traitName}\` is not satisfied`, 'E0277');
    d.primary(o.span, `the trait \`${traitName}\` is not implemented for \`${ts}\``);
    d.note(`required by a bound in \`${tcx.defName(o.item)}\``, tcx.identSpan(o.item));
    d.emit();
  }
}
