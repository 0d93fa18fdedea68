import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tsrustc } from '../harness/compile.ts';
import { REPO_ROOT } from '../harness/paths.ts';
import { requireBuiltCompiler } from '../harness/require-built.ts';

// Match checking with warnings (unreachable_patterns), which tests/ui cannot hold: each
// program's full human-readable stderr must equal rustc's (recorded in <name>.stderr by
// running `rustc --edition 2021 tests/mir/check-match/<name>.rs` from the repo root).
const dir = path.join(REPO_ROOT, 'tests', 'mir', 'check-match');
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.rs')).sort();

describe('check-match (rendered diagnostics)', () => {
  beforeAll(requireBuiltCompiler);
  for (const file of cases) {
    const source = path.join('tests', 'mir', 'check-match', file);
    it(source, () => {
      const expected = fs.readFileSync(path.join(dir, file.replace(/\.rs$/, '.stderr')), 'utf8');
      const r = tsrustc(['--edition', '2021', '--emit=metadata', '-o', path.join(REPO_ROOT, 'tests', '.work', 'check-match.rmeta'), source]);
      expect(r.stderr).toBe(expected);
    });
  }
});
