import type { CrateType, Edition, EmitKind } from '../session/session.ts';
import { parseArgs, type RawArgs } from './args.ts';
import { applyCodegenOption, defaultCodegenOptions, type CodegenOptions } from './codegen-options.ts';
import { UsageError } from './errors.ts';

export type PrintRequest =
  | 'target-list' | 'cfg' | 'target-spec-json' | 'sysroot' | 'crate-name' | 'file-names'
  | 'target-libdir' | 'host-tuple' | 'relocation-models' | 'code-models' | 'target-cpus' | 'target-features';

const PRINT_REQUESTS: readonly PrintRequest[] = [
  'cfg', 'code-models', 'crate-name', 'file-names', 'host-tuple', 'relocation-models', 'sysroot', 'target-cpus',
  'target-features', 'target-libdir', 'target-list', 'target-spec-json',
];

const EMIT_KINDS: readonly EmitKind[] = ['asm', 'llvm-bc', 'dep-info', 'link', 'llvm-ir', 'metadata', 'mir', 'obj'];
const CRATE_TYPES: readonly CrateType[] = ['lib', 'rlib', 'staticlib', 'dylib', 'cdylib', 'bin', 'proc-macro'];

export interface ExternSpec {
  readonly name: string;
  readonly path: string | null;
}

export interface Options {
  readonly input: string | null;
  readonly crateName: string | null;
  readonly crateTypes: CrateType[];
  readonly edition: Edition;
  /** Requested outputs with an optional explicit path (`--emit llvm-ir=foo.ll`). */
  readonly emit: Map<EmitKind, string | null>;
  readonly prints: { req: PrintRequest; file: string | null }[];
  readonly output: string | null;
  readonly outDir: string | null;
  readonly target: string | null;
  readonly cg: CodegenOptions;
  readonly cfg: [string, string | null][];
  readonly libSearch: { kind: string; path: string }[];
  readonly linkLibs: string[];
  readonly externs: ExternSpec[];
  readonly sysroot: string | null;
  readonly errorFormat: 'human' | 'json' | 'short';
  readonly color: 'auto' | 'always' | 'never';
  readonly unstable: Map<string, string | true>;
  readonly test: boolean;
  readonly help: boolean;
  readonly version: boolean;
  readonly verbose: boolean;
  readonly explain: string | null;
  readonly capLints: 'allow' | 'warn' | 'deny' | 'forbid' | null;
  /** Lint level flags in command-line order. */
  readonly lintFlags: RawArgs['lintFlags'];
}

function parseCfg(spec: string): [string, string | null] {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:\s*=\s*"((?:[^"\\]|\\.)*)")?$/.exec(spec.trim());
  if (!m) throw new UsageError(`invalid \`--cfg\` argument: \`${spec}\` (expected \`key\` or \`key="value"\`)`);
  return [m[1]!, m[2] === undefined ? null : m[2]];
}

function parseUnstable(specs: readonly string[]): Map<string, string | true> {
  const out = new Map<string, string | true>();
  for (const s of specs) {
    const eq = s.indexOf('=');
    if (eq < 0) out.set(s.replace(/_/g, '-'), true);
    else out.set(s.slice(0, eq).replace(/_/g, '-'), s.slice(eq + 1));
  }
  return out;
}

export function optionsFromArgs(argv: readonly string[]): Options {
  return validate(parseArgs(argv));
}

function validate(raw: RawArgs): Options {
  const multi = (k: string): string[] => raw.multi.get(k) ?? [];
  const single = (k: string): string | null => raw.single.get(k) ?? null;

  if (raw.inputs.length > 1) throw new UsageError(`multiple input filenames provided (first two filenames are \`${raw.inputs[0]}\` and \`${raw.inputs[1]}\`)`);

  const crateTypes: CrateType[] = [];
  for (const spec of multi('crate-type')) {
    for (const t of spec.split(',')) {
      if (!CRATE_TYPES.includes(t as CrateType)) {
        throw new UsageError(`unknown crate type: \`${t}\`, expected one of: \`lib\`, \`rlib\`, \`staticlib\`, \`dylib\`, \`cdylib\`, \`bin\`, \`proc-macro\``);
      }
      if (!crateTypes.includes(t as CrateType)) crateTypes.push(t as CrateType);
    }
  }

  const edition = single('edition') ?? '2015';
  if (!['2015', '2018', '2021', '2024'].includes(edition)) {
    throw new UsageError(`argument for \`--edition\` must be one of: <2015|2018|2021|2024|future>. (instead was \`${edition}\`)`);
  }

  const emit = new Map<EmitKind, string | null>();
  for (const spec of multi('emit')) {
    for (const part of spec.split(',')) {
      const eq = part.indexOf('=');
      const kind = (eq < 0 ? part : part.slice(0, eq)) as EmitKind;
      if (!EMIT_KINDS.includes(kind)) {
        throw new UsageError(`unknown emission type: \`${kind}\` - expected one of: \`asm\`, \`llvm-bc\`, \`dep-info\`, \`link\`, \`llvm-ir\`, \`metadata\`, \`mir\`, \`obj\``);
      }
      emit.set(kind, eq < 0 ? null : part.slice(eq + 1));
    }
  }

  const prints: { req: PrintRequest; file: string | null }[] = [];
  for (const spec of multi('print')) {
    const eq = spec.indexOf('=');
    const req = (eq < 0 ? spec : spec.slice(0, eq)) as PrintRequest;
    if (!PRINT_REQUESTS.includes(req)) {
      throw new UsageError(`unknown print request: \`${req}\``, [
        `valid print requests are: ${PRINT_REQUESTS.map((p) => `\`${p}\``).join(', ')}`,
        'for more information, see the rustc book: https://doc.rust-lang.org/rustc/command-line-arguments.html#--print-print-compiler-information',
      ]);
    }
    prints.push({ req, file: eq < 0 ? null : spec.slice(eq + 1) });
  }

  const cg = defaultCodegenOptions();
  for (const spec of multi('codegen')) applyCodegenOption(cg, spec);

  const errorFormat = single('error-format') ?? 'human';
  if (!['human', 'json', 'short', 'human-unicode', 'pretty-json'].includes(errorFormat)) {
    throw new UsageError(`argument for \`--error-format\` must be \`human\`, \`human-unicode\`, \`json\`, \`pretty-json\` or \`short\` (instead was \`${errorFormat}\`)`);
  }
  const color = single('color') ?? 'auto';
  if (!['auto', 'always', 'never'].includes(color)) {
    throw new UsageError(`argument for \`--color\` must be auto, always or never (instead was \`${color}\`)`);
  }

  // As in rustc, only a known `KIND=` prefix is a kind; otherwise the whole argument is a path.
  const libSearch = multi('library-path').map((s) => {
    const m = /^(dependency|crate|native|framework|all)=/.exec(s);
    return m ? { kind: m[1]!, path: s.slice(m[0].length) } : { kind: 'all', path: s };
  });

  const externs = multi('extern').map((s): ExternSpec => {
    const eq = s.indexOf('=');
    const name = (eq < 0 ? s : s.slice(0, eq)).replace(/^[a-z-]+:/, '');
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`crate name \`${name}\` passed to \`--extern\` is not a valid ASCII identifier`);
    return { name, path: eq < 0 ? null : s.slice(eq + 1) };
  });

  const crateName = single('crate-name');
  if (crateName !== null) checkCrateName(crateName);

  return {
    input: raw.inputs[0] ?? null,
    crateName,
    crateTypes,
    edition: edition as Options['edition'],
    emit,
    prints,
    output: single('output'),
    outDir: single('out-dir'),
    target: single('target'),
    cg,
    cfg: multi('cfg').map(parseCfg),
    libSearch,
    linkLibs: multi('link-lib'),
    externs,
    sysroot: single('sysroot'),
    errorFormat: errorFormat === 'pretty-json' ? 'json' : errorFormat === 'human-unicode' ? 'human' : (errorFormat as 'human' | 'json' | 'short'),
    color: color as Options['color'],
    unstable: parseUnstable(multi('unstable')),
    test: raw.flags.has('test'),
    help: raw.flags.has('help'),
    version: raw.flags.has('version'),
    verbose: raw.flags.has('verbose'),
    explain: single('explain'),
    capLints: capLints(single('cap-lints')),
    lintFlags: raw.lintFlags,
  };
}

function capLints(v: string | null): Options['capLints'] {
  if (v === null) return null;
  if (v === 'allow' || v === 'warn' || v === 'deny' || v === 'forbid') return v;
  throw new UsageError(`unknown lint level: \`${v}\``);
}

export function checkCrateName(name: string): void {
  if (name === '') throw new UsageError('crate name must not be empty');
  for (const ch of name) {
    if (!/[A-Za-z0-9_]/.test(ch)) throw new UsageError(`invalid character '${ch}' in crate name: \`${name}\``, [], true);
  }
}
