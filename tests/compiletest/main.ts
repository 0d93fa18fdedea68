// Entry point, bundled and started by scripts/compiletest.mjs.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { compareBaseline, formatBaseline, mergeBaseline, readBaseline } from './baseline.ts';
import { parseCli, USAGE, UsageError, type CliOptions } from './cli-args.ts';
import { defaultHost } from './host.ts';
import { runProcess } from './process.ts';
import { formatMarkdown, formatReport } from './report.ts';
import { expandUnits, inSelection, runSuite, type Selection } from './runner.ts';
import type { TestResult } from './types.ts';

export interface MainEnv {
  repoRoot: string;
}

/** Relative compiler paths are taken from the directory compiletest was started in. */
function absoluteCompiler(cmd: readonly string[]): string[] {
  const [first, ...rest] = cmd;
  if (first === undefined) return [];
  return [first.includes('/') ? path.resolve(first) : first, ...rest];
}

async function compilerStarts(cmd: readonly string[]): Promise<string | undefined> {
  const [first, ...rest] = cmd;
  if (first === undefined) return 'empty compiler command';
  const r = await runProcess(first, [...rest, '--version'], { cwd: os.tmpdir(), env: process.env, timeoutMs: 30_000 });
  return r.spawnError;
}

function progressReporter(total: number): (r: TestResult, done: number) => void {
  const tty = process.stderr.isTTY === true;
  let pass = 0;
  let fail = 0;
  const step = Math.max(1, Math.round(total / 20));
  return (r, done) => {
    if (r.status === 'pass') pass++;
    if (r.status === 'fail') fail++;
    if (tty) {
      process.stderr.write(`\r[${done}/${total}] ${pass} passed, ${fail} failed `);
      if (done === total) process.stderr.write('\n');
    } else if (done % step === 0 || done === total) {
      process.stderr.write(`[${done}/${total}] ${pass} passed, ${fail} failed\n`);
    }
  };
}

function printFailures(results: readonly TestResult[], verbose: boolean): void {
  const failed = results.filter((r) => r.status === 'fail');
  const listLimit = 40;
  if (failed.length === 0) return;
  if (!verbose && failed.length > listLimit) {
    process.stdout.write(`${failed.length} failures (use --verbose or --json FILE to see them all; first ${listLimit}):\n`);
  }
  for (const r of verbose ? failed : failed.slice(0, listLimit)) {
    process.stdout.write(`FAIL ${r.id}: ${r.reason}\n`);
    if (verbose && r.detail) process.stdout.write(r.detail.replace(/^/gm, '    ') + '\n');
  }
  process.stdout.write('\n');
}

async function run(o: CliOptions): Promise<number> {
  const compiler = absoluteCompiler(o.compiler);
  const baseline = o.baseline !== undefined ? readBaseline(o.baseline) : undefined;
  const selection: Selection = {
    paths: o.paths,
    filter: o.filter,
    only: o.onlyBaseline && baseline !== undefined ? new Set(baseline) : undefined,
  };
  const units = expandUnits(o.suite, selection);
  // An empty selection (e.g. an empty baseline) needs no compiler.
  const startError = units.length === 0 ? undefined : await compilerStarts(compiler);
  if (startError !== undefined) {
    process.stderr.write(`compiletest: cannot run the compiler ${compiler.join(' ')}: ${startError}\n`);
    return 2;
  }
  const host = { ...defaultHost(), llvmVersion: o.llvmVersion };
  host.supports = [...host.supports, ...o.supports];
  const started = Date.now();
  let progress: ((r: TestResult, done: number) => void) | undefined;
  const results = await runSuite({
    compiler,
    suiteDir: o.suite,
    srcDir: o.srcDir,
    host,
    compileTimeoutMs: o.compileTimeoutMs,
    runTimeoutMs: o.runTimeoutMs,
    selection,
    units,
    jobs: o.jobs,
    onResult: (r, done, total) => {
      progress ??= progressReporter(total);
      progress(r, done);
    },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  printFailures(results, o.verbose);
  process.stdout.write(formatReport(results));
  process.stderr.write(`compiletest: ${results.length} tests in ${seconds}s with ${o.jobs} jobs (${compiler.join(' ')})\n`);

  const inScope = (id: string) => inSelection(o.suite, selection, id);
  if (o.json !== undefined) {
    const doc = { compiler: compiler.join(' '), suite: o.suite, seconds: Number(seconds), results };
    fs.writeFileSync(o.json, JSON.stringify(doc, null, 1) + '\n');
  }
  if (o.markdown !== undefined) {
    const argv = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--markdown') && all[i - 1] !== '--markdown');
    const cmd = ['node scripts/compiletest.mjs', ...argv].join(' ');
    fs.writeFileSync(o.markdown, formatMarkdown(results, cmd));
  }
  if (o.writeBaseline !== undefined) {
    const existing = fs.existsSync(o.writeBaseline) ? readBaseline(o.writeBaseline) : [];
    const merged = mergeBaseline(existing, results, inScope);
    fs.writeFileSync(o.writeBaseline, formatBaseline(merged));
    process.stderr.write(`compiletest: wrote ${merged.length} passing tests to ${o.writeBaseline}\n`);
  }
  let code = 0;
  if (baseline !== undefined) {
    const diff = compareBaseline(baseline, results, inScope);
    for (const r of diff.regressions) process.stdout.write(`REGRESSION ${r.id}: ${r.status}${r.reason ? ': ' + r.reason : ''}\n`);
    if (diff.newlyPassing.length > 0) {
      process.stdout.write(`${diff.newlyPassing.length} tests pass that are not in ${o.baseline}:\n`);
      for (const id of diff.newlyPassing.slice(0, 50)) process.stdout.write(`  ${id}\n`);
      if (diff.newlyPassing.length > 50) process.stdout.write(`  ...\n`);
      process.stdout.write(`update it: node scripts/compiletest.mjs --write-baseline ${o.baseline} (same selection)\n`);
    }
    if (diff.regressions.length > 0) {
      process.stdout.write(`${diff.regressions.length} regressions against ${o.baseline}\n`);
      code = 1;
    }
  }
  return code;
}

export async function main(argv: readonly string[], env: MainEnv): Promise<number> {
  let o: CliOptions;
  try {
    o = parseCli(argv, process.env, env.repoRoot);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`compiletest: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
  if (o.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  try {
    return await run(o);
  } catch (e) {
    process.stderr.write(`compiletest: ${(e as Error).message}\n`);
    return 2;
  }
}
