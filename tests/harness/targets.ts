import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { REPO_ROOT } from './paths.ts';
import { spawnAsync } from './spawn-async.ts';

export interface RunResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface TargetRunner {
  readonly target: string;
  /** The emulator or host program this target needs (checked before running). */
  readonly needs: string | null;
  /** Semihosting merges stderr into stdout: only the combined stream can be compared. */
  readonly mergedStreams: boolean;
  /** Whether the program can read the test's `<name>.stdin` (QEMU's semihosting console
   *  does not pass piped input to SYS_READ). */
  readonly readsStdin: boolean;
  /** Whether the program gets command-line arguments and files in its working directory
   *  (semihosting here offers neither). */
  readonly hostFiles: boolean;
  /** Whether std can spawn threads there (Linux; not WASI preview 1 or bare metal). */
  readonly threads: boolean;
  /** Runs the program with `input` on its stdin and `args` after its name, in the
   *  binary's directory (the per-target work dir). */
  run(binary: string, input?: string, args?: readonly string[]): Promise<RunResult>;
}

function exec(cmd: string, args: readonly string[], input = '', cwd?: string): Promise<RunResult> {
  const env = { ...process.env };
  delete env.RUST_BACKTRACE;
  return spawnAsync(cmd, args, { env, input, cwd, timeoutMs: 60_000 });
}

const qemuUser = (target: string, qemu: string): TargetRunner => ({
  target,
  needs: qemu,
  mergedStreams: false,
  readsStdin: true,
  hostFiles: true,
  threads: true,
  run: (bin, input, args = []) => exec(qemu, [bin, ...args], input, path.dirname(bin)),
});

/** How each target's programs are run on this machine. */
export const RUNNERS: readonly TargetRunner[] = [
  {
    target: 'x86_64-unknown-linux-gnu',
    needs: null,
    mergedStreams: false,
    readsStdin: true,
    hostFiles: true,
    threads: true,
    run: (bin, input, args = []) => exec(bin, args, input, path.dirname(bin)),
  },
  qemuUser('aarch64-unknown-linux-gnu', 'qemu-aarch64'),
  qemuUser('riscv64gc-unknown-linux-gnu', 'qemu-riscv64'),
  qemuUser('armv7-unknown-linux-gnueabihf', 'qemu-arm'),
  {
    target: 'thumbv7em-none-eabihf',
    needs: 'qemu-system-arm',
    mergedStreams: true,
    readsStdin: false,
    hostFiles: false,
    threads: false,
    run: (bin, input) =>
      exec('qemu-system-arm', [
        '-M', 'mps2-an386', '-cpu', 'cortex-m4', '-display', 'none', '-monitor', 'none', '-serial', 'none',
        '-chardev', 'stdio,id=sh0', '-semihosting-config', 'enable=on,target=native,chardev=sh0', '-kernel', bin,
      ], input),
  },
  {
    target: 'wasm32-wasip1',
    needs: null,
    mergedStreams: false,
    readsStdin: true,
    hostFiles: true,
    threads: false,
    // Wasm recursion runs on V8's native stack; give it what a native thread has (8 MB),
    // as deep-recursion programs expect.
    run: (bin, input, args = []) =>
      exec(process.execPath, ['--stack-size=7000', '--no-warnings', path.join(REPO_ROOT, 'tests', 'harness', 'run-wasi.mjs'), bin, ...args], input, path.dirname(bin)),
  },
];

export function hasProgram(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}
