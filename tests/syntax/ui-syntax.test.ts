// Syntax-error cases: our diagnostics must equal rustc's, recorded in tests/ui/syntax
// (`rustc --edition 2021 -Z parse-crate-root-only`, see record.sh there).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { parseOnlyJson, parseOnlyStderr } from './helpers.ts';
import type { Edition } from '../../src/syntax/index.ts';

const root = new URL('../../', import.meta.url).pathname;
const dir = 'tests/ui/syntax/';
const cases = readdirSync(root + dir).filter((f) => f.endsWith('.rs')).sort();

describe('ui-syntax', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });
  for (const c of cases) {
    it(c, () => {
      const src = readFileSync(root + dir + c, 'utf8');
      const want = readFileSync(root + dir + c.replace(/\.rs$/, '.stderr'), 'utf8');
      const ed = /^\/\/ edition:(\d+)/m.exec(src)?.[1] as Edition | undefined;
      const got = parseOnlyStderr(dir + c, src, ed ?? '2021');
      expect(got).toBe(want);
      // Each `//~ ERROR` annotation names a line that has an error in the expectation.
      src.split('\n').forEach((line, i) => {
        const m = /\/\/~ ERROR (.*)$/.exec(line);
        if (!m) return;
        expect(want, `annotation on line ${i + 1}`).toMatch(new RegExp(`(:${i + 1}:\\d+)|(^ *${i + 1} \\|)`, 'm'));
      });
    });
  }
});

// For some cases rustc's `--error-format=json` output is recorded too (`name.json`, with
// the error-code explanations left out).
const jsonCases = readdirSync(root + dir).filter((f) => f.endsWith('.json')).sort();
describe('ui-syntax json', () => {
  for (const c of jsonCases) {
    it(c, () => {
      const rs = c.replace(/\.json$/, '.rs');
      const src = readFileSync(root + dir + rs, 'utf8');
      const want = readFileSync(root + dir + c, 'utf8').trimEnd().split('\n');
      const got = parseOnlyJson(dir + rs, src).trimEnd().split('\n');
      expect(got).toEqual(want);
    });
  }
});
