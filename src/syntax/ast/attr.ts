import type { Span } from '../../diagnostics/span.ts';
import type { Delim, TokenTree } from '../token.ts';
import type { Symbol } from '../symbol.ts';
import type { Expr } from './expr.ts';
import type { NodeId } from './node.ts';
import type { Path } from './path.ts';

/** Arguments of an attribute or macro call, kept as tokens (`#[derive(A, B)]`, `foo!{...}`). */
export interface DelimArgs {
  readonly dspan: { readonly open: Span; readonly close: Span };
  readonly delim: Delim;
  readonly tokens: readonly TokenTree[];
}

export type AttrArgs =
  | { readonly tag: 'Empty' }
  | { readonly tag: 'Delimited'; readonly args: DelimArgs }
  /** `#[doc = "..."]`, `#[path = "x.rs"]`. */
  | { readonly tag: 'Eq'; readonly eqSpan: Span; readonly expr: Expr };

export type AttrKind =
  | { readonly tag: 'Normal'; readonly path: Path; readonly args: AttrArgs }
  | { readonly tag: 'DocComment'; readonly comment: 'line' | 'block'; readonly sym: Symbol };

export interface Attribute {
  readonly id: NodeId;
  readonly kind: AttrKind;
  readonly style: 'outer' | 'inner';
  readonly span: Span;
}

export interface MacCall {
  readonly path: Path;
  readonly args: DelimArgs;
  /** Span of the whole invocation `path!(...)`. */
  readonly span: Span;
}
