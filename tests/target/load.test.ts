// Loading built-in and custom target specs; printing them back.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtinTargetList, FIELDS, llvmTargetOptions, loadTarget, parseTargetPath, parseTargetSpec, printCfg, REQUIRED_FIELDS,
  RUSTC_FIELDS, targetSpecJson, type TargetSpec,
} from '../../src/target/index.ts';
import { fixturesDir, targetsDir } from './paths.ts';

const BUILTINS = [
  'aarch64-unknown-linux-gnu', 'armv7-unknown-linux-gnueabihf', 'riscv32imac-unknown-none-elf',
  'riscv64gc-unknown-linux-gnu', 'thumbv6m-none-eabi', 'thumbv7em-none-eabihf', 'wasm32-wasip1',
  'x86_64-unknown-linux-gnu',
];

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'tsrustc-target-test-'));
}

describe('built-in targets', () => {
  it('lists exactly the eight built-in targets', () => {
    expect(builtinTargetList(targetsDir)).toEqual(BUILTINS);
  });

  for (const name of BUILTINS) {
    it(`${name} loads and prints back byte-identical to targets/${name}.json`, () => {
      const spec = loadTarget(name, { targetsDir });
      expect(spec.name).toBe(name);
      expect(spec.isBuiltin).toBe(true);
      expect(spec.path).toBe(join(targetsDir, `${name}.json`));
      expect(targetSpecJson(spec) + '\n').toBe(readFileSync(join(targetsDir, `${name}.json`), 'utf8'));
    });
  }

  it('fills defaults for absent fields', () => {
    const spec = loadTarget('x86_64-unknown-linux-gnu', { targetsDir });
    expect(spec.vendor).toBe('unknown');
    expect(spec.targetEndian).toBe('little');
    expect(spec.targetCIntWidth).toBe(32);
    expect(spec.panicStrategy).toBe('unwind');
    expect(spec.atomicCas).toBe(true);
    expect(spec.linkerIsGnu).toBe(true);
    expect(spec.codeModel).toBeNull();
    expect(spec.postLinkArgs).toEqual({});
    expect(spec.metadata).toEqual({ description: '64-bit Linux, static executables without libc (raw syscalls)', tier: null, hostTools: null, std: true });
  });

  it('links Linux targets statically without PIE through in-process LLD', () => {
    for (const name of BUILTINS.filter((n) => n.includes('-linux-'))) {
      const spec = loadTarget(name, { targetsDir });
      expect(spec.linkerFlavor, name).toBe('gnu-lld');
      expect(spec.relocationModel, name).toBe('static');
      expect(spec.preLinkArgs, name).toEqual({ 'gnu-lld': ['-static', '--no-pie'] });
      expect(spec.positionIndependentExecutables, name).toBe(false);
      expect(spec.targetFamily, name).toEqual(['unix']);
    }
  });

  it('links bare-metal targets with the sysroot linker script, wasm with wasm-lld', () => {
    for (const name of ['thumbv6m-none-eabi', 'thumbv7em-none-eabihf', 'riscv32imac-unknown-none-elf']) {
      const spec = loadTarget(name, { targetsDir });
      expect(spec.linkerFlavor).toBe('gnu-lld');
      expect(spec.preLinkArgs['gnu-lld']).toContain('-Tlink.x');
      expect(spec.panicStrategy).toBe('abort');
      expect(spec.os).toBe('none');
    }
    const wasm = loadTarget('wasm32-wasip1', { targetsDir });
    expect(wasm.linkerFlavor).toBe('wasm-lld');
    expect(wasm.linkerIsGnu).toBe(false);
    expect(wasm.exeSuffix).toBe('.wasm');
  });
});

describe('field table', () => {
  it("uses rustc's field names only", () => {
    for (const f of FIELDS) expect(RUSTC_FIELDS, f.json).toContain(f.json);
  });

  it('requires what rustc requires', () => {
    expect([...REQUIRED_FIELDS].sort()).toEqual(['arch', 'data-layout', 'llvm-target', 'target-pointer-width']);
  });
});

describe("rustc 1.95's own specs (fixtures/rustc-spec)", () => {
  const files = readdirSync(join(fixturesDir, 'rustc-spec')).filter((f) => f.endsWith('.json'));

  it('were recorded for every built-in target', () => {
    expect(files.map((f) => f.slice(0, -5)).sort()).toEqual(BUILTINS);
  });

  for (const file of files) {
    const name = file.slice(0, -5);
    it(`${name}: rustc's JSON loads (every field name is one we accept)`, () => {
      const path = join(fixturesDir, 'rustc-spec', file);
      const theirs = parseTargetSpec(readFileSync(path, 'utf8'), { name, path, isBuiltin: false });
      const ours = loadTarget(name, { targetsDir });
      // Identity fields agree; data layouts (LLVM 14), LLVM triples, linking and CPUs are ours.
      for (const key of ['arch', 'os', 'env', 'abi', 'vendor', 'targetPointerWidth', 'targetEndian', 'targetFamily', 'atomicCas', 'maxAtomicWidth', 'panicStrategy', 'llvmAbiname', 'llvmFloatabi', 'codeModel'] as const) {
        expect(ours[key], `${name}: ${key}`).toEqual(theirs[key]);
      }
    });
  }

  it('differ from ours only where documented in docs/targets.md', () => {
    const load = (n: string) => parseTargetSpec(readFileSync(join(fixturesDir, 'rustc-spec', `${n}.json`), 'utf8'), { name: n, path: n, isBuiltin: false });
    expect(load('wasm32-wasip1').llvmTarget).toBe('wasm32-wasip1'); // ours: wasm32-wasi, LLVM 14 predates wasip1
    expect(load('aarch64-unknown-linux-gnu').features).toBe('+v8a,+outline-atomics'); // ours drops outline-atomics
    expect(load('x86_64-unknown-linux-gnu').dataLayout).toContain('-i128:128'); // LLVM 14 lacks it
    for (const n of ['riscv64gc-unknown-linux-gnu', 'armv7-unknown-linux-gnueabihf', 'thumbv6m-none-eabi', 'thumbv7em-none-eabihf', 'riscv32imac-unknown-none-elf']) {
      expect(loadTarget(n, { targetsDir }).features, n).toBe(load(n).features);
    }
  });
});

describe('custom targets', () => {
  function customCopy(dir: string, fileName: string, edit: (json: Record<string, unknown>) => void): string {
    const json = JSON.parse(readFileSync(join(targetsDir, 'thumbv7em-none-eabihf.json'), 'utf8'));
    edit(json);
    const file = join(dir, fileName);
    writeFileSync(file, JSON.stringify(json, null, 2));
    return file;
  }

  it('loads an edited copy by path, named by the file stem', () => {
    const dir = tempDir();
    const file = customCopy(dir, 'my-board.json', (j) => {
      j.cpu = 'cortex-m7';
    });
    const spec = loadTarget(file, { targetsDir });
    expect(spec.name).toBe('my-board');
    expect(spec.isBuiltin).toBe(false);
    expect(spec.cpu).toBe('cortex-m7');
    expect(llvmTargetOptions(spec).cpu).toBe('cortex-m7');
  });

  it('finds a name along the search path, first directory first', () => {
    const a = tempDir();
    const b = tempDir();
    customCopy(a, 'board.json', (j) => {
      j.cpu = 'cortex-m7';
    });
    customCopy(b, 'board.json', (j) => {
      j.cpu = 'cortex-m33';
    });
    expect(loadTarget('board', { targetsDir, searchPath: [a, b] }).cpu).toBe('cortex-m7');
    expect(loadTarget('board', { targetsDir, searchPath: [b, a] }).cpu).toBe('cortex-m33');
    expect(loadTarget('board', { targetsDir, searchPath: [b, a] }).path).toBe(join(b, 'board.json'));
  });

  it('prefers a built-in over a search-path file of the same name', () => {
    const dir = tempDir();
    customCopy(dir, 'thumbv7em-none-eabihf.json', (j) => {
      j.cpu = 'cortex-m7';
    });
    const spec = loadTarget('thumbv7em-none-eabihf', { targetsDir, searchPath: [dir] });
    expect(spec.cpu).toBe('cortex-m4');
    expect(spec.isBuiltin).toBe(true);
  });

  it('accepts older rustc forms: pointer width as a string, target-family as one string', () => {
    const dir = tempDir();
    const file = customCopy(dir, 'old.json', (j) => {
      j['target-pointer-width'] = '32';
      j['target-c-int-width'] = '32';
      j['target-family'] = 'unix';
    });
    const spec = loadTarget(file, { targetsDir });
    expect(spec.targetPointerWidth).toBe(32);
    expect(spec.targetFamily).toEqual(['unix']);
    expect(printCfg(spec, { panic: 'abort', debugAssertions: false })).toContain('\nunix\n');
  });

  it('keeps rustc fields it does not interpret and prints them back', () => {
    const dir = tempDir();
    const file = customCopy(dir, 'extra.json', (j) => {
      j['has-rpath'] = true;
      j['supported-sanitizers'] = ['address'];
    });
    const spec: TargetSpec = loadTarget(file, { targetsDir });
    expect(spec.other).toEqual({ 'has-rpath': true, 'supported-sanitizers': ['address'] });
    const printed = JSON.parse(targetSpecJson(spec));
    expect(printed['has-rpath']).toBe(true);
    expect(Object.keys(printed)).toEqual(Object.keys(printed).sort());
  });

  it('splits TSRUSTC_TARGET_PATH on colons, skipping empty entries', () => {
    expect(parseTargetPath('/a::/b:')).toEqual(['/a', '/b']);
    expect(parseTargetPath(undefined)).toEqual([]);
  });

  it('treats a name with a slash as a name, not a path', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    customCopy(join(dir, 'sub'), 'x.json', () => {});
    expect(() => loadTarget('sub/x', { targetsDir, searchPath: [dir] })).toThrow(/could not find specification for target "sub\/x"/);
  });
});
