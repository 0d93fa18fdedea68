import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './paths.ts';

export interface RunExpectation {
  readonly name: string;
  /** Path relative to the repo root, as passed to the compiler. */
  readonly source: string;
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number;
  /** `// only-64bit` in the first lines: the output depends on 64-bit usize/isize. */
  readonly only64: boolean;
  /** What the program reads on stdin (`<name>.stdin`; empty when there is none). */
  readonly stdin: string;
  /** The program's command-line arguments (`<name>.args`, split on whitespace). */
  readonly args: readonly string[];
  /** `// needs-fs` in the first lines: the program reads and writes files in its working
   *  directory (run in the per-target work dir, so targets do not share files). */
  readonly needsFs: boolean;
  /** `// needs-threads` in the first lines: the program spawns threads (skipped on targets
   *  whose std has none: wasm32-wasip1, bare metal). */
  readonly needsThreads: boolean;
}

function readOr(file: string, fallback: string): string {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : fallback;
}

/** The programs of tests/run with the output rustc's binaries produced. */
export function runExpectations(): RunExpectation[] {
  const dir = path.join(REPO_ROOT, 'tests', 'run');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.rs'))
    .sort()
    .map((f) => {
      const base = path.join(dir, f.slice(0, -3));
      const head = fs.readFileSync(`${base}.rs`, 'utf8').split('\n').slice(0, 5);
      return {
        only64: head.some((l) => /^\/\/\s*only-64bit\b/.test(l)),
        name: f.slice(0, -3),
        source: path.join('tests', 'run', f),
        stdout: readOr(`${base}.stdout`, ''),
        stderr: readOr(`${base}.stderr`, ''),
        exit: Number(readOr(`${base}.exit`, '0').trim()),
        stdin: readOr(`${base}.stdin`, ''),
        args: readOr(`${base}.args`, '').split(/\s+/).filter((a) => a !== ''),
        needsFs: head.some((l) => /^\/\/\s*needs-fs\b/.test(l)),
        needsThreads: head.some((l) => /^\/\/\s*needs-threads\b/.test(l)),
      };
    });
}
