// Run a selection of the suite on a pool of `jobs` concurrent tests; each test's compiler and
// program are child processes, so `jobs` bounds the processes running at once.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildCHelpers } from './c-helpers.ts';
import { parseProps } from './directives.ts';
import { discoverTests } from './discover.ts';
import { killLiveChildren } from './process.ts';
import { runTest, testId, topDir, type RunConfig, type TestUnit } from './run-test.ts';
import type { TestResult } from './types.ts';

export interface Selection {
  /** Files or directories relative to the suite; empty: the whole suite. */
  paths: readonly string[];
  /** Substring of the test id (`path` or `path#rev`). */
  filter: string | undefined;
  /** Restrict to these ids (e.g. the baseline). */
  only: ReadonlySet<string> | undefined;
}

export interface SuiteOptions extends Omit<RunConfig, 'libDirs'> {
  selection: Selection;
  jobs: number;
  /** Already expanded units of `selection`, to skip expanding them again. */
  units?: readonly TestUnit[];
  onResult?: (r: TestResult, done: number, total: number) => void;
}

/** Whether a test id falls inside the selection (also for ids that no longer exist). */
export function inSelection(suiteDir: string, sel: Selection, id: string): boolean {
  if (sel.filter !== undefined && !id.includes(sel.filter)) return false;
  if (sel.only !== undefined && !sel.only.has(id)) return false;
  if (sel.paths.length === 0) return true;
  const file = path.resolve(suiteDir, id.split('#')[0] ?? id);
  return sel.paths.some((p) => {
    const root = path.resolve(suiteDir, p);
    return file === root || file.startsWith(root + path.sep);
  });
}

/** Test units (one per revision) in the selection, in path order. */
export function expandUnits(suiteDir: string, sel: Selection): TestUnit[] {
  const units: TestUnit[] = [];
  for (const relPath of discoverTests(suiteDir, sel.paths)) {
    const file = path.join(suiteDir, relPath);
    const source = fs.readFileSync(file, 'utf8');
    const revisions = parseProps(source, undefined).revisions;
    for (const revision of revisions.length === 0 ? [undefined] : revisions) {
      const id = testId(relPath, revision);
      if (inSelection(suiteDir, sel, id)) units.push({ relPath, file, revision, source });
    }
  }
  return units;
}

export async function runSuite(opts: SuiteOptions): Promise<TestResult[]> {
  const units = opts.units ?? expandUnits(opts.suiteDir, opts.selection);
  const tmpRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'compiletest-'));
  const cleanup = () => fs.rmSync(tmpRoot, { recursive: true, force: true });
  const onSignal = (sig: NodeJS.Signals) => {
    killLiveChildren();
    cleanup();
    process.kill(process.pid, sig);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const libDirs: string[] = [];
  if (opts.host.supports.includes('c-helpers') && units.length > 0) {
    const dir = path.join(tmpRoot, 'c-helpers');
    const error = await buildCHelpers(opts.suiteDir, dir);
    if (error !== undefined) {
      cleanup();
      throw new Error(`building rust_test_helpers failed: ${error}`);
    }
    libDirs.push(dir);
  }
  const cfg: RunConfig = { ...opts, libDirs };
  const results: TestResult[] = new Array<TestResult>(units.length);
  let next = 0;
  let finished = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      const unit = units[i];
      if (unit === undefined) return;
      const workDir = path.join(tmpRoot, String(i));
      fs.mkdirSync(workDir);
      let r: TestResult;
      const started = Date.now();
      try {
        r = await runTest(cfg, unit, workDir);
      } catch (e) {
        r = {
          id: testId(unit.relPath, unit.revision),
          dir: topDir(unit.relPath),
          category: 'error',
          status: 'fail',
          reason: `runner error: ${(e as Error).message}`,
          ms: Date.now() - started,
        };
      }
      fs.rmSync(workDir, { recursive: true, force: true });
      results[i] = r;
      finished++;
      opts.onResult?.(r, finished, units.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, opts.jobs) }, worker));
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    cleanup();
  }
  return results;
}
