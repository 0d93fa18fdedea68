import type { DiagCtxt } from '../diagnostics/handler.ts';
import type { SourceMap } from '../diagnostics/source-map.ts';
import type { Span } from '../diagnostics/span.ts';
import type { Edition } from '../session/session.ts';
import type { Attribute, Expr } from '../syntax/ast/index.ts';
import type { TokenTree } from '../syntax/token.ts';
import type { CfgSet } from './cfg.ts';
import type { ExternMacro } from './macro-rules/metadata.ts';

/** What the expander knows about the crate it expands. */
export interface ExpandCtx {
  readonly sm: SourceMap;
  readonly dcx: DiagCtxt;
  readonly edition: Edition;
  readonly cfg: CfgSet;
  readonly crateName: string;
  /**
   * Where library paths in expansions point: `['crate']` inside core/std themselves,
   * `['std']`/`['core']` (global paths) in user crates, as `$crate` would.
   */
  readonly stdRoot: { readonly segments: readonly string[]; readonly global: boolean } | null;
  readonly coreRoot: { readonly segments: readonly string[]; readonly global: boolean };
  nextNodeId(): number;
  /** A new syntax context for the identifiers one macro expansion introduces (hygiene). */
  freshCtxt(): number;
  /** Parses `a, b(c)` (the attribute list of a `cfg_attr`) into attributes of `like`'s style. */
  parseAttrsFromTokens(tts: readonly TokenTree[], like: Attribute): Attribute[];
  /** Source file name as `file!()` reports it. */
  fileName(span: Span): string;
  /**
   * `#[macro_export]` macros of a dependency crate (from its metadata), for `name::m!()`
   * and, for std/core and `#[macro_use] extern crate`, bare `m!()`. Absent: none.
   */
  externMacros?(crate: string): readonly ExternMacro[] | null;
  /**
   * Expands `e` now if it is a macro call (again while the result is one), for the
   * arguments built-ins read as literals: format strings (`println!(concat!(..), ..)`),
   * `concat!`'s operands. Other expressions come back unchanged; null after an error.
   */
  eagerExpand?(e: Expr): Expr | null;
}
