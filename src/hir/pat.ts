import type { Span } from '../diagnostics/span.ts';
import type { Mutbl } from '../ty/ty.ts';
import type { Expr } from './expr.ts';
import type { HirId } from './ids.ts';
import type { Ident, QPath } from './path.ts';

export interface HirPat {
  readonly hirId: HirId;
  readonly kind: PatKind;
  readonly span: Span;
}

/** As written: `x`, `mut x`, `ref x`, `ref mut x`. */
export interface BindingAnnotation {
  readonly byRef: Mutbl | null;
  readonly mutbl: Mutbl;
}

export interface PatField {
  readonly hirId: HirId;
  readonly ident: Ident;
  readonly pat: HirPat;
  readonly isShorthand: boolean;
  readonly span: Span;
}

export type PatKind =
  | { readonly tag: 'Wild' }
  /**
   * A binding: the variable is identified by this pattern's `hirId` (paths to it resolve to
   * `Res.Local(hirId)`).
   */
  | { readonly tag: 'Binding'; readonly mode: BindingAnnotation; readonly ident: Ident; readonly sub: HirPat | null }
  | { readonly tag: 'Struct'; readonly qpath: QPath; readonly fields: readonly PatField[]; readonly rest: boolean }
  /** `dotdot` is the position of `..` among `pats`, if any. */
  | { readonly tag: 'TupleStruct'; readonly qpath: QPath; readonly pats: readonly HirPat[]; readonly dotdot: number | null }
  | { readonly tag: 'Or'; readonly pats: readonly HirPat[] }
  /** A unit struct/variant or constant. */
  | { readonly tag: 'Path'; readonly qpath: QPath }
  | { readonly tag: 'Tuple'; readonly pats: readonly HirPat[]; readonly dotdot: number | null }
  | { readonly tag: 'Ref'; readonly pat: HirPat; readonly mutbl: Mutbl }
  | { readonly tag: 'Lit'; readonly expr: Expr }
  | { readonly tag: 'Range'; readonly lo: Expr | null; readonly hi: Expr | null; readonly end: 'included' | 'excluded' }
  | { readonly tag: 'Slice'; readonly before: readonly HirPat[]; readonly mid: HirPat | null; readonly after: readonly HirPat[] }
  | { readonly tag: 'Never' }
  | { readonly tag: 'Err' };
