// The shapes of a parsed `macro_rules!` definition: matchers and transcribers as trees with
// metavariables and repetitions made explicit (the Reference's "Macros By Example").
import type { Span } from '../../diagnostics/span.ts';
import type { Edition } from '../../syntax/edition.ts';
import type { Symbol } from '../../syntax/symbol.ts';
import type { Delim, Token } from '../../syntax/token.ts';

/** Fragment specifiers as written after `$name:`. */
export type FragKind =
  | 'item' | 'block' | 'stmt' | 'pat' | 'pat_param' | 'expr' | 'expr_2021' | 'ty' | 'ident'
  | 'path' | 'tt' | 'meta' | 'lifetime' | 'vis' | 'literal';

export const FRAG_KINDS: readonly FragKind[] = [
  'item', 'block', 'stmt', 'pat', 'pat_param', 'expr', 'expr_2021', 'ty', 'ident', 'path', 'tt', 'meta', 'lifetime', 'vis', 'literal',
];

/** `*` zero or more, `+` one or more, `?` zero or one. */
export type KleeneOp = '*' | '+' | '?';

export type MbeTT =
  | { readonly tag: 'Token'; readonly token: Token }
  | { readonly tag: 'Delimited'; readonly delim: Delim; readonly open: Span; readonly close: Span; readonly tts: readonly MbeTT[] }
  | {
      readonly tag: 'Sequence';
      /** The parentheses of `$( ... )`. */
      readonly open: Span;
      readonly close: Span;
      readonly tts: readonly MbeTT[];
      readonly sep: Token | null;
      readonly op: KleeneOp;
      /** Metavariable declarations inside (matchers only). */
      readonly numCaptures: number;
    }
  /** `$name:kind` in a matcher; kind null when the specifier is missing (already reported). */
  | { readonly tag: 'MetaVarDecl'; readonly span: Span; readonly name: Symbol; readonly kind: FragKind | null }
  /** `$name` in a transcriber. */
  | { readonly tag: 'MetaVar'; readonly span: Span; readonly name: Symbol };

export interface MacroRule {
  readonly lhs: readonly MbeTT[];
  /** The matcher's delimiters (the whole `( ... )`). */
  readonly lhsSpan: Span;
  readonly rhs: readonly MbeTT[];
  readonly rhsSpan: Span;
}

/** A compiled `macro_rules!` definition. */
export interface MacroRulesDef {
  readonly name: Symbol;
  readonly rules: readonly MacroRule[];
  /** The whole definition item (for "when calling this macro"). */
  readonly span: Span;
  /** `macro_rules! name` (rustc's guess_head_span of the definition). */
  readonly headSpan: Span;
  readonly edition: Edition;
  /** Defining crate's name for macros loaded from a dependency; null when local. */
  readonly crate: string | null;
  /** False when the definition had errors: calls expand to nothing without new errors. */
  readonly valid: boolean;
  readonly exported: boolean;
  /**
   * For a macro defined inside a function body: the syntax context of its definition, whose
   * local variables its expansions may name. Null at module level (no locals visible).
   */
  readonly defSite: number | null;
  /** The definition's tokens inside its outer delimiters (what crate metadata stores). */
  readonly body: readonly import('../../syntax/token.ts').TokenTree[];
}

/** What a metavariable matched: one fragment, or one entry per repetition. */
export type NamedMatch =
  | { readonly tag: 'Seq'; readonly items: NamedMatch[] }
  | { readonly tag: 'Tt'; readonly tt: import('../../syntax/token.ts').TokenTree }
  /** `tokens`: substitute these instead of the parsed fragment (meta fragments). */
  | {
      readonly tag: 'Nt';
      readonly nt: import('../../syntax/ast/nonterminal.ts').Nonterminal;
      readonly span: Span;
      readonly tokens?: readonly import('../../syntax/token.ts').TokenTree[];
    };

export function mbeSpan(tt: MbeTT): Span {
  switch (tt.tag) {
    case 'Token': return tt.token.span;
    case 'Delimited': case 'Sequence': return { lo: tt.open.lo, hi: tt.close.hi, ctxt: tt.open.ctxt };
    case 'MetaVarDecl': case 'MetaVar': return tt.span;
  }
}
