import type { DefId } from '../../ty/def-id.ts';
import { mkTy, tyKind } from '../../ty/interner.ts';
import type { GenericArgs, Ty } from '../../ty/ty.ts';
import type { MirBuildCx } from './cx.ts';

/** Replaces the item's type parameters in `ty` by `args` (only `Param` leaves for now). */
export function substTy(ty: Ty, args: GenericArgs): Ty {
  if (args.length === 0) return ty;
  const k = tyKind(ty);
  switch (k.tag) {
    case 'Param': {
      const a = args[k.index];
      return a && a.tag === 'Type' ? a.ty : ty;
    }
    case 'Tuple': return mkTy({ tag: 'Tuple', elems: k.elems.map((e) => substTy(e, args)) });
    case 'Array': return mkTy({ tag: 'Array', elem: substTy(k.elem, args), len: k.len });
    case 'Slice': return mkTy({ tag: 'Slice', elem: substTy(k.elem, args) });
    case 'Ref': return mkTy({ tag: 'Ref', mutbl: k.mutbl, pointee: substTy(k.pointee, args) });
    case 'RawPtr': return mkTy({ tag: 'RawPtr', mutbl: k.mutbl, pointee: substTy(k.pointee, args) });
    case 'Adt': return mkTy({ tag: 'Adt', def: k.def, args: k.args.map((a) => (a.tag === 'Type' ? { tag: 'Type', ty: substTy(a.ty, args) } : a)) });
    default: return ty;
  }
}

/** Field types of one variant of an ADT instance. */
export function adtFieldTys(cx: Pick<MirBuildCx, 'adtDef'>, def: DefId, args: GenericArgs, variant: number): Ty[] {
  const v = cx.adtDef(def).variants[variant];
  if (!v) throw new Error(`MIR build: ADT has no variant ${variant}`);
  return v.fields.map((f) => substTy(f.ty, args));
}

/** Variant index of a variant (or its constructor) DefId; 0 for structs and unions. */
export function variantIndex(cx: Pick<MirBuildCx, 'adtDef' | 'parent' | 'defKind'>, adt: DefId, def: DefId): number {
  const a = cx.adtDef(adt);
  if (a.kind !== 'enum') return 0;
  let d: DefId | null = def;
  if (cx.defKind(def) === 'Ctor') d = cx.parent(def);
  const i = a.variants.findIndex((v) => v.def === d);
  if (i < 0) throw new Error(`MIR build: variant not found in its enum`);
  return i;
}
