import type { Span } from '../diagnostics/span.ts';
import type { BinOpKind, UnOp } from '../syntax/ast/expr.ts';
import type { InlineAsmOption, InlineAsmRegOrClass, InlineAsmTemplatePiece } from '../syntax/ast/asm.ts';
import type { LitValue } from '../syntax/ast/lit.ts';
import type { DefId } from '../ty/def-id.ts';
import type { Mutbl } from '../ty/ty.ts';
import type { BodyId, HirId } from './ids.ts';
import type { Ident, PathSegment, QPath } from './path.ts';
import type { HirPat } from './pat.ts';
import type { HirTy } from './types.ts';

export type { BinOpKind, UnOp };

export interface Expr {
  readonly hirId: HirId;
  readonly kind: ExprKind;
  readonly span: Span;
}

export interface HirLit {
  readonly value: LitValue;
  readonly span: Span;
}

/** Where a `loop` came from: `while` and `for` forbid `break value` (E0571). */
export type LoopSource = 'loop' | 'while' | 'for';

/** Where a `match` came from (issue 4: `if let`, `while let`, `?`, `for` over iterators). */
export type MatchSource = 'normal' | 'ifLet' | 'whileLet' | 'forLoop' | 'tryDesugar';

/** Target of `break`/`continue`: the HirId of the loop or labeled block, null after an error. */
export interface Destination {
  readonly label: Ident | null;
  readonly target: HirId | null;
}

export interface Block {
  readonly hirId: HirId;
  readonly stmts: readonly Stmt[];
  /** The tail expression: the block's value. */
  readonly expr: Expr | null;
  readonly rules: 'default' | 'unsafe';
  readonly span: Span;
}

export interface LetStmt {
  readonly hirId: HirId;
  readonly pat: HirPat;
  readonly ty: HirTy | null;
  readonly init: Expr | null;
  /** `let PAT = EXPR else { ... };` (issue 4). */
  readonly els: Block | null;
  readonly span: Span;
}

export type StmtKind =
  | { readonly tag: 'Let'; readonly local: LetStmt }
  /** A nested item; its definition lives in the crate's item table. */
  | { readonly tag: 'Item'; readonly def: DefId }
  /** Expression statement without `;` (must be unit-typed unless it is a block-like tail). */
  | { readonly tag: 'Expr'; readonly expr: Expr }
  | { readonly tag: 'Semi'; readonly expr: Expr };

export interface Stmt {
  readonly hirId: HirId;
  readonly kind: StmtKind;
  readonly span: Span;
}

export interface Arm {
  readonly hirId: HirId;
  readonly pat: HirPat;
  readonly guard: Expr | null;
  readonly body: Expr;
  readonly span: Span;
}

export interface ExprField {
  readonly hirId: HirId;
  readonly ident: Ident;
  readonly expr: Expr;
  readonly isShorthand: boolean;
  readonly span: Span;
}

export type HirAsmOperand =
  | { readonly tag: 'In'; readonly reg: InlineAsmRegOrClass; readonly expr: Expr }
  | { readonly tag: 'Out'; readonly reg: InlineAsmRegOrClass; readonly late: boolean; readonly expr: Expr | null }
  | { readonly tag: 'InOut'; readonly reg: InlineAsmRegOrClass; readonly late: boolean; readonly expr: Expr }
  | { readonly tag: 'SplitInOut'; readonly reg: InlineAsmRegOrClass; readonly late: boolean; readonly inExpr: Expr; readonly outExpr: Expr | null }
  /** Constant operand: an expression evaluated at compile time. */
  | { readonly tag: 'Const'; readonly expr: Expr }
  | { readonly tag: 'SymFn'; readonly qpath: QPath; readonly hirId: HirId }
  | { readonly tag: 'SymStatic'; readonly qpath: QPath; readonly def: DefId };

export interface HirInlineAsm {
  readonly template: readonly InlineAsmTemplatePiece[];
  readonly operands: readonly { readonly op: HirAsmOperand; readonly span: Span }[];
  readonly options: ReadonlySet<InlineAsmOption>;
  readonly clobberAbis: readonly string[];
  readonly lineSpans: readonly Span[];
}

/**
 * Expressions after desugaring: no `for`, `while`, `if let`, macros or parentheses.
 * `for` and `while` became `Loop` (with `source` kept for diagnostics), see lower-loops.
 */
export type ExprKind =
  | { readonly tag: 'Lit'; readonly lit: HirLit; readonly negated: boolean }
  | { readonly tag: 'Path'; readonly qpath: QPath }
  | { readonly tag: 'Call'; readonly func: Expr; readonly args: readonly Expr[] }
  /** `receiver.seg(args)`: typeck records the chosen method in `typeDependentDef(expr.hirId)`. */
  | { readonly tag: 'MethodCall'; readonly seg: PathSegment; readonly receiver: Expr; readonly args: readonly Expr[]; readonly span: Span }
  | { readonly tag: 'Tup'; readonly elems: readonly Expr[] }
  | { readonly tag: 'Array'; readonly elems: readonly Expr[] }
  /** `[elem; count]`: the count is a constant expression; its value is in the array type. */
  | { readonly tag: 'Repeat'; readonly elem: Expr; readonly count: Expr }
  | { readonly tag: 'Binary'; readonly op: BinOpKind; readonly opSpan: Span; readonly lhs: Expr; readonly rhs: Expr }
  | { readonly tag: 'Unary'; readonly op: UnOp; readonly expr: Expr }
  | { readonly tag: 'Cast'; readonly expr: Expr; readonly ty: HirTy }
  /** `if cond { then } else { els }`; `then` is always a Block expression. */
  | { readonly tag: 'If'; readonly cond: Expr; readonly then: Expr; readonly els: Expr | null }
  | { readonly tag: 'Loop'; readonly body: Block; readonly label: Ident | null; readonly source: LoopSource; readonly span: Span }
  | { readonly tag: 'Match'; readonly scrutinee: Expr; readonly arms: readonly Arm[]; readonly source: MatchSource }
  | { readonly tag: 'Block'; readonly block: Block; readonly label: Ident | null }
  | { readonly tag: 'Assign'; readonly lhs: Expr; readonly rhs: Expr; readonly eqSpan: Span }
  | { readonly tag: 'AssignOp'; readonly op: BinOpKind; readonly opSpan: Span; readonly lhs: Expr; readonly rhs: Expr }
  /** `expr.name` / `expr.0`: typeck records the field position in `fieldIndex(expr.hirId)`. */
  | { readonly tag: 'Field'; readonly expr: Expr; readonly ident: Ident }
  | { readonly tag: 'Index'; readonly expr: Expr; readonly index: Expr; readonly bracketSpan: Span }
  | { readonly tag: 'AddrOf'; readonly raw: boolean; readonly mutbl: Mutbl; readonly expr: Expr }
  | { readonly tag: 'Break'; readonly dest: Destination; readonly expr: Expr | null }
  | { readonly tag: 'Continue'; readonly dest: Destination }
  | { readonly tag: 'Ret'; readonly expr: Expr | null }
  | { readonly tag: 'Struct'; readonly qpath: QPath; readonly fields: readonly ExprField[]; readonly base: Expr | null }
  | { readonly tag: 'InlineAsm'; readonly asm: HirInlineAsm }
  /**
   * `|a, b: T| -> R body` / `move || body`: the closure's own DefId and body (checked with
   * the enclosing fn's body, as rustc does); `inputs[i]` is null for an unannotated parameter.
   */
  | {
      readonly tag: 'Closure';
      readonly def: DefId;
      readonly captureBy: 'ref' | 'move';
      readonly inputs: readonly (HirTy | null)[];
      readonly output: HirTy | null;
      readonly body: BodyId;
      readonly declSpan: Span;
    }
  /** Evaluates the expression and drops temporaries right after (rustc's DropTemps). */
  | { readonly tag: 'DropTemps'; readonly expr: Expr }
  /** After an error was reported. */
  | { readonly tag: 'Err' };
