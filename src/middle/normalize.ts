// Normalizing projections (rustc's `normalize`): `<S as Iterator>::Item` becomes the type the
// selected impl gives `Item` (or the trait's default). With an `owner`, the owner's
// `T: Trait<Item = X>` bounds answer for parameters first. A projection nothing can answer
// stays as it is: a rigid type (`T::Item` inside a generic fn) or one whose self type is
// not inferred yet.
import type { DefId } from '../ty/def-id.ts';
import { mkTy, tyKind, tys } from '../ty/interner.ts';
import { substTy } from '../ty/subst.ts';
import type { GenericArg, GenericArgs, Ty } from '../ty/ty.ts';
import { boundsOwner, itemBounds, projectionPredicatesOf, traitRefsBoundFor } from '../typeck/predicates.ts';
import type { TcxImpl } from './tcx.ts';
import { fnOnceOutput } from './fn-instance.ts';
import { revealOpaque } from '../typeck/opaque.ts';

/** One projection `<args[0] as Trait>::item`, or null when it cannot be normalized yet. */
export function normalizeAlias(tcx: TcxImpl, item: DefId, args: GenericArgs, owner: DefId | null): Ty | null {
  // A returned `impl Trait`: its hidden type (from the defining fn's typeck).
  if (tcx.defKind(item) === 'OpaqueTy') return revealOpaque(tcx, item, args);
  const self = args[0];
  if (!self || self.tag !== 'Type') return null;
  if (owner !== null) {
    const o = boundsOwner(tcx, owner);
    if (o !== null) {
      for (const p of projectionPredicatesOf(tcx, o)) if (p.item === item && sameArgs(p.args, args)) return p.term;
    }
  }
  const selfKind = tyKind(self.ty);
  // `<dyn Iterator<Item = u32> as Iterator>::Item` is the object type's binding.
  if (selfKind.tag === 'Dynamic') {
    const p = selfKind.projections?.find((q) => q.item === item);
    if (p) return p.term;
  }
  // `<F as FnOnce<A>>::Output` of closures, fn items and fn pointers: their return type.
  const callOutput = fnOnceOutput(tcx, item, self.ty, args);
  if (callOutput !== null) return callOutput;
  // `<<I as IntoIterator>::IntoIter as Iterator>::Item` from `type IntoIter: Iterator<Item = Self::Item>`.
  for (const p of itemBounds(tcx, self.ty).projections) if (p.item === item && sameArgs(p.args, args)) return p.term;
  const sk = selfKind.tag;
  if (sk === 'Error') return tys.error;
  if (sk === 'Infer') return null;
  // A where clause `T: Trait` in scope makes `<T as Trait>::X` rigid (rustc prefers it to impls).
  if ((sk === 'Param' || sk === 'Alias') && owner !== null && traitRefsBoundFor(tcx, owner, self.ty).some((r) => r.trait === tcx.parent(item))) return null;
  const trait = tcx.parent(item);
  if (trait === null) return null;
  const sel = tcx.selectImpl(trait, self.ty, args.slice(1), owner);
  if (sel === null) return null;
  const own = tcx.assocItemNamed(sel.impl, tcx.defName(item));
  if (own !== null && tcx.defKind(own) === 'AssocTy') return substTy(tcx.typeOf(own), sel.args);
  const dflt = tcx.typeOf(item);
  return dflt === tys.error ? null : substTy(dflt, args);
}

/** Normalizes every projection inside `ty` that can be (repeatedly: an impl's type may be one). */
export function normalizeTy(tcx: TcxImpl, ty: Ty, owner: DefId | null, depth = 0): Ty {
  if (depth > 32) return ty;
  const k = tyKind(ty);
  const n = (t: Ty): Ty => normalizeTy(tcx, t, owner, depth);
  const nArgs = (a: GenericArgs): GenericArgs => {
    let changed = false;
    const out = a.map((x): GenericArg => {
      if (x.tag !== 'Type') return x;
      const y = n(x.ty);
      if (y !== x.ty) changed = true;
      return y === x.ty ? x : { tag: 'Type', ty: y };
    });
    return changed ? out : a;
  };
  switch (k.tag) {
    case 'Alias': {
      const args = nArgs(k.args);
      const r = normalizeAlias(tcx, k.def, args, owner);
      if (r === null) return args === k.args ? ty : mkTy({ tag: 'Alias', def: k.def, args });
      return normalizeTy(tcx, r, owner, depth + 1);
    }
    case 'Tuple': {
      const elems = k.elems.map(n);
      return elems.every((e, i) => e === k.elems[i]) ? ty : mkTy({ tag: 'Tuple', elems });
    }
    case 'Array': case 'Slice': {
      const e = n(k.elem);
      return e === k.elem ? ty : mkTy({ ...k, elem: e });
    }
    case 'Ref': case 'RawPtr': {
      const p = n(k.pointee);
      return p === k.pointee ? ty : mkTy({ ...k, pointee: p });
    }
    case 'Adt': case 'FnDef': case 'Closure': {
      const args = nArgs(k.args);
      return args === k.args ? ty : mkTy({ ...k, args });
    }
    case 'FnPtr': {
      const inputs = k.sig.inputs.map(n);
      const output = n(k.sig.output);
      return output === k.sig.output && inputs.every((t, i) => t === k.sig.inputs[i]) ? ty : mkTy({ tag: 'FnPtr', sig: { ...k.sig, inputs, output } });
    }
    default: return ty;
  }
}

function sameArgs(a: GenericArgs, b: GenericArgs): boolean {
  return a.length === b.length && a.every((x, i) => {
    const y = b[i]!;
    return x.tag === 'Type' && y.tag === 'Type' ? x.ty === y.ty : x.tag === y.tag;
  });
}
