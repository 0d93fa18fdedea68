import type { HirId } from '../hir/ids.ts';
import { tyKind } from '../ty/interner.ts';
import type { FnSig, GenericArgs, Ty } from '../ty/ty.ts';
import type { DefId } from '../ty/def-id.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { instSig } from './subst.ts';
import { traitRefsBoundFor } from './predicates.ts';
import { substArgsOf } from './subst.ts';
import { registerPredicates } from './instantiate.ts';

/** Lang item and method of each overloadable binary operator (rustc's `lang_item_for_op`). */
export const BINOP_METHODS: Record<string, { lang: string; method: string; byRef: boolean }> = {
  '+': { lang: 'add', method: 'add', byRef: false },
  '-': { lang: 'sub', method: 'sub', byRef: false },
  '*': { lang: 'mul', method: 'mul', byRef: false },
  '/': { lang: 'div', method: 'div', byRef: false },
  '%': { lang: 'rem', method: 'rem', byRef: false },
  '^': { lang: 'bitxor', method: 'bitxor', byRef: false },
  '&': { lang: 'bitand', method: 'bitand', byRef: false },
  '|': { lang: 'bitor', method: 'bitor', byRef: false },
  '<<': { lang: 'shl', method: 'shl', byRef: false },
  '>>': { lang: 'shr', method: 'shr', byRef: false },
  '==': { lang: 'eq', method: 'eq', byRef: true },
  '!=': { lang: 'eq', method: 'ne', byRef: true },
  '<': { lang: 'partial_ord', method: 'lt', byRef: true },
  '<=': { lang: 'partial_ord', method: 'le', byRef: true },
  '>': { lang: 'partial_ord', method: 'gt', byRef: true },
  '>=': { lang: 'partial_ord', method: 'ge', byRef: true },
};

export interface OpMethod {
  readonly def: DefId;
  readonly args: GenericArgs;
  readonly sig: FnSig;
}

/** The method implementing operator trait `lang` for `self` (an impl's item or the trait default). */
export function lookupOpMethod(fcx: FnCtxt, lang: string, method: string, self: Ty, rhs?: Ty): OpMethod | null {
  const tcx = fcx.tcx;
  const trait = tcx.langItem(lang);
  if (trait === null) return null;
  const t = fcx.resolve(self);
  if (tyKind(t).tag === 'Infer') return null;
  if (tyKind(t).tag === 'Param' || tyKind(t).tag === 'Alias') {
    // Through a `T: Trait<Rhs>` bound: the trait's method, resolved to the impl after monomorphization.
    const refs = traitRefsBoundFor(tcx, fcx.owner, t).filter((r) => r.trait === trait);
    const r = refs.find((x) => rhs === undefined || x.args.length < 2 || fcx.infcx.probe(() => fcx.infcx.unify((x.args[1] as { ty: Ty }).ty, rhs))) ?? refs[0];
    const m = r ? tcx.assocItemNamed(trait, method) : null;
    if (m === null || !r) return null;
    return { def: m, args: r.args, sig: instSig(tcx, m, r.args) };
  }
  const sel = tcx.selectImpl(trait, t, rhs !== undefined ? [{ tag: 'Type', ty: fcx.resolve(rhs) }] : undefined);
  if (sel === null) return null;
  // The impl's where clauses guide inference as rustc's nested obligations do: `map[&1]` on a
  // `HashMap<u32, _>` needs `u32: Borrow<?int>`, which makes the literal a `u32`.
  registerPredicates(fcx, sel.impl, sel.args, tcx.defSpan(fcx.owner), null, true);
  const item = tcx.assocItemNamed(sel.impl, method);
  if (item !== null) return { def: item, args: sel.args, sig: instSig(tcx, item, sel.args) };
  const provided = tcx.assocItemNamed(trait, method);
  if (provided === null || !tcx.hasBody(provided)) return null;
  const args: GenericArgs = substArgsOf(tcx.implTraitRef(sel.impl)?.args ?? [{ tag: 'Type', ty: t }], sel.args);
  return { def: provided, args, sig: instSig(tcx, provided, args) };
}

export function recordOp(fcx: FnCtxt, id: HirId, m: OpMethod): void {
  fcx.results.typeDependentDefs.set(id, { def: m.def, args: m.args });
}

/** `&T` -> `T` (operator methods taking references: `eq(&self, other: &Rhs)`). */
export function derefOnce(t: Ty): Ty {
  const k = tyKind(t);
  return k.tag === 'Ref' ? k.pointee : t;
}
