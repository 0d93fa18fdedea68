// The emitters reproduce rustc's layout given equivalent diagnostic data. Expected outputs
// were recorded from rustc 1.95 on the fixture programs.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { SourceMap } from '../../src/diagnostics/source-map.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import type { Span } from '../../src/diagnostics/span.ts';
import { renderHuman } from '../../src/diagnostics/emit-human.ts';
import { emitJson } from '../../src/diagnostics/emit-json.ts';

const dir = new URL('./fixtures/', import.meta.url).pathname;

function load(name: string): { sm: SourceMap; at: (needle: string, nth?: number, len?: number) => Span } {
  const sm = new SourceMap();
  const src = readFileSync(dir + name, 'utf8');
  const f = sm.addFile(name, src);
  const at = (needle: string, nth = 0, len = needle.length): Span => {
    let i = -1;
    for (let k = 0; k <= nth; k++) i = src.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`${needle} not in ${name}`);
    return { lo: f.startPos + i, hi: f.startPos + i + len, ctxt: 0 };
  };
  return { sm, at };
}

function mismatchDiags(at: (n: string, nth?: number, len?: number) => Span): Diagnostic[] {
  const armsLo = at('match 1 {');
  const armsHi = at('};', 0);
  return [
    {
      level: 'error',
      code: 'E0308',
      message: 'mismatched types',
      spans: [
        { span: at('"a"'), label: 'expected `u32`, found `&str`', primary: true },
        { span: at('u32', 0), label: 'expected due to this', primary: false },
      ],
      children: [],
    },
    {
      level: 'error',
      code: 'E0308',
      message: '`match` arms have incompatible types',
      spans: [
        { span: at('"x"'), label: 'expected integer, found `&str`', primary: true },
        { span: at('2\n', 0, 1), label: 'this is found to be of type `{integer}`', primary: false },
        { span: { lo: armsLo.lo, hi: armsHi.lo + 1, ctxt: 0 }, label: '`match` arms have incompatible types', primary: false },
      ],
      children: [],
    },
  ];
}

describe('human emitter', () => {
  it('lays out labels, hanging labels and multi-line spans like rustc (mismatch.rs)', () => {
    const { sm, at } = load('mismatch.rs');
    const want = readFileSync(dir + 'mismatch.stderr', 'utf8');
    const got = mismatchDiags(at).map((d) => renderHuman(d, sm, false)).join('');
    expect(got).toBe(want);
  });

  it('colors like rustc when enabled', () => {
    const { sm, at } = load('mismatch.rs');
    const got = renderHuman(mismatchDiags(at)[0]!, sm, true);
    expect(got.split('\n')[0]).toBe('\x1b[1m\x1b[91merror[E0308]\x1b[0m\x1b[1m: mismatched types\x1b[0m');
    expect(got.split('\n')[1]).toBe(' \x1b[1m\x1b[94m--> \x1b[0mmismatch.rs:6:18');
  });

  it('prints span-less children as `= note:` lines', () => {
    const { sm, at } = load('mismatch.rs');
    const d: Diagnostic = {
      level: 'warning',
      code: null,
      message: 'unused variable: `v`',
      spans: [{ span: at('v', 0), label: null, primary: true }],
      children: [
        { level: 'help', message: 'if this is intentional, prefix it with an underscore', spans: [], suggestions: [{ span: at('v', 0), replacement: '_v', applicability: 'MaybeIncorrect' }] },
        { level: 'note', message: '`#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default', spans: [] },
      ],
    };
    expect(renderHuman(d, sm, false)).toBe(
      [
        'warning: unused variable: `v`',
        ' --> mismatch.rs:1:9',
        '  |',
        '1 | fn take(v: Vec<i32>) {}',
        '  |         ^ help: if this is intentional, prefix it with an underscore: `_v`',
        '  |',
        '  = note: `#[warn(unused_variables)]` (part of `#[warn(unused)]`) on by default',
        '',
        '',
      ].join('\n'),
    );
  });
});

describe('json emitter', () => {
  it('matches rustc --error-format=json (explanations omitted)', () => {
    const { sm, at } = load('mismatch.rs');
    const want = readFileSync(dir + 'mismatch.json', 'utf8').trimEnd().split('\n');
    const emit = emitJson();
    const got = mismatchDiags(at).map((d) => emit(d, sm).trimEnd());
    expect(got).toEqual(want);
  });
});
