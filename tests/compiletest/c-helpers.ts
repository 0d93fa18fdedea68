// rustc's suite links some tests against a small C library, rust_test_helpers
// (src/test/auxiliary/rust_test_helpers.c next to the ui suite). Only built on request
// (`--supports c-helpers`), with the host C compiler: tsrustc itself links no C by default.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeExit, runProcess } from './process.ts';

/** Build `librust_test_helpers.a` into `outDir`; returns an error message on failure. */
export async function buildCHelpers(suiteDir: string, outDir: string): Promise<string | undefined> {
  const src = path.resolve(suiteDir, '..', 'auxiliary', 'rust_test_helpers.c');
  if (!fs.existsSync(src)) return `not found: ${src}`;
  fs.mkdirSync(outDir, { recursive: true });
  const obj = path.join(outDir, 'rust_test_helpers.o');
  const env = process.env;
  const cc = await runProcess(env['CC'] ?? 'cc', ['-c', '-O2', '-fPIC', src, '-o', obj], { cwd: outDir, env, timeoutMs: 60_000 });
  if (cc.code !== 0) return `cc ${describeExit(cc, 60_000)}: ${cc.stderr}`;
  const ar = await runProcess(env['AR'] ?? 'ar', ['rcs', path.join(outDir, 'librust_test_helpers.a'), obj], { cwd: outDir, env, timeoutMs: 60_000 });
  if (ar.code !== 0) return `ar ${describeExit(ar, 60_000)}: ${ar.stderr}`;
  return undefined;
}
