// Target specifications: loading, cfg, printing and LLVM options.
export type {
  BinaryFormat, CodeModel, Endian, FloatAbi, FramePointer, LinkArgs, LinkerFlavor, PanicStrategy,
  RelocModel, RelroLevel, StackProbes, TargetMetadata, TargetSpec, TlsModel,
} from './spec.ts';
export { maxAtomicWidth, minAtomicWidth } from './spec.ts';
export { FIELDS, REQUIRED_FIELDS, RUSTC_FIELDS, type FieldDef, type FieldKind } from './schema.ts';
export { TargetError, TARGET_LIST_HELP, type TargetErrorKind } from './error.ts';
export { parseTargetSpec, type SpecOrigin } from './parse.ts';
export { loadTarget, parseTargetPath, type LoadTargetOptions } from './load.ts';
export { formatCfg, printCfg, targetCfg, unstableTargetCfg, type CfgEntry, type CfgOptions } from './cfg.ts';
export { knownCpus, resolveTargetFeatures, splitFeatureList, type FeatureOptions, type ResolvedFeatures } from './features.ts';
export { builtinTargetList, targetSpecJson } from './print.ts';
export { llvmTargetOptions, type LlvmOverrides, type LlvmTargetOptions } from './llvm.ts';
