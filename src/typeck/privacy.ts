import type { FieldDef } from '../ty/adt.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';
import type { FnCtxt } from './fn-ctxt.ts';

/** The module a body is written in (the nearest enclosing `mod`). */
export function bodyModule(fcx: FnCtxt): DefId {
  let d: DefId | null = fcx.owner;
  while (d !== null) {
    if (fcx.tcx.defKind(d) === 'Mod') return d;
    d = fcx.tcx.parent(d);
  }
  return fcx.tcx.hir.root;
}

/** Whether a field can be named from the body being checked. */
export function fieldAccessible(fcx: FnCtxt, f: FieldDef): boolean {
  if (f.isPub) return true;
  if (!isLocal(f.def)) return false;
  const vis = fcx.tcx.visibility(f.def);
  if (vis.tag === 'Public') return true;
  let d: DefId | null = bodyModule(fcx);
  while (d !== null) {
    if (d === vis.module) return true;
    d = fcx.tcx.parent(d);
  }
  return false;
}
