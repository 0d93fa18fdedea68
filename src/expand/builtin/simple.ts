import type { Span } from '../../diagnostics/span.ts';
import type { Expr } from '../../syntax/ast/index.ts';
import type { TokenTree } from '../../syntax/token.ts';
import { symStr } from '../../syntax/symbol.ts';
import type { ArgCursor } from '../arg-cursor.ts';
import { AstBuilder } from '../ast-build.ts';
import { evalCfg, parseCfgPredicate } from '../cfg.ts';
import type { ExpandCtx } from '../expand-ctx.ts';
import { printTts } from './stringify.ts';

function noArgs(cx: ExpandCtx, name: string, args: ArgCursor, macroSpan: Span): boolean {
  if (args.isEof()) return true;
  cx.dcx.err(`\`${name}!\` takes no arguments`).primary(macroSpan).emit();
  return false;
}

export function expandSimple(cx: ExpandCtx, name: string, args: ArgCursor, macroSpan: Span, modulePath: string): Expr | null | undefined {
  const b = new AstBuilder(() => cx.nextNodeId(), macroSpan);
  switch (name) {
    case 'line':
      return noArgs(cx, name, args, macroSpan) ? b.intLit(cx.sm.lookup(macroSpan.lo)?.line ?? 0, 'u32') : null;
    case 'column':
      return noArgs(cx, name, args, macroSpan) ? b.intLit(cx.sm.lookup(macroSpan.lo)?.col ?? 0, 'u32') : null;
    case 'file':
      return noArgs(cx, name, args, macroSpan) ? b.strLit(cx.fileName(macroSpan)) : null;
    case 'module_path':
      return noArgs(cx, name, args, macroSpan) ? b.strLit(modulePath) : null;
    case 'stringify':
      return b.strLit(printTts(cx.sm, args.rest(), cx.edition));
    case 'cfg': {
      const pred = parseCfgPredicate(args.rest());
      if ('message' in pred) {
        cx.dcx.err(pred.message).primary(macroSpan).emit();
        return null;
      }
      return b.lit({
        token: { kind: 'bool', symbol: b.ident(evalCfg(pred, cx.cfg) ? 'true' : 'false').name, suffix: null },
        value: { tag: 'Bool', value: evalCfg(pred, cx.cfg) },
        span: macroSpan,
      });
    }
    case 'concat': {
      let out = '';
      while (!args.isEof()) {
        const parsed = args.parseExpr();
        // Nested macro calls (`concat!(stringify!(x), "!")`) are expanded first.
        const e = parsed && parsed.kind.tag === 'MacCall' ? (cx.eagerExpand?.(parsed) ?? null) : parsed;
        if (e === null) return null;
        const lit = e.kind.tag === 'Lit' ? e.kind.lit.value : null;
        const neg = e.kind.tag === 'Unary' && e.kind.op === 'Neg' && e.kind.expr.kind.tag === 'Lit' ? e.kind.expr.kind.lit.value : null;
        if (lit?.tag === 'Str') out += lit.value;
        else if (lit?.tag === 'Int') out += lit.value.toString();
        else if (lit?.tag === 'Float') out += lit.text;
        else if (lit?.tag === 'Bool') out += String(lit.value);
        else if (lit?.tag === 'Char') out += String.fromCodePoint(lit.value);
        else if (neg?.tag === 'Int') out += `-${neg.value}`;
        else {
          cx.dcx.err('expected a literal').primary(e.span).note('only literals (like `"foo"`, `-42` and `3.14`) can be passed to `concat!()`').emit();
          return null;
        }
        if (!args.isEof() && !args.expectComma()) return null;
      }
      return b.strLit(out);
    }
    case 'compile_error': {
      const lit = args.eatStrLit();
      if (lit === null) {
        cx.dcx.err('argument must be a string literal').primary(macroSpan).emit();
        return null;
      }
      cx.dcx.err(lit.value).primary(macroSpan).emit();
      return null;
    }
    default:
      return undefined;
  }
}

export function identText(cx: ExpandCtx, tt: TokenTree): string | null {
  void cx;
  return tt.kind === 'token' && tt.token.kind === 'ident' ? symStr(tt.token.sym) : null;
}
