// What name resolution tells typeck about the traits in scope at a method call or
// type-relative path (rustc's trait_map), as plain data.
import type { Span } from '../diagnostics/span.ts';
import type { DefId } from '../ty/def-id.ts';

export interface TraitsInScope {
  /** Traits whose methods may be called here (one shared list per scope). */
  readonly traits: readonly DefId[];
  /** The nearest enclosing `mod` (where "perhaps you want to import it" puts the `use`). */
  readonly module: DefId;
}

/** Where an import suggestion inserts a `use` in a module: before its first `use`, else its first item. */
export type UseInjections = ReadonlyMap<DefId, Span>;
