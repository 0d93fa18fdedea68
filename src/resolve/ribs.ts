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
  /** A const/static initializer or array length: no locals at all. */
  | { readonly kind: 'constBoundary'; readonly itemKind: 'const' | 'static' | 'array length'; readonly span: Span }
  /** Items of a module or of an anonymous block. */
  | { readonly kind: 'module'; readonly module: Module }
  /** Generic parameters of an item (type namespace). */
  | { readonly kind: 'generics'; readonly names: ReadonlyMap<Symbol, Res> };

/** A loop or labeled block that `break`/`continue` can target. */
export interface LabelScope {
  /** Null for loops without a label. */
  readonly name: Symbol | null;
  readonly span: Span | null;
  readonly target: HirId;
  readonly isLoop: boolean;
}
