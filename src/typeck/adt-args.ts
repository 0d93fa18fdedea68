// Generic ADTs in bodies: an ADT named without arguments gets fresh inference variables,
// and field types are the declared ones with the instance's arguments substituted.
import type { DefId } from '../ty/def-id.ts';
import { mkAdt, tyKind } from '../ty/interner.ts';
import type { GenericArgs, Ty } from '../ty/ty.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { substTy } from './subst.ts';
import { allParams } from '../middle/generics.ts';
import { freshArg } from './instantiate.ts';
import type { QPath } from '../hir/path.ts';
import { adtArgs } from './astconv.ts';
import { slotArgs } from './generic-args.ts';

export function freshArgs(fcx: FnCtxt, def: DefId): GenericArgs {
  return allParams(fcx.tcx, def).map((p) => freshArg(fcx, p));
}

/**
 * The ADT a struct/variant path in a pattern or expression names: with the arguments
 * written on its segment (`Foo::<3>::Bar(x)`, `Wrapper::<u8> { .. }`), else fresh variables.
 */
export function pathAdt(fcx: FnCtxt, adt: DefId, q: QPath): Ty {
  const segs = q.tag === 'Resolved' ? q.path.segments : [];
  for (let i = segs.length - 1; i >= 0 && i >= segs.length - 2; i--) {
    const seg = segs[i]!;
    if (seg.args && slotArgs(seg.args).length > 0) return mkAdt(adt, adtArgs(fcx, adt, seg, seg.ident.span));
  }
  return freshAdt(fcx, adt);
}

/** `adt` with fresh inference variables for its parameters. */
export function freshAdt(fcx: FnCtxt, adt: DefId): Ty {
  return mkAdt(adt, freshArgs(fcx, adt));
}

/** A declared field type seen through the ADT instance `adtTy`. */
export function fieldTyIn(fcx: FnCtxt, adtTy: Ty, declared: Ty): Ty {
  const k = tyKind(fcx.resolve(adtTy));
  return k.tag === 'Adt' ? substTy(declared, k.args) : declared;
}
