// End-to-end tests of the native LLVM/LLD shim (build/tsrustc_llvm.node):
// compile hand-written IR for every shipped target, link in-process, and run
// the results natively, under qemu-user / qemu-system-arm, or under node:wasi.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WASI } from 'node:wasi';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import {
  compileModule,
  dataLayoutFor,
  findShimPath,
  linkElf,
  linkWasm,
  llvmVersion,
  type CodegenOptions,
  type OptLevel,
} from '../../src/llvm/shim.ts';
import { readElfHeader } from './elf-header.ts';
import { findOnPath } from './find-program.ts';
import {
  CORTEX_M_LINKER_SCRIPT,
  CORTEX_M_SEMIHOSTING_IR,
  FOLDABLE_IR,
  LINUX_ARCHES,
  WASI_HELLO_IR,
  linuxHelloIr,
  type LinuxArch,
} from './ir-programs.ts';

const X86: CodegenOptions = { triple: 'x86_64-unknown-linux-gnu', cpu: '', features: '', relocModel: 'static', optLevel: '0' };
const THUMBV7EM: CodegenOptions = {
  triple: 'thumbv7em-none-eabihf',
  cpu: 'cortex-m4',
  features: '+vfp4d16sp',
  floatAbi: 'hard',
  relocModel: 'static',
  optLevel: 's',
};

let work: string;

beforeAll(() => {
  if (!findShimPath()) {
    throw new Error('build/tsrustc_llvm.node is missing: run `node scripts/build-shim.mjs` before these tests');
  }
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'tsrustc-shim-'));
});

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

function optionsFor(a: LinuxArch, optLevel: OptLevel): CodegenOptions {
  return {
    triple: a.triple,
    cpu: a.cpu,
    features: a.features,
    abiName: a.abiName,
    floatAbi: a.floatAbi,
    relocModel: 'static',
    optLevel,
  };
}

function writeFile(name: string, bytes: Uint8Array | string): string {
  const file = path.join(work, name);
  fs.writeFileSync(file, bytes);
  return file;
}

/** Compiles and statically links the hello program for an arch; returns the executable's path. */
function buildLinuxHello(a: LinuxArch, optLevel: OptLevel): string {
  const { object } = compileModule(linuxHelloIr(a), `hello_${a.name}`, optionsFor(a, optLevel), { object: true });
  expect(object).toBeInstanceOf(Uint8Array);
  const obj = writeFile(`hello_${a.name}_O${optLevel}.o`, object!);
  const exe = path.join(work, `hello_${a.name}_O${optLevel}`);
  const link = linkElf(['-static', '-e', '_start', '-o', exe, obj]);
  expect(link, `ld.lld output for ${a.name}`).toEqual({ ok: true, output: '' });
  return exe;
}

describe('llvmVersion', () => {
  it('reports LLVM 14', () => {
    expect(llvmVersion()).toMatch(/^14\.\d+\.\d+$/);
  });
});

describe('dataLayoutFor', () => {
  // LLVM 14's own strings (TargetMachine::createDataLayout), recorded from this shim.
  const cases: Array<[Parameters<typeof dataLayoutFor>[0], string]> = [
    [{ triple: 'x86_64-unknown-linux-gnu', cpu: '', features: '' },
      'e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128'],
    [{ triple: 'aarch64-unknown-linux-gnu', cpu: 'generic', features: '+neon' },
      'e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128'],
    [{ triple: 'riscv64-unknown-linux-gnu', cpu: 'generic-rv64', features: '+m,+a,+f,+d,+c', abiName: 'lp64d' },
      'e-m:e-p:64:64-i64:64-i128:128-n64-S128'],
    [{ triple: 'armv7-unknown-linux-gnueabihf', cpu: 'generic', features: '+v7,+vfp3,-d32,+thumb2,-neon' },
      'e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64'],
    [{ triple: 'thumbv7em-none-eabihf', cpu: 'cortex-m4', features: '+vfp4d16sp' },
      'e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64'],
    [{ triple: 'thumbv6m-none-eabi', cpu: 'cortex-m0', features: '' },
      'e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64'],
    [{ triple: 'riscv32-unknown-none-elf', cpu: 'generic-rv32', features: '+m,+a,+c', abiName: 'ilp32' },
      'e-m:e-p:32:32-i64:64-n32-S128'],
    [{ triple: 'wasm32-wasi', cpu: 'generic', features: '' },
      'e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20'],
  ];
  it.each(cases)('%o', (opts, expected) => {
    expect(dataLayoutFor(opts)).toBe(expected);
  });

  it('rejects an unknown triple with LLVM\'s message', () => {
    expect(() => dataLayoutFor({ triple: 'nonsense-unknown-none', cpu: '', features: '' })).toThrow(
      /^LLVM target error: unknown target triple 'nonsense-unknown-none': .*No available targets/,
    );
  });

  it('accepts cpu "generic" on RISC-V (LLVM 14 itself only knows generic-rv64)', () => {
    expect(dataLayoutFor({ triple: 'riscv64-unknown-linux-gnu', cpu: 'generic', features: '+m' })).toBe(
      'e-m:e-p:64:64-i64:64-i128:128-n64-S128',
    );
  });
});

describe('Linux executables (static, no libc)', () => {
  for (const a of LINUX_ARCHES) {
    describe(a.name, () => {
      let exe: string;

      it('compiles to an object for the right machine and ABI, and links with ld.lld', () => {
        const { object } = compileModule(linuxHelloIr(a), a.name, optionsFor(a, '0'), { object: true });
        const header = readElfHeader(object!);
        expect(header).toMatchObject({ type: 1, machine: a.elfMachine, is64: a.word === 'i64', littleEndian: true });
        if (a.name === 'riscv64') {
          expect(header.flags & 0x1, 'EF_RISCV_RVC').toBe(0x1);
          expect(header.flags & 0x6, 'EF_RISCV_FLOAT_ABI_DOUBLE').toBe(0x4);
        }
        if (a.name === 'armv7') {
          expect(header.flags & 0xff000000, 'EABI version 5').toBe(0x05000000);
          // Objects carry the float ABI as a build attribute (Tag_ABI_VFP_args = VFP registers)...
          const { assembly } = compileModule(linuxHelloIr(a), a.name, optionsFor(a, '0'), { assembly: true });
          expect(assembly).toMatch(/\.eabi_attribute\s+28, 1$/m);
        }
        exe = buildLinuxHello(a, '2');
        const exeHeader = readElfHeader(fs.readFileSync(exe));
        expect(exeHeader).toMatchObject({ type: 2, machine: a.elfMachine });
        // ...which ld.lld turns into EF_ARM_ABI_FLOAT_HARD on the executable.
        if (a.name === 'armv7') expect(exeHeader.flags & 0x400, 'EF_ARM_ABI_FLOAT_HARD').toBe(0x400);
      });

      const runner = a.qemu ? findOnPath(a.qemu) : process.execPath;
      const runnable = a.qemu ? runner !== undefined : process.arch === 'x64';
      const why = a.qemu ? `${a.qemu} not on PATH` : 'host is not x86_64';
      it.skipIf(!runnable)(`runs and prints hi, exit 42${runnable ? '' : ` (skipped: ${why})`}`, () => {
        for (const level of ['0', '2'] as const) {
          const file = exe && level === '2' ? exe : buildLinuxHello(a, level);
          const r = a.qemu ? spawnSync(runner!, [file], { encoding: 'utf8' }) : spawnSync(file, { encoding: 'utf8' });
          expect({ level, status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
            level,
            status: 42,
            stdout: 'hi\n',
            stderr: '',
          });
        }
      });
    });
  }
});

describe('wasm32-wasi', () => {
  const opts: CodegenOptions = { triple: 'wasm32-wasi', cpu: 'generic', features: '', relocModel: 'static', optLevel: '1' };

  it('links with wasm-ld and runs under node:wasi', async () => {
    const { object } = compileModule(WASI_HELLO_IR, 'hello_wasi', opts, { object: true });
    expect(Buffer.from(object!.subarray(0, 4)).toString('latin1')).toBe('\0asm');
    const obj = writeFile('hello_wasi.o', object!);
    const wasmFile = path.join(work, 'hello.wasm');
    expect(linkWasm(['-o', wasmFile, obj])).toEqual({ ok: true, output: '' });

    const module = await WebAssembly.compile(fs.readFileSync(wasmFile));
    expect(WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name}`).sort()).toEqual([
      'wasi_snapshot_preview1.fd_write',
      'wasi_snapshot_preview1.proc_exit',
    ]);
    const stdoutFile = path.join(work, 'wasi-stdout.txt');
    const fd = fs.openSync(stdoutFile, 'w');
    try {
      const wasi = new WASI({ version: 'preview1', args: ['hello'], env: {}, returnOnExit: true, stdout: fd });
      const instance = await WebAssembly.instantiate(module, wasi.getImportObject() as WebAssembly.Imports);
      expect(wasi.start(instance)).toBe(42);
    } finally {
      fs.closeSync(fd);
    }
    expect(fs.readFileSync(stdoutFile, 'utf8')).toBe('hi\n');
  });

  it('reports a missing input as ok:false with the error text', () => {
    const r = linkWasm(['-o', path.join(work, 'none.wasm'), path.join(work, 'missing.o')]);
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/^wasm-ld: error: cannot open .*missing\.o: No such file or directory/);
  });

  it('survives a corrupted object and links correctly afterwards', () => {
    const { object } = compileModule(WASI_HELLO_IR, 'hello_wasi', opts, { object: true });
    const good = writeFile('good_wasi.o', object!);
    const reference = path.join(work, 'ref.wasm');
    expect(linkWasm(['-o', reference, good]).ok).toBe(true);
    const rand = seededRandom(99);
    for (let i = 0; i < 40; i++) {
      const bad = Buffer.from(object!);
      for (let k = 0; k < 6; k++) bad[8 + Math.floor(rand() * (bad.length - 8))] ^= 1 << k;
      const file = writeFile('bad_wasi.o', bad);
      const r = linkWasm(['-o', path.join(work, 'bad.wasm'), file]);
      expect(typeof r.output).toBe('string');
    }
    const again = path.join(work, 'again.wasm');
    expect(linkWasm(['-o', again, good])).toEqual({ ok: true, output: '' });
    expect(fs.readFileSync(again).equals(fs.readFileSync(reference))).toBe(true);
  });
});

describe('bare-metal Cortex-M and RISC-V', () => {
  it('thumbv7em-none-eabihf: hard-float Thumb object (floatAbi must be given: LLVM 14 defaults "eabihf" to soft)', () => {
    const ir = 'define double @f(double %x) nounwind {\n  %y = fadd double %x, 2.0\n  ret double %y\n}\n';
    const hard = compileModule(ir, 'cm4', THUMBV7EM, { object: true, assembly: true });
    expect(readElfHeader(hard.object!)).toMatchObject({ type: 1, machine: 40, is64: false });
    expect(hard.assembly).toMatch(/\.fpu\s+fpv4-sp-d16/);
    expect(hard.assembly, 'Tag_ABI_VFP_args = VFP registers').toMatch(/\.eabi_attribute\s+28, 1$/m);
    const dflt = compileModule(ir, 'cm4', { ...THUMBV7EM, floatAbi: 'default' }, { assembly: true });
    expect(dflt.assembly).not.toMatch(/\.eabi_attribute\s+28, 1$/m);
  });

  const qemuSystemArm = findOnPath('qemu-system-arm');
  it.skipIf(!qemuSystemArm)(
    `thumbv7em-none-eabihf: linker script link, runs on qemu-system-arm mps2-an386 with semihosting${
      qemuSystemArm ? '' : ' (skipped: qemu-system-arm not on PATH)'
    }`,
    () => {
      const { object } = compileModule(CORTEX_M_SEMIHOSTING_IR, 'cm4', THUMBV7EM, { object: true });
      const obj = writeFile('cm4.o', object!);
      const script = writeFile('cm4.ld', CORTEX_M_LINKER_SCRIPT);
      const elf = path.join(work, 'cm4.elf');
      expect(linkElf(['-T', script, '--gc-sections', '-o', elf, obj])).toEqual({ ok: true, output: '' });
      expect(readElfHeader(fs.readFileSync(elf)).flags & 0x400, 'EF_ARM_ABI_FLOAT_HARD').toBe(0x400);
      const r = spawnSync(
        qemuSystemArm!,
        [
          '-M', 'mps2-an386', '-cpu', 'cortex-m4', '-display', 'none', '-monitor', 'none', '-serial', 'none',
          '-chardev', 'stdio,id=sh0', '-semihosting-config', 'enable=on,target=native,chardev=sh0',
          '-kernel', elf,
        ],
        { encoding: 'utf8', timeout: 20_000 },
      );
      expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 42, stdout: 'hi\n' });
    },
    30_000,
  );

  it('thumbv6m-none-eabi: soft-float Thumb object', () => {
    const opts: CodegenOptions = { triple: 'thumbv6m-none-eabi', cpu: 'cortex-m0', features: '', relocModel: 'static', optLevel: 'z' };
    const { object, assembly } = compileModule(FOLDABLE_IR, 'm0', opts, { object: true, assembly: true });
    const header = readElfHeader(object!);
    expect(header).toMatchObject({ type: 1, machine: 40 });
    expect(header.flags & 0x400).toBe(0);
    expect(assembly).toMatch(/\.cpu\s+cortex-m0/);
    expect(assembly).toMatch(/\.thumb_func/);
  });

  it('riscv32-unknown-none-elf (imac): soft-float RVC object', () => {
    const opts: CodegenOptions = {
      triple: 'riscv32-unknown-none-elf',
      cpu: 'generic-rv32',
      features: '+m,+a,+c',
      abiName: 'ilp32',
      relocModel: 'static',
      optLevel: 's',
    };
    const { object } = compileModule(FOLDABLE_IR, 'rv32', opts, { object: true });
    const header = readElfHeader(object!);
    expect(header).toMatchObject({ type: 1, machine: 243, is64: false });
    expect(header.flags & 0x1, 'EF_RISCV_RVC').toBe(0x1);
    expect(header.flags & 0x6, 'soft-float ABI').toBe(0);
  });
});

describe('compileModule', () => {
  it.each(['0', '1', '2', '3', 's', 'z'] as const)('emits an object at opt level %s', (optLevel) => {
    const { object } = compileModule(FOLDABLE_IR, 'fold', { ...X86, optLevel }, { object: true });
    expect(readElfHeader(object!)).toMatchObject({ type: 1, machine: 62 });
  });

  it('returns the optimized module as IR and bitcode, with the target triple and data layout set', () => {
    const o0 = compileModule(FOLDABLE_IR, 'fold', X86, { llvmIr: true });
    const o2 = compileModule(FOLDABLE_IR, 'fold', { ...X86, optLevel: '2' }, { llvmIr: true, bitcode: true });
    for (const ir of [o0.llvmIr!, o2.llvmIr!]) {
      expect(ir).toContain('target triple = "x86_64-unknown-linux-gnu"');
      expect(ir).toContain(`target datalayout = "${dataLayoutFor(X86)}"`);
    }
    expect(o0.llvmIr).toContain('call i32 @add(i32 2, i32 3)');
    expect(o2.llvmIr).not.toContain('@add(');
    expect(o2.llvmIr).toMatch(/define i32 @five\(\)[^{]*\{\s*ret i32 5\s*\}/);
    expect(o0.object).toBeUndefined();
    expect(Buffer.from(o2.bitcode!.subarray(0, 4)).toString('hex')).toBe('4243c0de');
  });

  it('emits assembly and an object from one call', () => {
    const a = LINUX_ARCHES[0]!;
    const r = compileModule(linuxHelloIr(a), 'both', optionsFor(a, '2'), { assembly: true, object: true });
    expect(r.assembly).toMatch(/^_start:$/m);
    expect(r.assembly).toMatch(/\bsyscall\b/);
    expect(readElfHeader(r.object!).type).toBe(1);
  });

  it('puts functions in their own sections when asked', () => {
    const r = compileModule(FOLDABLE_IR, 'sections', { ...X86, functionSections: true }, { assembly: true });
    expect(r.assembly).toContain('.section\t.text.sum_to,');
    const plain = compileModule(FOLDABLE_IR, 'sections', X86, { assembly: true });
    expect(plain.assembly).not.toContain('.text.sum_to');
  });

  it('throws the parse error with LLVM\'s location and message', () => {
    const ir = 'define void @f() {\n  %x = frobnicate i32 1\n  ret void\n}\n';
    expect(() => compileModule(ir, 'broken.ll', X86, { object: true })).toThrow(
      'LLVM IR parse error: broken.ll:2:8: error: expected instruction opcode\n  %x = frobnicate i32 1\n       ^\n',
    );
  });

  it('throws verification failures', () => {
    const ir = `
define i32 @f(i1 %c) {
entry:
  br i1 %c, label %a, label %b
a:
  %x = add i32 1, 2
  br label %b
b:
  ret i32 %x
}
`;
    expect(() => compileModule(ir, 'dom.ll', X86, { object: true })).toThrow(
      /^LLVM IR verification failed: Instruction does not dominate all uses!/,
    );
  });

  it('turns backend errors (bad inline asm) into exceptions instead of exiting', () => {
    const ir = 'define void @f() nounwind {\n  call void asm sideeffect "not_an_instruction %eax", ""()\n  ret void\n}\n';
    expect(() => compileModule(ir, 'asm.ll', X86, { object: true })).toThrow(
      /^LLVM codegen error: .*invalid instruction mnemonic 'not_an_instruction'/s,
    );
    // The process and the shim are still fine.
    expect(readElfHeader(compileModule(FOLDABLE_IR, 'ok', X86, { object: true }).object!).type).toBe(1);
  });

  it('turns LLVM fatal errors (instruction selection failure) into exceptions, repeatedly', () => {
    const ir = 'declare void @llvm.x86.sse2.pause()\ndefine void @f() nounwind {\n  call void @llvm.x86.sse2.pause()\n  ret void\n}\n';
    const aarch64: CodegenOptions = { ...X86, triple: 'aarch64-unknown-linux-gnu' };
    for (let i = 0; i < 3; i++) {
      expect(() => compileModule(ir, 'isel.ll', aarch64, { object: true })).toThrow(
        'LLVM codegen error: Cannot select: intrinsic %llvm.x86.sse2.pause',
      );
    }
    expect(readElfHeader(compileModule(FOLDABLE_IR, 'ok', aarch64, { object: true }).object!).machine).toBe(183);
  });

  it('validates option values', () => {
    const bad = { ...X86, relocModel: 'weird' } as unknown as CodegenOptions;
    expect(() => compileModule(FOLDABLE_IR, 'x', bad, { object: true })).toThrow(/CodegenOptions\.relocModel must be one of/);
  });
});

describe('worker threads', () => {
  it('compile concurrently (one LLVMContext per call) with the same output as the main thread', async () => {
    let ir = '';
    for (let i = 0; i < 200; i++) ir += `define i32 @f${i}(i32 %a, i32 %b) nounwind {\n  %s = add i32 %a, %b\n  %t = mul i32 %s, ${i}\n  ret i32 %t\n}\n`;
    const opts: CodegenOptions = { ...X86, optLevel: '2' };
    const expected = Buffer.from(compileModule(ir, 'par', opts, { object: true }).object!);
    // Plain JS workers: they load the addon directly, as a parallel codegen pool would.
    const workerSource = `
      const { parentPort, workerData } = require('node:worker_threads');
      const mod = { exports: {} };
      process.dlopen(mod, workerData.shim, require('node:os').constants.dlopen.RTLD_NOW);
      const r = mod.exports.compileModule(workerData.ir, 'par', workerData.opts, { object: true });
      parentPort.postMessage(r.object);
    `;
    const run = () =>
      new Promise<Uint8Array>((resolve, reject) => {
        const w = new Worker(workerSource, { eval: true, workerData: { shim: findShimPath(), ir, opts } });
        w.once('message', resolve);
        w.once('error', reject);
      });
    const objects = await Promise.all([run(), run(), run()]);
    for (const o of objects) expect(Buffer.from(o).equals(expected)).toBe(true);
  }, 30_000);
});

describe('linkElf', () => {
  let object: string;
  beforeAll(() => {
    const a = LINUX_ARCHES[0]!;
    object = writeFile('loop.o', compileModule(linuxHelloIr(a), 'loop', optionsFor(a, '1'), { object: true }).object!);
  });

  it('reports a missing file as ok:false with ld.lld\'s message', () => {
    const missing = path.join(work, 'missing.o');
    const r = linkElf(['-static', '-o', path.join(work, 'never'), missing]);
    expect(r).toEqual({ ok: false, output: `ld.lld: error: cannot open ${missing}: No such file or directory\n` });
  });

  it('reports undefined symbols', () => {
    const ir = 'declare void @no_such_symbol()\ndefine void @_start() nounwind {\n  call void @no_such_symbol()\n  ret void\n}\n';
    const obj = writeFile('undef.o', compileModule(ir, 'undef', X86, { object: true }).object!);
    const r = linkElf(['-static', '-e', '_start', '-o', path.join(work, 'undef'), obj]);
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/^ld\.lld: error: undefined symbol: no_such_symbol\n/);
  });

  it('links 50 times in one process with identical output', () => {
    const outputs: Buffer[] = [];
    for (let i = 0; i < 50; i++) {
      const exe = path.join(work, `loop_${i}`);
      const r = linkElf(['-static', '-e', '_start', '-o', exe, object]);
      expect(r, `link #${i}`).toEqual({ ok: true, output: '' });
      outputs.push(fs.readFileSync(exe));
    }
    for (let i = 1; i < outputs.length; i++) expect(outputs[i]!.equals(outputs[0]!), `link #${i} differs`).toBe(true);
  });

  it(
    'survives corrupted objects (LLD fatal errors and crashes) and still links correctly afterwards',
    () => {
      const good = fs.readFileSync(object);
      const reference = path.join(work, 'reference');
      expect(linkElf(['-static', '-e', '_start', '-o', reference, object]).ok).toBe(true);
      const rand = seededRandom(7);
      let failures = 0;
      let crashes = 0;
      for (let i = 0; i < 150; i++) {
        const bad = Buffer.from(good);
        for (let k = 0; k < 8; k++) bad[64 + Math.floor(rand() * (bad.length - 64))] ^= 1 << k;
        const file = writeFile('corrupt.o', bad);
        const r = linkElf(['-static', '-e', '_start', '-o', path.join(work, 'corrupt'), file]);
        if (!r.ok) {
          failures++;
          expect(r.output, `corrupted input #${i}`).toMatch(/^ld\.lld: /m);
          if (/^ld\.lld: crashed with signal \d+$/m.test(r.output)) crashes++;
        }
      }
      expect(failures).toBeGreaterThan(50);
      // These inputs include some that make LLD 14 itself segfault or abort.
      expect(crashes, 'inputs that crash LLD (recovered)').toBeGreaterThan(0);
      const again = path.join(work, 'again');
      expect(linkElf(['-static', '-e', '_start', '-o', again, object])).toEqual({ ok: true, output: '' });
      expect(fs.readFileSync(again).equals(fs.readFileSync(reference))).toBe(true);
    },
    60_000,
  );
});

describe('loading the addon', () => {
  it('honours TSRUSTC_LLVM_SHIM and says how to build when the file is missing', async () => {
    const saved = process.env.TSRUSTC_LLVM_SHIM;
    const missing = path.join(work, 'no-such-shim.node');
    process.env.TSRUSTC_LLVM_SHIM = missing;
    try {
      vi.resetModules();
      const fresh = await import('../../src/llvm/shim.ts');
      expect(fresh.findShimPath()).toBe(missing);
      expect(() => fresh.llvmVersion()).toThrow(`TSRUSTC_LLVM_SHIM points to ${missing}, which does not exist`);
    } finally {
      if (saved === undefined) delete process.env.TSRUSTC_LLVM_SHIM;
      else process.env.TSRUSTC_LLVM_SHIM = saved;
      vi.resetModules();
    }
  });
});

/** Deterministic PRNG so corruption tests hit the same inputs every run. */
function seededRandom(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}
