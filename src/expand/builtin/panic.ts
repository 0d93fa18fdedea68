import type { Span } from '../../diagnostics/span.ts';
import type { Expr } from '../../syntax/ast/index.ts';
import type { ArgCursor } from '../arg-cursor.ts';
import { AstBuilder } from '../ast-build.ts';
import type { ExpandCtx } from '../expand-ctx.ts';
import { parseTemplate } from '../format-template.ts';
import { lowerFormatArgs } from './lower-format.ts';
import { expandFormatArgs, parseFormatArgsAfter } from './print.ts';

/**
 * A path to one of core's panic entry points: through `std::rt` when the crate has std (so
 * it resolves in every edition, `::core` being no name in Rust 2015), else `core::panicking`.
 */
function rtPath(cx: ExpandCtx, b: AstBuilder, name: string): Expr {
  const std = cx.stdRoot;
  if (std !== null) return b.pathExpr([...std.segments, 'rt', name], std.global);
  return b.pathExpr([...cx.coreRoot.segments, 'panicking', name], cx.coreRoot.global);
}

/** `AssertKind::<variant>` through std::rt or core::panicking. */
function rtKind(cx: ExpandCtx, b: AstBuilder, variant: string): Expr {
  const std = cx.stdRoot;
  if (std !== null) return b.pathExpr([...std.segments, 'rt', 'AssertKind', variant], std.global);
  return b.pathExpr([...cx.coreRoot.segments, 'panicking', 'AssertKind', variant], cx.coreRoot.global);
}

/** `panic::Location` through std or core (see `rtPath`). */
export function locationCtor(cx: ExpandCtx, b: AstBuilder): Expr {
  const root = cx.stdRoot ?? cx.coreRoot;
  return b.pathExpr([...root.segments, 'panic', 'Location', 'internal_constructor'], root.global);
}

/** A call of core's `panic` lang item function with a message and the call's location. */
export function panicCall(cx: ExpandCtx, b: AstBuilder, message: string, at: Span): Expr {
  const loc = cx.sm.lookup(at.lo);
  return b.call(rtPath(cx, b, 'panic'), [
    b.strLit(message),
    b.strLit(cx.fileName(at)),
    b.intLit(loc?.line ?? 0, 'u32'),
    b.intLit(loc?.col ?? 0, 'u32'),
  ]);
}

/** `&core::panic::Location::internal_constructor(file, line, col)` for the macro call. */
export function locationExpr(cx: ExpandCtx, b: AstBuilder, at: Span): Expr {
  const loc = cx.sm.lookup(at.lo);
  return b.addrOf(b.call(locationCtor(cx, b), [
    b.strLit(cx.fileName(at)), b.intLit(loc?.line ?? 0, 'u32'), b.intLit(loc?.col ?? 0, 'u32'),
  ]));
}

/** A library path (`fmt::...`, `option::...`) through std when the crate has it. */
function corePath(cx: ExpandCtx, b: AstBuilder, ...rest: string[]): Expr {
  const root = cx.stdRoot ?? cx.coreRoot;
  return b.pathExpr([...root.segments, ...rest], root.global);
}

/** `core::panicking::panic_fmt(args, &Location)`. */
function panicFmt(cx: ExpandCtx, b: AstBuilder, args: Expr, at: Span): Expr {
  return b.call(rtPath(cx, b, 'panic_fmt'), [args, locationExpr(cx, b, at)]);
}

/** `Arguments::new_v1(&["prefix: "], &[Argument::new_display(&inner)])`. */
function prefixedArgs(cx: ExpandCtx, b: AstBuilder, prefix: string, inner: Expr): Expr {
  const arg = b.call(corePath(cx, b, 'fmt', 'rt', 'Argument', 'new_display'), [b.addrOf(inner)]);
  return b.call(corePath(cx, b, 'fmt', 'Arguments', 'new_v1'), [
    b.addrOf(b.expr({ tag: 'Array', elems: [b.strLit(prefix)] })),
    b.addrOf(b.expr({ tag: 'Array', elems: [arg] })),
  ]);
}

const PREFIX: Record<string, string> = {
  panic: '',
  unreachable: 'internal error: entered unreachable code',
  todo: 'not yet implemented',
  unimplemented: 'not implemented',
};

/**
 * `panic!()`, `panic!("message {}", x)` and the macros built on it (unreachable!, todo!,
 * unimplemented!, which put their own words before the message). Since Rust 2021 (and in
 * every edition for the others) the message is a format string; a 2015/2018 `panic!`
 * takes a single literal as is, or any single value to display.
 */
export function expandPanicLike(cx: ExpandCtx, name: string, args: ArgCursor, macroSpan: Span): Expr | null {
  const b = new AstBuilder(() => cx.nextNodeId(), macroSpan);
  const base = PREFIX[name] ?? '';
  if (args.isEof()) return panicCall(cx, b, name === 'panic' ? 'explicit panic' : base, macroSpan);
  const edition2021 = cx.edition === '2021' || cx.edition === '2024';
  if (name === 'panic' && !edition2021) {
    const saved = args.eatStrLit();
    if (saved !== null && args.isEof()) return panicCall(cx, b, saved.value, macroSpan);
    if (saved === null) {
      const e = args.parseExpr();
      if (e === null) return null;
      args.eatComma();
      if (args.isEof()) return b.call(rtPath(cx, b, 'panic_display'), [b.addrOf(e), locationExpr(cx, b, macroSpan)]);
      cx.dcx.err('format argument must be a string literal').primary(e.span).emit();
      return null;
    }
    // A literal followed by arguments is a format string in every edition.
    const fmt = parseFormatArgsAfter(cx, saved, args, macroSpan);
    if (fmt === null) return null;
    return panicFmt(cx, b, lowerFormatArgs(cx, b, fmt), macroSpan);
  }
  const fmt = expandFormatArgs(cx, name, args, macroSpan, false);
  if (fmt === null) return null;
  return panicFmt(cx, b, base === '' ? fmt : prefixedArgs(cx, b, `${base}: `, fmt), macroSpan);
}

/** A literal message with no placeholders: its text, for the cheaper `panic` call. */
export function literalMessage(template: string): string | null {
  const t = parseTemplate(template);
  if (t.error || t.pieces.some((p) => p.tag === 'Placeholder')) return null;
  return t.pieces.map((p) => (p.tag === 'Lit' ? p.text : '')).join('');
}

/** `assert!(cond)` and `assert!(cond, "message {}", args...)`. */
export function expandAssert(cx: ExpandCtx, args: ArgCursor, macroSpan: Span, debugOnly: boolean): Expr | null {
  const b = new AstBuilder(() => cx.nextNodeId(), macroSpan);
  const cond = args.parseExpr();
  if (cond === null) return null;
  let failure: Expr;
  if (args.eatComma() && !args.isEof()) {
    const fmt = expandFormatArgs(cx, 'assert', args, macroSpan, false);
    if (fmt === null) return null;
    failure = panicFmt(cx, b, fmt, macroSpan);
  } else {
    failure = panicCall(cx, b, `assertion failed: ${cx.sm.snippet(cond.span).replace(/\s+/g, ' ')}`, macroSpan);
  }
  const check = b.expr({
    tag: 'If',
    cond: b.expr({ tag: 'Unary', op: 'Not', expr: b.expr({ tag: 'Paren', expr: cond }) }),
    then: b.block([b.semi(failure)]),
    else: null,
  });
  if (!debugOnly) return check;
  return debugAssertionsOn(cx) ? check : b.tuple([]);
}

function debugAssertionsOn(cx: ExpandCtx): boolean {
  return cx.cfg.some(([n]) => n === 'debug_assertions');
}

/**
 * `assert_eq!(a, b)` / `assert_ne!(a, b)` (and their debug_ forms), with an optional
 * formatted message:
 *
 *   match (&a, &b) { args => if !(*args.0 == *args.1) {
 *       core::panicking::assert_failed(AssertKind::Eq, args.0, args.1, None, &Location) } }
 */
export function expandAssertEq(cx: ExpandCtx, name: string, args: ArgCursor, macroSpan: Span): Expr | null {
  const b = new AstBuilder(() => cx.nextNodeId(), macroSpan);
  const h = new AstBuilder(() => cx.nextNodeId(), { ...macroSpan, ctxt: cx.freshCtxt() });
  const eq = name.endsWith('eq');
  const left = args.parseExpr();
  if (left === null) return null;
  if (!args.expectComma()) return null;
  const right = args.parseExpr();
  if (right === null) return null;
  let message: Expr = corePath(cx, b, 'option', 'Option', 'None');
  if (args.eatComma() && !args.isEof()) {
    const fmt = expandFormatArgs(cx, name, args, macroSpan, false);
    if (fmt === null) return null;
    message = b.call(corePath(cx, b, 'option', 'Option', 'Some'), [fmt]);
  } else if (!args.isEof()) {
    args.expectComma();
    return null;
  }
  const side = (i: number): Expr => b.field(h.pathExpr(['args'], false), String(i));
  const deref = (e: Expr): Expr => b.expr({ tag: 'Unary', op: 'Deref', expr: e });
  const compare = b.expr({ tag: 'Binary', op: eq ? '==' : '!=', opSpan: macroSpan, lhs: deref(side(0)), rhs: deref(side(1)) });
  const fail = b.call(rtPath(cx, b, 'assert_failed'), [
    rtKind(cx, b, eq ? 'Eq' : 'Ne'), side(0), side(1), message, locationExpr(cx, b, macroSpan),
  ]);
  const check = b.expr({
    tag: 'If',
    cond: b.expr({ tag: 'Unary', op: 'Not', expr: b.expr({ tag: 'Paren', expr: compare }) }),
    then: b.block([b.semi(fail)]),
    else: null,
  });
  const m = b.expr({
    tag: 'Match',
    scrutinee: b.tuple([b.addrOf(left, 'not', left.span), b.addrOf(right, 'not', right.span)]),
    arms: [{ id: cx.nextNodeId(), attrs: [], pat: h.bindingPat('args', false), guard: null, body: b.blockExpr([b.tail(check)]), span: macroSpan }],
  });
  if (name.startsWith('debug_') && !debugAssertionsOn(cx)) return b.tuple([]);
  return m;
}
