import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { front, ROOT, sysrootCrates } from './pipeline.ts';

// The tests/ui programs whose errors come from resolve or typeck, checked for the same
// error headers and locations as rustc's recorded stderr (borrowck, lints and macro errors
// belong to other stations).
// E0004/E0005 come from match checking, E0382/E0384/E0381 and the loan and move-out errors
// from borrowck.
const OTHER_STATIONS = new Set(['E0384', 'E0381', 'E0382', 'E0004', 'E0005', 'E0499', 'E0502', 'E0503', 'E0505', 'E0506', 'E0508']);
// These need std's exported `vec!`, which this front-end-only pipeline does not load.
const SKIP = new Set(['unknown_macro', 'use_after_move_vec', 'borrow_mut_while_shared', 'move_out_of_borrow', 'move_while_borrowed']);
// Errors that only appear because our sysroot's core lacks an impl real core has; drop an
// entry once core gains the impl.
const SYSROOT_GAPS: Record<string, string> = {
  break_value_while: 'E0277 10:5 the trait bound `(): Debug` is not satisfied',
  cast_u32_to_char: 'E0277 5:5 the trait bound `char: Display` is not satisfied',
};

/** `error[E0308]: mismatched types @ 4:18` for each error header in a rustc stderr. */
function headers(stderr: string): string[] {
  const lines = stderr.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^error(\[(E\d+)\])?: (.*)$/.exec(lines[i]!);
    if (!m || m[3]!.startsWith('aborting due to')) continue;
    const loc = /--> [^:]+:(\d+):(\d+)/.exec(lines[i + 1] ?? '');
    out.push(`${m[2] ?? '-'} ${loc ? `${loc[1]}:${loc[2]}` : '?'} ${m[3]}`);
  }
  return out;
}

// Errors the parser reports (their wording is the syntax station's).
const PARSER_ERRORS = new Set(['const_missing_type']);
// Errors inside macro expansions (format strings, macro_rules!) render with the spans the
// expander builds; their headers are checked here, their full rendering by tests/ui.
const FROM_EXPANSIONS = /^(fmt|macro|derive|try)_/;

const uiDir = path.join(ROOT, 'tests/ui');
// tests/ui/lint-*.rs are the lint station's (tests/ui/lint.test.ts runs the whole compiler).
const cases = fs.readdirSync(uiDir).filter((f) => f.endsWith('.rs') && !f.startsWith('lint-')).map((f) => f.slice(0, -3)).filter((n) => !SKIP.has(n));

describe('tests/ui errors from resolve and typeck', () => {
  for (const name of cases) {
    it(name, () => {
      const expected = headers(fs.readFileSync(path.join(uiDir, `${name}.stderr`), 'utf8')).filter((h) => !OTHER_STATIONS.has(h.split(' ')[0]!));
      const stderr = fs.readFileSync(path.join(uiDir, `${name}.stderr`), 'utf8');
      const r = front(`tests/ui/${name}.rs`, name, ['bin'], sysrootCrates());
      const got = headers(r.text).filter((h) => h !== SYSROOT_GAPS[name]);
      expect(got, r.text).toEqual(expected);
      // Where every error is ours, the whole rendering must be rustc's, byte for byte.
      const ours = expected.length === headers(stderr).length && headers(r.text).length === got.length && !PARSER_ERRORS.has(name) && !FROM_EXPANSIONS.test(name);
      if (ours) expect(r.text + r.sess.dcx.summary()).toBe(stderr);
    });
  }
});
