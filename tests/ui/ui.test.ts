import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tsrustcAsync } from '../harness/compile.ts';
import { REPO_ROOT } from '../harness/paths.ts';
import { requireBuiltCompiler } from '../harness/require-built.ts';
import { formatErrors, parseAnnotations, parseJsonDiagnostics, parseRustcStderr } from '../harness/ui-expect.ts';

// Each tests/ui program must be rejected with exactly the errors rustc reported (code,
// message, line and column of the primary span), and every `//~ ERROR` annotation met.
const dir = path.join(REPO_ROOT, 'tests', 'ui');
// `lint-*.rs` cases compare every warning too: tests/ui/lint.test.ts.
const cases = fs.readdirSync(dir).filter((f) => f.endsWith('.rs') && !f.startsWith('lint-')).sort();

describe('tests/ui', () => {
  beforeAll(requireBuiltCompiler);
  for (const file of cases) {
    const source = path.join('tests', 'ui', file);
    it(source, async () => {
      const expected = parseRustcStderr(fs.readFileSync(path.join(dir, file.replace(/\.rs$/, '.stderr')), 'utf8'));
      const r = await tsrustcAsync(['--edition', '2021', '--error-format=json', '--emit=metadata', '-o', path.join(REPO_ROOT, 'tests', '.work', 'ui.rmeta'), source]);
      expect(r.status, `exit code for ${source}\n${r.stderr}`).toBe(1);
      const ours = parseJsonDiagnostics(r.stderr);
      expect(formatErrors(ours), `errors reported for ${source}`).toBe(formatErrors(expected));
      for (const a of parseAnnotations(fs.readFileSync(path.join(dir, file), 'utf8'))) {
        const hit = ours.some((e) => e.line === a.line && (e.code === a.text || e.message.includes(a.text)));
        expect(hit, `${source}:${a.line}: expected error \`${a.text}\``).toBe(true);
      }
    });
  }
});
