import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { front, ROOT, sysrootCrates } from './pipeline.ts';

// Small programs with resolve/typeck errors; each .stderr was recorded from rustc 1.95
// (`rustc --edition 2021 --emit=metadata tests/typeck/errors/<name>.rs` from the repo root).
// Our rendering must be identical.
// rustc adds notes pointing into its own library sources here, or draws overlapping
// underlines in a way our emitter does not yet; these compare error headers only.
// (e0072_mutual: rustc marks lines of a multi-line suggestion with `~`, our emitter with `|`.)
const HEADERS_ONLY = new Set(['e0277_index_type', 'e0308_int_mismatch_op', 'e0368_assign_op', 'e0072_mutual']);

function headers(stderr: string): string[] {
  const lines = stderr.split('\n');
  return lines.flatMap((l, i) => (/^error/.test(l) ? [`${l} ${/-->\s+(\S+)/.exec(lines[i + 1] ?? '')?.[1] ?? ''}`] : []));
}

const dir = path.join(ROOT, 'tests/typeck/errors');
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.rs')).map((f) => f.slice(0, -3));

describe('resolve and typeck errors match rustc', () => {
  for (const name of cases) {
    it(name, () => {
      const expected = fs.readFileSync(path.join(dir, `${name}.stderr`), 'utf8');
      const r = front(`tests/typeck/errors/${name}.rs`, name, ['bin'], sysrootCrates());
      const got = r.text + r.sess.dcx.summary();
      if (HEADERS_ONLY.has(name)) expect(headers(got)).toEqual(headers(expected));
      else expect(got.trimEnd()).toBe(expected.trimEnd());
    });
  }
});
