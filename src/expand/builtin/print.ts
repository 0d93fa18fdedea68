import type { Span } from '../../diagnostics/span.ts';
import type { Expr } from '../../syntax/ast/index.ts';
import type { ArgCursor } from '../arg-cursor.ts';
import { AstBuilder } from '../ast-build.ts';
import type { ExpandCtx } from '../expand-ctx.ts';
import { buildFormatArgs, type RawFormatArg } from './format-args.ts';
import { lowerFormatArgsToCalls } from './lower-format.ts';

/** Parses `"template", args...` as format_args! does. Null after a reported error. */
export function parseFormatCall(cx: ExpandCtx, macroName: string, args: ArgCursor, macroSpan: Span) {
  if (args.isEof()) {
    cx.dcx.err('requires at least a format string argument').primary(macroSpan).emit();
    return null;
  }
  const template = args.eatStrLit();
  if (template === null) {
    const e = args.parseExpr();
    if (e) cx.dcx.err('format argument must be a string literal').primary(e.span).help('you might be missing a string literal to format with', e.span).emit();
    return null;
  }
  const raw: RawFormatArg[] = [];
  while (!args.isEof()) {
    if (!args.expectComma()) return null;
    if (args.isEof()) break;
    const name = args.eatNamedArgPrefix();
    const expr = args.parseExpr();
    if (expr === null) return null;
    raw.push({ name, expr });
  }
  void macroName;
  return buildFormatArgs(cx, macroSpan, template, raw);
}

/** `print!`, `println!`, `eprint!`, `eprintln!`. */
export function expandPrint(cx: ExpandCtx, name: string, args: ArgCursor, macroSpan: Span): Expr | null {
  const b = new AstBuilder(() => cx.nextNodeId(), macroSpan);
  const newline = name.endsWith('ln');
  const std = cx.stdRoot;
  if (std === null) return null;
  const target = name.startsWith('e') ? '_stderr_formatter' : '_stdout_formatter';
  const formatter = b.call(b.pathExpr([...std.segments, 'io', target], std.global), []);
  if (newline && args.isEof()) {
    return lowerFormatArgsToCalls(cx, b, { span: macroSpan, template: [], arguments: [] }, formatter, true);
  }
  const fmt = parseFormatCall(cx, name, args, macroSpan);
  if (fmt === null) return null;
  return lowerFormatArgsToCalls(cx, b, fmt, formatter, newline);
}
