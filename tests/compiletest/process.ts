// Spawn a child with a time limit and bounded output capture. The child gets its own
// process group so a timeout also ends what it started (rustc runs a linker, tests fork).

import { spawn } from 'node:child_process';

export interface ProcResult {
  /** Exit code, or undefined when killed by a signal. */
  code: number | undefined;
  signal: string | undefined;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** The child could not be started at all (e.g. ENOENT). */
  spawnError: string | undefined;
}

export interface ProcOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  maxOutputBytes?: number;
}

const DEFAULT_MAX_OUTPUT = 4 * 1024 * 1024;

/** Process groups still running, so an interrupted run can end them (they are detached). */
const live = new Set<number>();

export function killLiveChildren(): void {
  for (const pid of live) killGroup(pid);
}

export function runProcess(cmd: string, args: readonly string[], opts: ProcOptions): Promise<ProcResult> {
  const max = opts.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  return new Promise((resolve) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outLen = 0;
    let errLen = 0;
    let timedOut = false;
    let settled = false;
    const child = spawn(cmd, [...args], {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    if (child.pid !== undefined) live.add(child.pid);
    const finish = (r: Omit<ProcResult, 'stdout' | 'stderr' | 'timedOut'>) => {
      if (settled) return;
      settled = true;
      if (child.pid !== undefined) live.delete(child.pid);
      clearTimeout(timer);
      resolve({
        ...r,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        timedOut,
      });
    };
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, opts.timeoutMs);
    child.stdout.on('data', (b: Buffer) => {
      if (outLen < max) out.push(b);
      outLen += b.length;
    });
    child.stderr.on('data', (b: Buffer) => {
      if (errLen < max) err.push(b);
      errLen += b.length;
    });
    child.on('error', (e) => finish({ code: undefined, signal: undefined, spawnError: e.message }));
    child.on('close', (code, signal) => {
      // The group may still hold grandchildren (a hung linker after rustc died).
      if (timedOut) killGroup(child.pid);
      finish({ code: code ?? undefined, signal: signal ?? undefined, spawnError: undefined });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/** `exit 1`, `signal SIGSEGV`, `timed out after 30s`... */
export function describeExit(r: ProcResult, timeoutMs: number): string {
  if (r.spawnError !== undefined) return `could not start: ${r.spawnError}`;
  if (r.timedOut) return `timed out after ${Math.round(timeoutMs / 1000)}s`;
  if (r.signal !== undefined) return `killed by ${r.signal}`;
  return `exit ${r.code ?? '?'}`;
}
