import type { Expr, FormatArgs, Stmt } from '../../syntax/ast/index.ts';
import { AstBuilder } from '../ast-build.ts';
import type { ExpandCtx } from '../expand-ctx.ts';

// Locals of the expansion; their identifiers carry the expansion's own syntax context, so
// they can neither capture nor shadow the user's variables of the same names.
const ARGS = 'args';
const FMT = 'f';

/**
 * Turns checked format arguments into ordinary calls on a `core::fmt::Formatter`:
 * arguments are evaluated once, in order, then each piece is written. `formatter` is the
 * expression producing the Formatter (stdout, stderr, a String...).
 */
export function lowerFormatArgsToCalls(cx: ExpandCtx, b: AstBuilder, fmt: FormatArgs, formatter: Expr, newline: boolean): Expr | null {
  const root = cx.stdRoot ?? cx.coreRoot;
  const h = new AstBuilder(() => cx.nextNodeId(), { ...b.span, ctxt: cx.freshCtxt() });
  const stmts: Stmt[] = [];
  if (fmt.arguments.length > 0) {
    stmts.push(h.letStmt(ARGS, false, b.tuple(fmt.arguments.map((a) => b.addrOf(a.expr, 'not', a.expr.span)))));
  }
  stmts.push(h.letStmt(FMT, true, formatter));
  const fmtRef = (): Expr => b.addrOf(h.pathExpr([FMT], false), 'mut');
  const writeStr = (text: string): void => {
    if (text !== '') stmts.push(b.semi(b.methodCall(h.pathExpr([FMT], false), 'write_str', [b.strLit(text)])));
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
    stmts.push(b.semi(b.call(traitPath, [b.field(h.pathExpr([ARGS], false), String(ph.argument)), fmtRef()])));
  }
  writeStr(pendingText + (newline ? '\n' : ''));
  return b.blockExpr(stmts);
}
