import * as path from 'node:path';
import type { Span } from '../../diagnostics/span.ts';
import type { Expr } from '../../syntax/ast/index.ts';
import { intern } from '../../syntax/symbol.ts';
import type { ArgCursor } from '../arg-cursor.ts';
import { AstBuilder } from '../ast-build.ts';
import type { ExpandCtx } from '../expand-ctx.ts';

// `include_str!` and `include_bytes!` (rustc's source_util): the file is read at compile
// time, relative to the directory of the file holding the invocation.

/** Reads a file for an include; an OS error message as rustc prints it otherwise. */
export type ReadFile = (file: string) => Uint8Array | { readonly error: string };

function fileArg(cx: ExpandCtx, name: string, args: ArgCursor, macroSpan: Span): string | null {
  const lit = args.eatStrLit();
  if (lit === null) {
    const e = args.isEof() ? null : args.parseExpr();
    cx.dcx.err('argument must be a string literal').primary(e?.span ?? macroSpan).emit();
    return null;
  }
  if (!args.isEof()) args.expectComma();
  if (!args.isEof()) {
    cx.dcx.err(`\`${name}!\` takes 1 argument`).primary(macroSpan).emit();
    return null;
  }
  return path.join(path.dirname(cx.fileName(macroSpan)), lit.value);
}

/** Escapes bytes as a byte string literal's text (for printing the expansion). */
function byteStrText(bytes: Uint8Array): string {
  let s = '';
  for (const c of bytes) {
    if (c === 0x22) s += '\\"';
    else if (c === 0x5c) s += '\\\\';
    else if (c === 0x0a) s += '\\n';
    else if (c >= 0x20 && c < 0x7f) s += String.fromCharCode(c);
    else s += `\\x${c.toString(16).padStart(2, '0')}`;
  }
  return s;
}

export function expandInclude(cx: ExpandCtx, name: 'include_str' | 'include_bytes', args: ArgCursor, macroSpan: Span, readFile: ReadFile): Expr | null {
  const file = fileArg(cx, name, args, macroSpan);
  if (file === null) return null;
  const data = readFile(file);
  if ('error' in data) {
    cx.dcx.err(`couldn't read \`${file}\`: ${data.error}`).primary(macroSpan).emit();
    return null;
  }
  const b = new AstBuilder(() => cx.nextNodeId(), macroSpan);
  if (name === 'include_bytes') {
    return b.lit({ token: { kind: 'byteStr', symbol: intern(byteStrText(data)), suffix: null }, value: { tag: 'ByteStr', value: data }, span: macroSpan });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    cx.dcx.err(`\`${file}\` wasn't a utf-8 file`).primary(macroSpan).emit();
    return null;
  }
  return b.strLit(text);
}
