import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { front, ROOT, sysrootCrates } from './pipeline.ts';

// Every tests/run program must get through resolve and typeck without a diagnostic.
const runDir = path.join(ROOT, 'tests/run');
const programs = fs.readdirSync(runDir).filter((f) => f.endsWith('.rs')).map((f) => f.slice(0, -3));

describe('tests/run programs pass resolve and typeck', () => {
  for (const name of programs) {
    it(name, () => {
      const r = front(`tests/run/${name}.rs`, name, ['bin'], sysrootCrates());
      expect(r.text).toBe('');
      expect(r.analysis).not.toBeNull();
    });
  }
});
