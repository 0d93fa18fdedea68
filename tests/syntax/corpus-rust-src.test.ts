// rustc 1.63's own sources (Debian's rust-src): we accept exactly the files rustc 1.95
// accepts with `-Z parse-crate-root-only --edition 2021` (the rejected ones, which use
// removed syntax such as `box` expressions or pre-2024 let chains, are listed in
// corpus/rust-src-rustc-rejects.txt), and printing then re-parsing gives the same AST.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { rsFiles } from './corpus/walk.ts';
import { parseOnlyStderr } from './helpers.ts';
import { roundTrip } from './roundtrip.ts';

const ROOT = '/usr/src/rustc-1.63.0/';
const rejects = new Set(
  readFileSync(new URL('./corpus/rust-src-rustc-rejects.txt', import.meta.url), 'utf8').split('\n').filter((l) => l),
);

describe.skipIf(!existsSync(ROOT + 'library'))('rust-src corpus', () => {
  it('accepts and rejects the same files as rustc, and round-trips the accepted ones', () => {
    const files = [...rsFiles(ROOT + 'library'), ...rsFiles(ROOT + 'compiler')];
    const wrong: string[] = [];
    const rt: string[] = [];
    let lines = 0;
    let parsed = 0;
    const t0 = performance.now();
    for (const f of files) {
      const rel = f.slice(ROOT.length);
      const src = readFileSync(f, 'utf8');
      const err = parseOnlyStderr(f, src);
      const ok = err === '';
      if (ok === rejects.has(rel)) wrong.push(`${rel}: ${ok ? 'parsed, rustc rejects it' : 'rejected:\n' + err.split('\n').slice(0, 8).join('\n')}`);
      if (ok) {
        parsed++;
        lines += src.split('\n').length;
        const r = roundTrip(f, src);
        if (r) rt.push(`${rel}: ${r}`);
      }
    }
    const secs = (performance.now() - t0) / 1000;
    console.log(`rust-src: ${files.length} files, ${parsed} parsed (${lines} lines), ${files.length - parsed} rejected like rustc; ${secs.toFixed(1)}s with round trips`);
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(rt.slice(0, 10)).toEqual([]);
  }, 900_000);
});
