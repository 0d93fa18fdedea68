import type { Span } from '../diagnostics/span.ts';
import type { Symbol } from '../syntax/symbol.ts';
import type { Expr } from './expr.ts';
import type { HirId } from './ids.ts';
import type { Res } from './res.ts';
import type { HirTy } from './types.ts';

export interface Ident {
  readonly name: Symbol;
  readonly span: Span;
}

export type HirGenericArg =
  | { readonly tag: 'Type'; readonly ty: HirTy }
  | { readonly tag: 'Lifetime'; readonly name: Symbol; readonly span: Span }
  | { readonly tag: 'Const'; readonly value: Expr };

/** `Item = Ty` inside a trait path's arguments (`Iterator<Item = u32>`). */
export interface HirAssocConstraint {
  readonly ident: Ident;
  readonly ty: HirTy;
  readonly span: Span;
}

export interface HirGenericArgs {
  readonly args: readonly HirGenericArg[];
  /** Associated type constraints; only meaningful on trait paths (bounds, `dyn`). */
  readonly constraints?: readonly HirAssocConstraint[];
  /** Written `Fn(A, B) -> C` (args `[(A, B)]`, constraint `Output = C`). */
  readonly parenSugar?: boolean;
  readonly span: Span;
}

export interface PathSegment {
  readonly hirId: HirId;
  readonly ident: Ident;
  /** What this segment (a prefix of the path) resolved to; Err when unknown or not needed. */
  readonly res: Res;
  readonly args: HirGenericArgs | null;
}

/** A path with every segment resolved; `res` is the last segment's resolution. */
export interface Path {
  readonly span: Span;
  readonly res: Res;
  readonly segments: readonly PathSegment[];
}

/**
 * A path in expression, pattern or type position (rustc's QPath):
 * - Resolved: the whole path resolved by name resolution (`foo`, `m::S`, `Trait::method`,
 *   `<T as Trait>::method` with `qself` set).
 * - TypeRelative: `Type::name` where `name` is looked up by typeck among the associated
 *   items of `Type` (`S::new`, `u8::max_value`, `Self::helper`, `<S>::new`).
 */
export type QPath =
  | { readonly tag: 'Resolved'; readonly qself: HirTy | null; readonly path: Path }
  | { readonly tag: 'TypeRelative'; readonly qself: HirTy; readonly segment: PathSegment; readonly span: Span };
