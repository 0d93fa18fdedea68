import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT, TSRUSTC, WORK_DIR } from './paths.ts';
import { spawnAsync } from './spawn-async.ts';

export interface CompileResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly output: string;
}

/** Runs bin/tsrustc from the repo root (so panic locations read `tests/run/x.rs`). */
export function tsrustc(args: readonly string[], env: NodeJS.ProcessEnv = {}): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(TSRUSTC, args, {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: 120_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout ?? '', stderr: (r.stderr ?? '') + (r.error ? String(r.error) : '') };
}

/** bin/tsrustc as `tsrustc` runs it, without blocking the test worker. */
export function tsrustcAsync(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  return spawnAsync(TSRUSTC, args, { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1', ...env }, timeoutMs: 120_000 });
}

/** Compiles `source` (a path relative to the repo root) for `target` into the work dir. */
export async function compileFor(source: string, target: string, extra: readonly string[] = []): Promise<CompileResult> {
  // Suites of one target with different flags (opt-level-3) run in parallel: each gets its
  // own directory, or they overwrite each other's binaries.
  const flavour = extra.length > 0 ? `-${extra.join('_').replace(/[^A-Za-z0-9=_-]+/g, '')}` : '';
  const outDir = path.join(WORK_DIR, target + flavour);
  fs.mkdirSync(outDir, { recursive: true });
  const stem = path.basename(source, '.rs');
  const output = path.join(outDir, target.startsWith('wasm32') ? `${stem}.wasm` : stem);
  const r = await tsrustcAsync(['--edition', '2021', '--target', target, '-o', output, source, ...extra]);
  return { ...r, output };
}
