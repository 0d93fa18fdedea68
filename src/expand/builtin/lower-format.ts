import type { Expr, FormatArgs, FormatCount, FormatOptions, Stmt } from '../../syntax/ast/index.ts';
import { AstBuilder } from '../ast-build.ts';
import type { ExpandCtx } from '../expand-ctx.ts';

// Locals of the expansion; their identifiers carry the expansion's own syntax context, so
// they can neither capture nor shadow the user's variables of the same names.
const ARGS = 'args';
const FMT = 'f';

// The encoding `core::fmt::Formatter::_set_spec` expects (see sysroot/core/src/fmt/formatter.rs).
const ALIGN = { left: 0, right: 1, center: 2 } as const;
const ALIGN_UNKNOWN = 3;
const FLAG_SIGN_PLUS = 1;
const FLAG_SIGN_MINUS = 2;
const FLAG_ALTERNATE = 4;
const FLAG_ZERO_PAD = 8;
const FLAG_DEBUG_LOWER_HEX = 16;
const FLAG_DEBUG_UPPER_HEX = 32;
const FLAG_HAS_WIDTH = 64;
const FLAG_HAS_PRECISION = 128;

/** True when a placeholder is plain `{}`/`{:?}`/`{:x}`..., formatted with the defaults. */
function isDefault(o: FormatOptions): boolean {
  return o.fill === null && o.align === null && o.sign === null && !o.alternate && !o.zeroPad
    && o.width === null && o.precision === null && o.debugHex === null;
}

function flagsOf(o: FormatOptions): number {
  let flags = 0;
  if (o.sign === '+') flags |= FLAG_SIGN_PLUS;
  if (o.sign === '-') flags |= FLAG_SIGN_MINUS;
  if (o.alternate) flags |= FLAG_ALTERNATE;
  if (o.zeroPad) flags |= FLAG_ZERO_PAD;
  if (o.debugHex === 'lower') flags |= FLAG_DEBUG_LOWER_HEX;
  if (o.debugHex === 'upper') flags |= FLAG_DEBUG_UPPER_HEX;
  if (o.width !== null) flags |= FLAG_HAS_WIDTH;
  if (o.precision !== null) flags |= FLAG_HAS_PRECISION;
  return flags;
}

/**
 * Turns checked format arguments into ordinary calls on a `core::fmt::Formatter`:
 * arguments are evaluated once, in order, and borrowed into a tuple; then each piece is
 * written: literal text with `write_str`, a placeholder with its options set on the
 * formatter (`_set_spec`, counts read by value from the tuple as `usize` and checked by
 * `_count_arg`) followed by the
 * trait's `fmt`. `formatter` is the expression producing the Formatter (stdout, stderr...).
 */
export function lowerFormatArgsToCalls(cx: ExpandCtx, b: AstBuilder, fmt: FormatArgs, formatter: Expr, newline: boolean): Expr | null {
  const root = cx.stdRoot ?? cx.coreRoot;
  const h = new AstBuilder(() => cx.nextNodeId(), { ...b.span, ctxt: cx.freshCtxt() });
  const stmts: Stmt[] = [];
  if (fmt.arguments.length > 0) {
    stmts.push(h.letStmt(ARGS, false, b.tuple(fmt.arguments.map((a) => b.addrOf(a.expr, 'not', a.expr.span)))));
  }
  // Counts taken from arguments are checked before anything is written (rustc checks
  // them while building `fmt::Arguments`): `let countN = Formatter::_count_arg(*args.N, ...)`,
  // the argument's span on the deref so a count that is not `usize` is reported there (E0308).
  const countArgs = new Set<number>();
  for (const piece of fmt.template) {
    if (piece.tag !== 'Placeholder') continue;
    for (const c of [piece.placeholder.options.width, piece.placeholder.options.precision]) {
      if (c?.tag === 'Argument') countArgs.add(c.argument);
    }
  }
  if (countArgs.size > 0) {
    const loc = cx.sm.lookup(b.span.lo);
    for (const arg of [...countArgs].sort((x, y) => x - y)) {
      const span = fmt.arguments[arg]!.expr.span;
      const value = b.expr({ tag: 'Unary', op: 'Deref', expr: b.field(h.pathExpr([ARGS], false), String(arg)) }, span);
      stmts.push(h.letStmt(`count${arg}`, false, b.call(b.pathExpr([...root.segments, 'fmt', 'Formatter', '_count_arg'], root.global), [
        value, b.strLit(cx.fileName(b.span)), b.intLit(loc?.line ?? 0, 'u32'), b.intLit(loc?.col ?? 0, 'u32'),
      ])));
    }
  }
  stmts.push(h.letStmt(FMT, true, formatter));
  const fmtRef = (): Expr => b.addrOf(h.pathExpr([FMT], false), 'mut');
  const writeStr = (text: string): void => {
    if (text !== '') stmts.push(b.semi(b.methodCall(h.pathExpr([FMT], false), 'write_str', [b.strLit(text)])));
  };
  const countExpr = (c: FormatCount | null): Expr => {
    if (c === null) return b.intLit(0, 'usize');
    if (c.tag === 'Literal') return b.intLit(c.value, 'usize');
    return h.pathExpr([`count${c.argument}`], false);
  };
  let specSet = false;
  let pendingText = '';
  for (const piece of fmt.template) {
    if (piece.tag === 'Lit') {
      pendingText += piece.text;
      continue;
    }
    const ph = piece.placeholder;
    if (ph.trait === 'Pointer') {
      cx.dcx.err('the `Pointer` format trait is not supported by tsrustc yet').primary(ph.span ?? fmt.span).emit();
      return null;
    }
    writeStr(pendingText);
    pendingText = '';
    const o = ph.options;
    if (!isDefault(o)) {
      const fill = o.fill === null ? 0x20 : o.fill.codePointAt(0)!;
      const align = o.align === null ? ALIGN_UNKNOWN : ALIGN[o.align];
      stmts.push(b.semi(b.methodCall(h.pathExpr([FMT], false), '_set_spec', [
        b.intLit(fill, 'u32'), b.intLit(align, 'u32'), b.intLit(flagsOf(o), 'u32'), countExpr(o.width), countExpr(o.precision),
      ])));
      specSet = true;
    } else if (specSet) {
      stmts.push(b.semi(b.methodCall(h.pathExpr([FMT], false), '_reset_spec', [])));
      specSet = false;
    }
    // `<trait>::fmt(args.N, &mut f)`, spanned as the user's argument so that a type not
    // implementing the trait (E0277) is reported there, as rustc does.
    const argSpan = fmt.arguments[ph.argument]!.expr.span;
    const a = new AstBuilder(() => cx.nextNodeId(), argSpan);
    const traitPath = a.pathExpr([...root.segments, 'fmt', ph.trait, 'fmt'], root.global);
    stmts.push(b.semi(b.call(traitPath, [b.field(h.pathExpr([ARGS], false), String(ph.argument)), fmtRef()], argSpan)));
  }
  writeStr(pendingText + (newline ? '\n' : ''));
  return b.blockExpr(stmts);
}
