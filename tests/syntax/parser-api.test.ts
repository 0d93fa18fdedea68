// The Parser as the expander uses it: over token trees, with interpolated fragments and
// the token-level helpers for builtin macro arguments.
import { describe, expect, it } from 'vitest';
import { parserFor, session } from './helpers.ts';
import { Parser, lexToTokenTrees } from '../../src/syntax/index.ts';
import type { TokenTree } from '../../src/syntax/token.ts';
import { intern, symStr } from '../../src/syntax/symbol.ts';
import { exprToString } from '../../src/syntax/pretty/print.ts';

describe('Parser API', () => {
  it('keeps an interpolated expression as one operand (`$e * 2` with $e = 1 + 1)', () => {
    const { sess, sm } = session();
    const inner = new Parser(sess, lexToTokenTrees(sess, sm.addFile('a.rs', '1 + 1'))).parseExpr();
    const two = lexToTokenTrees(sess, sm.addFile('b.rs', '* 2'));
    const tts: TokenTree[] = [{ kind: 'token', token: { kind: 'interpolated', nt: { tag: 'expr', expr: inner }, span: inner.span } }, ...two];
    const e = new Parser(sess, tts).parseExpr();
    expect(e.kind.tag).toBe('Binary');
    expect(exprToString(e)).toBe('1 + 1 * 2');
    if (e.kind.tag === 'Binary') expect(e.kind.lhs).toBe(inner);
  });

  it('reads interpolated identifiers as plain identifiers', () => {
    const { sess, sm } = session();
    const rest = lexToTokenTrees(sess, sm.addFile('c.rs', '= 5'));
    const id = { name: intern('hello'), span: { lo: 1, hi: 2, ctxt: 0 } };
    const e = new Parser(sess, [{ kind: 'token', token: { kind: 'interpolated', nt: { tag: 'ident', ident: id, raw: false }, span: id.span } }, ...rest]).parseExpr();
    expect(e.kind.tag).toBe('Assign');
  });

  it('offers token-level helpers for builtin macro arguments', () => {
    const { p, out } = parserFor('"x = {}", a + 1, name = b');
    const s = p.parseStrLit();
    expect(s?.value).toBe('x = {}');
    expect(p.eat(',')).toBe(true);
    expect(exprToString(p.parseExpr())).toBe('a + 1');
    expect(p.eat(',')).toBe(true);
    const id = p.eatIdent();
    expect(id && symStr(id.name)).toBe('name');
    expect(p.eat('=')).toBe(true);
    p.parseExpr();
    expect(p.isEof()).toBe(true);
    expect(out()).toBe('');
  });

  it('reports errors through recover() instead of throwing', () => {
    const { p, out } = parserFor('1 +');
    expect(p.recover((q) => q.parseExpr())).toBeNull();
    expect(out()).toContain('error: expected expression, found `<eof>`');
  });

  it('parses items and statements from a token stream', () => {
    const { p } = parserFor('fn f() {} struct S;');
    const items = p.parseItems();
    expect(items.map((i) => i.kind.tag)).toEqual(['Fn', 'Struct']);
    const q = parserFor('let x = 1; x + 1').p;
    expect(q.parseBlockContents().map((s) => s.kind.tag)).toEqual(['Let', 'Expr']);
  });
});
