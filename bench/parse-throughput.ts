// Lexing and parsing throughput (lines/s) on the rust-src corpus, side by side with
// `rustc -Z parse-crate-root-only` on the same files in the same run, plus a linearity
// check (one large file repeated 1x/4x/16x).
//
//   npx vite-node bench/parse-throughput.ts [--rounds N] [--rustc-sample N] [--no-rustc]
//
// rustc runs one process per file, so its wall time includes process start-up; the report
// also gives the `parse_crate` time rustc measures itself (-Z time-passes), which is the
// like-for-like figure.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceMap } from '../src/diagnostics/source-map.ts';
import { DiagCtxt, FatalError } from '../src/diagnostics/handler.ts';
import { emitHuman } from '../src/diagnostics/emit-human.ts';
import { lexFile, newParseSess, parseCrateFromFile, type Edition } from '../src/syntax/index.ts';

const ROOT = '/usr/src/rustc-1.63.0/';
const args = process.argv.slice(2);
const opt = (name: string, def: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : def;
};
const rounds = opt('--rounds', 3);
const rustcSample = opt('--rustc-sample', 200);
const withRustc = !args.includes('--no-rustc') && spawnSync('rustc', ['--version']).status === 0;

function walk(dir: string, out: string[]): void {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.rs')) out.push(p);
  }
}

function session(edition: Edition = '2021'): { sm: SourceMap; sess: ReturnType<typeof newParseSess>; dcx: DiagCtxt } {
  const sm = new SourceMap();
  const dcx = new DiagCtxt(sm, { emitter: emitHuman({ color: false }), write: () => {}, summaryStyle: 'human', explainCommand: 'rustc --explain' });
  return { sm, sess: newParseSess(sm, dcx, edition), dcx };
}

/** Parses every source once; returns seconds (lexing only when `lexOnly`). */
function timeOurs(srcs: readonly { name: string; src: string }[], lexOnly: boolean): number {
  const { sm, sess } = session();
  const files = srcs.map((s) => sm.addFile(s.name, s.src));
  const t0 = performance.now();
  for (const f of files) {
    try {
      if (lexOnly) lexFile(sess, f);
      else parseCrateFromFile(sess, f);
    } catch (e) {
      if (!(e instanceof FatalError)) throw e;
    }
  }
  return (performance.now() - t0) / 1000;
}

function best(f: () => number): number {
  let b = Infinity;
  for (let i = 0; i < rounds; i++) b = Math.min(b, f());
  return b;
}

/** rustc on each file: wall time, and the `parse_crate` time rustc reports (-Z time-passes). */
function timeRustc(paths: readonly string[]): { wall: number; parse: number } {
  const t0 = performance.now();
  let parse = 0;
  for (const p of paths) {
    const r = spawnSync('rustc', ['--edition', '2021', '-Z', 'parse-crate-root-only', '-Z', 'time-passes', p], {
      env: { ...process.env, RUSTC_BOOTSTRAP: '1' },
      encoding: 'utf8',
    });
    const m = /time:\s+([\d.]+);[^\n]*parse_crate/.exec(r.stderr ?? '');
    if (m) parse += Number(m[1]);
  }
  return { wall: (performance.now() - t0) / 1000, parse };
}

const countLines = (s: string): number => s.split('\n').length;
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

if (!existsSync(ROOT + 'library')) {
  console.log(`rust-src not found at ${ROOT}: install Debian's rust-src package`);
  process.exit(0);
}

// Linearity first, while the heap is small (the corpus below holds 38 MB of source).
// Linearity: the same module repeated; lines/s should stay flat.
const big = readFileSync(ROOT + 'library/core/src/iter/traits/iterator.rs', 'utf8');
console.log('linearity (library/core/src/iter/traits/iterator.rs wrapped in modules):');
const dir = mkdtempSync(join(tmpdir(), 'parse-lin-'));
let base = 0;
for (const k of [1, 4, 16]) {
  let src = '';
  for (let i = 0; i < k; i++) src += `mod m${i} {\n${big}\n}\n`;
  const n = countLines(src);
  timeOurs([{ name: `x${k}.rs`, src }], false);
  const s = Math.min(...Array.from({ length: Math.max(rounds, 5) }, () => timeOurs([{ name: `x${k}.rs`, src }], false)));
  const rate = n / s;
  if (k === 1) base = rate;
  let rustcPart = '';
  if (withRustc) {
    const p = join(dir, `x${k}.rs`);
    writeFileSync(p, src);
    const r = timeRustc([p]);
    rustcPart = `  rustc parse_crate ${r.parse.toFixed(3)}s  ratio ${(s / r.parse).toFixed(1)}x`;
  }
  console.log(`  ${String(k).padStart(2)}x: ${fmt(n).padStart(9)} lines  ${s.toFixed(3)}s  ${fmt(rate).padStart(9)} lines/s  (${(rate / base).toFixed(2)} of 1x)${rustcPart}`);
}
console.log('');

// Only the files rustc itself parses (the others use removed syntax).
const rejects = new Set(readFileSync(new URL('../tests/syntax/corpus/rust-src-rustc-rejects.txt', import.meta.url), 'utf8').split('\n'));
const paths: string[] = [];
walk(ROOT + 'library', paths);
walk(ROOT + 'compiler', paths);
const corpus = paths
  .sort()
  .filter((p) => !rejects.has(p.slice(ROOT.length)))
  .map((p) => ({ name: p, src: readFileSync(p, 'utf8') }));
const lines = corpus.reduce((n, f) => n + countLines(f.src), 0);
const mb = corpus.reduce((n, f) => n + f.src.length, 0) / 1e6;

// Warm up the JIT, then take the best of several rounds.
timeOurs(corpus, false);
const lexS = best(() => timeOurs(corpus, true));
const parseS = best(() => timeOurs(corpus, false));
console.log(`corpus: ${corpus.length} files, ${fmt(lines)} lines, ${mb.toFixed(1)} MB (rust-src library/ and compiler/)`);
console.log(`tsrustc lex:         ${lexS.toFixed(2)}s  ${fmt(lines / lexS)} lines/s`);
console.log(`tsrustc lex+parse:   ${parseS.toFixed(2)}s  ${fmt(lines / parseS)} lines/s`);

if (withRustc) {
  const step = Math.max(1, Math.floor(corpus.length / rustcSample));
  const sample = corpus.filter((_, i) => i % step === 0).slice(0, rustcSample);
  const sampleLines = sample.reduce((n, f) => n + countLines(f.src), 0);
  const rustc = timeRustc(sample.map((f) => f.name));
  const oursS = best(() => timeOurs(sample, false));
  console.log(`\nsample: ${sample.length} files, ${fmt(sampleLines)} lines`);
  console.log(`rustc -Z parse-crate-root-only: wall ${rustc.wall.toFixed(2)}s (${fmt(sampleLines / rustc.wall)} lines/s, one process per file); parse_crate ${rustc.parse.toFixed(3)}s (${fmt(sampleLines / rustc.parse)} lines/s)`);
  console.log(`tsrustc lex+parse (in process):  ${oursS.toFixed(3)}s (${fmt(sampleLines / oursS)} lines/s)`);
  console.log(`ratio tsrustc/rustc: ${(oursS / rustc.wall).toFixed(2)} of rustc's wall time, ${(oursS / rustc.parse).toFixed(1)}x rustc's parse_crate time`);
}

void execFileSync;
