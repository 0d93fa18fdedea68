import type { Span } from '../diagnostics/span.ts';
import type { VariantData } from '../hir/item.ts';
import type { HirTy } from '../hir/types.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';

function datasOf(tcx: TcxImpl, adt: DefId): readonly VariantData[] {
  const item = tcx.hir.items.get(adt);
  if (!item) return [];
  const k = item.kind;
  if (k.tag === 'Struct' || k.tag === 'Union') return [k.data];
  if (k.tag === 'Enum') return k.variants.map((v) => v.data);
  return [];
}

/** Local ADTs directly contained by value in `adt`, with where each is named. */
function edges(tcx: TcxImpl, adt: DefId): { to: DefId; at: HirTy }[] {
  const out: { to: DefId; at: HirTy }[] = [];
  for (const data of datasOf(tcx, adt)) {
    for (const f of data.fields) {
      const visit = (t: HirTy): void => {
        const k = t.kind;
        if (k.tag === 'Path' && k.qpath.tag === 'Resolved') {
          const r = k.qpath.path.res;
          if (r.tag === 'Def' && (r.kind === 'Struct' || r.kind === 'Enum' || r.kind === 'Union') && isLocal(r.def)) out.push({ to: r.def, at: t });
        } else if (k.tag === 'Tup') k.elems.forEach(visit);
        else if (k.tag === 'Array') visit(k.elem);
      };
      visit(f.ty);
    }
  }
  return out;
}

/**
 * E0072: a struct or enum that contains itself by value (directly or through other ADTs)
 * would have infinite size; found before layout computation could loop on it.
 */
export function checkRepresentability(tcx: TcxImpl): void {
  const reported = new Set<DefId>();
  for (const item of tcx.hir.items.values()) {
    const k = item.kind.tag;
    if ((k !== 'Struct' && k !== 'Enum' && k !== 'Union') || reported.has(item.def)) continue;
    const cycle = findCycle(tcx, item.def);
    if (!cycle) continue;
    for (const c of cycle) reported.add(c.adt);
    const names = cycle.map((c) => `\`${tcx.defName(c.adt)}\``);
    const msg = names.length === 1 ? `recursive type ${names[0]} has infinite size` : `recursive types ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} have infinite size`;
    const d = tcx.sess.dcx.err(msg, 'E0072');
    for (const c of cycle) d.primary(tcx.defSpan(c.adt)).label(c.at.span, 'recursive without indirection');
    const parts: { span: Span; replacement: string }[] = [];
    for (const c of cycle) {
      parts.push({ span: { lo: c.at.span.lo, hi: c.at.span.lo, ctxt: c.at.span.ctxt }, replacement: 'Box<' });
      parts.push({ span: { lo: c.at.span.hi, hi: c.at.span.hi, ctxt: c.at.span.ctxt }, replacement: '>' });
    }
    d.help('insert some indirection (e.g., a `Box`, `Rc`, or `&`) to break the cycle', cycle[0]!.at.span, [
      { span: parts[0]!.span, replacement: parts[0]!.replacement, parts, applicability: 'HasPlaceholders', style: 'verbose' },
    ]);
    d.emit();
  }
}

/** A cycle through `start`: each ADT on it with the field type naming the next one. */
function findCycle(tcx: TcxImpl, start: DefId): { adt: DefId; at: HirTy }[] | null {
  const path: { adt: DefId; at: HirTy }[] = [];
  const onPath = new Set<DefId>();
  const dead = new Set<DefId>();
  const dfs = (adt: DefId): boolean => {
    onPath.add(adt);
    for (const e of edges(tcx, adt)) {
      path.push({ adt, at: e.at });
      if (e.to === start) return true;
      if (!onPath.has(e.to) && !dead.has(e.to) && dfs(e.to)) return true;
      path.pop();
    }
    onPath.delete(adt);
    dead.add(adt);
    return false;
  };
  return dfs(start) ? path : null;
}

