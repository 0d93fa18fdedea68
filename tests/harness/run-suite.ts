import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCompiler } from './require-built.ts';
import { compileFor } from './compile.ts';
import { runExpectations } from './expected.ts';
import { hasProgram, RUNNERS } from './targets.ts';

/**
 * Compiles every tests/run program for `target`, runs it there and compares stdout, stderr
 * and the exit code with what rustc's binary produced. A missing emulator fails the suite
 * (CI installs them) unless TSRUSTC_ALLOW_MISSING_EMULATORS=1.
 */
export function defineRunSuite(target: string, extraFlags: readonly string[] = [], pointerWidth: 32 | 64 = 64): void {
  const runner = RUNNERS.find((r) => r.target === target);
  if (!runner) throw new Error(`no runner for ${target}`);
  const missing = runner.needs !== null && !hasProgram(runner.needs);
  const allowMissing = process.env.TSRUSTC_ALLOW_MISSING_EMULATORS === '1';
  describe(`tests/run on ${target}${extraFlags.length ? ` (${extraFlags.join(' ')})` : ''}`, () => {
    beforeAll(requireBuiltCompiler);
    for (const exp of runExpectations()) {
      // Programs marked `// only-64bit` print values of 64-bit usize (rustc rejects their
      // literals for 32-bit targets); they are listed as skipped there.
      // Programs that read a `<name>.stdin` are skipped where the runner cannot feed it.
      const noStdin = exp.stdin !== '' && !runner.readsStdin;
      // So are programs that take arguments or use files where the runner has neither.
      const noFiles = (exp.needsFs || exp.args.length > 0) && !runner.hostFiles;
      // And programs that spawn threads where std has none.
      const noThreads = exp.needsThreads && !runner.threads;
      it.skipIf((missing && allowMissing) || (exp.only64 && pointerWidth !== 64) || noStdin || noFiles || noThreads)(exp.source, async () => {
        if (missing) throw new Error(`${runner.needs} is not installed (needed to run ${target} programs)`);
        const c = await compileFor(exp.source, target, extraFlags);
        // Warnings (lints) do not fail a run test; errors do.
        expect(c.stderr.split('\n').filter((l) => l.startsWith('error')).join('\n'), `compiling ${exp.source} for ${target} failed:\n${c.stderr}`).toBe('');
        expect(c.status, `compiling ${exp.source} for ${target}`).toBe(0);
        const r = await runner.run(c.output, exp.stdin, exp.args);
        if (runner.mergedStreams) {
          // Semihosting has one console: rustc's stderr text must appear after stdout's
          // lines printed before it, so compare the streams as sets of lines in order.
          expect(r.stdout.replace(exp.stderr, ''), `stdout of ${exp.source}`).toBe(exp.stdout);
        } else {
          expect(r.stdout, `stdout of ${exp.source}`).toBe(exp.stdout);
          expect(r.stderr, `stderr of ${exp.source}`).toBe(exp.stderr);
        }
        expect(r.status, `exit code of ${exp.source}`).toBe(exp.exit);
      });
    }
  });
}
