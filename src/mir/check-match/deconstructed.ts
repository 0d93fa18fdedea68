import type { Span } from '../../diagnostics/span.ts';
import type { Ty } from '../../ty/ty.ts';

// Patterns as the exhaustiveness checker sees them (rustc_pattern_analysis'
// DeconstructedPat): a constructor applied to field patterns, with implicit derefs, consts
// and literals already turned into constructors.

/** An integer or char range, inclusive on both ends; `hi === INF` for `usize`/`isize`'s open end. */
export interface IntRange {
  readonly lo: bigint;
  readonly hi: bigint;
}

/** Above any value of any integer type: the open end of `usize`/`isize` ranges. */
export const POS_INF = 1n << 200n;
/** Below any value: the open start of `isize` ranges. */
export const NEG_INF = -(1n << 200n);

export type SliceKind =
  | { readonly tag: 'Fixed'; readonly len: number }
  /** `[p0, .., s0]`: `prefix` patterns before the `..`, `suffix` after. */
  | { readonly tag: 'Var'; readonly prefix: number; readonly suffix: number };

export type Ctor =
  /** Structs, tuples, references: the one constructor of their type. */
  | { readonly tag: 'Single' }
  | { readonly tag: 'Ref' }
  | { readonly tag: 'Variant'; readonly index: number }
  | { readonly tag: 'Bool'; readonly value: boolean }
  | { readonly tag: 'Int'; readonly range: IntRange }
  /** `str` values (behind `&`): equal only to themselves, never exhaustive. */
  | { readonly tag: 'Str'; readonly value: string }
  /** A value that only tests equality and is never exhaustive (floats, other constants). */
  | { readonly tag: 'Opaque'; readonly id: number }
  | { readonly tag: 'Slice'; readonly kind: SliceKind }
  | { readonly tag: 'Or' }
  | { readonly tag: 'Wildcard' }
  /** The constructors of types that cannot be listed (floats, `&str`, params...). */
  | { readonly tag: 'NonExhaustive' }
  /** Stands for every constructor missing from a column (rustc's `Missing`). */
  | { readonly tag: 'Missing' };

export interface DPat {
  readonly ctor: Ctor;
  readonly fields: readonly DPat[];
  readonly ty: Ty;
  readonly span: Span;
  /** Unique per pattern node; or-pattern alternatives are tracked by it. */
  readonly id: number;
  /** Written as `_` or a plain binding (rustc's "matches any value"). */
  readonly isWildcardLike: boolean;
}

/** A pattern in a counterexample: what no arm matches. */
export interface WitnessPat {
  readonly ctor: Ctor;
  readonly fields: readonly WitnessPat[];
  readonly ty: Ty;
}
