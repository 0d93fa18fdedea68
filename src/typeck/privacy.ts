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

/** Whether an associated item (impl method, assoc fn or const) can be named from the body. */
export function itemAccessible(fcx: FnCtxt, def: DefId): boolean {
  const vis = fcx.tcx.visibility(def);
  if (vis.tag === 'Public') return true;
  if (!isLocal(def)) return false;
  let d: DefId | null = bodyModule(fcx);
  while (d !== null) {
    if (d === vis.module) return true;
    d = fcx.tcx.parent(d);
  }
  return false;
}

/** E0624 for a private method or associated function named at `span`. */
export function checkAssocPrivacy(fcx: FnCtxt, def: DefId, span: import('../diagnostics/span.ts').Span): void {
  if (itemAccessible(fcx, def)) return;
  const what = fcx.tcx.implicitSelf(def) !== 'none' ? 'method' : fcx.tcx.defKind(def) === 'AssocConst' ? 'associated constant' : 'associated function';
  const d = fcx.err(`${what} \`${fcx.tcx.defName(def)}\` is private`, 'E0624');
  if (isLocal(def)) d.label(fcx.tcx.defSpan(def), `private ${what} defined here`);
  d.primary(span, `private ${what}`).emit();
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
