// Running the compiler (or rustc, when recording) in scratch directories, several at once.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TSRUSTC } from '../harness/paths.ts';

export const DRIVER_DIR = path.dirname(fileURLToPath(import.meta.url));
export const FIXTURES = path.join(DRIVER_DIR, 'fixtures');
export const FIXTURE_SOURCES = path.join(FIXTURES, 'src');

export interface ProcResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
}

/** Runs a program to completion without blocking the event loop (so runs can overlap). */
export function runProgram(cmd: string, args: readonly string[], opts: RunOptions): Promise<ProcResult> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', ...opts.env };
    delete env.RUST_BACKTRACE;
    delete env.RUST_LIB_BACKTRACE;
    const child = spawn(cmd, [...args], { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
    const finish = (status: number, extra = ''): void => {
      clearTimeout(timer);
      resolve({ status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') + extra });
    };
    child.on('error', (e) => finish(-1, String(e)));
    // A program killed by a signal reports 128 + signal number, as a shell would.
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : -1)));
  });
}

export function tsrustcIn(cwd: string, args: readonly string[], env?: NodeJS.ProcessEnv): Promise<ProcResult> {
  return runProgram(TSRUSTC, args, { cwd, env });
}

/** Maps over `items` with at most `limit` calls in flight (the machine has 2 cores). */
export async function pool<T, R>(items: readonly T[], limit: number, f: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await f(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const scratchDirs: string[] = [];

/** A fresh directory holding fixtures/src as `src/` (and `mkdirs`); removed by `cleanScratch`. */
export function scratchDir(label: string, mkdirs: readonly string[] = []): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `tsrustc-driver-${label}-`));
  scratchDirs.push(dir);
  fs.cpSync(FIXTURE_SOURCES, path.join(dir, 'src'), { recursive: true });
  for (const d of mkdirs) fs.mkdirSync(path.join(dir, d), { recursive: true });
  return dir;
}

export function cleanScratch(): void {
  for (const d of scratchDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** Files under `dir` (relative, sorted), leaving out the copied sources. */
export function listOutputs(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (r === 'src') continue;
      if (e.isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk('');
  return out.sort();
}

/** Empty directories under `dir` (rustc and tsrustc both create `--out-dir`). */
export function listDirs(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (r === 'src' || !e.isDirectory()) continue;
      out.push(r);
      walk(r);
    }
  };
  walk('');
  return out.sort();
}

/** Replaces the scratch directory's path, so recorded text does not depend on it. */
export function normalizePaths(text: string, dir: string): string {
  return text.split(fs.realpathSync(dir)).join('$DIR').split(dir).join('$DIR');
}

export function readFixture<T>(name: string): T {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), 'utf8')) as T;
}
