// Run one test (one revision of it): gates, aux crates, compile, check diagnostics, run.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAnnotations } from './annotations.ts';
import { auxCrateTypeArgs, externArgs, findArtifact, planAux, type BuiltAux } from './aux.ts';
import { checkErrors, describeErrorCheck } from './check-errors.ts';
import { flattenDiagnostics, parseJsonStderr, renderedText, type Diagnostic } from './diagnostics-json.ts';
import { parseHumanStderr } from './diagnostics-human.ts';
import { parseProps, type Vars } from './directives.ts';
import { evaluateGates, matchesHost, type HostConfig } from './host.ts';
import { nightlyReason } from './nightly.ts';
import { describeExit, runProcess, type ProcResult } from './process.ts';
import { canonicalPanics, firstDifference, legacyPanics, normalizeOutput, sameOutput, type NormalizeContext } from './run-output.ts';
import type { Category, Expected, Mode, Status, TestProps, TestResult } from './types.ts';

export interface RunConfig {
  /** The compiler command and any leading arguments, e.g. `['rustc']`. */
  compiler: readonly string[];
  suiteDir: string;
  /** Root of the Rust source tree, printed as `$SRC_DIR` in run output. */
  srcDir: string | undefined;
  host: HostConfig;
  compileTimeoutMs: number;
  runTimeoutMs: number;
  /** Extra `-L` directories for every compile (the C helper library, when built). */
  libDirs: readonly string[];
}

export interface TestUnit {
  /** Relative to the suite, `/`-separated. */
  relPath: string;
  file: string;
  revision: string | undefined;
  source: string;
}

const DETAIL_LIMIT = 4000;

export function testId(relPath: string, revision: string | undefined): string {
  return revision === undefined ? relPath : `${relPath}#${revision}`;
}

export function topDir(relPath: string): string {
  const slash = relPath.indexOf('/');
  return slash < 0 ? '(root)' : relPath.slice(0, slash);
}

export function categoryOf(mode: Mode | undefined): Category {
  switch (mode) {
    case 'run-pass':
    case 'run-fail':
      return 'run';
    case 'check-pass':
    case 'build-pass':
      return 'compile-pass';
    default:
      return 'error';
  }
}

function clip(text: string): string {
  return text.length <= DETAIL_LIMIT ? text : text.slice(0, DETAIL_LIMIT) + '\n[...]';
}

/** The environment children start from: without variables that change panic or log output. */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of ['RUST_BACKTRACE', 'RUST_LOG', 'RUSTC_LOG', 'RUST_TEST_THREADS']) delete env[k];
  return env;
}

function withEnv(set: readonly [string, string][], unset: readonly string[], extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...baseEnv(), ...extra };
  for (const [k, v] of set) env[k] = v;
  for (const k of unset) delete env[k];
  return env;
}

function diagnosticsOf(stderr: string): Diagnostic[] {
  const { diagnostics } = parseJsonStderr(stderr);
  return diagnostics.length > 0 ? diagnostics : parseHumanStderr(stderr);
}

/** The first few error messages, for a failure reason line. */
function firstErrors(diags: readonly Diagnostic[], n = 2): string {
  const errs = diags.filter((d) => d.level.startsWith('error') && !d.message.startsWith('aborting due to'));
  return errs
    .slice(0, n)
    .map((d) => (d.code !== undefined ? `${d.code}: ${d.message}` : d.message).split('\n')[0])
    .join(' | ');
}

export async function runTest(cfg: RunConfig, unit: TestUnit, workDir: string): Promise<TestResult> {
  const started = Date.now();
  const { revision, file, source } = unit;
  const vars: Vars = { 'src-base': cfg.suiteDir, 'build-base': workDir, cwd: workDir };
  const props = parseProps(source, revision, vars);
  const category = categoryOf(props.mode);
  const done = (status: Status, reason: string, detail?: string): TestResult => {
    const r: TestResult = {
      id: testId(unit.relPath, revision),
      dir: topDir(unit.relPath),
      category,
      status,
      reason,
      ms: Date.now() - started,
    };
    if (detail !== undefined && detail !== '') r.detail = clip(detail);
    return r;
  };

  if (props.shouldIce) return done('ignored', 'should-ice');
  if (props.shouldFail) return done('ignored', 'should-fail (tests compiletest itself)');
  const verdict = evaluateGates(props.gates, cfg.host);
  if (verdict.status === 'ignored') return done('ignored', verdict.reason);

  const plan = planAux(file, props, revision, vars);
  const nightly = nightlyReason([
    { source, flags: props.compileFlags },
    ...(plan.ok ? plan.units.map((u) => ({ source: u.source, flags: u.props.compileFlags })) : []),
  ]);
  if (nightly !== undefined) return done('nightly', nightly);
  if (verdict.status === 'unsupported') return done('unsupported', verdict.reason);
  const usesHelpers = [source, ...(plan.ok ? plan.units.map((u) => u.source) : [])].some((s) => s.includes('rust_test_helpers'));
  if (usesHelpers && !cfg.host.supports.includes('c-helpers')) {
    return done('unsupported', 'needs the C library rust_test_helpers (--supports c-helpers)');
  }
  if (!plan.ok) return done('fail', plan.error);

  let expected: Expected[];
  try {
    expected = parseAnnotations(source, revision);
  } catch (e) {
    return done('fail', `bad annotation: ${(e as Error).message}`);
  }

  const [cmd, ...prefix] = cfg.compiler;
  if (cmd === undefined) throw new Error('empty compiler command');
  const revArgs = revision === undefined ? [] : ['--cfg', revision];
  const libArgs = cfg.libDirs.flatMap((d) => ['-L', d]);

  // Auxiliary crates, dependencies first, all into one directory found through -L.
  const auxDir = path.join(workDir, 'aux');
  const built = new Map<string, BuiltAux>();
  if (plan.units.length > 0) fs.mkdirSync(auxDir, { recursive: true });
  for (const aux of plan.units) {
    const args = [
      ...prefix,
      ...auxCrateTypeArgs(aux),
      ...(aux.props.edition !== undefined ? ['--edition', aux.props.edition] : []),
      ...revArgs,
      '-L',
      auxDir,
      ...libArgs,
      ...externArgs(aux.source, aux.deps, built),
      '--out-dir',
      auxDir,
      ...aux.props.compileFlags,
      aux.file,
    ];
    const r = await runProcess(cmd, args, {
      cwd: workDir,
      env: withEnv(aux.props.rustcEnv, aux.props.unsetRustcEnv),
      timeoutMs: cfg.compileTimeoutMs,
    });
    if (r.code !== 0) {
      return done('fail', `aux build of ${path.basename(aux.file)} failed: ${describeExit(r, cfg.compileTimeoutMs)}`, r.stderr);
    }
    built.set(aux.file, { crateName: aux.crateName, artifact: findArtifact(auxDir, aux.crateName) });
  }

  // The test itself.
  const mode = props.mode;
  const willRun = mode === 'run-pass' || mode === 'run-fail';
  const expectCompiled = mode !== undefined && mode !== 'check-fail' && mode !== 'build-fail';
  const explicitFormat = props.compileFlags.some((f) => f.startsWith('--error-format'));
  const metadataOnly = (mode === 'check-pass' || mode === 'check-fail') && !props.compileFlags.some((f) => f.startsWith('--emit'));
  const outDir = path.join(workDir, 'out');
  fs.mkdirSync(outDir, { recursive: true });
  const exe = path.join(outDir, 'a');
  const args = [
    ...prefix,
    // Like upstream: ui tests that do not run are full of unused code; tests may re-enable it.
    ...(willRun ? [] : ['-A', 'unused']),
    ...(props.edition !== undefined ? ['--edition', props.edition] : []),
    ...revArgs,
    ...(plan.units.length > 0 ? ['-L', auxDir] : []),
    ...libArgs,
    ...externArgs(source, plan.testDeps, built),
    ...(explicitFormat ? [] : ['--error-format=json']),
    ...(willRun ? ['-o', exe] : [...(metadataOnly ? ['--emit=metadata'] : []), '--out-dir', outDir]),
    ...props.compileFlags,
    file,
  ];
  const compiled = await runProcess(cmd, args, {
    cwd: workDir,
    env: withEnv(props.rustcEnv, props.unsetRustcEnv),
    timeoutMs: cfg.compileTimeoutMs,
  });
  if (compiled.spawnError !== undefined || compiled.timedOut) {
    return done('fail', `compiler ${describeExit(compiled, cfg.compileTimeoutMs)}`, compiled.stderr);
  }
  const diags = diagnosticsOf(compiled.stderr);
  const rendered = explicitFormat ? compiled.stderr : renderedText(compiled.stderr);
  const ok = compiled.code === 0;

  if (expectCompiled && !ok) {
    const first = firstErrors(diags);
    return done('fail', `compilation failed (${describeExit(compiled, 0)})${first ? ': ' + first : ''}`, rendered);
  }
  if (!expectCompiled) {
    if (ok) return done('fail', 'compiled, but the test expects errors', rendered);
    const want = props.failureStatus ?? 1;
    if (!props.dontCheckFailureStatus && compiled.code !== want) {
      return done('fail', `compiler ${describeExit(compiled, 0)}, expected exit ${want} (a crash?)`, rendered);
    }
  }

  const checkPatterns = !willRun && props.errorPatterns.length > 0;
  const checkAnnotations = !explicitFormat && (!checkPatterns || expected.length > 0);
  if (checkPatterns) {
    const haystacks = [rendered, compiled.stderr, ...(props.checkStdout ? [compiled.stdout] : [])];
    for (const p of props.errorPatterns) {
      if (!haystacks.some((h) => h.includes(p))) return done('fail', `error-pattern not found: "${p}"`, rendered);
    }
  }
  if (checkAnnotations) {
    const actual = flattenDiagnostics(diags, file, workDir);
    const check = checkErrors(expected, actual, { allowUnexpectedErrors: props.knownBug });
    if (check.missing.length > 0 || check.unexpected.length > 0) {
      return done('fail', describeErrorCheck(check), rendered);
    }
  }
  for (const f of props.forbidOutput) {
    if (rendered.includes(f)) return done('fail', `forbidden output present: "${f}"`, rendered);
  }
  if (!willRun) return done('pass', '');

  const runEnv = withEnv(props.execEnv, props.unsetExecEnv, {
    LD_LIBRARY_PATH: [auxDir, process.env['LD_LIBRARY_PATH'] ?? ''].filter((s) => s !== '').join(':'),
  });
  const ran = await runProcess(exe, props.runFlags, { cwd: workDir, env: runEnv, timeoutMs: cfg.runTimeoutMs });
  return judgeRun(cfg, unit, props, workDir, ran, done);
}

function judgeRun(
  cfg: RunConfig,
  unit: TestUnit,
  props: TestProps,
  workDir: string,
  ran: ProcResult,
  done: (status: Status, reason: string, detail?: string) => TestResult,
): TestResult {
  const { revision, file } = unit;
  const output = `${ran.stdout}${ran.stdout && ran.stderr ? '\n' : ''}${ran.stderr}`;
  if (ran.spawnError !== undefined || ran.timedOut) {
    return done('fail', `program ${describeExit(ran, cfg.runTimeoutMs)}`, output);
  }
  const succeeded = ran.code === 0;
  if (props.mode === 'run-pass' && !succeeded) {
    return done('fail', `program failed (${describeExit(ran, 0)})`, output);
  }
  if (props.mode === 'run-fail' && succeeded) return done('fail', 'program exited 0, the test expects a failure', output);

  if (props.checkRunResults) {
    const ctx: NormalizeContext = {
      testDir: path.dirname(file),
      srcDir: cfg.srcDir,
      buildDir: workDir,
      rules: props.normalize.filter((r) => matchesHost(r.cfg, cfg.host)),
    };
    for (const stream of ['stdout', 'stderr'] as const) {
      const expectedText = readExpected(file, revision, stream);
      const actualText = normalizeOutput(stream === 'stdout' ? ran.stdout : ran.stderr, stream, ctx);
      if (!sameOutput(actualText, expectedText)) {
        const diff = firstDifference(canonicalPanics(actualText), canonicalPanics(expectedText));
        return done('fail', `run ${stream} differs from ${expectedName(file, revision, stream)}`, diff);
      }
    }
  }
  const runOutput = props.checkStdout ? output : ran.stderr;
  const views = [runOutput, canonicalPanics(runOutput), legacyPanics(runOutput)];
  for (const p of props.errorPatterns) {
    if (!views.some((v) => v.includes(p))) return done('fail', `error-pattern not found in program output: "${p}"`, output);
  }
  return done('pass', '');
}

function expectedName(file: string, revision: string | undefined, stream: 'stdout' | 'stderr'): string {
  const stem = path.basename(file, '.rs');
  return revision === undefined ? `${stem}.run.${stream}` : `${stem}.${revision}.run.${stream}`;
}

/** The expected run output; a missing file means empty output. */
function readExpected(file: string, revision: string | undefined, stream: 'stdout' | 'stderr'): string {
  const p = path.join(path.dirname(file), expectedName(file, revision, stream));
  try {
    return fs.readFileSync(p, 'utf8');
  } catch {
    return '';
  }
}
