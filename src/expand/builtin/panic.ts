import type { Span } from '../../diagnostics/span.ts';
import type { Expr } from '../../syntax/ast/index.ts';
import type { ArgCursor } from '../arg-cursor.ts';
import { AstBuilder } from '../ast-build.ts';
import type { ExpandCtx } from '../expand-ctx.ts';
import { parseTemplate } from '../format-template.ts';

/** A call of core's `panic` lang item function with a message and the call's location. */
export function panicCall(cx: ExpandCtx, b: AstBuilder, message: string, at: Span): Expr {
  const loc = cx.sm.lookup(at.lo);
  const core = cx.coreRoot;
  return b.call(b.pathExpr([...core.segments, 'panicking', 'panic'], core.global), [
    b.strLit(message),
    b.strLit(cx.fileName(at)),
    b.intLit(loc?.line ?? 0, 'u32'),
    b.intLit(loc?.col ?? 0, 'u32'),
  ]);
}

/**
 * `panic!()`, `panic!("literal")` and the macros built on it. A message with format
 * arguments needs formatting into the panic payload, which arrives with `fmt::Arguments`.
 */
export function expandPanicLike(cx: ExpandCtx, name: string, args: ArgCursor, macroSpan: Span): Expr | null {
  const b = new AstBuilder(() => cx.nextNodeId(), macroSpan);
  const prefix: Record<string, string> = {
    panic: '',
    unreachable: 'internal error: entered unreachable code',
    todo: 'not yet implemented',
    unimplemented: 'not implemented',
  };
  const base = prefix[name] ?? '';
  if (args.isEof()) return panicCall(cx, b, name === 'panic' ? 'explicit panic' : base, macroSpan);
  const lit = args.eatStrLit();
  if (lit === null || (args.eatComma() && !args.isEof()) || !args.isEof()) {
    cx.dcx.err(`\`${name}!\` with format arguments is not supported by tsrustc yet`).primary(macroSpan).emit();
    return null;
  }
  let text = lit.value;
  // Since 2021 (and always for unreachable!/todo!/unimplemented!) the message is a format string.
  if (cx.edition === '2021' || cx.edition === '2024' || name !== 'panic') {
    const t = parseTemplate(text);
    if (t.error || t.pieces.some((p) => p.tag === 'Placeholder')) {
      cx.dcx.err(`\`${name}!\` with format arguments is not supported by tsrustc yet`).primary(macroSpan).emit();
      return null;
    }
    text = t.pieces.map((p) => (p.tag === 'Lit' ? p.text : '')).join('');
  }
  return panicCall(cx, b, base === '' ? text : `${base}: ${text}`, macroSpan);
}

/** `assert!(cond)` and `assert!(cond, "message")`. */
export function expandAssert(cx: ExpandCtx, args: ArgCursor, macroSpan: Span, debugOnly: boolean): Expr | null {
  const b = new AstBuilder(() => cx.nextNodeId(), macroSpan);
  const cond = args.parseExpr();
  if (cond === null) return null;
  let message = `assertion failed: ${cx.sm.snippet(cond.span).replace(/\s+/g, ' ')}`;
  if (args.eatComma() && !args.isEof()) {
    const lit = args.eatStrLit();
    if (lit === null || !args.isEof()) {
      cx.dcx.err('`assert!` with format arguments is not supported by tsrustc yet').primary(macroSpan).emit();
      return null;
    }
    message = lit.value;
  }
  const check = b.expr({
    tag: 'If',
    cond: b.expr({ tag: 'Unary', op: 'Not', expr: b.expr({ tag: 'Paren', expr: cond }) }),
    then: b.block([b.semi(panicCall(cx, b, message, macroSpan))]),
    else: null,
  });
  if (!debugOnly) return check;
  const enabled = cx.cfg.some(([n]) => n === 'debug_assertions');
  return enabled ? check : b.tuple([]);
}
