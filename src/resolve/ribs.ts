import type { HirId } from '../hir/ids.ts';
import type { Res } from '../hir/res.ts';
import type { Symbol } from '../syntax/symbol.ts';
import type { Span } from '../diagnostics/span.ts';
import type { Module } from './module.ts';

/**
 * One lexical scope level (rustc's Rib). Lookups of a value walk from the innermost rib
 * outwards; crossing an item boundary makes outer locals unusable (E0434/E0435).
 */
export type Rib =
  | { readonly kind: 'locals'; readonly names: Map<Symbol, HirId> }
  /** A fn item nested in a body: it cannot see the outer fn's locals. */
  | { readonly kind: 'fnBoundary' }
  /**
   * A const/static initializer, array length or const generic argument: no locals at all.
   * `genericsForbidden`: an anonymous constant other than a bare parameter (`N + 1`), where
   * stable Rust (min_const_generics) allows no generic parameters either.
   */
  | { readonly kind: 'constBoundary'; readonly itemKind: 'const' | 'static' | 'array length' | 'const argument'; readonly span: Span; readonly genericsForbidden?: boolean }
  /** Items of a module or of an anonymous block. */
  | { readonly kind: 'module'; readonly module: Module }
  /** Generic parameters of an item: type parameters (type namespace), const parameters (value namespace). */
  | { readonly kind: 'generics'; readonly names: ReadonlyMap<Symbol, Res>; readonly values?: ReadonlyMap<Symbol, Res> };

/** A loop or labeled block that `break`/`continue` can target. */
export interface LabelScope {
  /** Null for loops without a label. */
  readonly name: Symbol | null;
  readonly span: Span | null;
  readonly target: HirId;
  readonly isLoop: boolean;
}
