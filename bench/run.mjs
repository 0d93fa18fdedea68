// Compares tsrustc with rustc in one run: compile wall time, peak memory, binary size and
// the produced program's run time, on hello world and a generated 5,000-line program,
// reported side by side and as tsrustc/rustc ratios. Needs rustc on PATH (the oracle).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateProgram } from './gen-program.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, 'bench', 'results');
mkdirSync(work, { recursive: true });
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

// `--render` prints the table of the last run again without measuring.
const renderOnly = process.argv.includes('--render');
if (!renderOnly) {
  writeFileSync(join(work, 'hello.rs'), 'fn main() {\n    println!("Hello, world!");\n}\n');
  writeFileSync(join(work, 'gen5000.rs'), generateProgram(5000));
}

const rows = renderOnly ? JSON.parse(readFileSync(join(work, 'results.json'), 'utf8')) : [];
for (const prog of renderOnly ? [] : ['hello', 'gen5000']) {
  for (const opt of ['0', '3']) {
    const res = {};
    for (const [name, cmdFor] of Object.entries(compilers)) {
      const out = join(work, `${prog}-O${opt}-${name}`);
      const samples = [];
      for (let i = 0; i < RUNS; i++) {
        const m = measure(cmdFor(join(work, `${prog}.rs`), out, opt));
        if (m.status !== 0) throw new Error(`${name} failed on ${prog}: ${m.stderr}`);
        samples.push(m);
      }
      res[name] = {
        wall: median(samples.map((s) => s.wall_s)),
        rssMb: median(samples.map((s) => s.maxrss_kb)) / 1024,
        size: statSync(out).size,
        run: runTime(out),
      };
    }
    rows.push({ prog, opt, ...res });
  }
}

const f = (x, d = 2) => x.toFixed(d);
// Small ratios (binary sizes) keep three significant digits.
const ratio = (a, b) => `${(a / b).toPrecision(3)}x`;
let md = '| program | opt | compile s (rustc / tsrustc, ratio) | peak MB (rustc / tsrustc, ratio) | binary bytes (rustc / tsrustc, ratio) | run ms (rustc / tsrustc, ratio) |\n|---|---|---|---|---|---|\n';
for (const r of rows) {
  md += `| ${r.prog} | O${r.opt} | ${f(r.rustc.wall)} / ${f(r.tsrustc.wall)} (${ratio(r.tsrustc.wall, r.rustc.wall)}) | ${f(r.rustc.rssMb, 0)} / ${f(r.tsrustc.rssMb, 0)} (${ratio(r.tsrustc.rssMb, r.rustc.rssMb)}) | ${r.rustc.size} / ${r.tsrustc.size} (${ratio(r.tsrustc.size, r.rustc.size)}) | ${f(r.rustc.run)} / ${f(r.tsrustc.run)} (${ratio(r.tsrustc.run, r.rustc.run)}) |\n`;
}
writeFileSync(join(work, 'results.md'), md);
if (!renderOnly) writeFileSync(join(work, 'results.json'), JSON.stringify(rows, null, 2));
process.stdout.write(md);
