// The target specification: rustc's JSON target spec with kebab-case fields mapped to
// camelCase and every optional field filled with rustc's default.

import type { JsonValue } from './json.ts';

export const LINKER_FLAVORS = [
  'gnu', 'gnu-lld', 'gnu-cc', 'gnu-lld-cc', 'darwin', 'darwin-lld', 'darwin-cc', 'darwin-lld-cc',
  'wasm-lld', 'wasm-lld-cc', 'unix', 'unix-cc', 'msvc-lld', 'msvc', 'em-cc', 'bpf', 'llbc', 'ptx',
  // Older spellings rustc still accepts.
  'gcc', 'ld', 'ld.lld', 'ld64.lld', 'lld-link', 'wasm-ld', 'em',
] as const;
export type LinkerFlavor = (typeof LINKER_FLAVORS)[number];

export const PANIC_STRATEGIES = ['unwind', 'abort', 'immediate-abort'] as const;
export type PanicStrategy = (typeof PANIC_STRATEGIES)[number];

export const RELOC_MODELS = ['static', 'pic', 'pie', 'dynamic-no-pic', 'ropi', 'rwpi', 'ropi-rwpi'] as const;
export type RelocModel = (typeof RELOC_MODELS)[number];

export const CODE_MODELS = ['tiny', 'small', 'kernel', 'medium', 'large'] as const;
export type CodeModel = (typeof CODE_MODELS)[number];

export const FLOAT_ABIS = ['soft', 'hard'] as const;
export type FloatAbi = (typeof FLOAT_ABIS)[number];

export const FRAME_POINTERS = ['always', 'non-leaf', 'may-omit'] as const;
export type FramePointer = (typeof FRAME_POINTERS)[number];

export const TLS_MODELS = ['global-dynamic', 'local-dynamic', 'initial-exec', 'local-exec', 'emulated'] as const;
export type TlsModel = (typeof TLS_MODELS)[number];

export const RELRO_LEVELS = ['full', 'partial', 'off', 'none'] as const;
export type RelroLevel = (typeof RELRO_LEVELS)[number];

export const BINARY_FORMATS = ['coff', 'elf', 'mach-o', 'wasm', 'xcoff'] as const;
export type BinaryFormat = (typeof BINARY_FORMATS)[number];

export const STACK_PROBES = ['none', 'inline', 'call', 'inline-or-call'] as const;
export type StackProbes = (typeof STACK_PROBES)[number];

export const ENDIANS = ['little', 'big'] as const;
export type Endian = (typeof ENDIANS)[number];

/** Linker arguments per linker flavor, as in rustc's `pre-link-args` / `post-link-args`. */
export type LinkArgs = Partial<Record<LinkerFlavor, string[]>>;

export interface TargetMetadata {
  description: string | null;
  tier: number | null;
  hostTools: boolean | null;
  std: boolean | null;
}

export interface TargetSpec {
  /** Target name: the built-in name or the JSON file's stem. Not a JSON field. */
  name: string;
  /** The file the spec was read from. Not a JSON field. */
  path: string;
  /** True when found in the built-in targets directory. Not a JSON field (rustc 1.95 rejects `is-builtin`). */
  isBuiltin: boolean;

  // Required.
  llvmTarget: string;
  dataLayout: string;
  arch: string;
  targetPointerWidth: number;

  // Identity; these feed `cfg`.
  targetEndian: Endian;
  targetCIntWidth: number;
  os: string;
  env: string;
  abi: string;
  vendor: string;
  targetFamily: string[];
  metadata: TargetMetadata;

  // Code generation.
  cpu: string;
  /** LLVM feature string as written in the spec (`+a,-b`). */
  features: string;
  llvmAbiname: string;
  llvmFloatabi: FloatAbi | null;
  relocationModel: RelocModel;
  codeModel: CodeModel | null;
  tlsModel: TlsModel;
  framePointer: FramePointer;
  stackProbes: StackProbes;
  defaultUwtable: boolean;
  singlethread: boolean;
  cEnumMinBits: number | null;
  /** Raw field; see `maxAtomicWidth()` for the effective value. */
  maxAtomicWidth: number | null;
  minAtomicWidth: number | null;
  atomicCas: boolean;
  panicStrategy: PanicStrategy;
  hasThreadLocal: boolean;
  emitDebugGdbScripts: boolean;

  // Linking.
  linker: string | null;
  linkerFlavor: LinkerFlavor;
  linkerIsGnu: boolean;
  preLinkArgs: LinkArgs;
  postLinkArgs: LinkArgs;
  /** Linker script text embedded in the spec (rustc writes it to a file and passes `-T`). */
  linkScript: string | null;
  executables: boolean;
  dynamicLinking: boolean;
  positionIndependentExecutables: boolean;
  staticPositionIndependentExecutables: boolean;
  crtStaticDefault: boolean;
  crtStaticRespected: boolean;
  relroLevel: RelroLevel;
  ehFrameHeader: boolean;
  exeSuffix: string;
  entryName: string;
  binaryFormat: BinaryFormat;
  isLikeWasm: boolean;

  /** Fields rustc knows that we accept and print back but do not interpret. */
  other: Record<string, JsonValue>;
}

/** Largest atomic width in bits: rustc defaults it to the pointer width. */
export function maxAtomicWidth(spec: TargetSpec): number {
  return spec.maxAtomicWidth ?? spec.targetPointerWidth;
}

/** Smallest atomic width in bits: rustc defaults it to 8. */
export function minAtomicWidth(spec: TargetSpec): number {
  return spec.minAtomicWidth ?? 8;
}
