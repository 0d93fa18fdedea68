import type { Span } from '../diagnostics/span.ts';
import type { Attribute } from '../syntax/ast/index.ts';
import { Parser, type ParseSess } from '../syntax/index.ts';
import { symStr } from '../syntax/symbol.ts';
import type { TokenTree } from '../syntax/token.ts';
import type { ArgCursor } from './arg-cursor.ts';

/** The built-in macros' argument cursor, on top of the syntax station's parser. */
export function parserCursor(sess: ParseSess, tts: readonly TokenTree[], eofSpan: Span): ArgCursor {
  const p = new Parser(sess, tts, eofSpan);
  const cursor: ArgCursor = {
    get span() {
      return p.token.span;
    },
    isEof: () => p.isEof(),
    eatComma: () => p.eat(','),
    expectComma: () => p.recover((q) => q.expect(',')) !== null,
    parseExpr: () => p.recover((q) => q.parseExpr()),
    eatNamedArgPrefix: () => {
      const t = p.token;
      const next = p.look(1);
      if (t.kind === 'ident' && next.kind === 'punct' && next.p === '=') {
        p.bump();
        p.bump();
        return { name: t.sym, span: t.span };
      }
      return null;
    },
    eatStrLit: () => {
      const r = p.parseStrLit();
      return r === null ? null : { value: r.value, span: r.span, raw: r.lit.token.kind === 'strRaw' };
    },
    peekIdent: () => (p.token.kind === 'ident' ? symStr(p.token.sym) : null),
    bumpIdent: () => {
      const id = p.eatAnyIdent();
      if (id === null) throw new Error('bumpIdent without an identifier');
      return id;
    },
    eatParenGroup: () => {
      const t = p.token;
      if (t.kind !== 'open' || t.delim !== '(') return null;
      const tt = p.parseTokenTree();
      if (tt.kind !== 'delimited') return null;
      return parserCursor(sess, tt.tts, tt.close);
    },
    eatUnderscore: () => {
      const t = p.token;
      if (t.kind === 'ident' && symStr(t.sym) === '_') {
        p.bump();
        return true;
      }
      return false;
    },
    eatFatArrow: () => p.eat('=>'),
    rest: () => p.parseTokenTreesToEnd(),
    error: (message, label) => {
      sess.dcx.err(message).primary(p.token.span, label ?? null).emit();
    },
  };
  return cursor;
}

/** Parses `a, b(c)` into attributes (the expansion of a `cfg_attr`). */
export function parseAttrList(sess: ParseSess, tts: readonly TokenTree[], like: Attribute): Attribute[] {
  const p = new Parser(sess, tts, like.span);
  const out: Attribute[] = [];
  while (!p.isEof()) {
    const a = p.recover((q) => q.parseAttrItem());
    if (a === null) break;
    out.push({ ...a, style: like.style });
    if (!p.eat(',')) break;
  }
  return out;
}
