// predicates_of: the trait bounds an item's generics carry (inline bounds and where clauses),
// its parent's first. Dependencies' items carry none in metadata yet.
import type { Span } from '../diagnostics/span.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';
import type { Ty } from '../ty/ty.ts';
import { astConv, itemCtx, SELF_PARAM } from './astconv.ts';

/** `self: trait` */
export interface TraitPredicate {
  readonly self: Ty;
  readonly trait: DefId;
  readonly span: Span;
}

export function predicatesOf(tcx: TcxImpl, def: DefId): readonly TraitPredicate[] {
  return tcx.queries.get('predicatesOf', def, () => {
    const g = tcx.genericsOf(def);
    const out: TraitPredicate[] = g.parent !== null ? [...predicatesOf(tcx, g.parent)] : [];
    if (!isLocal(def)) {
      for (const p of tcx.p(def).ownPredicates?.(def) ?? []) out.push({ self: p.self, trait: p.trait, span: tcx.defSpan(def) });
      return out;
    }
    const hg = tcx.hir.generics.get(def);
    if (!hg) return out;
    const cx = itemCtx(tcx);
    for (const p of hg.predicates) {
      const self = astConv(cx, p.boundedTy);
      for (const b of p.bounds) {
        if (b.res.tag !== 'Def' || b.res.kind !== 'Trait') continue;
        out.push({ self, trait: b.res.def, span: b.span });
      }
    }
    return out;
  }, () => []);
}

/** Whether the owner's where clauses say `self: trait` (a `T: Trait` bound in scope). */
export function boundInScope(tcx: TcxImpl, owner: DefId, self: Ty, trait: DefId): boolean {
  return traitsBoundFor(tcx, owner, self).includes(trait);
}

/** Traits the owner's where clauses give to `self`. */
export function traitsBoundFor(tcx: TcxImpl, owner: DefId, self: Ty): DefId[] {
  const out: DefId[] = [];
  let o: DefId | null = owner;
  // Closures and nested bodies use their enclosing item's bounds.
  while (o !== null) {
    const k = tcx.defKind(o);
    if (k === 'Fn' || k === 'AssocFn' || k === 'Impl' || k === 'Trait' || k === 'Struct' || k === 'Enum') break;
    o = tcx.parent(o);
  }
  if (o === null) return out;
  for (const p of predicatesOf(tcx, o)) if (p.self === self && !out.includes(p.trait)) out.push(p.trait);
  // A bound brings its supertraits (`T: Ord` gives `T: PartialOrd`).
  for (let i = 0; i < out.length; i++) {
    for (const s of supertraitsOf(tcx, out[i]!)) if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** Direct supertraits of a trait (its `Self: Super` predicates). */
export function supertraitsOf(tcx: TcxImpl, trait: DefId): DefId[] {
  return predicatesOf(tcx, trait).filter((p) => p.self === SELF_PARAM).map((p) => p.trait);
}
