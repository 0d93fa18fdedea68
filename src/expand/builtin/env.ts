import type { Span } from '../../diagnostics/span.ts';
import type { Expr, Ty } from '../../syntax/ast/index.ts';
import type { ArgCursor } from '../arg-cursor.ts';
import { AstBuilder } from '../ast-build.ts';
import type { ExpandCtx } from '../expand-ctx.ts';

// `env!` and `option_env!`: environment variables of the compiler's process, read while
// expanding, as rustc does.

function varArg(cx: ExpandCtx, args: ArgCursor, macroSpan: Span): { name: string; msg: string | null } | null {
  if (args.isEof()) {
    cx.dcx.err('env! takes 1 or 2 arguments').primary(macroSpan).emit();
    return null;
  }
  const lit = args.eatStrLit();
  if (lit === null) {
    const e = args.parseExpr();
    cx.dcx.err('expected string literal').primary(e?.span ?? macroSpan).emit();
    return null;
  }
  let msg: string | null = null;
  if (!args.isEof() && args.expectComma() && !args.isEof()) {
    const m = args.eatStrLit();
    if (m === null) {
      const e = args.parseExpr();
      cx.dcx.err('expected string literal').primary(e?.span ?? macroSpan).emit();
      return null;
    }
    msg = m.value;
    if (!args.isEof()) args.expectComma();
  }
  return { name: lit.value, msg };
}

export function expandEnv(cx: ExpandCtx, args: ArgCursor, macroSpan: Span, env: NodeJS.ProcessEnv): Expr | null {
  const v = varArg(cx, args, macroSpan);
  if (v === null) return null;
  const value = env[v.name];
  if (value === undefined) {
    if (v.msg !== null) cx.dcx.err(v.msg).primary(macroSpan).emit();
    else {
      cx.dcx
        .err(`environment variable \`${v.name}\` not defined at compile time`)
        .primary(macroSpan)
        .help(`use \`std::env::var(${JSON.stringify(v.name)})\` to read the variable at run time`)
        .emit();
    }
    return null;
  }
  return new AstBuilder(() => cx.nextNodeId(), macroSpan).strLit(value);
}

/** `Some("value")` or `Option::<&'static str>::None` through core's `Option`. */
export function expandOptionEnv(cx: ExpandCtx, args: ArgCursor, macroSpan: Span, env: NodeJS.ProcessEnv): Expr | null {
  const lit = args.eatStrLit();
  if (lit === null) {
    const e = args.isEof() ? null : args.parseExpr();
    cx.dcx.err('expected string literal').primary(e?.span ?? macroSpan).emit();
    return null;
  }
  if (!args.isEof()) args.expectComma();
  const b = new AstBuilder(() => cx.nextNodeId(), macroSpan);
  const root = cx.coreRoot;
  const option = [...root.segments, 'option', 'Option'];
  const value = env[lit.value];
  if (value !== undefined) return b.call(b.pathExpr([...option, 'Some'], root.global), [b.strLit(value)]);
  const p = b.path([...option, 'None'], root.global);
  const str: Ty = { id: cx.nextNodeId(), span: macroSpan, kind: { tag: 'Path', qself: null, path: b.path(['str'], false) } };
  const refTy: Ty = { id: cx.nextNodeId(), span: macroSpan, kind: { tag: 'Ref', lifetime: { id: cx.nextNodeId(), ident: b.ident("'static") }, mutbl: 'not', ty: str } };
  // `Option::<&'static str>::None`: the type argument on the enum's segment.
  const at = p.segments.length - 2;
  const segments = p.segments.map((seg, i) => (i === at ? { ...seg, args: { tag: 'AngleBracketed' as const, span: macroSpan, args: [{ tag: 'Arg' as const, arg: { tag: 'Type' as const, ty: refTy } }] } } : seg));
  return b.expr({ tag: 'Path', qself: null, path: { ...p, segments } });
}
