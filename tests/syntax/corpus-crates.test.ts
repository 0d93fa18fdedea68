// Crate sources installed by Debian's librust-*-dev packages (tests/syntax/crates/install.sh
// installs the 38 this test was written against, with their dependencies): every file that
// rustc 1.95 parses (-Z parse-crate-root-only, the crate's edition) parses without error,
// the few it rejects (crates/rustc-rejects.txt) are rejected too, and each round-trips.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { crateFiles } from './corpus/crates.ts';
import { parseOnlyStderr } from './helpers.ts';
import { roundTrip } from './roundtrip.ts';

const files = crateFiles();
const rejects = new Set(readFileSync(new URL('./crates/rustc-rejects.txt', import.meta.url), 'utf8').split('\n').filter((l) => l));

describe.skipIf(files.length === 0)('crate corpus (/usr/share/cargo/registry)', () => {
  it('parses what rustc parses and round-trips it', () => {
    const crates = new Set(files.map((f) => f.crate));
    expect(crates.size).toBeGreaterThanOrEqual(30);
    const wrong: string[] = [];
    const rt: string[] = [];
    let lines = 0;
    let parsed = 0;
    const t0 = performance.now();
    for (const f of files) {
      const src = readFileSync(f.path, 'utf8');
      const err = parseOnlyStderr(f.path, src, f.edition);
      const ok = err === '';
      if (ok === rejects.has(f.rel)) wrong.push(`${f.rel} (${f.edition}): ${ok ? 'parsed, rustc rejects it' : 'rejected:\n' + err.split('\n').slice(0, 8).join('\n')}`);
      if (!ok) continue;
      parsed++;
      lines += src.split('\n').length;
      const r = roundTrip(f.path, src, f.edition);
      if (r) rt.push(`${f.rel}: ${r}`);
    }
    const secs = (performance.now() - t0) / 1000;
    console.log(`crates: ${crates.size} crates, ${files.length} files, ${parsed} parsed (${lines} lines), ${files.length - parsed} rejected like rustc; ${secs.toFixed(1)}s with round trips`);
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(rt.slice(0, 10)).toEqual([]);
  }, 900_000);
});
