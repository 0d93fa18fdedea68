// Deterministic fuzzing of the lexer and parser: mutated and truncated real files (the
// repository's own Rust sources). Every input must parse or yield diagnostics, never throw
// a JavaScript exception; inputs that parse cleanly must also survive print -> re-parse.
import { readFileSync } from 'node:fs';
import { rsFiles } from './corpus/walk.ts';
import { SourceMap } from '../../src/diagnostics/source-map.ts';
import { DiagCtxt, FatalError } from '../../src/diagnostics/handler.ts';
import { emitHuman } from '../../src/diagnostics/emit-human.ts';
import { newParseSess, parseCrateFromFile, type Edition } from '../../src/syntax/index.ts';
import { roundTrip } from './roundtrip.ts';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  '{', '}', '(', ')', '[', ']', 'fn ', 'let ', '=', ';', ',', '::', '<', '>', '>>', '&&', '||', '..', '..=', '...', '#', '#!',
  '#[', "'", '"', 'r#"', '"#', 'b"', "b'", "'a", '/*', '*/', '//', '///', '//!', '$', '@', '?', '!', '->', '=>', 'r#',
  'match ', 'if ', 'else ', 'while ', 'loop ', 'impl ', 'trait ', 'struct ', 'enum ', 'mod ', 'use ', 'pub ', 'mut ',
  'unsafe ', 'async ', 'move ', 'dyn ', 'for<\'a> ', 'where ', 'const ', 'static ', 'macro_rules! m ', 'x!', '0x', '1e',
  '1.', '.0', '\\', '\u00e9', '\u{1F600}', '\r', '\t', '\u0000', ' as ', 'box ', 'return ', 'break ', "'l: ", 'yield ',
];

export interface FuzzOptions {
  readonly seed: number;
  readonly count: number;
  readonly seeds: readonly string[];
  readonly roundTrip: boolean;
}

export interface FuzzResult {
  readonly inputs: number;
  readonly clean: number;
  readonly failures: { index: number; input: string; error: string }[];
}

export function seedSources(root: string): string[] {
  const out: string[] = [];
  for (const dir of ['sysroot', 'tests']) {
    try {
      for (const f of rsFiles(root + dir)) out.push(readFileSync(f, 'utf8'));
    } catch {
      /* a missing folder just contributes nothing */
    }
  }
  return out;
}

function mutate(rnd: () => number, src: string): string {
  const pick = (n: number): number => Math.floor(rnd() * n);
  let s = src;
  // Keep inputs small: a random window of the file.
  if (s.length > 3000) {
    const start = pick(s.length - 3000);
    s = s.slice(start, start + 3000);
  }
  const n = 1 + pick(3);
  for (let k = 0; k < n; k++) {
    const at = pick(s.length + 1);
    switch (pick(7)) {
      case 0: s = s.slice(0, at); break;
      case 1: s = s.slice(0, at) + s.slice(at + 1 + pick(40)); break;
      case 2: { const len = pick(60); s = s.slice(0, at) + s.slice(at, at + len) + s.slice(at); break; }
      case 3: s = s.slice(0, at) + FRAGMENTS[pick(FRAGMENTS.length)] + s.slice(at); break;
      case 4: s = s.slice(0, at) + String.fromCharCode(32 + pick(95)) + s.slice(at + 1); break;
      case 5: { const b = pick(s.length + 1); const [x, y] = at < b ? [at, b] : [b, at]; const len = Math.min(pick(30), y - x); s = s.slice(0, x) + s.slice(y, y + len) + s.slice(x + len, y) + s.slice(x, x + len) + s.slice(y + len); break; }
      default: s = s.slice(at) + s.slice(0, at); break;
    }
  }
  return s;
}

const EDITIONS: Edition[] = ['2015', '2018', '2021', '2024'];

export function runFuzz(o: FuzzOptions): FuzzResult {
  const rnd = mulberry32(o.seed);
  const failures: FuzzResult['failures'] = [];
  let clean = 0;
  for (let i = 0; i < o.count; i++) {
    const base = o.seeds[Math.floor(rnd() * o.seeds.length)]!;
    const input = mutate(rnd, base);
    const edition = EDITIONS[Math.floor(rnd() * 4)]!;
    const sm = new SourceMap();
    const dcx = new DiagCtxt(sm, { emitter: emitHuman({ color: false }), write: () => {}, summaryStyle: 'human', explainCommand: 'rustc --explain' });
    const sess = newParseSess(sm, dcx, edition);
    try {
      const file = sm.addFile(`fuzz${i}.rs`, input);
      parseCrateFromFile(sess, file);
      if (!dcx.hasErrors()) {
        clean++;
        if (o.roundTrip) {
          const r = roundTrip(`fuzz${i}.rs`, input, edition);
          if (r) failures.push({ index: i, input, error: `round trip: ${r}` });
        }
      }
    } catch (e) {
      if (e instanceof FatalError) continue;
      failures.push({ index: i, input, error: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack?.split('\n').slice(1, 6).join('\n')}` : String(e) });
    }
  }
  return { inputs: o.count, clean, failures };
}
