// Parses every .rs file under the given directories; prints failures and throughput.
// Usage: npx vite-node tests/syntax/corpus-run.ts [--edition E] [--quiet] DIR...
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMap } from '../../src/diagnostics/source-map.ts';
import { DiagCtxt, FatalError } from '../../src/diagnostics/handler.ts';
import { newParseSess, parseCrateFromFile, type Edition } from '../../src/syntax/index.ts';
import { emitHuman } from '../../src/diagnostics/emit-human.ts';

function walk(dir: string, out: string[]): void {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (p.endsWith('.rs')) out.push(p);
  }
}

const args = process.argv.slice(2);
let edition: Edition = '2021';
let quiet = false;
let showMax = 20;
const dirs: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--edition') edition = args[++i] as Edition;
  else if (args[i] === '--quiet') quiet = true;
  else if (args[i] === '--show') showMax = Number(args[++i]);
  else dirs.push(args[i]!);
}
const files: string[] = [];
for (const d of dirs) {
  if (d.endsWith('.rs')) files.push(d);
  else walk(d, files);
}
let lines = 0;
let failed = 0;
let shown = 0;
const t0 = performance.now();
for (const f of files) {
  const src = readFileSync(f, 'utf8');
  const sm = new SourceMap();
  let out = '';
  const dcx = new DiagCtxt(sm, { emitter: emitHuman({ color: false }), write: (s) => (out += s), summaryStyle: 'human', explainCommand: 'rustc --explain' });
  const sess = newParseSess(sm, dcx, edition);
  const file = sm.addFile(f, src);
  lines += file.lineStarts.length;
  try {
    parseCrateFromFile(sess, file);
  } catch (e) {
    if (!(e instanceof FatalError)) {
      out += `JS EXCEPTION: ${(e as Error).stack}\n`;
      dcx.err('js exception').emit();
    }
  }
  if (dcx.hasErrors()) {
    failed++;
    console.log(`FAIL ${f}`);
    if (!quiet && shown++ < showMax) console.log(out.split('\n').slice(0, 12).join('\n'));
  }
}
const dt = (performance.now() - t0) / 1000;
console.log(`${files.length} files, ${lines} lines, ${failed} failed, ${dt.toFixed(2)}s, ${Math.round(lines / dt)} lines/s`);
