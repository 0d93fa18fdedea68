import type { Span } from '../diagnostics/span.ts';
import type { Symbol } from '../syntax/symbol.ts';
import type { DefId } from '../ty/def-id.ts';
import type { Expr } from './expr.ts';
import type { Path } from './path.ts';
import type { HirTy } from './types.ts';

/** A generic parameter declared by an item (`T`, `'a`, `const N: usize`). */
export interface HirGenericParam {
  /** DefId of kind TyParam / LifetimeParam / ConstParam. */
  readonly def: DefId;
  readonly name: Symbol;
  readonly kind: 'type' | 'lifetime' | 'const';
  /** `T = Default` (trait and type parameters: `trait Add<Rhs = Self>`). */
  readonly default?: HirTy | null;
  /** A const parameter's type (`usize` of `const N: usize`). */
  readonly constTy?: HirTy;
  /** A const parameter's default (`const N: usize = 4`), an anonymous constant. */
  readonly constDefault?: Expr | null;
  /** `T: ?Sized` (inline or in the where clause): the implicit `Sized` bound is lifted. */
  readonly maybeSized?: boolean;
  readonly span: Span;
}

/** `Ty: Trait + Trait` from an inline bound or a where clause (lifetime bounds are dropped). */
export interface HirWherePredicate {
  readonly boundedTy: HirTy;
  /** Trait paths (their res is the trait's Def). */
  readonly bounds: readonly Path[];
  readonly span: Span;
}

/** The generics an item declares itself (its parent's come first in the item's args). */
export interface HirGenerics {
  readonly params: readonly HirGenericParam[];
  readonly predicates: readonly HirWherePredicate[];
  readonly span: Span;
}

export const NO_GENERICS: HirGenerics = Object.freeze({ params: [], predicates: [], span: { lo: 0, hi: 0, ctxt: 0 } as Span });
