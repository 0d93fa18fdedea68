import type { Span } from '../../diagnostics/span.ts';
import type { Symbol } from '../symbol.ts';
import type { Expr } from './expr.ts';
import type { AnonConst, Path, QSelf } from './path.ts';

/** `asm!(...)` after the expander parsed its arguments (rustc's ast::InlineAsm). */
export interface InlineAsm {
  readonly template: readonly InlineAsmTemplatePiece[];
  readonly operands: readonly InlineAsmOperandSpanned[];
  readonly clobberAbis: readonly { readonly abi: Symbol; readonly span: Span }[];
  readonly options: ReadonlySet<InlineAsmOption>;
  readonly lineSpans: readonly Span[];
  readonly global: boolean;
}

export type InlineAsmOption =
  | 'pure' | 'nomem' | 'readonly' | 'preserves_flags' | 'noreturn' | 'nostack'
  | 'att_syntax' | 'raw' | 'may_unwind';

export type InlineAsmTemplatePiece =
  | { readonly tag: 'String'; readonly text: string }
  | { readonly tag: 'Placeholder'; readonly operandIdx: number; readonly modifier: string | null; readonly span: Span };

/** A register class (`reg`) or an explicit register (`"rax"`). */
export type InlineAsmRegOrClass =
  | { readonly tag: 'Reg'; readonly name: Symbol }
  | { readonly tag: 'RegClass'; readonly name: Symbol };

export type InlineAsmOperand =
  | { readonly tag: 'In'; readonly reg: InlineAsmRegOrClass; readonly expr: Expr }
  | { readonly tag: 'Out'; readonly reg: InlineAsmRegOrClass; readonly late: boolean; readonly expr: Expr | null }
  | { readonly tag: 'InOut'; readonly reg: InlineAsmRegOrClass; readonly late: boolean; readonly expr: Expr }
  | { readonly tag: 'SplitInOut'; readonly reg: InlineAsmRegOrClass; readonly late: boolean; readonly inExpr: Expr; readonly outExpr: Expr | null }
  | { readonly tag: 'Const'; readonly anonConst: AnonConst }
  | { readonly tag: 'Sym'; readonly qself: QSelf | null; readonly path: Path }
  | { readonly tag: 'Label'; readonly block: Expr };

export interface InlineAsmOperandSpanned {
  readonly op: InlineAsmOperand;
  readonly span: Span;
}
