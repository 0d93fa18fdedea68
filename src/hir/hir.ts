// The HIR: the AST after name resolution and desugaring. Items are keyed by DefId, bodies
// are separate (BodyId), every expression/pattern/type node has a crate-unique HirId, and
// every path carries its resolution. Typeck annotates HirIds (see typeck/results.ts).
import type { DefId } from '../ty/def-id.ts';
import type { CrateAttrs } from './attrs.ts';
import type { BodyId, BodyOwner } from './ids.ts';
import type { Body, Item } from './item.ts';
import type { HirGenerics } from './generics.ts';
import type { HirId } from './ids.ts';
import type { TryDesugar } from './lower-try.ts';
import type { TraitsInScope, UseInjections } from './traits-in-scope.ts';

export type * from './ids.ts';
export type * from './res.ts';
export type * from './path.ts';
export type * from './types.ts';
export type * from './expr.ts';
export type * from './pat.ts';
export type * from './item.ts';
export type * from './attrs.ts';
export type * from './generics.ts';
export type * from './traits-in-scope.ts';

export interface HirCrate {
  /** Every local item, assoc item and foreign item, including those nested in fn bodies. */
  readonly items: ReadonlyMap<DefId, Item>;
  readonly bodies: ReadonlyMap<BodyId, Body>;
  /** Body owners in source order (typeck and MIR building iterate this). */
  readonly bodyOwners: readonly BodyOwner[];
  /** Generic parameters and predicates items declare themselves (absent: none). */
  readonly generics: ReadonlyMap<DefId, HirGenerics>;
  /** The crate root module's DefId. */
  readonly root: DefId;
  readonly attrs: CrateAttrs;
  /** One past the largest HirId allocated (for dense side tables). */
  readonly hirIdCount: number;
  /** The `branch` / `from_residual` paths of `?` desugarings, by HirId. */
  readonly tryDesugars?: ReadonlyMap<HirId, TryDesugar>;
  /** Traits in scope at each method call's and type-relative path's segment (by the segment's HirId). */
  readonly traitMap: ReadonlyMap<HirId, TraitsInScope>;
  /** Where to suggest a `use` in each module (crate root and `mod` items). */
  readonly useInjections: UseInjections;
}

export function itemBody(krate: HirCrate, def: DefId): Body | null {
  const item = krate.items.get(def);
  if (!item) {
    // Bodies that are not items: enum variants' explicit discriminants (`A = -1`).
    const owner = krate.bodyOwners.find((o) => o.def === def);
    return owner ? (krate.bodies.get(owner.body) ?? null) : null;
  }
  const k = item.kind;
  const id = k.tag === 'Fn' || k.tag === 'Static' || k.tag === 'Const' ? k.body : null;
  return id === null ? null : (krate.bodies.get(id) ?? null);
}
