import type { Span } from '../diagnostics/span.ts';
import type { Expr, Ident } from '../syntax/ast/index.ts';
import type { TokenTree } from '../syntax/token.ts';

/** A cursor over a macro call's argument tokens, for the built-in macros' own grammars. */
export interface ArgCursor {
  readonly span: Span;
  isEof(): boolean;
  eatComma(): boolean;
  /** Reports `expected `,`` (rustc's wording) and returns false when absent. */
  expectComma(): boolean;
  /** Parses an expression; null after a reported error. */
  parseExpr(): Expr | null;
  /** `name = ` (not `==`) ahead: consumes both and returns the name. */
  eatNamedArgPrefix(): Ident | null;
  /** A string literal ahead: consumes it. */
  eatStrLit(): { value: string; span: Span; raw: boolean } | null;
  /** The current token's identifier text, if it is one (keywords included). */
  peekIdent(): string | null;
  /** Consumes the current token (an identifier checked with peekIdent). */
  bumpIdent(): Ident;
  /** `( ... )` ahead: consumes it and returns a cursor over its contents. */
  eatParenGroup(): ArgCursor | null;
  /** `_` ahead: consumes it. */
  eatUnderscore(): boolean;
  /** `=>` ahead: consumes it. */
  eatFatArrow(): boolean;
  /** Consumes and returns the rest of the tokens. */
  rest(): TokenTree[];
  /** Reports an error at the current token. */
  error(message: string, label?: string): void;
}
