import type { Span } from '../../diagnostics/span.ts';
import type { Expr } from './expr.ts';
import type { GenericBound } from './generics.ts';
import type { Ident, NodeId } from './node.ts';
import type { FnRetTy, Ty } from './ty.ts';

export interface Path {
  readonly span: Span;
  readonly segments: readonly PathSegment[];
  /** A leading `::` (in 2018+ it names an extern crate; rustc adds a `{{root}}` segment). */
  readonly global: boolean;
}

export interface PathSegment {
  readonly id: NodeId;
  readonly ident: Ident;
  readonly args: GenericArgs | null;
}

export type GenericArgs =
  | { readonly tag: 'AngleBracketed'; readonly span: Span; readonly args: readonly AngleBracketedArg[] }
  | { readonly tag: 'Parenthesized'; readonly span: Span; readonly inputs: readonly Ty[]; readonly output: FnRetTy }
  /** `T::method(..)` return-type notation; parsed, not supported further. */
  | { readonly tag: 'ParenthesizedElided'; readonly span: Span };

export type GenericArg =
  | { readonly tag: 'Lifetime'; readonly lifetime: Lifetime }
  | { readonly tag: 'Type'; readonly ty: Ty }
  | { readonly tag: 'Const'; readonly value: AnonConst };

export type AngleBracketedArg =
  | { readonly tag: 'Arg'; readonly arg: GenericArg }
  /** `Item = Ty`, `Item: Bound`, `N = 3`. */
  | {
      readonly tag: 'Constraint';
      readonly id: NodeId;
      readonly ident: Ident;
      readonly genArgs: GenericArgs | null;
      readonly kind:
        | { readonly tag: 'Equality'; readonly term: { readonly tag: 'Ty'; readonly ty: Ty } | { readonly tag: 'Const'; readonly value: AnonConst } }
        | { readonly tag: 'Bound'; readonly bounds: readonly GenericBound[] };
      readonly span: Span;
    };

export interface Lifetime {
  readonly id: NodeId;
  /** Name includes the quote: `'a`, `'static`, `'_`. */
  readonly ident: Ident;
}

/** `<Ty as Trait>::rest`: `position` is how many segments of the path belong to the trait. */
export interface QSelf {
  readonly ty: Ty;
  readonly pathSpan: Span;
  readonly position: number;
}

export interface AnonConst {
  readonly id: NodeId;
  readonly value: Expr;
}
