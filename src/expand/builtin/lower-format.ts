import type { Expr, FormatArgs, Stmt } from '../../syntax/ast/index.ts';
import { AstBuilder } from '../ast-build.ts';
import type { ExpandCtx } from '../expand-ctx.ts';

// Names a user cannot write, so the expansion never captures or shadows user variables
// (a stand-in for hygiene until macro expansion tracks syntax contexts).
const ARGS = '__fmt args';
const FMT = '__fmt formatter';

/**
 * Turns checked format arguments into ordinary calls on a `core::fmt::Formatter`:
 * arguments are evaluated once, in order, then each piece is written. `formatter` is the
 * expression producing the Formatter (stdout, stderr, a String...).
 */
export function lowerFormatArgsToCalls(cx: ExpandCtx, b: AstBuilder, fmt: FormatArgs, formatter: Expr, newline: boolean): Expr | null {
  const root = cx.stdRoot ?? cx.coreRoot;
  const stmts: Stmt[] = [];
  if (fmt.arguments.length > 0) {
    stmts.push(b.letStmt(ARGS, false, b.tuple(fmt.arguments.map((a) => b.addrOf(a.expr, 'not', a.expr.span)))));
  }
  stmts.push(b.letStmt(FMT, true, formatter));
  const fmtRef = (): Expr => b.addrOf(b.pathExpr([FMT], false), 'mut');
  const writeStr = (text: string): void => {
    if (text !== '') stmts.push(b.semi(b.methodCall(b.pathExpr([FMT], false), 'write_str', [b.strLit(text)])));
  };
  let pendingText = '';
  for (const piece of fmt.template) {
    if (piece.tag === 'Lit') {
      pendingText += piece.text;
      continue;
    }
    const ph = piece.placeholder;
    const o = ph.options;
    if (o.fill !== null || o.align !== null || o.sign !== null || o.alternate || o.zeroPad || o.width !== null || o.precision !== null || o.debugHex !== null) {
      cx.dcx.err('format options (fill, alignment, sign, `#`, `0`, width, precision) are not supported by tsrustc yet').primary(ph.span ?? fmt.span).emit();
      return null;
    }
    if (ph.trait !== 'Display' && ph.trait !== 'Debug') {
      cx.dcx.err(`the \`${ph.trait}\` format trait is not supported by tsrustc yet`).primary(ph.span ?? fmt.span).emit();
      return null;
    }
    writeStr(pendingText);
    pendingText = '';
    const traitPath = b.pathExpr([...root.segments, 'fmt', ph.trait, 'fmt'], root.global);
    stmts.push(b.semi(b.call(traitPath, [b.field(b.pathExpr([ARGS], false), String(ph.argument)), fmtRef()])));
  }
  writeStr(pendingText + (newline ? '\n' : ''));
  return b.blockExpr(stmts);
}
