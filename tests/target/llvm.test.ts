// LLVM 14 options per target, checked against what LLVM 14 itself reported when the
// fixtures were recorded (tests/target/gen/record.ts with llvm14-probe.cpp). LLVM is
// not needed to run these tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinTargetList, llvmTargetOptions, loadTarget, resolveTargetFeatures, type LlvmTargetOptions } from '../../src/target/index.ts';
import { fixturesDir, targetsDir } from './paths.ts';

/**
 * Features cfg reports (as rustc does) that codegen deliberately keeps off in LLVM 14:
 * its wasm backend miscompiles calls under +multivalue (see src/target/llvm.ts).
 */
const DELIBERATELY_OFF: Record<string, readonly string[]> = { wasm32: ['multivalue', 'reference-types'] };

interface Llvm14Record {
  options: LlvmTargetOptions;
  dataLayout: string;
  enabledFeatures: string[];
  llvmWarnings: string[];
}

const recorded: Record<string, Llvm14Record> = JSON.parse(readFileSync(join(fixturesDir, 'llvm14.json'), 'utf8'));

/**
 * How a cfg feature shows up among LLVM 14's enabled features: the same name, another
 * name, or nothing (RISC-V's Zicsr/Zifencei were still part of the base ISA in LLVM 14).
 */
const CFG_TO_LLVM14: Record<string, Record<string, string | null>> = {
  riscv64: { zaamo: 'a', zalrsc: 'a', zca: 'c', zicsr: null, zifencei: null },
  riscv32: { zaamo: 'a', zalrsc: 'a', zca: 'c', zicsr: null, zifencei: null },
};

describe('LLVM 14 target machine options', () => {
  it('were recorded for every built-in target', () => {
    expect(Object.keys(recorded).sort()).toEqual(builtinTargetList(targetsDir));
  });

  for (const name of builtinTargetList(targetsDir)) {
    const rec = recorded[name];

    it(`${name}: data-layout is LLVM 14's`, () => {
      expect(loadTarget(name, { targetsDir }).dataLayout).toBe(rec.dataLayout);
    });

    it(`${name}: options are the ones LLVM 14 accepted without warnings`, () => {
      expect(llvmTargetOptions(loadTarget(name, { targetsDir }))).toEqual(rec.options);
      expect(rec.llvmWarnings).toEqual([]);
    });

    it(`${name}: every cfg target_feature is enabled in LLVM 14`, () => {
      const spec = loadTarget(name, { targetsDir });
      const map = CFG_TO_LLVM14[spec.arch] ?? {};
      const off = DELIBERATELY_OFF[spec.arch] ?? [];
      for (const f of resolveTargetFeatures(spec).enabled) {
        if (f === 'crt-static' || off.includes(f)) continue;
        const llvmName = f in map ? map[f] : f;
        if (llvmName !== null) expect(rec.enabledFeatures, `${name}: cfg says ${f}`).toContain(llvmName);
      }
    });
  }

  it('armv7 gets 16 double registers, as vfp3d16 means (LLVM 14 would otherwise keep d32)', () => {
    expect(recorded['armv7-unknown-linux-gnueabihf'].enabledFeatures).not.toContain('d32');
    expect(recorded['armv7-unknown-linux-gnueabihf'].enabledFeatures).toContain('vfp3d16');
  });

  it('riscv64gc is hard-float lp64d with F and D enabled', () => {
    const rec = recorded['riscv64gc-unknown-linux-gnu'];
    expect(rec.options.abiName).toBe('lp64d');
    expect(rec.enabledFeatures).toEqual(expect.arrayContaining(['m', 'a', 'f', 'd', 'c']));
  });
});

describe('llvmTargetOptions overrides', () => {
  const x86 = loadTarget('x86_64-unknown-linux-gnu', { targetsDir });

  it('appends -C target-feature in LLVM names, dropping crt-static', () => {
    const o = llvmTargetOptions(x86, { features: ['+avx2,-sse4.1', '+bmi1', '+crt-static'] });
    expect(o.features).toBe('+avx2,-sse4.1,+bmi');
    expect(o.ignoredFeatures).toEqual([]);
  });

  it('-C target-cpu replaces the spec cpu', () => {
    expect(llvmTargetOptions(x86, { cpu: 'haswell' }).cpu).toBe('haswell');
  });

  it('drops features LLVM 14 does not know and says so', () => {
    const rv = loadTarget('riscv64gc-unknown-linux-gnu', { targetsDir });
    const o = llvmTargetOptions(rv, { features: ['+zacas'] });
    expect(o.features).toBe('+m,+a,+f,+d,+c');
    expect(o.ignoredFeatures).toEqual(['+zicsr', '+zifencei', '+zacas']);
  });

  it('wasm32 generic CPU: the features newer LLVMs imply are passed explicitly; mvp gets none', () => {
    const wasm = loadTarget('wasm32-wasip1', { targetsDir });
    expect(llvmTargetOptions(wasm).features).toContain('+bulk-memory');
    expect(llvmTargetOptions(wasm, { cpu: 'mvp' }).features).toBe('');
  });

  it('reports relocation and code models, ABI name and float ABI', () => {
    const rv = llvmTargetOptions(loadTarget('riscv64gc-unknown-linux-gnu', { targetsDir }));
    expect([rv.relocModel, rv.codeModel, rv.abiName, rv.floatAbi]).toEqual(['static', 'medium', 'lp64d', undefined]);
    const m4 = llvmTargetOptions(loadTarget('thumbv7em-none-eabihf', { targetsDir }));
    expect([m4.relocModel, m4.codeModel, m4.abiName, m4.floatAbi]).toEqual(['static', undefined, undefined, 'hard']);
  });
});
