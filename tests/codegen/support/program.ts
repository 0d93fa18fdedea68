// Builds a test program (a fake crate with the MIR runtime and a `main`), generates its LLVM
// modules with codegenCrate, adds the `_start` module, and links and runs it.
import { codegenCrate } from '../../../src/codegen/codegen-crate.ts';
import { ModuleBuilder } from '../../../src/codegen/llvm-ir/module-builder.ts';
import type { DefId } from '../../../src/ty/def-id.ts';
import { tys } from '../../../src/ty/interner.ts';
import { ARM_DIV_IR } from './arm-builtins.ts';
import { memBuiltinsIr } from './mem-builtins.ts';
import { FakeTcx } from './fake-tcx.ts';
import { BodyBuilder, locate } from './mir-dsl.ts';
import { installRuntime, START_ASM, type Runtime } from './runtime.ts';
import { buildExecutable, mkSession, run, type RunResult, type TestTarget } from './targets.ts';

export interface Program {
  readonly tcx: FakeTcx;
  readonly rt: Runtime;
}

/** `define(p, b)` fills main's body builder (fn main(), local 0 is unit). */
export function makeProgram(t: TestTarget, define: (p: Program, main: BodyBuilder) => void): Program {
  if (t.arch === null) throw new Error('no runtime for this target');
  const tcx = new FakeTcx('demo');
  const rt = installRuntime(tcx, t.arch);
  const mainDef = tcx.fn('main', [], tys.unit);
  const b = new BodyBuilder(mainDef, [], tys.unit);
  define({ tcx, rt }, b);
  tcx.setBody(mainDef, b.build());
  tcx.entry = mainDef;
  return { tcx, rt };
}

export function programIr(p: Program, t: TestTarget): string[] {
  const res = codegenCrate(p.tcx, mkSession(t.info), { locate, items: p.tcx.localItems() });
  return res.modules.map((m) => m.llvmIr);
}

export function startModule(t: TestTarget): string {
  const m = new ModuleBuilder('start', t.info.llvmTarget, t.info.dataLayout);
  m.moduleAsm(START_ASM[t.arch!]);
  const mem = memBuiltinsIr(t.info.pointerWidth === 64 ? 64 : 32);
  return m.toString() + mem + (t.arch === 'arm' ? ARM_DIV_IR : '');
}

export function runProgram(p: Program, t: TestTarget, optLevel: '0' | '1' | '2' | '3' | 's' | 'z' = '0'): RunResult {
  const exe = buildExecutable([...programIr(p, t), startModule(t)], t, optLevel);
  return run(exe, t);
}

export type { DefId };
