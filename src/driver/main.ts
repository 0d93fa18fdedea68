import { FatalError } from '../diagnostics/handler.ts';
import { compile } from './compile.ts';
import { formatUsageError, UsageError } from './errors.ts';
import { formatIce } from './ice.ts';
import { optionsFromArgs, type Options } from './options.ts';
import { usageText } from './usage.ts';
import { versionText } from './version.ts';

/** Runs the compiler on a command line; returns the process exit code. */
export function run(argv: readonly string[]): number {
  let opts: Options | null = null;
  try {
    if (argv.length === 0) {
      process.stdout.write(usageText());
      return 0;
    }
    opts = optionsFromArgs(argv);
    if (opts.help) {
      process.stdout.write(usageText());
      return 0;
    }
    if (opts.version) {
      process.stdout.write(versionText(opts.verbose));
      return 0;
    }
    return compile(opts);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(formatUsageError(e, opts?.color === 'always'));
      return 1;
    }
    if (e instanceof FatalError) return 1;
    process.stderr.write(formatIce(e));
    return 101;
  }
}

// Deep recursion in the compiler must not surface as a JavaScript stack trace.
process.on('uncaughtException', (e) => {
  // A reader that went away (`tsrustc ... 2>&1 | head`) is not a compiler bug: stop quietly
  // with the status a shell reports for rustc, which dies of SIGPIPE there (128 + 13).
  if ((e as NodeJS.ErrnoException).code === 'EPIPE') process.exit(141);
  process.stderr.write(formatIce(e));
  process.exit(101);
});

const code = run(process.argv.slice(2));
// Let pending stdout/stderr writes drain before exiting with the code.
process.exitCode = code;
