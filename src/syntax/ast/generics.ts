import type { Span } from '../../diagnostics/span.ts';
import type { Attribute } from './attr.ts';
import type { Ident, NodeId } from './node.ts';
import type { AnonConst, Lifetime, Path } from './path.ts';
import type { Ty } from './ty.ts';

export interface Generics {
  readonly params: readonly GenericParam[];
  readonly whereClause: WhereClause;
  readonly span: Span;
}

export interface WhereClause {
  readonly hasWhereToken: boolean;
  readonly predicates: readonly WherePredicate[];
  readonly span: Span;
}

export interface GenericParam {
  readonly id: NodeId;
  readonly ident: Ident;
  readonly attrs: readonly Attribute[];
  readonly bounds: readonly GenericBound[];
  readonly kind:
    | { readonly tag: 'Lifetime' }
    | { readonly tag: 'Type'; readonly default: Ty | null }
    | { readonly tag: 'Const'; readonly ty: Ty; readonly kwSpan: Span; readonly default: AnonConst | null };
  readonly span: Span;
}

export type TraitBoundModifier = 'none' | 'maybe' | 'negative' | 'const' | 'maybeConst';

export interface PolyTraitRef {
  /** `for<'a>` binder. */
  readonly boundGenericParams: readonly GenericParam[];
  readonly traitRef: TraitRef;
  readonly span: Span;
}

export interface TraitRef {
  readonly path: Path;
  readonly refId: NodeId;
}

export type GenericBound =
  | { readonly tag: 'Trait'; readonly poly: PolyTraitRef; readonly modifier: TraitBoundModifier }
  | { readonly tag: 'Outlives'; readonly lifetime: Lifetime }
  /** `use<'a, T>` precise capturing. */
  | { readonly tag: 'Use'; readonly args: readonly (Lifetime | Ident)[]; readonly span: Span };

export type WherePredicate =
  | {
      readonly tag: 'Bound';
      readonly span: Span;
      readonly boundGenericParams: readonly GenericParam[];
      readonly boundedTy: Ty;
      readonly bounds: readonly GenericBound[];
    }
  | { readonly tag: 'Region'; readonly span: Span; readonly lifetime: Lifetime; readonly bounds: readonly GenericBound[] }
  | { readonly tag: 'Eq'; readonly span: Span; readonly lhs: Ty; readonly rhs: Ty };
