// `--emit`, `-o`, `--out-dir`, `--crate-type`, `--crate-name`: tsrustc must write exactly the
// files rustc 1.95 writes (fixtures/emit.json, recorded by gen/record.ts), with rustc's
// warnings and errors, and each file must really be what its name says.
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCompiler } from '../harness/require-built.ts';
import { artifactProblem, type ArtifactKind } from './artifacts.ts';
import { EMIT_CASES, type EmitCase } from './cases.ts';
import { cleanScratch, listDirs, listOutputs, normalizePaths, pool, readFixture, scratchDir, tsrustcIn, type ProcResult } from './driver-run.ts';

interface Recorded {
  readonly status: number;
  readonly files: string[];
  readonly dirs: string[];
  readonly stderr: string;
}

const rustc = readFixture<Record<string, Recorded>>('emit.json');

interface Outcome {
  readonly dir: string;
  readonly result: ProcResult;
}

const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  requireBuiltCompiler();
  await pool(EMIT_CASES, 2, async (c) => {
    const dir = scratchDir(c.name, c.mkdirs);
    outcomes.set(c.name, { dir, result: await tsrustcIn(dir, ['--edition', '2021', ...c.args]) });
  });
}, 600_000);

afterAll(cleanScratch);

/** The crate a case compiles (its name is in every default output name and in symbols). */
function crateOf(c: EmitCase): string {
  const i = c.args.indexOf('--crate-name');
  if (i >= 0) return c.args[i + 1]!;
  const src = c.args.find((a) => a.endsWith('.rs'))!;
  if (src.endsWith('attr-name.rs')) return 'renamed'; // `#![crate_name = "renamed"]`
  return path.basename(src, '.rs').replace(/-/g, '_');
}

const PRINTS: Record<string, string> = { hello: 'Hello, world!\n', foo: 'Hello, world!\n', my_prog: 'my-prog\n', renamed: 'renamed\n' };

function kindOf(c: EmitCase, file: string): ArtifactKind {
  const override = c.kinds?.[file];
  if (override) return override;
  const ext = path.extname(file);
  const byExt: Record<string, ArtifactKind> = {
    '.ll': 'llvm-ir', '.bc': 'llvm-bc', '.s': 'asm', '.asm': 'asm', '.o': 'obj', '.rlib': 'rlib', '.rmeta': 'rmeta',
  };
  return byExt[ext] ?? 'exe';
}

describe('output files as rustc names them (fixtures/emit.json)', () => {
  for (const c of EMIT_CASES) {
    it(`${c.name}: tsrustc --edition 2021 ${c.args.join(' ')}`, () => {
      const want = rustc[c.name];
      if (!want) throw new Error(`fixtures/emit.json has no case ${c.name}: run gen/record.ts`);
      const { dir, result } = outcomes.get(c.name)!;
      const stderr = normalizePaths(result.stderr, dir);
      expect(stderr, `stderr of ${c.name}`).toBe(want.stderr);
      expect(result.status, `exit status of ${c.name}`).toBe(want.status);
      expect(listOutputs(dir), `files written by ${c.name}`).toEqual(want.files);
      expect(listDirs(dir).filter((d) => !(c.mkdirs ?? []).includes(d)), `directories created by ${c.name}`).toEqual(want.dirs);
      const crate = crateOf(c);
      for (const f of want.files) {
        const kind = kindOf(c, f);
        const problem = artifactProblem(path.join(dir, f), kind, crate, PRINTS[crate]);
        expect(problem, `${c.name}: ${f} as ${kind}`).toBeNull();
      }
    });
  }

  it('every case writes something or fails as rustc does', () => {
    // Guards the table: a case where rustc writes nothing must be an error case.
    for (const c of EMIT_CASES) {
      const want = rustc[c.name]!;
      expect(want.files.length > 0 || want.status !== 0, c.name).toBe(true);
    }
  });
});
