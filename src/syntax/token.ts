import type { Span } from '../diagnostics/span.ts';
import type { Symbol } from './symbol.ts';
import type { Nonterminal } from './ast/nonterminal.ts';

export type PunctKind =
  | '=' | '<' | '<=' | '==' | '!=' | '>=' | '>' | '&&' | '||' | '!' | '~'
  | '+' | '-' | '*' | '/' | '%' | '^' | '&' | '|' | '<<' | '>>'
  | '+=' | '-=' | '*=' | '/=' | '%=' | '^=' | '&=' | '|=' | '<<=' | '>>='
  | '@' | '.' | '..' | '...' | '..=' | ',' | ';' | ':' | '::' | '->' | '<-' | '=>' | '#' | '$' | '?';

export type Delim = '(' | '[' | '{' | 'invisible';

export type LitKind =
  | 'bool' | 'byte' | 'char' | 'integer' | 'float'
  | 'str' | 'strRaw' | 'byteStr' | 'byteStrRaw' | 'cStr' | 'cStrRaw' | 'err';

/**
 * A literal as written: `symbol` is the text between the quotes (still escaped) or the
 * digits, `suffix` the type suffix (`u8`, `f32`...), as in rustc's token::Lit. Unescaping
 * and value computation happen when the AST literal is built.
 */
export interface TokenLit {
  readonly kind: LitKind;
  readonly symbol: Symbol;
  readonly suffix: Symbol | null;
  /** Number of `#` for raw strings. */
  readonly rawHashes?: number;
}

export type Token =
  | { readonly kind: 'punct'; readonly p: PunctKind; readonly span: Span; readonly joint: boolean }
  | { readonly kind: 'ident'; readonly sym: Symbol; readonly raw: boolean; readonly span: Span }
  /** `sym` includes the leading quote: `'a`, `'static`. */
  | { readonly kind: 'lifetime'; readonly sym: Symbol; readonly span: Span }
  | { readonly kind: 'literal'; readonly lit: TokenLit; readonly span: Span }
  | { readonly kind: 'open'; readonly delim: Delim; readonly span: Span }
  | { readonly kind: 'close'; readonly delim: Delim; readonly span: Span }
  | { readonly kind: 'doc'; readonly style: 'outer' | 'inner'; readonly comment: 'line' | 'block'; readonly sym: Symbol; readonly span: Span }
  /** A macro fragment already parsed (`$e:expr` substituted into a transcription). */
  | { readonly kind: 'interpolated'; readonly nt: Nonterminal; readonly span: Span }
  | { readonly kind: 'eof'; readonly span: Span };

export type TokenTree =
  | { readonly kind: 'token'; readonly token: Token }
  | {
      readonly kind: 'delimited';
      readonly delim: Delim;
      readonly open: Span;
      readonly close: Span;
      readonly tts: readonly TokenTree[];
    };
