import type { Span } from '../../diagnostics/span.ts';
import type { Expr, FormatArgs, FormatCount, FormatOptions, FormatTrait, Lit } from '../../syntax/ast/index.ts';
import { intern } from '../../syntax/symbol.ts';
import { AstBuilder } from '../ast-build.ts';
import type { ExpandCtx } from '../expand-ctx.ts';
import { locationCtor } from './panic.ts';

// The local of the expansion; its identifier carries the expansion's own syntax context, so
// it can neither capture nor shadow the user's variables of the same name.
const ARGS = 'args';

// The encoding `core::fmt::rt::Placeholder` expects (see sysroot/core/src/fmt/formatter.rs).
const ALIGN = { left: 0, right: 1, center: 2 } as const;
const ALIGN_UNKNOWN = 3;
const FLAG_SIGN_PLUS = 1;
const FLAG_SIGN_MINUS = 2;
const FLAG_ALTERNATE = 4;
const FLAG_ZERO_PAD = 8;
const FLAG_DEBUG_LOWER_HEX = 16;
const FLAG_DEBUG_UPPER_HEX = 32;

/** The `rt::Argument` constructor of each formatting trait. */
const CONSTRUCTOR: Record<FormatTrait, string> = {
  Display: 'new_display', Debug: 'new_debug', LowerHex: 'new_lower_hex', UpperHex: 'new_upper_hex',
  Octal: 'new_octal', Binary: 'new_binary', LowerExp: 'new_lower_exp', UpperExp: 'new_upper_exp', Pointer: 'new_pointer',
};

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
  return flags;
}

/** An erased argument: one per (argument, trait) pair formatted, or per count argument. */
type ErasedArg = { readonly tag: 'Value'; readonly argument: number; readonly trait: FormatTrait } | { readonly tag: 'Count'; readonly argument: number };

/**
 * Turns checked format arguments into the construction of a `core::fmt::Arguments`, as
 * rustc's format_args! lowering does:
 *
 *   match (&a, &b) { args => Arguments::new_v1(&["x = ", ", y = "], &[Argument::new_display(args.0), ...]) }
 *
 * The arguments are evaluated once, in order, and borrowed for the enclosing statement (the
 * match scrutinee's temporaries live that long). Placeholders with options, arguments used
 * out of order or twice, and counts taken from arguments (`Argument::from_usize`, checked
 * against u16 at the macro call) make it `new_v1_formatted` with one `rt::Placeholder` each.
 * `suffix` is appended to the template (println!'s newline).
 */
export function lowerFormatArgs(cx: ExpandCtx, b: AstBuilder, fmt: FormatArgs, suffix = ''): Expr {
  const root = cx.stdRoot ?? cx.coreRoot;
  const fmtPath = (...rest: string[]): Expr => b.pathExpr([...root.segments, 'fmt', ...rest], root.global);
  const h = new AstBuilder(() => cx.nextNodeId(), { ...b.span, ctxt: cx.freshCtxt() });

  // The literal pieces: the text before each placeholder, then any text after the last.
  const pieces: string[] = [];
  let text = '';
  const erased: ErasedArg[] = [];
  const erasedIndex = (e: ErasedArg): number => {
    const i = erased.findIndex((x) => x.tag === e.tag && x.argument === e.argument && (x.tag === 'Count' || x.trait === (e as typeof x).trait));
    if (i >= 0) return i;
    erased.push(e);
    return erased.length - 1;
  };
  type Spec = { position: number; options: FormatOptions };
  const specs: Spec[] = [];
  let needSpecs = false;
  const inlined = new Set<number>();
  const placeholderSpan = new Map<number, Span>();
  for (const piece of fmt.template) {
    if (piece.tag === 'Lit') {
      text += piece.text;
      continue;
    }
    const literal = piece.placeholder.trait === 'Display' && isDefault(piece.placeholder.options)
      ? inlineLiteral(fmt.arguments[piece.placeholder.argument]!.expr) : null;
    if (literal !== null) {
      text += literal;
      inlined.add(piece.placeholder.argument);
      continue;
    }
    pieces.push(text);
    text = '';
    const ph = piece.placeholder;
    const position = erasedIndex({ tag: 'Value', argument: ph.argument, trait: ph.trait });
    if (!placeholderSpan.has(position) && ph.span !== null) placeholderSpan.set(position, ph.span);
    if (position !== specs.length || !isDefault(ph.options)) needSpecs = true;
    specs.push({ position, options: ph.options });
  }
  text += suffix;
  if (text !== '') pieces.push(text);
  // Count arguments come after the values they size, as rustc orders them.
  const countIndex = new Map<number, number>();
  for (const s of specs) {
    for (const c of [s.options.width, s.options.precision]) {
      if (c?.tag === 'Argument' && !countIndex.has(c.argument)) countIndex.set(c.argument, erasedIndex({ tag: 'Count', argument: c.argument }));
    }
  }
  // A value used twice with the same trait is one erased argument; then positions repeat.
  if (erased.length !== specs.length) needSpecs = true;

  const piecesExpr = b.addrOf(b.expr({ tag: 'Array', elems: pieces.map((p) => b.strLit(p)) }));
  // Literal arguments formatted only where they were inlined are not evaluated at all.
  const used = new Set<number>(erased.map((e) => e.argument));
  const kept = fmt.arguments.map((_, i) => i).filter((i) => used.has(i) || !inlined.has(i));
  if (kept.length === 0 && specs.length === 0) {
    return b.call(fmtPath('Arguments', 'new_const'), [piecesExpr]);
  }

  const loc = cx.sm.lookup(b.span.lo);
  const location = (): Expr => b.addrOf(b.call(locationCtor(cx, b), [
    b.strLit(cx.fileName(b.span)), b.intLit(loc?.line ?? 0, 'u32'), b.intLit(loc?.col ?? 0, 'u32'),
  ]));
  const argElems = erased.map((e) => {
    // `Argument::new_display(args.N)`, spanned as the user's argument so that a type not
    // implementing the trait (E0277) or a count that is not `usize` (E0308) is reported
    // there, as rustc does.
    const span = fmt.arguments[e.argument]!.expr.span;
    const a = new AstBuilder(() => cx.nextNodeId(), span);
    const value = a.field(h.pathExpr([ARGS], false), String(kept.indexOf(e.argument)));
    // The constructor's path is spanned as the placeholder, where rustc's E0277 says
    // "required by this formatting parameter".
    const at = placeholderSpan.get(erased.indexOf(e)) ?? b.span;
    const ctor = (name: string): Expr => new AstBuilder(() => cx.nextNodeId(), at).pathExpr([...root.segments, 'fmt', 'rt', 'Argument', name], root.global);
    if (e.tag === 'Count') return a.call(ctor('from_usize'), [value, location()], span);
    return a.call(ctor(CONSTRUCTOR[e.trait]), [value], span);
  });
  const argsExpr = b.addrOf(b.expr({ tag: 'Array', elems: argElems }));
  let call: Expr;
  if (!needSpecs) {
    call = b.call(fmtPath('Arguments', 'new_v1'), [piecesExpr, argsExpr]);
  } else {
    const count = (c: FormatCount | null): Expr => {
      if (c === null) return fmtPath('rt', 'Count', 'Implied');
      if (c.tag === 'Literal') return b.call(fmtPath('rt', 'Count', 'Is'), [b.intLit(c.value, 'usize')]);
      return b.call(fmtPath('rt', 'Count', 'Param'), [b.intLit(countIndex.get(c.argument)!, 'usize')]);
    };
    const specElems = specs.map((s) => {
      const o = s.options;
      return b.call(fmtPath('rt', 'Placeholder', 'new'), [
        b.intLit(s.position, 'usize'),
        charLit(b, o.fill === null ? 0x20 : o.fill.codePointAt(0)!),
        b.intLit(o.align === null ? ALIGN_UNKNOWN : ALIGN[o.align], 'u32'),
        b.intLit(flagsOf(o), 'u32'),
        count(o.precision),
        count(o.width),
      ]);
    });
    call = b.call(fmtPath('Arguments', 'new_v1_formatted'), [piecesExpr, argsExpr, b.addrOf(b.expr({ tag: 'Array', elems: specElems }))]);
  }
  const scrutinee = b.tuple(kept.map((i) => fmt.arguments[i]!.expr).map((e) => b.addrOf(e, 'not', e.span)));
  return b.expr({
    tag: 'Match',
    scrutinee,
    arms: [{ id: cx.nextNodeId(), attrs: [], pat: h.bindingPat(ARGS, false), guard: null, body: call, span: b.span }],
  });
}

/** Largest value of each integer literal suffix (`None`: unsuffixed, taken as i32). */
const INT_MAX: Record<string, bigint> = {
  none: 2n ** 31n - 1n, i8: 127n, i16: 32767n, i32: 2n ** 31n - 1n, i64: 2n ** 63n - 1n, i128: 2n ** 127n - 1n, isize: 2n ** 63n - 1n,
  u8: 255n, u16: 65535n, u32: 2n ** 32n - 1n, u64: 2n ** 64n - 1n, u128: 2n ** 128n - 1n, usize: 2n ** 64n - 1n,
};

/**
 * rustc writes a string or integer literal argument of a plain `{}` into the pieces at
 * compile time (so `format_args!("{} items", 3).as_str()` is `Some`); parentheses and
 * borrows around it are looked through. Integers must fit their type (a literal too
 * large for a 32-bit usize is rejected before it matters).
 */
function inlineLiteral(e: Expr): string | null {
  while (e.kind.tag === 'Paren' || (e.kind.tag === 'AddrOf' && !e.kind.raw)) e = e.kind.expr;
  if (e.kind.tag !== 'Lit') return null;
  const v = e.kind.lit.value;
  if (v.tag === 'Str') return v.value;
  if (v.tag === 'Int') {
    const max = INT_MAX[v.suffix ?? 'none'];
    return max !== undefined && v.value <= max ? v.value.toString() : null;
  }
  return null;
}

/** A char literal (written as `'\u{..}'` in the token so any character is valid). */
function charLit(b: AstBuilder, code: number): Expr {
  const lit: Lit = {
    token: { kind: 'char', symbol: intern(`\\u{${code.toString(16)}}`), suffix: null },
    value: { tag: 'Char', value: code },
    span: b.span,
  };
  return b.lit(lit);
}
