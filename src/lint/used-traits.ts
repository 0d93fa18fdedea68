// Traits whose items typeck picked for a method call or a type-relative path (rustc's
// used_trait_imports): what keeps a trait import alive besides naming it in a path.
import { walkExprs } from '../borrowck/hir-visit.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import type { DefId } from '../ty/def-id.ts';

export function usedTraits(tcx: TcxImpl): Set<DefId> {
  const out = new Set<DefId>();
  const note = (def: DefId): void => {
    const parent = tcx.parent(def);
    if (parent === null) return;
    const kind = tcx.defKind(parent);
    if (kind === 'Trait') out.add(parent);
    else if (kind === 'Impl') {
      const tr = tcx.implTrait(parent);
      if (tr !== null) out.add(tr);
    }
  };
  for (const o of tcx.hir.bodyOwners) {
    const body = tcx.hir.bodies.get(o.body);
    if (!body) continue;
    const r = tcx.typeck(o.def);
    walkExprs(body.value, (e) => {
      const k = e.kind;
      if (k.tag === 'MethodCall' || (k.tag === 'Path' && k.qpath.tag === 'TypeRelative')) {
        const d = r.typeDependentDef(e.hirId);
        if (d) note(d.def);
      }
    });
  }
  return out;
}
