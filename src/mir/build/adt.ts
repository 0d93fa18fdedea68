import type { DefId } from '../../ty/def-id.ts';
import { substTy } from '../../ty/subst.ts';
import type { GenericArgs, Ty } from '../../ty/ty.ts';
import type { MirBuildCx } from './cx.ts';

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
