// Command-line options of `node scripts/compiletest.mjs`.

import * as os from 'node:os';
import * as path from 'node:path';

export interface CliOptions {
  compiler: string[];
  jobs: number;
  filter: string | undefined;
  suite: string;
  srcDir: string | undefined;
  paths: string[];
  baseline: string | undefined;
  onlyBaseline: boolean;
  writeBaseline: string | undefined;
  json: string | undefined;
  markdown: string | undefined;
  supports: string[];
  llvmVersion: [number, number];
  compileTimeoutMs: number;
  runTimeoutMs: number;
  verbose: boolean;
  help: boolean;
}

export const DEFAULT_SUITE = '/usr/src/rustc-1.63.0/src/test/ui';

export const USAGE = `usage: node scripts/compiletest.mjs [options] [DIR_OR_FILE...]

Runs rustc's ui test suite (paths relative to the suite) against a compiler.

  --compiler CMD        compiler command, split on blanks (env COMPILETEST_RUSTC;
                        default bin/tsrustc in the repo)
  --jobs N              tests run at once (default: CPU count)
  --filter SUBSTR       only tests whose id (path or path#revision) contains SUBSTR
  --suite DIR           the ui suite (env COMPILETEST_SUITE; default ${DEFAULT_SUITE})
  --src-dir DIR         Rust source root, shown as $SRC_DIR in run output
                        (default: three levels above a suite ending in src/test/ui)
  --baseline FILE       exit 1 when a test listed in FILE does not pass now
  --only-baseline       run only the tests listed in the --baseline file
  --write-baseline FILE write the passing tests (entries outside this run's scope are kept)
  --json FILE           write every result as JSON
  --markdown FILE       write the summary tables as Markdown (for the README)
  --supports LIST       comma-separated needs-* features the compiler has, beyond
                        asm-support,run-enabled (e.g. unwind,dynamic-linking for rustc)
  --llvm-version X.Y    LLVM version for min-llvm-version/ignore-llvm-version (default 14.0)
  --compile-timeout S   per compile (default 30)
  --run-timeout S       per program run (default 10)
  -v, --verbose         print every failure with the compiler's output
  -h, --help
`;

export class UsageError extends Error {}

function splitCommand(s: string): string[] {
  return s.split(/\s+/).filter((w) => w !== '');
}

export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv, repoRoot: string): CliOptions {
  const envCompiler = env['COMPILETEST_RUSTC'];
  const o: CliOptions = {
    compiler: envCompiler ? splitCommand(envCompiler) : [path.join(repoRoot, 'bin', 'tsrustc')],
    jobs: os.availableParallelism(),
    filter: undefined,
    suite: env['COMPILETEST_SUITE'] ?? DEFAULT_SUITE,
    srcDir: undefined,
    paths: [],
    baseline: undefined,
    onlyBaseline: false,
    writeBaseline: undefined,
    json: undefined,
    markdown: undefined,
    supports: [],
    llvmVersion: [14, 0],
    compileTimeoutMs: 30_000,
    runTimeoutMs: 10_000,
    verbose: false,
    help: false,
  };
  let srcDirSet = false;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] ?? '';
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq < 0 ? raw : raw.slice(0, eq);
    const value = (): string => {
      if (eq >= 0) return raw.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    const seconds = (): number => {
      const n = Number(value());
      if (!(n > 0)) throw new UsageError(`${flag} needs a positive number of seconds`);
      return n * 1000;
    };
    switch (flag) {
      case '--compiler':
        o.compiler = splitCommand(value());
        break;
      case '--jobs':
      case '-j': {
        const n = Number.parseInt(value(), 10);
        if (!(n > 0)) throw new UsageError('--jobs needs a positive integer');
        o.jobs = n;
        break;
      }
      case '--filter':
        o.filter = value();
        break;
      case '--suite':
        o.suite = value();
        break;
      case '--src-dir':
        o.srcDir = value();
        srcDirSet = true;
        break;
      case '--baseline':
        o.baseline = value();
        break;
      case '--only-baseline':
        o.onlyBaseline = true;
        break;
      case '--write-baseline':
        o.writeBaseline = value();
        break;
      case '--json':
        o.json = value();
        break;
      case '--markdown':
        o.markdown = value();
        break;
      case '--supports':
        o.supports.push(...value().split(',').map((s) => s.trim().replace(/^needs-/, '')).filter((s) => s !== ''));
        break;
      case '--llvm-version': {
        const m = /^(\d+)(?:\.(\d+))?$/.exec(value());
        if (!m) throw new UsageError('--llvm-version needs X or X.Y');
        o.llvmVersion = [Number(m[1]), Number(m[2] ?? '0')];
        break;
      }
      case '--compile-timeout':
        o.compileTimeoutMs = seconds();
        break;
      case '--run-timeout':
        o.runTimeoutMs = seconds();
        break;
      case '-v':
      case '--verbose':
        o.verbose = true;
        break;
      case '-h':
      case '--help':
        o.help = true;
        break;
      default:
        if (raw.startsWith('-')) throw new UsageError(`unknown option ${raw}`);
        o.paths.push(raw);
    }
  }
  if (o.compiler.length === 0) throw new UsageError('empty --compiler');
  if (o.onlyBaseline && o.baseline === undefined) throw new UsageError('--only-baseline needs --baseline FILE');
  o.suite = path.resolve(o.suite);
  if (!srcDirSet && /[/\\]src[/\\]test[/\\]ui$/.test(o.suite)) o.srcDir = path.resolve(o.suite, '..', '..', '..');
  return o;
}
