// Optimized builds run like rustc's: `-O` / `-C opt-level=3` turn overflow checks off (the
// overflow programs wrap, as `rustc -O` binaries do: fixtures/opt-runs.json), unless
// `-C overflow-checks=on` brings back the debug behaviour (tests/run's expected output).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../harness/paths.ts';
import { requireBuiltCompiler } from '../harness/require-built.ts';
import { OPT_PROGRAMS } from './cases.ts';
import { cleanScratch, FIXTURES, pool, readFixture, runProgram, scratchDir, tsrustcIn, type ProcResult } from './driver-run.ts';

interface Recorded {
  readonly stdout: string;
  readonly stderr: string;
  readonly exit: number;
}

const rustcRelease = readFixture<Record<string, Recorded>>('opt-runs.json');

/** The debug-build behaviour: tests/run's files, or (for our own fixture) fixtures/<name>.debug.json. */
function debugExpectation(src: string): Recorded {
  const base = path.join(REPO_ROOT, src.slice(0, -3));
  const read = (ext: string, fallback: string): string => (fs.existsSync(`${base}.${ext}`) ? fs.readFileSync(`${base}.${ext}`, 'utf8') : fallback);
  if (src.startsWith('tests/run/')) return { stdout: read('stdout', ''), stderr: read('stderr', ''), exit: Number(read('exit', '0').trim()) };
  return readFixture<Recorded>(`${path.basename(src, '.rs')}.debug.json`);
}

interface Variant {
  readonly label: string;
  readonly flags: readonly string[];
  readonly expect: (src: string) => Recorded;
}

const VARIANTS: readonly Variant[] = [
  { label: '-O', flags: ['-O'], expect: (s) => rustcRelease[s]! },
  { label: '-C opt-level=3', flags: ['-C', 'opt-level=3'], expect: (s) => rustcRelease[s]! },
  { label: '-O -C overflow-checks=on', flags: ['-O', '-C', 'overflow-checks=on'], expect: debugExpectation },
  { label: '-C opt-level=0 (debug)', flags: [], expect: debugExpectation },
];

const runs = new Map<string, { compile: ProcResult; run: ProcResult | null }>();
const key = (src: string, v: Variant): string => `${v.label} ${src}`;

beforeAll(async () => {
  requireBuiltCompiler();
  const bin = scratchDir('opt');
  const jobs = VARIANTS.flatMap((v, vi) => OPT_PROGRAMS.map((src) => ({ v, vi, src })));
  await pool(jobs, 2, async ({ v, vi, src }) => {
    const exe = path.join(bin, `${path.basename(src, '.rs')}-${vi}`);
    // From the repo root, so panic locations read `tests/run/x.rs` as in the fixtures.
    const compile = await tsrustcIn(REPO_ROOT, ['--edition', '2021', ...v.flags, '-o', exe, src]);
    const run = compile.status === 0 ? await runProgram(exe, [], { cwd: REPO_ROOT, timeoutMs: 20_000 }) : null;
    runs.set(key(src, v), { compile, run });
  });
}, 600_000);

afterAll(cleanScratch);

for (const v of VARIANTS) {
  describe(`tsrustc ${v.label}`, () => {
    for (const src of OPT_PROGRAMS) {
      it(src, () => {
        const want = v.expect(src);
        if (!want) throw new Error(`no recorded output for ${src}: run tests/driver/gen/record.ts`);
        const { compile, run } = runs.get(key(src, v))!;
        expect(compile.stderr, `compiling ${src} with ${v.label}`).toBe('');
        expect(compile.status).toBe(0);
        expect(run!.stdout, `stdout of ${src}`).toBe(want.stdout);
        expect(run!.stderr, `stderr of ${src}`).toBe(want.stderr);
        expect(run!.status, `exit status of ${src}`).toBe(want.exit);
      });
    }
  });
}

describe('the recorded release behaviour differs from debug where it should', () => {
  it('overflow programs wrap under rustc -O but panic in debug builds', () => {
    const wrapped = OPT_PROGRAMS.filter((s) => rustcRelease[s]!.exit === 0 && debugExpectation(s).exit === 101);
    // Guards the fixtures: the release runs must exercise overflow checks being off.
    expect(wrapped).toEqual(expect.arrayContaining(['tests/run/overflow_mul.rs', 'tests/driver/fixtures/src/wrap_add.rs']));
    expect(fs.existsSync(path.join(FIXTURES, 'wrap_add.debug.json'))).toBe(true);
  });
});
