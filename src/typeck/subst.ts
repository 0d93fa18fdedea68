import type { TcxImpl } from '../middle/tcx.ts';
import type { DefId } from '../ty/def-id.ts';
import { mkTy, tyKind } from '../ty/interner.ts';
import type { FnSig, GenericArgs, Ty } from '../ty/ty.ts';

/** Replaces `Param(i)` with `args[i]` (only `Self` of trait items exists for now). */
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
    case 'Adt': case 'FnDef':
      return mkTy({ ...k, args: k.args.map((a) => (a.tag === 'Type' ? { tag: 'Type' as const, ty: substTy(a.ty, args) } : a)) });
    default: return ty;
  }
}

export function substSig(sig: FnSig, args: GenericArgs): FnSig {
  if (args.length === 0) return sig;
  return { ...sig, inputs: sig.inputs.map((t) => substTy(t, args)), output: substTy(sig.output, args) };
}

/** The signature of fn item `def` instantiated with `args`. */
export function instSig(tcx: TcxImpl, def: DefId, args: GenericArgs): FnSig {
  return substSig(tcx.fnSig(def), args);
}
