import type { Body, Local, Place } from '../mir/mir.ts';
import { projectTy } from '../mir/tys.ts';
import { tyKind } from '../ty/interner.ts';
import type { DefId } from '../ty/def-id.ts';
import type { BorrowckCx } from './cx.ts';

/** Temporaries that hold the address of a static (`_t = const {&S}`), by local. */
export function staticTemps(body: Body): Map<Local, DefId> {
  const m = new Map<Local, DefId>();
  for (const b of body.blocks) {
    for (const s of b.statements) {
      if (s.tag === 'Assign' && s.place.projection.length === 0 && s.rvalue.tag === 'Use' && s.rvalue.operand.tag === 'Constant') {
        const v = s.rvalue.operand.constant.value;
        if (v.tag === 'StaticRef') m.set(s.place.local, v.def);
      }
    }
  }
  return m;
}

/**
 * A place as the user wrote it (`x`, `*x`, `p.x` for `(*p).x`, `a[_]`, `S`), or null for
 * temporaries. `cutAtIndex` stops before the first index (E0381 names the array).
 */
export function describePlace(body: Body, place: Place, cx: BorrowckCx, statics: Map<Local, DefId>, cutAtIndex = false): string | null {
  const decl = body.locals[place.local]!;
  let s: string;
  let ty = decl.ty;
  let i = 0;
  const st = statics.get(place.local);
  if (decl.name !== null) {
    s = decl.name;
  } else if (st !== undefined && place.projection[0]?.tag === 'Deref') {
    s = cx.defName(st);
    ty = projectTy(ty, place.projection[0]);
    i = 1;
  } else {
    return null;
  }
  const proj = place.projection;
  for (; i < proj.length; i++) {
    const e = proj[i]!;
    switch (e.tag) {
      case 'Deref':
        // `(*p).f` reads as `p.f`: a deref right before a field access is implicit.
        if (proj[i + 1]?.tag !== 'Field') s = `*${s}`;
        break;
      case 'Field': {
        const k = tyKind(ty);
        let name = String(e.index);
        if (k.tag === 'Adt') {
          const adt = cx.adtDef(k.def);
          const down = proj[i - 1]?.tag === 'Downcast' ? (proj[i - 1] as { variant: number }).variant : 0;
          name = adt.variants[down]?.fields[e.index]?.name ?? name;
        }
        s = `${s}.${name}`;
        break;
      }
      case 'Index': {
        if (cutAtIndex) return s;
        const n = body.locals[e.local]!.name;
        s = `${s}[${n ?? '_'}]`;
        break;
      }
      case 'ConstantIndex': s = `${s}[${e.offset}]`; break;
      case 'Subslice': s = `${s}[${e.from}..${e.to}]`; break;
      case 'Downcast': break;
    }
    ty = projectTy(ty, e);
  }
  return s;
}
