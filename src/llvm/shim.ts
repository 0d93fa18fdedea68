// Typed entry points to LLVM 14 and LLD 14 (the native shim). Everything the
// compiler needs from LLVM goes through these functions.
import { loadNativeShim } from './load-native-shim.ts';

export { findShimPath, SHIM_ENV_VAR } from './load-native-shim.ts';

export type FloatAbi = 'default' | 'soft' | 'hard';
export type RelocModel = 'static' | 'pic' | 'dynamic-no-pic' | 'ropi' | 'rwpi' | 'ropi-rwpi';
export type CodeModel = 'default' | 'small' | 'kernel' | 'medium' | 'large' | 'tiny';
export type OptLevel = '0' | '1' | '2' | '3' | 's' | 'z';

export interface CodegenOptions {
  /** LLVM triple, e.g. 'x86_64-unknown-linux-gnu', 'wasm32-wasi' (not rustc's target name). */
  triple: string;
  /** '' for the target's default; 'generic' maps to generic-rv32/64 on RISC-V. */
  cpu: string;
  /** LLVM feature string, e.g. '+m,+a,+f,+d,+c'. */
  features: string;
  /** TargetOptions.MCOptions.ABIName, e.g. 'lp64d' for RISC-V hard-float. */
  abiName?: string;
  floatAbi?: FloatAbi;
  relocModel: RelocModel;
  codeModel?: CodeModel;
  optLevel: OptLevel;
  functionSections?: boolean;
  dataSections?: boolean;
  /** Lower `unreachable` to a trap instruction (rustc's default). Default true. */
  trapUnreachable?: boolean;
}

export interface EmitRequest {
  object?: boolean;
  assembly?: boolean;
  /** The optimized module as text. */
  llvmIr?: boolean;
  /** The optimized module as bitcode. */
  bitcode?: boolean;
  /** Run the IR verifier before optimizing. Default true. */
  verify?: boolean;
}

export interface CompileResult {
  object?: Uint8Array;
  assembly?: string;
  llvmIr?: string;
  bitcode?: Uint8Array;
  /** Backend warnings (e.g. from inline asm), if any. */
  warnings?: string[];
}

export interface LinkResult {
  ok: boolean;
  /** Everything LLD printed (stdout and stderr, in order). */
  output: string;
}

/**
 * Parses textual LLVM IR, verifies it, sets the target's triple and data
 * layout, optimizes at opts.optLevel and emits what `want` asks for.
 * Throws an Error whose message starts with 'LLVM IR parse error: ',
 * 'LLVM IR verification failed: ', 'LLVM target error: ' or
 * 'LLVM codegen error: ' followed by LLVM's diagnostic text.
 */
export function compileModule(
  irText: string,
  moduleName: string,
  opts: CodegenOptions,
  want: EmitRequest,
): CompileResult {
  return loadNativeShim().compileModule(irText, moduleName, opts, want);
}

/** The LLVM 14 data layout string for a target (TargetMachine::createDataLayout). */
export function dataLayoutFor(opts: Pick<CodegenOptions, 'triple' | 'cpu' | 'features' | 'abiName'>): string {
  return loadNativeShim().dataLayoutFor(opts);
}

/** Runs ld.lld in-process. `args` excludes argv[0]. Never throws for link errors. */
export function linkElf(args: string[]): LinkResult {
  return loadNativeShim().linkElf(args);
}

/** Runs wasm-ld in-process. `args` excludes argv[0]. Never throws for link errors. */
export function linkWasm(args: string[]): LinkResult {
  return loadNativeShim().linkWasm(args);
}

/** The LLVM version the shim was built against, e.g. '14.0.6'. */
export function llvmVersion(): string {
  return loadNativeShim().llvmVersion();
}
