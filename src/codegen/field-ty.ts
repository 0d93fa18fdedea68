// The type of field `i` of a value of type `ty` (of `variant` for enums), with the ADT's
// generic arguments substituted.
import { mkTy, tyKind, tys } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { substTy } from '../mono/subst.ts';
import { closureUpvars } from '../ty/closure.ts';
import { CodegenError, type CodegenCx } from './context.ts';
import { pointerMetadata } from './layout/layout-of.ts';

export function fieldTy(cx: CodegenCx, ty: Ty, variant: number | null, i: number): Ty {
  const k = tyKind(ty);
  switch (k.tag) {
    case 'Tuple': {
      const e = k.elems[i];
      if (e === undefined) break;
      return e;
    }
    case 'Adt': {
      const adt = cx.tcx.adtDef(k.def);
      const v = adt.variants[variant ?? 0];
      const f = v?.fields[i];
      if (!f) break;
      return cx.tcx.normalize(substTy(f.ty, k.args));
    }
    case 'Closure': {
      const u = closureUpvars(k.args)[i];
      if (u === undefined) break;
      return u;
    }
    case 'Array': case 'Slice': return k.elem;
    case 'Str': return tys.u8;
    case 'Ref': case 'RawPtr': {
      const meta = pointerMetadata(k.pointee, cx.lcx);
      if (meta === 'none') break;
      if (i === 0) return mkTy({ tag: 'RawPtr', mutbl: 'mut', pointee: tys.u8 });
      if (i === 1) return meta === 'length' ? tys.usize : mkTy({ tag: 'RawPtr', mutbl: 'not', pointee: tys.u8 });
      break;
    }
    default:
      break;
  }
  throw new CodegenError(`type #${ty} (${k.tag}) has no field ${i}${variant !== null ? ` in variant ${variant}` : ''}`);
}
