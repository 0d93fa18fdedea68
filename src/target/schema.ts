// The field table: every JSON field we interpret, its type, whether it is required
// and its default (rustc's defaults), plus the rustc fields we accept without
// interpreting them. Any other field is an error, as in rustc 1.95.

import {
  BINARY_FORMATS, CODE_MODELS, ENDIANS, FLOAT_ABIS, FRAME_POINTERS, LINKER_FLAVORS, PANIC_STRATEGIES,
  RELOC_MODELS, RELRO_LEVELS, STACK_PROBES, TLS_MODELS,
  type TargetSpec,
} from './spec.ts';

export type FieldKind =
  | { type: 'string' }
  | { type: 'bool' }
  /** Unsigned integer; `acceptString` also takes "64" (older rustc printed these as strings). */
  | { type: 'uint'; serdeName: 'u16' | 'u64'; max: number; acceptString: boolean }
  | { type: 'enum'; values: readonly string[]; invalid: (value: string) => string }
  /** `target-family`: a list of strings, or one string. */
  | { type: 'families' }
  | { type: 'link-args' }
  | { type: 'metadata' }
  | { type: 'stack-probes' };

/** The spec keys that come from JSON fields (everything but the bookkeeping ones). */
export type SpecFieldKey = Exclude<keyof TargetSpec, 'name' | 'path' | 'isBuiltin' | 'other'>;

export interface FieldDef<K extends SpecFieldKey = SpecFieldKey> {
  json: string;
  key: K;
  kind: FieldKind;
  required: boolean;
  /** Default when absent or null; unused for required fields. */
  default: TargetSpec[K];
  /** Whether the field's value may be null in the spec object (printed only when non-null). */
  nullable: boolean;
}

const str: FieldKind = { type: 'string' };
const bool: FieldKind = { type: 'bool' };
const u16: FieldKind = { type: 'uint', serdeName: 'u16', max: 0xffff, acceptString: true };
const u64: FieldKind = { type: 'uint', serdeName: 'u64', max: Number.MAX_SAFE_INTEGER, acceptString: false };

/** rustc's wording for a bad value of one of its string enums. */
function quotedEnum(noun: string, values: readonly string[]): FieldKind {
  return {
    type: 'enum',
    values,
    invalid: (v) => `invalid ${noun}: '${v}'. allowed values: ${values.map((x) => `'${x}'`).join(', ')}`,
  };
}

function field<K extends SpecFieldKey>(
  json: string,
  key: K,
  kind: FieldKind,
  dflt: TargetSpec[K],
  opts: { required?: boolean; nullable?: boolean } = {},
): FieldDef {
  return { json, key, kind, required: opts.required ?? false, default: dflt, nullable: opts.nullable ?? false } as FieldDef;
}

const REQUIRED = { required: true };
const NULLABLE = { nullable: true };

export const FIELDS: readonly FieldDef[] = [
  field('llvm-target', 'llvmTarget', str, '', REQUIRED),
  field('data-layout', 'dataLayout', str, '', REQUIRED),
  field('arch', 'arch', str, '', REQUIRED),
  field('target-pointer-width', 'targetPointerWidth', u16, 0, REQUIRED),

  field('target-endian', 'targetEndian', { type: 'enum', values: ENDIANS, invalid: (v) => `unknown endian: ${JSON.stringify(v)}` }, 'little'),
  field('target-c-int-width', 'targetCIntWidth', u16, 32),
  field('os', 'os', str, 'none'),
  field('env', 'env', str, ''),
  field('abi', 'abi', str, ''),
  field('vendor', 'vendor', str, 'unknown'),
  field('target-family', 'targetFamily', { type: 'families' }, []),
  field('metadata', 'metadata', { type: 'metadata' }, { description: null, tier: null, hostTools: null, std: null }),

  field('cpu', 'cpu', str, 'generic'),
  field('features', 'features', str, ''),
  field('llvm-abiname', 'llvmAbiname', str, ''),
  field('llvm-floatabi', 'llvmFloatabi', quotedEnum('float abi', FLOAT_ABIS), null, NULLABLE),
  field('relocation-model', 'relocationModel', quotedEnum('relocation model', RELOC_MODELS), 'pic'),
  field('code-model', 'codeModel', quotedEnum('code model', CODE_MODELS), null, NULLABLE),
  field('tls-model', 'tlsModel', quotedEnum('TLS model', TLS_MODELS), 'global-dynamic'),
  field('frame-pointer', 'framePointer', quotedEnum('frame pointer', FRAME_POINTERS), 'may-omit'),
  field('stack-probes', 'stackProbes', { type: 'stack-probes' }, 'none'),
  field('default-uwtable', 'defaultUwtable', bool, false),
  field('singlethread', 'singlethread', bool, false),
  field('c-enum-min-bits', 'cEnumMinBits', u64, null, NULLABLE),
  field('max-atomic-width', 'maxAtomicWidth', u64, null, NULLABLE),
  field('min-atomic-width', 'minAtomicWidth', u64, null, NULLABLE),
  field('atomic-cas', 'atomicCas', bool, true),
  field('panic-strategy', 'panicStrategy', quotedEnum('panic strategy', PANIC_STRATEGIES), 'unwind'),
  field('has-thread-local', 'hasThreadLocal', bool, false),
  field('emit-debug-gdb-scripts', 'emitDebugGdbScripts', bool, true),

  field('linker', 'linker', str, null, NULLABLE),
  field(
    'linker-flavor',
    'linkerFlavor',
    { type: 'enum', values: LINKER_FLAVORS, invalid: () => `invalid linker flavor, allowed values: one of: ${LINKER_FLAVORS.join(' ')} ` },
    'gnu-cc',
  ),
  field('linker-is-gnu', 'linkerIsGnu', bool, true),
  field('pre-link-args', 'preLinkArgs', { type: 'link-args' }, {}),
  field('post-link-args', 'postLinkArgs', { type: 'link-args' }, {}),
  field('link-script', 'linkScript', str, null, NULLABLE),
  field('executables', 'executables', bool, true),
  field('dynamic-linking', 'dynamicLinking', bool, false),
  field('position-independent-executables', 'positionIndependentExecutables', bool, false),
  field('static-position-independent-executables', 'staticPositionIndependentExecutables', bool, false),
  field('crt-static-default', 'crtStaticDefault', bool, false),
  field('crt-static-respected', 'crtStaticRespected', bool, false),
  field('relro-level', 'relroLevel', quotedEnum('relro level', RELRO_LEVELS), 'none'),
  field('eh-frame-header', 'ehFrameHeader', bool, true),
  field('exe-suffix', 'exeSuffix', str, ''),
  field('entry-name', 'entryName', str, 'main'),
  field('binary-format', 'binaryFormat', quotedEnum('binary format', BINARY_FORMATS), 'elf'),
  field('is-like-wasm', 'isLikeWasm', bool, false),
];

export const FIELD_BY_JSON: ReadonlyMap<string, FieldDef> = new Map(FIELDS.map((f) => [f.json, f]));

/** `stack-probes.kind` values, in rustc's order for its error message. */
export const STACK_PROBE_KINDS = STACK_PROBES;

/** Keys of the `metadata` object. rustc ignores unknown ones; so do we. */
export const METADATA_FIELDS = {
  description: { key: 'description', type: 'string' },
  tier: { key: 'tier', type: 'u64' },
  host_tools: { key: 'hostTools', type: 'bool' },
  std: { key: 'std', type: 'bool' },
} as const;

/**
 * Every field rustc 1.95's target-spec parser accepts, in the order its
 * "unknown field" error lists them. Fields not in FIELDS are accepted and
 * printed back unchanged but have no effect on tsrustc.
 */
export const RUSTC_FIELDS: readonly string[] = [
  'llvm-target', 'target-pointer-width', 'data-layout', 'arch', 'metadata', 'target-endian',
  'frame-pointer', 'target-c-int-width', 'c-enum-min-bits', 'os', 'env', 'abi', 'vendor', 'linker',
  'linker-flavor', 'lld-flavor', 'linker-is-gnu', 'pre-link-objects', 'post-link-objects',
  'pre-link-objects-fallback', 'post-link-objects-fallback', 'crt-objects-fallback',
  'link-self-contained', 'pre-link-args', 'late-link-args', 'late-link-args-dynamic',
  'late-link-args-static', 'post-link-args', 'link-script', 'link-env', 'link-env-remove',
  'asm-args', 'cpu', 'need-explicit-cpu', 'features', 'dynamic-linking',
  'direct-access-external-data', 'dll-tls-export', 'only-cdylib', 'executables',
  'relocation-model', 'code-model', 'tls-model', 'disable-redzone', 'function-sections',
  'dll-prefix', 'dll-suffix', 'exe-suffix', 'staticlib-prefix', 'staticlib-suffix',
  'target-family', 'abi-return-struct-as-int', 'is-like-aix', 'is-like-darwin',
  'is-like-solaris', 'is-like-windows', 'is-like-gpu', 'is-like-msvc', 'is-like-wasm',
  'is-like-android', 'is-like-vexos', 'binary-format', 'default-dwarf-version',
  'allows-weak-linkage', 'has-rpath', 'no-default-libraries', 'position-independent-executables',
  'static-position-independent-executables', 'plt-by-default', 'relro-level', 'archive-format',
  'allow-asm', 'static-initializer-must-be-acyclic', 'main-needs-argc-argv', 'has-thread-local',
  'obj-is-bitcode', 'max-atomic-width', 'min-atomic-width', 'atomic-cas', 'panic-strategy',
  'crt-static-allows-dylibs', 'crt-static-default', 'crt-static-respected', 'stack-probes',
  'min-global-align', 'default-codegen-units', 'default-codegen-backend', 'trap-unreachable',
  'requires-lto', 'singlethread', 'no-builtins', 'default-visibility', 'emit-debug-gdb-scripts',
  'requires-uwtable', 'default-uwtable', 'simd-types-indirect', 'limit-rdylib-exports',
  'override-export-symbols', 'merge-functions', 'target-mcount', 'llvm-mcount-intrinsic',
  'llvm-abiname', 'llvm-floatabi', 'rustc-abi', 'relax-elf-relocations', 'llvm-args',
  'use-ctors-section', 'eh-frame-header', 'has-thumb-interworking', 'debuginfo-kind',
  'split-debuginfo', 'supported-split-debuginfo', 'supported-sanitizers', 'default-sanitizers',
  'generate-arange-section', 'supports-stack-protector', 'small-data-threshold-support',
  'entry-name', 'supports-xray', 'entry-abi',
];

export const REQUIRED_FIELDS: readonly string[] = FIELDS.filter((f) => f.required).map((f) => f.json);
