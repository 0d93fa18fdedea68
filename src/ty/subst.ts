import { mkTy, tyKind } from './interner.ts';
import type { FnSig, GenericArgs, Ty } from './ty.ts';

// Substitution during type checking and MIR building, where `args` may cover only some of
// the parameters (a trait item's `Self`): parameters without an argument stay `Param`.
// Monomorphization substitutes completely and strictly instead (src/mono/subst.ts).

/** Replaces `Param(i)` with `args[i]`; a parameter without an argument is left as is. */
export function substTy(ty: Ty, args: GenericArgs): Ty {
  if (args.length === 0) return ty;
  const k = tyKind(ty);
  switch (k.tag) {
    case 'Param': {
      const a = args[k.index];
      return a && a.tag === 'Type' ? a.ty : ty;
    }
    case 'Tuple': return mkTy({ tag: 'Tuple', elems: k.elems.map((e) => substTy(e, args)) });
    case 'Array': return mkTy({ ...k, elem: substTy(k.elem, args) });
    case 'Slice': return mkTy({ ...k, elem: substTy(k.elem, args) });
    case 'Ref': case 'RawPtr': return mkTy({ ...k, pointee: substTy(k.pointee, args) });
    case 'FnPtr': return mkTy({ tag: 'FnPtr', sig: substSig(k.sig, args) });
    case 'Dynamic': {
      const sub = (a: GenericArgs): GenericArgs => a.map((x) => (x.tag === 'Type' ? { tag: 'Type' as const, ty: substTy(x.ty, args) } : x));
      return mkTy({
        ...k,
        principal: k.principal ? { def: k.principal.def, args: sub(k.principal.args) } : null,
        ...(k.projections ? { projections: k.projections.map((p) => ({ item: p.item, term: substTy(p.term, args) })) } : {}),
      });
    }
    case 'Adt': case 'FnDef': case 'Alias': case 'Closure':
      return mkTy({ ...k, args: k.args.map((a) => (a.tag === 'Type' ? { tag: 'Type' as const, ty: substTy(a.ty, args) } : a)) });
    default: return ty;
  }
}

export function substSig(sig: FnSig, args: GenericArgs): FnSig {
  if (args.length === 0) return sig;
  return { ...sig, inputs: sig.inputs.map((t) => substTy(t, args)), output: substTy(sig.output, args) };
}
