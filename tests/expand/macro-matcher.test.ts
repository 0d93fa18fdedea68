import { describe, expect, it } from 'vitest';
import type { NamedMatch } from '../../src/expand/macro-rules/mbe.ts';
import type { MatchResult } from '../../src/expand/macro-rules/matcher.ts';
import { exprToString, patToString, tyToString, tokensToString } from '../../src/syntax/pretty/print.ts';
import { intern, symStr } from '../../src/syntax/symbol.ts';
import { tokenToString } from '../../src/syntax/token-text.ts';
import { macroFromSource } from './helpers.ts';

/** A binding as text: fragments printed, repetitions as [a, b]. */
function show(m: NamedMatch): string {
  if (m.tag === 'Seq') return `[${m.items.map(show).join(', ')}]`;
  if (m.tag === 'Tt') return tokensToString([m.tt]);
  const nt = m.nt;
  switch (nt.tag) {
    case 'expr': case 'literal': return exprToString(nt.expr);
    case 'ty': return tyToString(nt.ty);
    case 'pat': return patToString(nt.pat);
    case 'ident': return symStr(nt.ident.name);
    case 'lifetime': return symStr(nt.lifetime.ident.name);
    default: return nt.tag;
  }
}

function bindings(r: MatchResult): Record<string, string> {
  if (r.tag !== 'Success') throw new Error(`expected a match, got ${r.tag}`);
  const out: Record<string, string> = {};
  for (const [k, v] of r.bindings) out[symStr(k)] = show(v);
  return out;
}

function matched(body: string, args: string): { rule: number; b: Record<string, string> } {
  const m = macroFromSource(body).match(args);
  if (!m.ok) throw new Error(`no rule matched ${args}`);
  return { rule: m.rule, b: bindings(m.result) };
}

describe('macro_rules! matcher', () => {
  it('binds expression fragments and picks the first matching rule', () => {
    const body = '($a:expr) => {}; ($a:expr, $b:expr) => {};';
    expect(matched(body, '1 + 2')).toEqual({ rule: 0, b: { a: '1 + 2' } });
    expect(matched(body, 'f(x), y')).toEqual({ rule: 1, b: { a: 'f(x)', b: 'y' } });
  });

  it('matches literal tokens by name, ignoring hygiene', () => {
    expect(matched('(add $a:ident to $b:ident) => {};', 'add x to y').b).toEqual({ a: 'x', b: 'y' });
  });

  it('collects repetitions with separators, including trailing optional parts', () => {
    const body = '($($x:expr),* $(,)?) => {};';
    expect(matched(body, '').b).toEqual({ x: '[]' });
    expect(matched(body, '1, 2, 3').b).toEqual({ x: '[1, 2, 3]' });
    expect(matched(body, '1, 2,').b).toEqual({ x: '[1, 2]' });
  });

  it('nests repetitions as sequences of sequences', () => {
    const body = '($($name:ident: [$($v:literal)*]);+) => {};';
    expect(matched(body, 'a: [1 2]; b: []; c: [3]').b).toEqual({ name: '[a, b, c]', v: '[[1, 2], [], [3]]' });
  });

  it('supports `?` and `+` with a non-comma separator', () => {
    expect(matched('($($a:ident)=>+ $(; $b:tt)?) => {};', 'x => y => z').b).toEqual({ a: '[x, y, z]', b: '[]' });
    expect(matched('($($a:ident)=>+ $(; $b:tt)?) => {};', 'x ; 5').b).toEqual({ a: '[x]', b: '[5]' });
  });

  it('parses every fragment kind with the real parser', () => {
    const body = '($t:ty, $p:pat, $l:literal, $lt:lifetime, $i:ident, $tt:tt, $b:block, $pa:path, $v:vis, $m:meta) => {};';
    const b = matched(body, "Vec<u8>, Some(1) | None, -5, 'a, r#type, [1 2], { 1 }, a::b::<c>, pub(crate), derive(Debug)").b;
    expect(b).toMatchObject({ t: 'Vec<u8>', p: 'Some(1) | None', l: '-5', lt: "'a", i: 'type', tt: '[1 2]', b: 'block', pa: 'path', v: 'vis', m: 'meta' });
  });

  it('matches `tt` fragments one token tree at a time (tt muncher)', () => {
    expect(matched('($x:tt $($rest:tt)*) => {};', 'a (b c) [d] e').b).toEqual({ x: 'a', rest: '[(b c), [d], e]' });
  });

  it('lets `vis` match nothing', () => {
    expect(matched('($v:vis fn $n:ident) => {};', 'fn f').b).toEqual({ v: 'vis', n: 'f' });
  });

  it('tries the next rule when a parsed fragment is followed by a mismatch', () => {
    expect(matched('($e:expr) => {}; (a b) => {};', 'a b').rule).toBe(1);
  });

  it('commits to a fragment: a parse error inside it ends matching (no later rule is tried)', () => {
    const h = macroFromSource('($e:expr) => {}; (1 +) => {};');
    const m = h.match('1 +');
    expect(m.ok).toBe(false);
    if (m.ok) return;
    expect(m.results.map((r) => r.tag)).toEqual(['ErrorReported']);
    expect(h.stderr()).toContain('while parsing argument for this `expr` macro fragment');
  });

  it('reports the furthest failure and the matcher element being tried', () => {
    const h = macroFromSource('(a $($x:ident),+ ; c) => {};');
    const m = h.match('a x y');
    expect(m.ok).toBe(false);
    if (m.ok) return;
    const f = m.results[0]!;
    expect(f.tag).toBe('Failure');
    if (f.tag !== 'Failure') return;
    expect(tokenToString(f.token)).toBe('y');
    expect(f.remaining?.tag === 'Token' ? tokenToString(f.remaining.token) : f.remaining?.tag).toBe(';');
  });

  it('names the metavariable when a repetition stops too early', () => {
    const m = macroFromSource('(a $($x:ident),+ ; c) => {};').match('a x, ; c');
    expect(m.ok).toBe(false);
    if (m.ok) return;
    const f = m.results[0]!;
    expect(f.tag === 'Failure' && f.remaining?.tag === 'MetaVarDecl' ? symStr(f.remaining.name) : '').toBe('x');
  });

  it('reports end of input as an eof failure', () => {
    const m = macroFromSource('($a:expr, $b:expr) => {};').match('1');
    expect(m.ok).toBe(false);
    if (m.ok) return;
    expect(m.results[0]!.tag === 'Failure' && m.results[0]!.token.kind).toBe('eof');
  });

  it('reports local ambiguity between two fragments', () => {
    const m = macroFromSource('($($a:ident)* $($b:ident)*) => {};').match('x y');
    expect(m.ok).toBe(false);
    if (m.ok) return;
    const r = m.results[0]!;
    expect(r.tag).toBe('Ambiguity');
    expect(r.tag === 'Ambiguity' ? r.message : '').toBe("local ambiguity when calling macro `m`: multiple parsing options: built-in NTs ident ('a') or ident ('b').");
  });

  it('does not let literal tokens match a forwarded fragment', () => {
    // `1` arrives as one parsed `expr` fragment when forwarded; here it is a plain token.
    expect(matched('(1) => {}; ($e:expr) => {};', '1').rule).toBe(0);
    void intern;
  });
});
