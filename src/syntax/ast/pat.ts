import type { Span } from '../../diagnostics/span.ts';
import type { Attribute, MacCall } from './attr.ts';
import type { Expr } from './expr.ts';
import type { Ident, Mutability, NodeId } from './node.ts';
import type { Path, QSelf } from './path.ts';

export interface Pat {
  readonly id: NodeId;
  readonly kind: PatKind;
  readonly span: Span;
}

export interface BindingMode {
  readonly byRef: Mutability | null;
  readonly mutbl: Mutability;
}

export type RangeEnd = '..=' | '...' | '..';

export type PatKind =
  | { readonly tag: 'Wild' }
  /** `ref mut x @ sub` */
  | { readonly tag: 'Ident'; readonly mode: BindingMode; readonly ident: Ident; readonly sub: Pat | null }
  | { readonly tag: 'Struct'; readonly qself: QSelf | null; readonly path: Path; readonly fields: readonly PatField[]; readonly rest: boolean }
  | { readonly tag: 'TupleStruct'; readonly qself: QSelf | null; readonly path: Path; readonly pats: readonly Pat[] }
  | { readonly tag: 'Or'; readonly pats: readonly Pat[] }
  | { readonly tag: 'Path'; readonly qself: QSelf | null; readonly path: Path }
  | { readonly tag: 'Tuple'; readonly pats: readonly Pat[] }
  | { readonly tag: 'Box'; readonly pat: Pat }
  | { readonly tag: 'Deref'; readonly pat: Pat }
  | { readonly tag: 'Ref'; readonly pat: Pat; readonly mutbl: Mutability }
  /** Literal, negative literal (`-1`), const block, or path expression used as a literal. */
  | { readonly tag: 'Lit'; readonly expr: Expr }
  | { readonly tag: 'Range'; readonly start: Expr | null; readonly end: Expr | null; readonly rangeEnd: RangeEnd }
  | { readonly tag: 'Slice'; readonly pats: readonly Pat[] }
  /** `..` inside tuple, tuple-struct and slice patterns. */
  | { readonly tag: 'Rest' }
  | { readonly tag: 'Never' }
  | { readonly tag: 'Paren'; readonly pat: Pat }
  | { readonly tag: 'MacCall'; readonly mac: MacCall }
  | { readonly tag: 'Err' };

export interface PatField {
  readonly id: NodeId;
  readonly ident: Ident;
  readonly pat: Pat;
  readonly isShorthand: boolean;
  readonly attrs: readonly Attribute[];
  readonly span: Span;
}
