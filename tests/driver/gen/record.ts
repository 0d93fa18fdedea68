// Records what rustc 1.95 does for the driver cases (tests/driver/cases.ts) into
// tests/driver/fixtures/. Needs rustc on PATH; the tests only read the fixtures.
//
//   npx vite-node tests/driver/gen/record.ts
//
// Normalizations (each also documented where the tests rely on it):
// - the scratch directory's path becomes `$DIR`;
// - `couldn't create a temp dir ... at path "DIR/rmetaXXXXXX"`: rustc names its random
//   temp dir; the path is cut back to DIR (tsrustc reports the missing directory itself);
// - panic messages lose rustc >= 1.92's thread id (`thread 'main' (1234) panicked`), as
//   scripts/record-expected.sh does for tests/run;
// - the custom-target `--print cfg` needs RUSTC_BOOTSTRAP=1 (custom specs are unstable in
//   rustc), which also prints nightly-only cfgs; those lines are dropped.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../../harness/paths.ts';
import { CLI_CASES, customAarch64, EMIT_CASES, OPT_PROGRAMS, TARGET_ERROR_CASES } from '../cases.ts';
import { cleanScratch, FIXTURES, listDirs, listOutputs, normalizePaths, pool, runProgram, scratchDir } from '../driver-run.ts';

const JOBS = 2;

function write(name: string, data: unknown): void {
  const text = typeof data === 'string' ? data : `${JSON.stringify(data, null, 2)}\n`;
  fs.writeFileSync(path.join(FIXTURES, name), text);
  process.stdout.write(`wrote tests/driver/fixtures/${name}\n`);
}

const stripRmeta = (s: string): string => s.replace(/(couldn't create a temp dir: .* at path "[^"]*)\/rmeta[A-Za-z0-9]+"/g, '$1"');
const stripThreadId = (s: string): string => s.replace(/^thread '([^']*)' \(\d+\) panicked at /gm, "thread '$1' panicked at ");

async function recordEmit(): Promise<void> {
  const out: Record<string, unknown> = {};
  await pool(EMIT_CASES, JOBS, async (c) => {
    const dir = scratchDir(`rec-${c.name}`, c.mkdirs);
    const r = await runProgram('rustc', ['--edition', '2021', ...c.args], { cwd: dir });
    out[c.name] = {
      status: r.status,
      files: listOutputs(dir),
      dirs: listDirs(dir).filter((d) => !(c.mkdirs ?? []).includes(d)),
      stderr: stripRmeta(normalizePaths(r.stderr, dir)),
    };
  });
  write('emit.json', Object.fromEntries(EMIT_CASES.map((c) => [c.name, out[c.name]])));
}

async function recordCli(): Promise<void> {
  const out: Record<string, unknown> = {};
  await pool(CLI_CASES, JOBS, async (c) => {
    const dir = scratchDir(`rec-${c.name}`);
    const r = await runProgram('rustc', c.args, { cwd: dir });
    out[c.name] = { status: r.status, stdout: normalizePaths(r.stdout, dir), stderr: normalizePaths(r.stderr, dir) };
  });
  write('cli.json', Object.fromEntries(CLI_CASES.map((c) => [c.name, out[c.name]])));
}

async function recordOpt(): Promise<void> {
  const out: Record<string, unknown> = {};
  const bin = scratchDir('rec-opt');
  await pool(OPT_PROGRAMS, JOBS, async (src) => {
    const exe = path.join(bin, path.basename(src, '.rs'));
    const c = await runProgram('rustc', ['--edition', '2021', '-O', '-o', exe, src], { cwd: REPO_ROOT });
    if (c.status !== 0) throw new Error(`rustc -O ${src} failed:\n${c.stderr}`);
    const r = await runProgram(exe, [], { cwd: REPO_ROOT, timeoutMs: 20_000 });
    out[src] = { stdout: r.stdout, stderr: stripThreadId(r.stderr), exit: r.status };
  });
  write('opt-runs.json', Object.fromEntries(OPT_PROGRAMS.map((p) => [p, out[p]])));
  // Our own programs also need their debug-build behaviour (tests/run has its own files).
  for (const src of OPT_PROGRAMS.filter((p) => !p.startsWith('tests/run/'))) {
    const exe = path.join(bin, `${path.basename(src, '.rs')}-debug`);
    const c = await runProgram('rustc', ['--edition', '2021', '-o', exe, src], { cwd: REPO_ROOT });
    if (c.status !== 0) throw new Error(`rustc ${src} failed:\n${c.stderr}`);
    const r = await runProgram(exe, [], { cwd: REPO_ROOT, timeoutMs: 20_000 });
    write(`${path.basename(src, '.rs')}.debug.json`, { stdout: r.stdout, stderr: stripThreadId(r.stderr), exit: r.status });
  }
}

// Nightly-only cfgs (see docs/targets.md, `cfg`): rustc prints them under RUSTC_BOOTSTRAP=1.
const NIGHTLY_CFG = /^(emscripten_wasm_eh|fmt_debug|overflow_checks|relocation_model|ub_checks|contract_checks|target_has_atomic_load_store|target_has_atomic_equal_alignment|target_thread_local|target_has_reliable_[a-z0-9_]+)(=|$)|^target_has_atomic$/;

async function recordTargets(): Promise<void> {
  const builtin = fs.readFileSync(path.join(REPO_ROOT, 'targets', 'aarch64-unknown-linux-gnu.json'), 'utf8');
  const env = { RUSTC_BOOTSTRAP: '1' };
  const errors: Record<string, unknown> = {};
  await pool(TARGET_ERROR_CASES, JOBS, async (c) => {
    const dir = scratchDir(`rec-${c.name}`);
    fs.writeFileSync(path.join(dir, 'my-aarch64.json'), c.edit(builtin));
    const r = await runProgram('rustc', ['-Z', 'unstable-options', '--target', 'my-aarch64.json', 'src/hello.rs'], { cwd: dir, env });
    errors[c.name] = { status: r.status, stderr: normalizePaths(r.stderr, dir) };
  });
  write('target-errors.json', Object.fromEntries(TARGET_ERROR_CASES.map((c) => [c.name, errors[c.name]])));

  const dir = scratchDir('rec-custom-cfg');
  fs.writeFileSync(path.join(dir, 'my-aarch64.json'), customAarch64(builtin));
  const r = await runProgram('rustc', ['-Z', 'unstable-options', '--print', 'cfg', '--target', 'my-aarch64.json'], { cwd: dir, env });
  if (r.status !== 0) throw new Error(`rustc --print cfg for the custom target failed:\n${r.stderr}`);
  write('custom-target-cfg.txt', r.stdout.split('\n').filter((l) => l !== '' && !NIGHTLY_CFG.test(l)).map((l) => `${l}\n`).join(''));
}

async function recordJson(): Promise<void> {
  const dir = scratchDir('rec-json');
  const r = await runProgram('rustc', ['--edition', '2021', '--error-format=json', 'src/type_error.rs'], { cwd: dir });
  write('type-error.json.stderr', r.stderr);
}

try {
  await recordEmit();
  await recordCli();
  await recordOpt();
  await recordTargets();
  await recordJson();
} finally {
  cleanScratch();
}
