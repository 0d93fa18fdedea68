// The runner end to end on fixtures, with a fake compiler (fixtures/fake-rustc.mjs) that
// reports the diagnostics listed in each test's `.fake.json`: no rustc or tsrustc needed.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareBaseline, mergeBaseline } from './baseline.ts';
import { defaultHost } from './host.ts';
import { formatReport } from './report.ts';
import { expandUnits, inSelection, runSuite, type Selection } from './runner.ts';
import type { TestResult } from './types.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const suiteDir = path.join(here, 'fixtures', 'suite');
const fake = path.join(here, 'fixtures', 'fake-rustc.mjs');
const all: Selection = { paths: [], filter: undefined, only: undefined };

interface LogEntry {
  args: string[];
  cwd: string;
}

let results: TestResult[] = [];
let log: LogEntry[] = [];

function result(id: string): TestResult {
  const r = results.find((x) => x.id === id);
  if (!r) throw new Error(`no result for ${id}; have ${results.map((x) => x.id).join(', ')}`);
  return r;
}

/** Compiler invocations whose input file ends with `name`. */
function invocations(name: string): string[][] {
  return log.filter((e) => e.args[e.args.length - 1]?.endsWith(name)).map((e) => e.args);
}

beforeAll(async () => {
  const logFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'compiletest-log-')), 'log.jsonl');
  process.env['FAKE_RUSTC_LOG'] = logFile;
  try {
    results = await runSuite({
      compiler: [fake],
      suiteDir,
      srcDir: undefined,
      host: defaultHost(),
      compileTimeoutMs: 30_000,
      runTimeoutMs: 10_000,
      selection: all,
      jobs: 2,
    });
  } finally {
    delete process.env['FAKE_RUSTC_LOG'];
  }
  log = fs
    .readFileSync(logFile, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as LogEntry);
  fs.rmSync(path.dirname(logFile), { recursive: true, force: true });
}, 120_000);

describe('discovery', () => {
  it('skips auxiliary/ and expands revisions', () => {
    const ids = expandUnits(suiteDir, all).map((u) => (u.revision ? `${u.relPath}#${u.revision}` : u.relPath));
    expect(ids.some((id) => id.includes('auxiliary'))).toBe(false);
    expect(ids).toContain('revisions/two.rs#good');
    expect(ids).toContain('revisions/two.rs#bad');
    expect(ids).not.toContain('revisions/two.rs');
    // Files in path order; revisions in the order the test declares them.
    const paths = ids.map((id) => id.split('#')[0] ?? id);
    expect(paths).toEqual([...paths].sort());
    expect(ids.indexOf('revisions/two.rs#good')).toBeLessThan(ids.indexOf('revisions/two.rs#bad'));
  });

  it('selects by path and filter', () => {
    const sel: Selection = { paths: ['errors'], filter: 'line', only: undefined };
    expect(expandUnits(suiteDir, sel).map((u) => u.relPath)).toEqual(['errors/wrong-line.rs']);
    expect(inSelection(suiteDir, sel, 'errors/wrong-line.rs')).toBe(true);
    expect(inSelection(suiteDir, sel, 'run/wrong-line.rs')).toBe(false);
    expect(inSelection(suiteDir, { paths: ['revisions/two.rs'], filter: undefined, only: undefined }, 'revisions/two.rs#bad')).toBe(true);
  });
});

describe('error tests', () => {
  it('passes when every annotation is met (codes, labels as notes, children, unannotated warnings)', () => {
    expect(result('errors/pass.rs')).toMatchObject({ status: 'pass', category: 'error' });
    expect(result('errors/notes.rs')).toMatchObject({ status: 'pass' });
  });

  it('fails on a missing error', () => {
    const r = result('errors/missing-error.rs');
    expect(r.status).toBe('fail');
    expect(r.reason).toBe('missing ERROR at 3 "cannot find value"');
  });

  it('fails on an unannotated error', () => {
    const r = result('errors/extra-error.rs');
    expect(r.status).toBe('fail');
    expect(r.reason).toBe('unexpected ERROR at 3 "cannot find value `z` in this scope [E0425]"');
  });

  it('fails when the error is on another line than annotated', () => {
    const r = result('errors/wrong-line.rs');
    expect(r.status).toBe('fail');
    expect(r.reason).toBe('missing ERROR at 2 "mismatched types"; unexpected ERROR at 3 "mismatched types [E0308]"');
  });

  it('fails when the file compiles', () => {
    expect(result('errors/compiles.rs')).toMatchObject({ status: 'fail', reason: 'compiled, but the test expects errors' });
  });

  it('fails when the compiler crashes instead of reporting', () => {
    const r = result('errors/crash.rs');
    expect(r.status).toBe('fail');
    expect(r.reason).toContain('exit 101, expected exit 1');
  });

  it('reads the human format when there is no JSON', () => {
    expect(result('errors/human.rs')).toMatchObject({ status: 'pass' });
  });

  it('checks error-pattern and then tolerates unannotated errors', () => {
    expect(result('errors/pattern.rs')).toMatchObject({ status: 'pass' });
  });

  it('check-fail and check-pass compile with --emit=metadata', () => {
    expect(result('errors/check-fail.rs')).toMatchObject({ status: 'pass', category: 'error' });
    const [args] = invocations('errors/check-fail.rs');
    expect(args).toContain('--emit=metadata');
    expect(args).toContain('--error-format=json');
    expect(args).toEqual(expect.arrayContaining(['-A', 'unused']));
    const [pass] = invocations('run/check-pass.rs');
    expect(pass).toContain('--emit=metadata');
    expect(result('run/check-pass.rs')).toMatchObject({ status: 'pass', category: 'compile-pass' });
  });
});

describe('aux crates', () => {
  it('builds aux crates first, dependencies before dependents, with their own flags', () => {
    expect(result('aux/use-aux.rs')).toMatchObject({ status: 'pass', category: 'run' });
    const order = log
      .map((e) => path.basename(e.args[e.args.length - 1] ?? ''))
      .filter((n) => ['base.rs', 'helper.rs', 'plain.rs', 'use-aux.rs'].includes(n));
    expect(order).toEqual(['base.rs', 'helper.rs', 'plain.rs', 'use-aux.rs']);

    const [helper] = invocations('auxiliary/helper.rs');
    const auxDir = helper?.[helper.indexOf('--out-dir') + 1] ?? '';
    expect(path.basename(auxDir)).toBe('aux');
    expect(helper).toEqual(expect.arrayContaining(['--crate-type', 'lib', '--cfg', 'helper_flag', '-L', auxDir]));
    expect(helper).not.toContain('--error-format=json');

    const [test] = invocations('aux/use-aux.rs');
    expect(test).toEqual(expect.arrayContaining(['-L', auxDir, '--extern', `helper=${path.join(auxDir, 'libhelper.rlib')}`]));
    // plain.rs is not named by `extern crate`: found through -L only.
    expect(test?.some((a) => a.startsWith('plain='))).toBe(false);
    expect(test).not.toContain('-A');
  });

  it('fails when an aux file does not exist', () => {
    expect(result('aux/missing-aux.rs')).toMatchObject({ status: 'fail', reason: 'auxiliary file not found: nope.rs' });
  });
});

describe('revisions', () => {
  it('runs each revision as its own test with --cfg and revision-only directives', () => {
    expect(result('revisions/two.rs#good')).toMatchObject({ status: 'pass' });
    const bad = result('revisions/two.rs#bad');
    expect(bad.status).toBe('fail');
    expect(bad.reason).toBe('missing ERROR at 6 "mismatched types"; unexpected ERROR at 7 "mismatched types [E0308]"');
    const [good] = invocations('revisions/two.rs').filter((a) => a.includes('good'));
    const [badArgs] = invocations('revisions/two.rs').filter((a) => a.includes('bad'));
    expect(good).toEqual(expect.arrayContaining(['--cfg', 'good']));
    expect(good).not.toContain('extra');
    expect(badArgs).toEqual(expect.arrayContaining(['--cfg', 'bad', '--cfg', 'extra']));
  });
});

describe('run tests', () => {
  it('compares normalized run output ($DIR, 1.63 panic format)', () => {
    expect(result('run/output-match.rs')).toMatchObject({ status: 'pass', category: 'run' });
  });

  it('fails on a run output mismatch and shows the difference', () => {
    const r = result('run/output-mismatch.rs');
    expect(r.status).toBe('fail');
    expect(r.reason).toBe('run stdout differs from output-mismatch.run.stdout');
    expect(r.detail).toContain('- hello');
    expect(r.detail).toContain('+ goodbye');
  });

  it('run-fail passes on a panic matching the error-pattern', () => {
    expect(result('run/run-fail.rs')).toMatchObject({ status: 'pass', category: 'run' });
  });

  it('run-pass fails on a non-zero exit', () => {
    expect(result('run/exits-nonzero.rs')).toMatchObject({ status: 'fail', reason: 'program failed (exit 3)' });
  });

  it('build-pass fails when compilation fails', () => {
    const r = result('run/build-pass-fails.rs');
    expect(r.status).toBe('fail');
    expect(r.reason).toBe('compilation failed (exit 1): linking failed');
  });

  it('passes exec-env and run-flags to the program', () => {
    expect(result('run/env.rs')).toMatchObject({ status: 'pass' });
  });
});

describe('skips', () => {
  it('counts nightly, ignored and unsupported tests separately, with reasons', () => {
    expect(result('skips/feature.rs')).toMatchObject({ status: 'nightly', reason: '#![feature(never_type)]' });
    expect(result('skips/zflag.rs')).toMatchObject({ status: 'nightly', reason: '-Z unstable-options' });
    expect(result('skips/ignore-linux.rs')).toMatchObject({ status: 'ignored', reason: 'ignore-linux' });
    expect(result('skips/only-windows.rs')).toMatchObject({ status: 'ignored', reason: 'only-windows' });
    expect(result('skips/needs-unwind.rs')).toMatchObject({ status: 'unsupported', reason: 'needs-unwind' });
    expect(result('skips/ignored-and-nightly.rs')).toMatchObject({ status: 'ignored', reason: 'ignore-test' });
    for (const id of ['skips/feature.rs', 'skips/ignore-linux.rs', 'skips/needs-unwind.rs']) {
      expect(invocations(id)).toEqual([]);
    }
  });
});

describe('report and baseline on the fixture run', () => {
  it('prints per-directory rows and the final count line', () => {
    const text = formatReport(results);
    const passed = results.filter((r) => r.status === 'pass').length;
    const failed = results.filter((r) => r.status === 'fail').length;
    expect(text.trimEnd().split('\n').pop()).toBe(`${passed} passed, ${failed} failed`);
    expect(text).toMatch(/^skips\s+6\s+0\s+0\s+2\s+1\s+3\s+-$/m);
    expect(text).toMatch(/^errors\s+10\s+/m);
  });

  it('reports a baseline test that fails now as a regression', () => {
    const inScope = (id: string) => inSelection(suiteDir, all, id);
    const baseline = ['errors/pass.rs', 'errors/wrong-line.rs', 'errors/deleted.rs', 'other-suite-dir/x.rs'];
    const diff = compareBaseline(baseline, results, inScope);
    expect(diff.regressions.map((r) => [r.id, r.status])).toEqual([
      ['errors/deleted.rs', 'missing'],
      ['errors/wrong-line.rs', 'fail'],
      // The whole suite ran, so a listed test that is not there any more is a regression too.
      ['other-suite-dir/x.rs', 'missing'],
    ]);
    expect(diff.newlyPassing).toContain('run/env.rs');
    expect(diff.newlyPassing).not.toContain('errors/pass.rs');
    const merged = mergeBaseline(baseline, results, (id) => inSelection(suiteDir, { ...all, paths: ['errors'] }, id));
    expect(merged).toContain('other-suite-dir/x.rs');
    expect(merged).not.toContain('errors/wrong-line.rs');
    expect(merged).toContain('run/env.rs');
  });
});
