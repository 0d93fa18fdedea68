import { spawn, type ChildProcess } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const RUN_TS = path.join(REPO_ROOT, 'scripts', 'run-ts.mjs');
export const BUILT_SYSROOT = path.join(REPO_ROOT, 'build', 'sysroot');

/** A fresh folder under the OS temp dir (never ~/.cache); removed by the caller's afterAll. */
export function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `tsrustc-dist-test-${label}-`));
}

export function sha256(data: Buffer): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

/** Relative path -> bytes for every file under `dir`. */
export function readTree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (rel: string): void => {
    for (const name of fs.readdirSync(path.join(dir, rel)).sort()) {
      const p = rel ? `${rel}/${name}` : name;
      if (fs.statSync(path.join(dir, p)).isDirectory()) walk(p);
      else out.set(p, fs.readFileSync(path.join(dir, p)));
    }
  };
  walk('');
  return out;
}

/** Files the test needs from `npm run build`, or a message saying how to get them. */
export function requireBuilt(files: readonly string[]): void {
  const missing = files.filter((f) => !fs.existsSync(path.join(REPO_ROOT, f)));
  if (missing.length > 0) throw new Error(`not built (${missing.join(', ')} missing): run \`npm run build\` first`);
}

/** Starts serve-main.ts in its own process; resolves to the child and its URL. */
export async function startServerProcess(dir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [RUN_TS, path.join(REPO_ROOT, 'tests', 'dist', 'serve-main.ts'), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      if (buf.includes('\n')) resolve(buf.trim());
    });
    child.on('exit', (code) => reject(new Error(`test server exited (${code})`)));
  });
  return { url, child };
}

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command without blocking the event loop (an in-process server must keep answering). */
export function run(cmd: string, args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
