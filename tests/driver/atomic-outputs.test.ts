// A failed build leaves the previous outputs alone and no temporary files behind: neither
// beside the outputs nor in the temp directory (TMPDIR points at a fresh directory here).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireBuiltCompiler } from '../harness/require-built.ts';
import { cleanScratch, scratchDir, tsrustcIn } from './driver-run.ts';

const OLD = 'previous build\n';

/** A scratch directory with `out/` holding `files` (each with the OLD content), and its own TMPDIR. */
function setup(label: string, files: readonly string[]): { dir: string; out: string; tmp: string } {
  const dir = scratchDir(label, ['out', 'tmp']);
  const out = path.join(dir, 'out');
  for (const f of files) fs.writeFileSync(path.join(out, f), OLD);
  return { dir, out, tmp: path.join(dir, 'tmp') };
}

function expectUntouched(out: string, files: readonly string[]): void {
  expect(fs.readdirSync(out).sort(), `only the old files in ${out}, no temporaries`).toEqual([...files].sort());
  for (const f of files) expect(fs.readFileSync(path.join(out, f), 'utf8'), `${f} keeps its old content`).toBe(OLD);
}

beforeAll(requireBuiltCompiler);
afterAll(cleanScratch);

describe('a failed compilation keeps the old outputs', () => {
  it('type error: the executable at -o is untouched', async () => {
    const { dir, out, tmp } = setup('type-error', ['prog']);
    const r = await tsrustcIn(dir, ['--edition', '2021', '-o', 'out/prog', 'src/type_error.rs'], { TMPDIR: tmp });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('error[E0308]: mismatched types');
    expectUntouched(out, ['prog']);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('type error: every adapted output (-o out/x with several --emit kinds) is untouched', async () => {
    const files = ['x', 'x.ll', 'x.o', 'x.s'];
    const { dir, out, tmp } = setup('type-error-multi', files);
    const r = await tsrustcIn(dir, ['--edition', '2021', '--emit=llvm-ir,asm,obj,link', '-o', 'out/x', 'src/type_error.rs'], { TMPDIR: tmp });
    expect(r.status).toBe(1);
    expectUntouched(out, files);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it('type error in a library: the old rlib and rmeta are untouched', async () => {
    const files = ['libtype_error.rlib', 'libtype_error.rmeta'];
    const { dir, out, tmp } = setup('type-error-lib', files);
    const r = await tsrustcIn(dir, ['--edition', '2021', '--crate-type', 'lib', '--emit=link,metadata', '--out-dir', 'out', 'src/type_error.rs'], { TMPDIR: tmp });
    expect(r.status).toBe(1);
    expectUntouched(out, files);
  });

  it('link error (-C link-arg=--bogus-flag): the executable at -o is untouched', async () => {
    const { dir, out, tmp } = setup('link-error', ['prog']);
    const r = await tsrustcIn(dir, ['--edition', '2021', '-C', 'link-arg=--bogus-flag', '-o', 'out/prog', 'src/hello.rs'], { TMPDIR: tmp });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: linking with `ld\.lld` failed\n/);
    expect(r.stderr).toContain("ld.lld: error: unknown argument '--bogus-flag'");
    expect(r.stderr).toContain('error: aborting due to 1 previous error');
    expect(r.stderr).not.toContain('internal compiler error');
    expectUntouched(out, ['prog']);
    expect(fs.readdirSync(tmp), 'the linker\'s scratch objects are removed').toEqual([]);
  });

  it('link error: outputs emitted before linking are written, the executable is not', async () => {
    // rustc writes the requested object and IR before it links; only the link output fails.
    const { dir, out, tmp } = setup('link-error-multi', ['x']);
    const r = await tsrustcIn(dir, ['--edition', '2021', '-C', 'link-arg=--bogus-flag', '--emit=obj,link', '-o', 'out/x', 'src/hello.rs'], { TMPDIR: tmp });
    expect(r.status).toBe(1);
    expect(fs.readdirSync(out).sort()).toEqual(['x', 'x.o']);
    expect(fs.readFileSync(path.join(out, 'x'), 'utf8')).toBe(OLD);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });
});

describe('a successful compilation replaces the old outputs', () => {
  it('writes the new executable over the old one, leaving no temporaries', async () => {
    const { dir, out, tmp } = setup('success', ['prog']);
    const r = await tsrustcIn(dir, ['--edition', '2021', '-o', 'out/prog', 'src/hello.rs'], { TMPDIR: tmp });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(fs.readdirSync(out)).toEqual(['prog']);
    expect(fs.readFileSync(path.join(out, 'prog')).subarray(0, 4).toString('latin1')).toBe('\x7fELF');
    expect(fs.statSync(path.join(out, 'prog')).mode & 0o111).not.toBe(0);
    expect(fs.readdirSync(tmp)).toEqual([]);
  });
});
