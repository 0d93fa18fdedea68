// Round trip over directories: npx vite-node tests/syntax/roundtrip-run.ts DIR...
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { roundTrip } from './roundtrip.ts';

function walk(dir: string, out: string[]): void {
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.rs')) out.push(p);
  }
}
const files: string[] = [];
for (const d of process.argv.slice(2)) d.endsWith('.rs') ? files.push(d) : walk(d, files);
let bad = 0;
for (const f of files) {
  const r = roundTrip(f, readFileSync(f, 'utf8'));
  if (r) {
    bad++;
    if (bad <= 15) console.log(`FAIL ${f}\n${r}\n`);
  }
}
console.log(`${files.length} files, ${bad} round-trip failures`);
