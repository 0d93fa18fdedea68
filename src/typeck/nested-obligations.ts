// Confirming a blanket impl that is the only one that may apply (part of rustc's
// fulfillment): `?int: Into<Option<u32>>` can only hold through `impl<T, U: From<T>> Into<U>
// for T`, so its where clause `Option<u32>: From<?int>` must hold too, and that one has a
// single impl fitting an integer (`From<T> for Option<T>`), which makes the literal a `u32`
// before it would fall back to `i32`.
import { tyKind } from '../ty/interner.ts';
import type { GenericArg, Ty } from '../ty/ty.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import type { Obligation } from './instantiate.ts';
import { predicatesOf } from './predicates.ts';
import { substArgsOf, substTy } from './subst.ts';

const elaborated = new WeakSet<Obligation>();

function hasInfer(fcx: FnCtxt, t: Ty): boolean {
  const k = tyKind(fcx.resolve(t));
  switch (k.tag) {
    case 'Infer': return true;
    case 'Tuple': return k.elems.some((e) => hasInfer(fcx, e));
    case 'Array': case 'Slice': return hasInfer(fcx, k.elem);
    case 'Ref': case 'RawPtr': return hasInfer(fcx, k.pointee);
    case 'Adt': case 'Alias': return k.args.some((a) => a.tag === 'Type' && hasInfer(fcx, a.ty));
    default: return false;
  }
}

export function elaborateUniqueBlanket(fcx: FnCtxt, o: Obligation): void {
  if (elaborated.has(o) || !o.args) return;
  // Only a numeric literal's type is decided this way (before it falls back to i32/f64): an
  // unknown type variable could be anything, a known type selects its impl directly.
  const self = fcx.infcx.shallow(o.self);
  const sk = tyKind(self);
  if (sk.tag !== 'Infer' || sk.kind === 'ty') return;
  const tcx = fcx.tcx;
  const traitArgs = fcx.infcx.resolveArgs(o.args.slice(1));
  if (traitArgs.some((a) => a.tag === 'Type' && hasInfer(fcx, a.ty))) return;
  const impls = tcx.mayApplyImpls(o.trait, self, traitArgs);
  if (impls.length !== 1) return;
  const impl = impls[0]!;
  if (tyKind(tcx.typeOf(impl)).tag !== 'Param') return;
  const g = tcx.genericsOf(impl);
  if (g.own.some((p) => p.kind !== 'type')) return;
  const args: GenericArg[] = [];
  for (let i = 0; i < g.count; i++) args.push({ tag: 'Type', ty: fcx.infcx.newVar() });
  const implTraitArgs = substArgsOf(tcx.implTraitRef(impl)?.args ?? [], args).slice(1);
  const snap = fcx.infcx.snapshot();
  const ok = fcx.infcx.unify(substTy(tcx.typeOf(impl), args), self)
    && implTraitArgs.every((a, i) => {
      const w = traitArgs[i];
      return a.tag !== 'Type' || !w || w.tag !== 'Type' || fcx.infcx.unify(a.ty, w.ty);
    });
  if (!ok) {
    fcx.infcx.rollback(snap);
    return;
  }
  elaborated.add(o);
  for (const p of predicatesOf(tcx, impl)) {
    fcx.obligations.push({ ...o, self: substTy(p.self, args), trait: p.trait, args: substArgsOf(p.args, args), inferOnly: true });
  }
}
