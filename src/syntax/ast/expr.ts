import type { Span } from '../../diagnostics/span.ts';
import type { Symbol } from '../symbol.ts';
import type { Attribute, MacCall } from './attr.ts';
import type { FormatArgs } from './format.ts';
import type { InlineAsm } from './asm.ts';
import type { GenericParam } from './generics.ts';
import type { FnDecl } from './item.ts';
import type { Lit } from './lit.ts';
import type { Ident, Mutability, NodeId } from './node.ts';
import type { Pat } from './pat.ts';
import type { AnonConst, Path, PathSegment, QSelf } from './path.ts';
import type { Block } from './stmt.ts';
import type { Ty } from './ty.ts';

export interface Expr {
  readonly id: NodeId;
  readonly kind: ExprKind;
  readonly span: Span;
  readonly attrs: readonly Attribute[];
}

export type BinOpKind =
  | '+' | '-' | '*' | '/' | '%' | '&&' | '||' | '^' | '&' | '|' | '<<' | '>>'
  | '==' | '<' | '<=' | '!=' | '>=' | '>';

/** Operators allowed in compound assignment (`+=` is AssignOp with op '+'). */
export type AssignOpKind = '+' | '-' | '*' | '/' | '%' | '^' | '&' | '|' | '<<' | '>>';

export type UnOp = 'Deref' | 'Not' | 'Neg';

export interface Label {
  /** Name includes the quote: `'outer`. */
  readonly ident: Ident;
}

export type ExprKind =
  | { readonly tag: 'Array'; readonly elems: readonly Expr[] }
  | { readonly tag: 'ConstBlock'; readonly block: AnonConst }
  | { readonly tag: 'Call'; readonly func: Expr; readonly args: readonly Expr[] }
  | { readonly tag: 'MethodCall'; readonly receiver: Expr; readonly seg: PathSegment; readonly args: readonly Expr[]; readonly span: Span }
  | { readonly tag: 'Tup'; readonly elems: readonly Expr[] }
  | { readonly tag: 'Binary'; readonly op: BinOpKind; readonly opSpan: Span; readonly lhs: Expr; readonly rhs: Expr }
  | { readonly tag: 'Unary'; readonly op: UnOp; readonly expr: Expr }
  | { readonly tag: 'Lit'; readonly lit: Lit }
  | { readonly tag: 'Cast'; readonly expr: Expr; readonly ty: Ty }
  /** `expr: Ty` type ascription (builtin # type_ascribe). */
  | { readonly tag: 'Type'; readonly expr: Expr; readonly ty: Ty }
  /** `let PAT = EXPR` inside `if`/`while` conditions and let chains. */
  | { readonly tag: 'Let'; readonly pat: Pat; readonly expr: Expr; readonly span: Span }
  | { readonly tag: 'If'; readonly cond: Expr; readonly then: Block; readonly else: Expr | null }
  | { readonly tag: 'While'; readonly cond: Expr; readonly body: Block; readonly label: Label | null }
  | { readonly tag: 'ForLoop'; readonly pat: Pat; readonly iter: Expr; readonly body: Block; readonly label: Label | null; readonly isAwait: boolean }
  | { readonly tag: 'Loop'; readonly body: Block; readonly label: Label | null }
  | { readonly tag: 'Match'; readonly scrutinee: Expr; readonly arms: readonly Arm[] }
  | {
      readonly tag: 'Closure';
      readonly binder: readonly GenericParam[] | null;
      readonly capture: 'ref' | 'move';
      readonly constness: boolean;
      readonly coroutine: 'async' | 'gen' | 'async gen' | null;
      readonly isStatic: boolean;
      readonly decl: FnDecl;
      readonly body: Expr;
      readonly declSpan: Span;
    }
  | { readonly tag: 'Block'; readonly block: Block; readonly label: Label | null }
  | { readonly tag: 'Gen'; readonly kind: 'async' | 'gen' | 'async gen'; readonly capture: 'ref' | 'move'; readonly block: Block }
  | { readonly tag: 'Await'; readonly expr: Expr; readonly kwSpan: Span }
  | { readonly tag: 'TryBlock'; readonly block: Block }
  | { readonly tag: 'Assign'; readonly lhs: Expr; readonly rhs: Expr; readonly eqSpan: Span }
  | { readonly tag: 'AssignOp'; readonly op: AssignOpKind; readonly opSpan: Span; readonly lhs: Expr; readonly rhs: Expr }
  /** `expr.ident` and tuple fields `expr.0` (ident name is the digits). */
  | { readonly tag: 'Field'; readonly expr: Expr; readonly ident: Ident }
  | { readonly tag: 'Index'; readonly expr: Expr; readonly index: Expr; readonly bracketSpan: Span }
  | { readonly tag: 'Range'; readonly start: Expr | null; readonly end: Expr | null; readonly limits: 'HalfOpen' | 'Closed' }
  /** `_` on the left of a destructuring assignment. */
  | { readonly tag: 'Underscore' }
  | { readonly tag: 'Path'; readonly qself: QSelf | null; readonly path: Path }
  | { readonly tag: 'AddrOf'; readonly raw: boolean; readonly mutbl: Mutability; readonly expr: Expr }
  | { readonly tag: 'Break'; readonly label: Label | null; readonly expr: Expr | null }
  | { readonly tag: 'Continue'; readonly label: Label | null }
  | { readonly tag: 'Ret'; readonly expr: Expr | null }
  | { readonly tag: 'InlineAsm'; readonly asm: InlineAsm }
  | { readonly tag: 'OffsetOf'; readonly container: Ty; readonly fields: readonly Ident[] }
  | { readonly tag: 'MacCall'; readonly mac: MacCall }
  | {
      readonly tag: 'Struct';
      readonly qself: QSelf | null;
      readonly path: Path;
      readonly fields: readonly ExprField[];
      readonly rest: { readonly tag: 'Base'; readonly expr: Expr } | { readonly tag: 'Rest'; readonly span: Span } | null;
    }
  | { readonly tag: 'Repeat'; readonly elem: Expr; readonly count: AnonConst }
  | { readonly tag: 'Paren'; readonly expr: Expr }
  | { readonly tag: 'Try'; readonly expr: Expr }
  | { readonly tag: 'Yield'; readonly expr: Expr | null }
  | { readonly tag: 'Become'; readonly expr: Expr }
  /** Built by the expander from `format_args!` and friends. */
  | { readonly tag: 'FormatArgs'; readonly fmt: FormatArgs }
  /** `builtin # ...` forms and other syntax we keep but do not lower. */
  | { readonly tag: 'Err' };

export interface Arm {
  readonly id: NodeId;
  readonly attrs: readonly Attribute[];
  readonly pat: Pat;
  readonly guard: Expr | null;
  /** Null only for never-pattern arms `Err(!)`. */
  readonly body: Expr | null;
  readonly span: Span;
}

export interface ExprField {
  readonly id: NodeId;
  readonly attrs: readonly Attribute[];
  readonly ident: Ident;
  readonly expr: Expr;
  readonly isShorthand: boolean;
  readonly span: Span;
}

export type { Symbol };
