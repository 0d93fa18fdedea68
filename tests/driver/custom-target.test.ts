// Custom target specs: a copy of the aarch64 built-in with another CPU, given as a path or
// found through TSRUSTC_TARGET_PATH, borrowing the built-in's sysroot through `-L`; and
// broken specs, whose errors must be rustc's (fixtures/target-errors.json) plus the file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../harness/paths.ts';
import { requireBuiltCompiler } from '../harness/require-built.ts';
import { hasProgram } from '../harness/targets.ts';
import { readElfHeader } from '../llvm/elf-header.ts';
import { customAarch64, TARGET_ERROR_CASES } from './cases.ts';
import { cleanScratch, FIXTURES, readFixture, runProgram, scratchDir, tsrustcIn } from './driver-run.ts';

const BUILTIN = fs.readFileSync(path.join(REPO_ROOT, 'targets', 'aarch64-unknown-linux-gnu.json'), 'utf8');
const AARCH64_LIB = path.join(REPO_ROOT, 'build', 'sysroot', 'lib', 'tsrustc', 'aarch64-unknown-linux-gnu', 'lib');
const EM_AARCH64 = 183;

const qemuMissing = !hasProgram('qemu-aarch64');
const allowMissing = process.env.TSRUSTC_ALLOW_MISSING_EMULATORS === '1';

let dir = '';
let specDir = '';
let specPath = '';

beforeAll(() => {
  requireBuiltCompiler();
  if (!fs.existsSync(path.join(AARCH64_LIB, 'libstd.rlib'))) {
    throw new Error('the aarch64-unknown-linux-gnu sysroot is not built: run `node scripts/build-sysroot.mjs aarch64-unknown-linux-gnu`');
  }
  dir = scratchDir('custom-target');
  specDir = path.join(dir, 'specs');
  fs.mkdirSync(specDir);
  specPath = path.join(specDir, 'my-aarch64.json');
  fs.writeFileSync(specPath, customAarch64(BUILTIN));
});

afterAll(cleanScratch);

async function runAarch64(exe: string): Promise<string> {
  if (qemuMissing) throw new Error('qemu-aarch64 is not installed (set TSRUSTC_ALLOW_MISSING_EMULATORS=1 to skip)');
  const h = readElfHeader(fs.readFileSync(exe));
  expect(h.machine, `${exe} is an AArch64 executable`).toBe(EM_AARCH64);
  const r = await runProgram('qemu-aarch64', [exe], { cwd: dir });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

describe('a custom aarch64 target (cpu cortex-a53)', () => {
  it.skipIf(qemuMissing && allowMissing)('compiles with --target path.json and -L <aarch64 sysroot lib>, and runs under qemu-aarch64', async () => {
    const r = await tsrustcIn(dir, ['--edition', '2021', '--target', specPath, '-L', AARCH64_LIB, '-o', 'hello-path', 'src/hello.rs']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(await runAarch64(path.join(dir, 'hello-path'))).toBe('Hello, world!\n');
  });

  it.skipIf(qemuMissing && allowMissing)('is found by name through TSRUSTC_TARGET_PATH', async () => {
    const env = { TSRUSTC_TARGET_PATH: `/nonexistent:${specDir}` };
    const r = await tsrustcIn(dir, ['--edition', '2021', '--target', 'my-aarch64', '-L', AARCH64_LIB, '-o', 'hello-name', 'src/my-prog.rs'], env);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(await runAarch64(path.join(dir, 'hello-name'))).toBe('my-prog\n');
  });

  it('accepts a relative path', async () => {
    const r = await tsrustcIn(dir, ['--edition', '2021', '--target', 'specs/my-aarch64.json', '-L', AARCH64_LIB, '--emit=obj', '-o', 'rel.o', 'src/hello.rs']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const h = readElfHeader(fs.readFileSync(path.join(dir, 'rel.o')));
    expect([h.machine, h.type]).toEqual([EM_AARCH64, 1]);
  });

  it('without a sysroot for it, says how to borrow the built-in one (E0463)', async () => {
    const r = await tsrustcIn(dir, ['--edition', '2021', '--target', specPath, 'src/hello.rs']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'error[E0463]: can\'t find crate for `std`\n' +
        '  |\n' +
        '  = note: the `my-aarch64` target may not be installed\n' +
        `  = help: \`my-aarch64\` is a custom target: pass \`-L ${AARCH64_LIB}\` to use the libraries of a compatible built-in target, or \`--sysroot\` with a sysroot that has \`lib/tsrustc/my-aarch64/lib\`\n` +
        '\n' +
        'error: aborting due to 1 previous error\n' +
        '\n' +
        'For more information about this error, try `rustc --explain E0463`.\n',
    );
    expect(fs.existsSync(path.join(dir, 'hello'))).toBe(false);
  });

  it('--print cfg follows the spec\'s cpu as rustc does (fixtures/custom-target-cfg.txt)', async () => {
    const r = await tsrustcIn(dir, ['--print', 'cfg', '--target', specPath]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(fs.readFileSync(path.join(FIXTURES, 'custom-target-cfg.txt'), 'utf8'));
    // The cortex-a53 features show up (the built-in's generic cpu has none of these).
    expect(r.stdout).toContain('target_feature="crc"\n');
    const builtin = await tsrustcIn(dir, ['--print', 'cfg', '--target', 'aarch64-unknown-linux-gnu']);
    expect(builtin.stdout).not.toContain('target_feature="crc"');
  });

  it('the spec\'s cpu reaches LLVM: same code as the built-in with -C target-cpu=cortex-a53', async () => {
    const asm = async (out: string, target: readonly string[]): Promise<string> => {
      const r = await tsrustcIn(dir, ['--edition', '2021', '-O', '--emit=asm', ...target, '-o', out, path.join(REPO_ROOT, 'tests/run/xorshift.rs')]);
      expect(r.stderr, out).toBe('');
      return fs.readFileSync(path.join(dir, out), 'utf8');
    };
    const custom = await asm('custom.s', ['--target', specPath, '-L', AARCH64_LIB]);
    const a53 = await asm('a53.s', ['--target', 'aarch64-unknown-linux-gnu', '-C', 'target-cpu=cortex-a53']);
    const generic = await asm('generic.s', ['--target', 'aarch64-unknown-linux-gnu']);
    expect(custom).toBe(a53);
    expect(custom, 'cortex-a53 code should differ from generic (scheduling, alignment)').not.toBe(generic);
  });

  it('--print target-spec-json prints the custom spec', async () => {
    const r = await tsrustcIn(dir, ['--print', 'target-spec-json', '--target', specPath]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(customAarch64(BUILTIN)));
  });

  it('a built-in name wins over a TSRUSTC_TARGET_PATH file of the same name', async () => {
    const shadow = path.join(dir, 'shadow');
    fs.mkdirSync(shadow, { recursive: true });
    fs.writeFileSync(path.join(shadow, 'aarch64-unknown-linux-gnu.json'), '{ not json');
    const r = await tsrustcIn(dir, ['--print', 'cfg', '--target', 'aarch64-unknown-linux-gnu'], { TSRUSTC_TARGET_PATH: shadow });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

describe('broken target specs (fixtures/target-errors.json)', () => {
  const rustc = readFixture<Record<string, { status: number; stderr: string }>>('target-errors.json');

  /** rustc's message with tsrustc's additions: the file after the position, and `tsrustc` in the help. */
  const ours = (rustcStderr: string, file: string): string =>
    rustcStderr.replace(/^(error: [^\n]*)\n/, `$1 in ${file}\n`).replace('`rustc --print target-list`', '`tsrustc --print target-list`');

  for (const c of TARGET_ERROR_CASES) {
    it(`${c.name}: exit 1 with rustc's message, naming the file${c.field ? ` and \`${c.field}\`` : ''}`, async () => {
      const d = scratchDir(`target-${c.name}`);
      fs.writeFileSync(path.join(d, 'my-aarch64.json'), c.edit(BUILTIN));
      const r = await tsrustcIn(d, ['--edition', '2021', '--target', 'my-aarch64.json', 'src/hello.rs']);
      const want = rustc[c.name];
      if (!want) throw new Error(`fixtures/target-errors.json has no case ${c.name}: run gen/record.ts`);
      expect(r.stderr).toBe(ours(want.stderr, 'my-aarch64.json'));
      expect(r.status).toBe(1);
      expect(r.stderr.split('\n')[0]).toMatch(/^error: error loading target specification: /);
      if (c.field) expect(r.stderr).toContain(c.field);
      expect(fs.readdirSync(d).filter((f) => f !== 'src' && f !== 'my-aarch64.json'), 'no outputs').toEqual([]);
    });
  }

  it('a spec found through TSRUSTC_TARGET_PATH is named by its full path', async () => {
    const d = scratchDir('target-path-error');
    const c = TARGET_ERROR_CASES.find((x) => x.name === 'wrong-type-string')!;
    fs.writeFileSync(path.join(d, 'broken-aarch64.json'), c.edit(BUILTIN));
    const r = await tsrustcIn(d, ['--target', 'broken-aarch64', 'src/hello.rs'], { TSRUSTC_TARGET_PATH: d });
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe(
      `error: error loading target specification: target-pointer-width: invalid type: string "abc", expected u16 at line 28 column 31 in ${path.join(d, 'broken-aarch64.json')}`,
    );
  });
});
