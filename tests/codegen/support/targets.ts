// The targets codegen tests build for, and a harness to compile modules with the LLVM shim,
// link them with the in-process LLD into static executables, and run them (natively or
// under qemu-user).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DiagCtxt } from '../../../src/diagnostics/handler.ts';
import { SourceMap } from '../../../src/diagnostics/source-map.ts';
import { compileModule, findShimPath, linkElf, type CodegenOptions } from '../../../src/llvm/shim.ts';
import type { Session, TargetInfo } from '../../../src/session/session.ts';
import type { Arch } from './runtime.ts';

export interface TestTarget {
  readonly info: TargetInfo;
  readonly llvm: CodegenOptions;
  /** Runtime arch for Linux targets we can run; null for verify/emit-only targets. */
  readonly arch: Arch | null;
  /** Command prefix to run an executable ([] = natively); null if it cannot run here. */
  readonly runner: string[] | null;
}

function info(name: string, llvmTarget: string, arch: string, os_: string, pointerWidth: 32 | 64, dataLayout: string): TargetInfo {
  return {
    name, llvmTarget, arch, os: os_, env: os_ === 'linux' ? 'gnu' : '', vendor: 'unknown', family: os_ === 'linux' ? ['unix'] : [],
    pointerWidth, endian: 'little', dataLayout, cIntWidth: 32, maxAtomicWidth: pointerWidth, panicStrategy: 'abort',
  };
}

function llvm(triple: string, cpu = '', features = '', extra: Partial<CodegenOptions> = {}): CodegenOptions {
  return { triple, cpu, features, relocModel: 'static', optLevel: '0', ...extra };
}

function which(cmd: string): boolean {
  try {
    execFileSync('which', [cmd], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const qemu = (name: string): string[] | null => (which(name) ? [name] : null);

// Data layouts as LLVM 14 computes them for these triples/CPUs (TargetMachine::createDataLayout).
export const DL = {
  x86_64: 'e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128',
  aarch64: 'e-m:e-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128',
  riscv64: 'e-m:e-p:64:64-i64:64-i128:128-n64-S128',
  arm: 'e-m:e-p:32:32-Fi8-i64:64-v128:64:128-a:0:32-n32-S64',
  riscv32: 'e-m:e-p:32:32-i64:64-n32-S128',
  wasm32: 'e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20',
  i686: 'e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-f64:32:64-f80:32-n8:16:32-S128',
  msp430: 'e-m:e-p:16:16-i32:16-i64:16-f32:16-f64:16-a:8-n8:16-S16',
  mips: 'E-m:m-p:32:32-i8:8:32-i16:16:32-i64:64-n32-S64',
} as const;

export const TARGETS: readonly TestTarget[] = [
  { info: info('x86_64-unknown-linux-gnu', 'x86_64-unknown-linux-gnu', 'x86_64', 'linux', 64, DL.x86_64), llvm: llvm('x86_64-unknown-linux-gnu'), arch: 'x86_64', runner: process.arch === 'x64' ? [] : null },
  { info: info('aarch64-unknown-linux-gnu', 'aarch64-unknown-linux-gnu', 'aarch64', 'linux', 64, DL.aarch64), llvm: llvm('aarch64-unknown-linux-gnu'), arch: 'aarch64', runner: qemu('qemu-aarch64') },
  {
    info: info('riscv64gc-unknown-linux-gnu', 'riscv64-unknown-linux-gnu', 'riscv64', 'linux', 64, DL.riscv64),
    llvm: llvm('riscv64-unknown-linux-gnu', 'generic-rv64', '+m,+a,+f,+d,+c', { abiName: 'lp64d' }), arch: 'riscv64', runner: qemu('qemu-riscv64'),
  },
  {
    info: info('armv7-unknown-linux-gnueabihf', 'armv7-unknown-linux-gnueabihf', 'arm', 'linux', 32, DL.arm),
    llvm: llvm('armv7-unknown-linux-gnueabihf', '', '+v7,+vfp3,-d32,+thumb2,-neon', { floatAbi: 'hard' }), arch: 'arm', runner: qemu('qemu-arm'),
  },
  { info: info('thumbv7em-none-eabihf', 'thumbv7em-none-eabihf', 'arm', 'none', 32, DL.arm), llvm: llvm('thumbv7em-none-eabihf', 'cortex-m4', '+vfp4d16sp', { floatAbi: 'hard' }), arch: null, runner: null },
  { info: info('thumbv6m-none-eabi', 'thumbv6m-none-eabi', 'arm', 'none', 32, DL.arm), llvm: llvm('thumbv6m-none-eabi', 'cortex-m0'), arch: null, runner: null },
  { info: info('riscv32imac-unknown-none-elf', 'riscv32-unknown-none-elf', 'riscv32', 'none', 32, DL.riscv32), llvm: llvm('riscv32-unknown-none-elf', 'generic-rv32', '+m,+a,+c'), arch: null, runner: null },
  { info: info('wasm32-wasip1', 'wasm32-wasi', 'wasm32', 'wasi', 32, DL.wasm32), llvm: llvm('wasm32-wasi'), arch: null, runner: null },
];

export function target(name: string): TestTarget {
  const t = TARGETS.find((x) => x.info.name === name);
  if (!t) throw new Error(`no test target ${name}`);
  return t;
}

/** Whether the native shim is built (tests that need LLVM skip otherwise). */
export const HAVE_SHIM = findShimPath() !== undefined;

export function mkSession(t: TargetInfo, crateTypes: Session['crateTypes'] = ['bin']): Session {
  const sm = new SourceMap();
  const dcx = new DiagCtxt(sm, { emitter: () => '', write: () => {}, summaryStyle: 'human', explainCommand: 'rustc --explain' });
  return {
    sourceMap: sm, dcx, edition: '2021', crateName: 'demo', crateTypes, target: t, optLevel: '0', debugAssertions: true,
    overflowChecks: true, debuginfo: 0, panic: 'abort', cfg: [], isTest: false, unstable: new Map(),
  };
}

let tmpRoot: string | null = null;
export function tmpDir(): string {
  tmpRoot ??= fs.mkdtempSync(path.join(os.tmpdir(), 'tsrustc-codegen-'));
  return fs.mkdtempSync(path.join(tmpRoot, 'x-'));
}

/** Compiles IR modules to objects and links a static executable; returns its path. */
export function buildExecutable(irModules: readonly string[], t: TestTarget, optLevel: CodegenOptions['optLevel'] = '0'): string {
  const dir = tmpDir();
  const objs = irModules.map((ir, i) => {
    const r = compileModule(ir, `m${i}`, { ...t.llvm, optLevel }, { object: true, verify: true });
    const file = path.join(dir, `m${i}.o`);
    fs.writeFileSync(file, r.object!);
    return file;
  });
  const out = path.join(dir, 'app');
  const res = linkElf(['-static', '-e', '_start', '-o', out, ...objs]);
  if (!res.ok) throw new Error(`link failed:\n${res.output}`);
  return out;
}

export interface RunResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function run(exe: string, t: TestTarget): RunResult {
  if (t.runner === null) throw new Error(`cannot run ${t.info.name} here`);
  const [cmd, ...args] = [...t.runner, exe];
  const r = spawnSync(cmd!, args, { encoding: 'utf8', timeout: 20_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
