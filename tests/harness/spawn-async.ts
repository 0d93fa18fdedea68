import { spawn } from 'node:child_process';

export interface ProcessResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface SpawnOptions {
  readonly input?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly cwd?: string;
  readonly timeoutMs: number;
}

/**
 * Runs a program without blocking the test worker's event loop. The suites used spawnSync,
 * which kept vitest's worker from answering its own RPC for minutes at a time: every test
 * passed but the run failed with "Timeout calling onTaskUpdate". Awaiting the child lets the
 * loop turn while it runs.
 */
export function spawnAsync(cmd: string, args: readonly string[], opts: SpawnOptions): Promise<ProcessResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let failure = '';
    const timer = setTimeout(() => {
      failure = `\n${cmd} timed out after ${opts.timeoutMs} ms`;
      child.kill('SIGKILL');
    }, opts.timeoutMs);
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => {
      failure += `\n${String(e)}`;
    });
    // A program that exits without reading its stdin closes the pipe: not an error here.
    child.stdin.on('error', () => undefined);
    child.stdin.end(opts.input ?? '');
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        status: code ?? (signal !== null ? -1 : -1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8') + failure,
      });
    });
  });
}
