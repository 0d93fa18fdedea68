// Parses the crate corpus and prints failures: npx vite-node tests/syntax/crates-run.ts
import { readFileSync } from 'node:fs';
import { crateFiles } from './corpus/crates.ts';
import { parseOnlyStderr } from './helpers.ts';
import { roundTrip } from './roundtrip.ts';

const files = crateFiles();
let bad = 0;
let rtBad = 0;
let lines = 0;
const t0 = performance.now();
for (const f of files) {
  const src = readFileSync(f.path, 'utf8');
  lines += src.split('\n').length;
  const err = parseOnlyStderr(f.path, src, f.edition);
  if (err) {
    bad++;
    console.log(`FAIL ${f.rel} (${f.edition})\n${err.split('\n').slice(0, 10).join('\n')}`);
    continue;
  }
  if (process.argv.includes('--rt')) {
    const r = roundTrip(f.path, src, f.edition);
    if (r) {
      rtBad++;
      console.log(`RT ${f.rel}: ${r}`);
    }
  }
}
console.log(`${files.length} files, ${lines} lines, ${bad} failed, ${rtBad} round-trip failures, ${((performance.now() - t0) / 1000).toFixed(1)}s`);
