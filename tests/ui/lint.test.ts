import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tsrustcAsync } from '../harness/compile.ts';
import { REPO_ROOT } from '../harness/paths.ts';
import { requireBuiltCompiler } from '../harness/require-built.ts';
import { compileFlagsOf } from '../harness/ui-expect.ts';

// Each tests/ui/lint-*.rs program must produce exactly rustc's stderr (recorded in
// <name>.stderr): every warning and error of the lints, with their notes, suggestions and
// the closing summary. A `// compile-flags: ...` line passes lint flags (`-D warnings`).
const dir = path.join(REPO_ROOT, 'tests', 'ui');
const cases = fs.readdirSync(dir).filter((f) => f.startsWith('lint-') && f.endsWith('.rs')).sort();

describe('tests/ui lints', () => {
  beforeAll(requireBuiltCompiler);
  for (const file of cases) {
    const source = path.join('tests', 'ui', file);
    it(source, async () => {
      const expected = fs.readFileSync(path.join(dir, file.replace(/\.rs$/, '.stderr')), 'utf8');
      const flags = compileFlagsOf(fs.readFileSync(path.join(dir, file), 'utf8'));
      const out = path.join(REPO_ROOT, 'tests', '.work', 'lint.rmeta');
      const r = await tsrustcAsync(['--edition', '2021', '--emit=metadata', '-o', out, ...flags, source]);
      expect(r.stderr, `stderr of ${source}`).toBe(expected);
      expect(r.status, `exit code of ${source}`).toBe(expected.includes('error: aborting due to') ? 1 : 0);
    });
  }
});
