import type { Span } from '../../diagnostics/span.ts';
import type { Symbol } from '../symbol.ts';
import type { Expr } from './expr.ts';

/**
 * `format_args!("a {x:>5} {}", y)` after parsing the template (rustc's ast::FormatArgs):
 * the expander checks it and the HIR lowering turns it into plain calls.
 */
export interface FormatArgs {
  readonly span: Span;
  readonly template: readonly FormatPiece[];
  readonly arguments: readonly FormatArgument[];
}

export type FormatPiece =
  | { readonly tag: 'Lit'; readonly text: string }
  | { readonly tag: 'Placeholder'; readonly placeholder: FormatPlaceholder };

export type FormatTrait =
  | 'Display' | 'Debug' | 'LowerExp' | 'UpperExp' | 'Octal' | 'Pointer' | 'Binary' | 'LowerHex' | 'UpperHex';

export interface FormatPlaceholder {
  /** Index into `arguments`. */
  readonly argument: number;
  readonly trait: FormatTrait;
  readonly options: FormatOptions;
  readonly span: Span | null;
}

export type FormatCount =
  | { readonly tag: 'Literal'; readonly value: number }
  /** Index into `arguments` of a `usize` argument (`{:1$}`, `{:.*}`, `{:width$}`). */
  | { readonly tag: 'Argument'; readonly argument: number };

export interface FormatOptions {
  readonly fill: string | null;
  readonly align: 'left' | 'right' | 'center' | null;
  readonly sign: '+' | '-' | null;
  readonly alternate: boolean;
  readonly zeroPad: boolean;
  readonly debugHex: 'lower' | 'upper' | null;
  readonly width: FormatCount | null;
  readonly precision: FormatCount | null;
}

export interface FormatArgument {
  readonly kind:
    | { readonly tag: 'Normal' }
    | { readonly tag: 'Named'; readonly name: Symbol }
    /** `{x}` implicitly capturing a variable in scope. */
    | { readonly tag: 'Captured'; readonly name: Symbol };
  readonly expr: Expr;
}
