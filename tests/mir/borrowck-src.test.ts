import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frontend } from './frontend.ts';

// Each tests/mir/borrowck-src/NAME.rs goes through the real parser, resolver, typeck and
// our MIR station; the errors must equal NAME.stderr, recorded from rustc 1.95 with
// `rustc --edition 2021 --emit=metadata tests/mir/borrowck-src/NAME.rs`.
const dir = 'tests/mir/borrowck-src';

describe('borrowck on real source, compared with rustc', () => {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.rs')).sort()) {
    it(f, () => {
      const path = `${dir}/${f}`;
      const expected = readFileSync(path.replace(/\.rs$/, '.stderr'), 'utf8');
      const fe = frontend(readFileSync(path, 'utf8'), { fileName: path });
      expect(fe.checkAll()).toBe(expected);
    });
  }
});
