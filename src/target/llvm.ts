// The options the codegen shim gives LLVM 14's TargetMachine for a spec.
// Specs and `-C target-feature` use rustc 1.95's vocabulary (which follows a newer
// LLVM); this is where it is brought down to what LLVM 14 understands.

import { LLVM14_FEATURES } from './llvm14-features.ts';
import { splitFeatureList } from './features.ts';
import type { CodeModel, FloatAbi, RelocModel, TargetSpec } from './spec.ts';

export interface LlvmTargetOptions {
  triple: string;
  cpu: string;
  /** Comma-joined `+a,-b`, ready for `Target::createTargetMachine`. */
  features: string;
  abiName?: string;
  floatAbi?: 'default' | FloatAbi;
  relocModel: RelocModel;
  codeModel?: CodeModel;
  /** Requested features LLVM 14 does not know (dropped rather than warned about by LLVM). */
  ignoredFeatures: string[];
}

export interface LlvmOverrides {
  /** `-C target-cpu`. */
  cpu?: string;
  /** `-C target-feature` values in rustc's names, appended after the spec's features. */
  features?: string[];
}

/** rustc feature names that LLVM spells differently. */
const RUSTC_TO_LLVM: Record<string, Record<string, string[]>> = {
  x86_64: {
    bmi1: ['bmi'],
    cmpxchg16b: ['cx16'],
    lahfsahf: ['sahf'],
    pclmulqdq: ['pclmul'],
    rdrand: ['rdrnd'],
  },
  aarch64: {
    dpb: ['ccpp'],
    dpb2: ['ccdp'],
    fcma: ['complxnum'],
    fhm: ['fp16fml'],
    flagm2: ['altnzcv'],
    fp16: ['fullfp16'],
    frintts: ['fptoint'],
    paca: ['pauth'],
    pacg: ['pauth'],
    pmuv3: ['perfmon'],
    rcpc2: ['rcpc-immo'],
  },
};

/**
 * Features a CPU has in rustc 1.95's LLVM that LLVM 14's definition of the same CPU
 * lacks. WebAssembly's `generic` CPU gained these in LLVM 16-19; `cfg` reports them,
 * so LLVM 14 must be told explicitly.
 */
const CPU_ADDITIONS: Record<string, Record<string, string[]>> = {
  wasm32: {
    // Not multivalue or reference-types: LLVM 14's wasm backend returns aggregates as
    // multiple values under +multivalue, which its own callers then call with the wrong
    // arity (V8 rejects the module); rustc's newer LLVM gets this right.
    generic: ['+bulk-memory', '+mutable-globals', '+nontrapping-fptoint', '+sign-ext'],
  },
};

/** ARM `*d16` FPUs: LLVM 14 keeps the default FPU's 32 D registers unless told `-d32`. */
const ARM_D16 = new Set(['vfp3d16', 'vfp3d16sp', 'vfp4d16', 'vfp4d16sp', 'fp-armv8d16', 'fp-armv8d16sp']);

const knownCache = new Map<string, Set<string>>();
function llvm14Known(arch: string): Set<string> | null {
  const list = LLVM14_FEATURES[arch];
  if (list === undefined) return null;
  let s = knownCache.get(arch);
  if (!s) {
    s = new Set(list.split(' '));
    knownCache.set(arch, s);
  }
  return s;
}

export function llvmTargetOptions(spec: TargetSpec, overrides: LlvmOverrides = {}): LlvmTargetOptions {
  const cpu = overrides.cpu ?? spec.cpu;
  const names = RUSTC_TO_LLVM[spec.arch] ?? {};
  const cli = splitFeatureList(overrides.features ?? []).flatMap((f) => {
    const sign = f[0];
    if (sign !== '+' && sign !== '-') return [];
    const name = f.slice(1);
    if (name === 'crt-static') return []; // a linking choice, not an LLVM feature
    return (names[name] ?? [name]).map((n) => sign + n);
  });
  const requested = [...(CPU_ADDITIONS[spec.arch]?.[cpu] ?? []), ...splitFeatureList([spec.features]), ...cli];

  const known = llvm14Known(spec.arch);
  const features: string[] = [];
  const ignoredFeatures: string[] = [];
  for (const f of requested) {
    if (known !== null && !known.has(f.slice(1))) ignoredFeatures.push(f);
    else features.push(f);
  }
  if (spec.arch === 'arm' && features.some((f) => ARM_D16.has(f.slice(1)) && f[0] === '+') && !features.some((f) => f.slice(1) === 'd32')) {
    features.push('-d32');
  }

  const out: LlvmTargetOptions = {
    triple: spec.llvmTarget,
    cpu,
    features: features.join(','),
    relocModel: spec.relocationModel,
    ignoredFeatures,
  };
  if (spec.llvmAbiname !== '') out.abiName = spec.llvmAbiname;
  if (spec.llvmFloatabi !== null) out.floatAbi = spec.llvmFloatabi;
  if (spec.codeModel !== null) out.codeModel = spec.codeModel;
  return out;
}
