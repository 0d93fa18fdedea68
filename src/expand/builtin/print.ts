import type { Span } from '../../diagnostics/span.ts';
import type { Expr, FormatArgs } from '../../syntax/ast/index.ts';
import type { ArgCursor } from '../arg-cursor.ts';
import { AstBuilder } from '../ast-build.ts';
import type { ExpandCtx } from '../expand-ctx.ts';
import { buildFormatArgs, type RawFormatArg } from './format-args.ts';
import { lowerFormatArgs } from './lower-format.ts';

/** Parses `"template", args...` as format_args! does. Null after a reported error. */
export function parseFormatCall(cx: ExpandCtx, macroName: string, args: ArgCursor, macroSpan: Span): FormatArgs | null {
  if (args.isEof()) {
    cx.dcx.err('requires at least a format string argument').primary(macroSpan).emit();
    return null;
  }
  let template = args.eatStrLit();
  if (template === null) {
    const e = args.parseExpr();
    // A macro call in the format string's place (`concat!(..)`) is expanded first.
    const x = e && e.kind.tag === 'MacCall' ? (cx.eagerExpand?.(e) ?? null) : e;
    if (e && x === null) return null;
    if (x && x.kind.tag === 'Lit' && x.kind.lit.value.tag === 'Str') {
      template = { value: x.kind.lit.value.value, span: e!.span, raw: false };
    } else {
      if (e) cx.dcx.err('format argument must be a string literal').primary(e.span).help('you might be missing a string literal to format with', e.span).emit();
      return null;
    }
  }
  return parseFormatArgsAfter(cx, template, args, macroSpan);
}

/** The arguments after an already-read template (`, a, b = c`), checked as format_args! does. */
export function parseFormatArgsAfter(cx: ExpandCtx, template: { value: string; span: Span; raw: boolean }, args: ArgCursor, macroSpan: Span): FormatArgs | null {
  const raw: RawFormatArg[] = [];
  while (!args.isEof()) {
    if (!args.expectComma()) return null;
    if (args.isEof()) break;
    const name = args.eatNamedArgPrefix();
    const expr = args.parseExpr();
    if (expr === null) return null;
    raw.push({ name, expr });
  }
  return buildFormatArgs(cx, macroSpan, template, raw);
}

/**
 * `format_args!(...)` (and the `format_args_nl!` println! uses: `newline`), an empty
 * argument list meaning just the newline. Null after a reported error.
 */
export function expandFormatArgs(cx: ExpandCtx, name: string, args: ArgCursor, macroSpan: Span, newline: boolean): Expr | null {
  const b = new AstBuilder(() => cx.nextNodeId(), macroSpan);
  const suffix = newline ? '\n' : '';
  if (newline && args.isEof()) return lowerFormatArgs(cx, b, { span: macroSpan, template: [], arguments: [] }, suffix);
  const fmt = parseFormatCall(cx, name, args, macroSpan);
  if (fmt === null) return null;
  return lowerFormatArgs(cx, b, fmt, suffix);
}

/** `print!`, `println!`, `eprint!`, `eprintln!`: `std::io::_print(format_args!(..))`. */
export function expandPrint(cx: ExpandCtx, name: string, args: ArgCursor, macroSpan: Span): Expr | null {
  const b = new AstBuilder(() => cx.nextNodeId(), macroSpan);
  const std = cx.stdRoot;
  if (std === null) return null;
  const fmt = expandFormatArgs(cx, name, args, macroSpan, name.endsWith('ln'));
  if (fmt === null) return null;
  const target = name.startsWith('e') ? '_eprint' : '_print';
  return b.call(b.pathExpr([...std.segments, 'io', target], std.global), [fmt]);
}

/** `write!(dst, ...)` and `writeln!(dst, ...)`: `dst.write_fmt(format_args!(..))`. */
export function expandWrite(cx: ExpandCtx, name: string, args: ArgCursor, macroSpan: Span): Expr | null {
  const b = new AstBuilder(() => cx.nextNodeId(), macroSpan);
  const dst = args.parseExpr();
  if (dst === null) return null;
  const newline = name === 'writeln';
  if (!args.isEof() && !args.expectComma()) return null;
  const fmt = expandFormatArgs(cx, name, args, macroSpan, newline);
  if (fmt === null) return null;
  return b.methodCall(dst, 'write_fmt', [fmt]);
}

/** `format!(...)`: `alloc::fmt::format(format_args!(..))` (through std's `fmt`). */
export function expandFormat(cx: ExpandCtx, name: string, args: ArgCursor, macroSpan: Span): Expr | null {
  const b = new AstBuilder(() => cx.nextNodeId(), macroSpan);
  const std = cx.stdRoot;
  if (std === null) return null;
  const fmt = expandFormatArgs(cx, name, args, macroSpan, false);
  if (fmt === null) return null;
  return b.call(b.pathExpr([...std.segments, 'fmt', 'format'], std.global), [fmt]);
}
