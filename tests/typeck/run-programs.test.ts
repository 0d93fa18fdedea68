import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { front, ROOT, sysrootCrates } from './pipeline.ts';

// Every tests/run program must get through resolve and typeck without a diagnostic.
const runDir = path.join(ROOT, 'tests/run');
// This front-end-only pipeline does not load the library's exported macro_rules! (vec!,
// matches!, dbg!) nor resolve include_*! paths from the program's directory; programs using
// them are covered by the full compiler in tests/run/<target>.test.ts.
const NEEDS_DRIVER = /\b(vec|matches|dbg)!|\binclude_(str|bytes)!/;
const programs = fs.readdirSync(runDir).filter((f) => f.endsWith('.rs') && !NEEDS_DRIVER.test(fs.readFileSync(path.join(runDir, f), 'utf8'))).map((f) => f.slice(0, -3));

describe('tests/run programs pass resolve and typeck', () => {
  for (const name of programs) {
    it(name, () => {
      const r = front(`tests/run/${name}.rs`, name, ['bin'], sysrootCrates());
      expect(r.text).toBe('');
      expect(r.analysis).not.toBeNull();
    });
  }
});
