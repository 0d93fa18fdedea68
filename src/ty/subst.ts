import { mkTy, tyKind } from './interner.ts';
import { mapArgs } from './consts.ts';
import type { ConstArg, FnSig, GenericArg, GenericArgs, Ty } from './ty.ts';

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
    case 'Array': return mkTy({ ...k, elem: substTy(k.elem, args), len: substConst(k.len, args) });
    case 'Slice': return mkTy({ ...k, elem: substTy(k.elem, args) });
    case 'Ref': case 'RawPtr': return mkTy({ ...k, pointee: substTy(k.pointee, args) });
    case 'FnPtr': return mkTy({ tag: 'FnPtr', sig: substSig(k.sig, args) });
    case 'Dynamic': {
      return mkTy({
        ...k,
        principal: k.principal ? { def: k.principal.def, args: substArgs(k.principal.args, args) } : null,
        ...(k.projections ? { projections: k.projections.map((p) => ({ item: p.item, term: substTy(p.term, args) })) } : {}),
      });
    }
    case 'Adt': case 'FnDef': case 'Alias': case 'Closure':
      return mkTy({ ...k, args: substArgs(k.args, args) });
    default: return ty;
  }
}

/** Replaces a const parameter with its argument (a parameter without one is left as is). */
export function substConst(c: ConstArg, args: GenericArgs): ConstArg {
  if (c.tag !== 'Param') return c;
  const a: GenericArg | undefined = args[c.index];
  return a && a.tag === 'Const' ? a.value : c;
}

export function substArg(a: GenericArg, args: GenericArgs): GenericArg {
  switch (a.tag) {
    case 'Type': return { tag: 'Type', ty: substTy(a.ty, args) };
    case 'Const': return { tag: 'Const', value: substConst(a.value, args) };
    case 'Lifetime': return a;
  }
}

/** `list` with `args` substituted into each type and const. */
export function substArgs(list: GenericArgs, args: GenericArgs): GenericArgs {
  if (args.length === 0) return list;
  return mapArgs(list, (t) => substTy(t, args), (c) => substConst(c, args));
}

export function substSig(sig: FnSig, args: GenericArgs): FnSig {
  if (args.length === 0) return sig;
  return { ...sig, inputs: sig.inputs.map((t) => substTy(t, args)), output: substTy(sig.output, args) };
}
