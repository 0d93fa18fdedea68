import type { Span } from '../diagnostics/span.ts';
import type { Abi, Mutbl } from '../ty/ty.ts';
import type { DefId } from '../ty/def-id.ts';
import type { Expr } from './expr.ts';
import type { HirId } from './ids.ts';
import type { Path, QPath } from './path.ts';

/** A type as written in the source (converted to an interned `Ty` by typeck's astconv). */
export interface HirTy {
  readonly hirId: HirId;
  readonly kind: HirTyKind;
  readonly span: Span;
}

/** `fn(A, B) -> C` as written. */
export interface BareFnTy {
  readonly unsafe: boolean;
  readonly abi: Abi;
  readonly inputs: readonly HirTy[];
  /** Null: returns `()`. */
  readonly output: HirTy | null;
  readonly cVariadic: boolean;
}

export type HirTyKind =
  | { readonly tag: 'Slice'; readonly elem: HirTy }
  /** `len` is a constant expression evaluated by typeck (no locals in scope). */
  | { readonly tag: 'Array'; readonly elem: HirTy; readonly len: Expr }
  | { readonly tag: 'Ptr'; readonly mutbl: Mutbl; readonly pointee: HirTy }
  | { readonly tag: 'Ref'; readonly mutbl: Mutbl; readonly pointee: HirTy }
  | { readonly tag: 'BareFn'; readonly fn: BareFnTy }
  | { readonly tag: 'Never' }
  | { readonly tag: 'Tup'; readonly elems: readonly HirTy[] }
  | { readonly tag: 'Path'; readonly qpath: QPath }
  /** `impl Trait` in return position: the opaque type `def` (DefKind OpaqueTy, its bounds are its predicates). */
  | { readonly tag: 'Opaque'; readonly def: DefId }
  /** `_` (let annotations, casts). */
  | { readonly tag: 'Infer' }
  /**
   * `dyn Trait + Send + 'a` (`syntax: 'none'` for a bare `Trait + Send` without `dyn`, which
   * the 2021 edition rejects). Trait bounds only: lifetimes and `?Sized` are dropped.
   */
  | { readonly tag: 'TraitObject'; readonly bounds: readonly Path[]; readonly syntax: 'dyn' | 'none' }
  /** Not supported yet (impl Trait) or after an error. */
  | { readonly tag: 'Err' };
