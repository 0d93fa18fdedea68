import { Parser as yargsParser } from 'yargs/helpers';
import { UsageError } from './errors.ts';

/** Options as written on the command line, before validation (rustc's getopts matches). */
export interface RawArgs {
  readonly inputs: string[];
  readonly single: ReadonlyMap<string, string>;
  readonly multi: ReadonlyMap<string, string[]>;
  readonly flags: ReadonlySet<string>;
  /** `-A/-W/-D/-F/--force-warn` in command-line order (later flags win, as in rustc). */
  readonly lintFlags: readonly { readonly level: 'allow' | 'warn' | 'force-warn' | 'deny' | 'forbid'; readonly name: string }[];
}

const LINT_FLAGS: Record<string, 'allow' | 'warn' | 'force-warn' | 'deny' | 'forbid'> = {
  '-A': 'allow', '--allow': 'allow', '-W': 'warn', '--warn': 'warn', '--force-warn': 'force-warn',
  '-D': 'deny', '--deny': 'deny', '-F': 'forbid', '--forbid': 'forbid',
};

/** The lint flags of an (unglued) command line, in order. */
function lintFlagsOf(argv: readonly string[]): RawArgs['lintFlags'] {
  const out: { level: 'allow' | 'warn' | 'force-warn' | 'deny' | 'forbid'; name: string }[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const level = LINT_FLAGS[eq >= 0 ? a.slice(0, eq) : a];
    if (!level) continue;
    const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    if (value !== undefined && value !== '') out.push({ level, name: value });
  }
  return out;
}

// rustc's options: name -> [short alias, kind]. 'single' may be given once, 'multi' repeats.
const OPTIONS: Record<string, { short?: string; kind: 'flag' | 'single' | 'multi' }> = {
  help: { short: 'h', kind: 'flag' },
  cfg: { kind: 'multi' },
  'check-cfg': { kind: 'multi' },
  'library-path': { short: 'L', kind: 'multi' },
  'link-lib': { short: 'l', kind: 'multi' },
  'crate-type': { kind: 'multi' },
  'crate-name': { kind: 'single' },
  edition: { kind: 'single' },
  emit: { kind: 'multi' },
  print: { kind: 'multi' },
  output: { short: 'o', kind: 'single' },
  'out-dir': { kind: 'single' },
  explain: { kind: 'single' },
  test: { kind: 'flag' },
  target: { kind: 'single' },
  allow: { short: 'A', kind: 'multi' },
  warn: { short: 'W', kind: 'multi' },
  'force-warn': { kind: 'multi' },
  deny: { short: 'D', kind: 'multi' },
  forbid: { short: 'F', kind: 'multi' },
  'cap-lints': { kind: 'single' },
  codegen: { short: 'C', kind: 'multi' },
  version: { short: 'V', kind: 'flag' },
  verbose: { short: 'v', kind: 'flag' },
  extern: { kind: 'multi' },
  sysroot: { kind: 'single' },
  'error-format': { kind: 'single' },
  json: { kind: 'multi' },
  color: { kind: 'single' },
  'diagnostic-width': { kind: 'single' },
  'remap-path-prefix': { kind: 'multi' },
  'env-set': { kind: 'multi' },
  unstable: { short: 'Z', kind: 'multi' },
};

const SHORT = new Map<string, string>();
for (const [long, o] of Object.entries(OPTIONS)) if (o.short) SHORT.set(o.short, long);

/**
 * rustc accepts `-Copt-level=3`, `-Lpath`, `-Zflag` glued to their short option; split them
 * so the parser sees `-C opt-level=3`. Flags like `-O`/`-g` are never glued to a value.
 */
function unglue(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (const a of argv) {
    if (/^-[vVhgO]+$/.test(a)) {
      // Flag groups like `-vV` (flags only; options with values are never grouped).
      for (const c of a.slice(1)) out.push(...expandShorthand(c));
    } else if (/^-[CLlZAWDFo]./.test(a) && !a.startsWith('--')) {
      out.push(a.slice(0, 2), a.slice(2));
    } else out.push(a);
  }
  return out;
}

/**
 * `-O` and `-g` are rustc's shorthands for `-C opt-level=3` and `-C debuginfo=2`; rewritten
 * in place so that, as in rustc, whichever comes last on the command line wins.
 */
function expandShorthand(flag: string): string[] {
  if (flag === 'O') return ['-C', 'opt-level=3'];
  if (flag === 'g') return ['-C', 'debuginfo=2'];
  return [`-${flag}`];
}

export function parseArgs(argv: readonly string[]): RawArgs {
  const strings: string[] = [];
  const booleans: string[] = [];
  const alias: Record<string, string[]> = {};
  for (const [long, o] of Object.entries(OPTIONS)) {
    (o.kind === 'flag' ? booleans : strings).push(long);
    if (o.short) alias[long] = [o.short];
  }
  const unglued = unglue(argv);
  const parsed = yargsParser.detailed(unglued, {
    string: strings,
    boolean: booleans,
    alias,
    configuration: {
      'short-option-groups': false,
      'camel-case-expansion': false,
      'dot-notation': false,
      'parse-numbers': false,
      'parse-positional-numbers': false,
      'duplicate-arguments-array': true,
      'flatten-duplicate-arrays': true,
      'boolean-negation': false,
      'unknown-options-as-args': true,
      'strip-aliased': true,
      'halt-at-non-option': false,
    },
  });
  if (parsed.error) throw new UsageError(parsed.error.message);
  const argvOut = parsed.argv as Record<string, unknown>;
  const inputs: string[] = [];
  for (const p of argvOut._ as unknown[]) {
    const s = String(p);
    if (s.startsWith('-') && s !== '-') {
      const name = s.replace(/^-+/, '').split('=')[0]!;
      throw new UsageError(`Unrecognized option: '${name}'`);
    }
    inputs.push(s);
  }
  const single = new Map<string, string>();
  const multi = new Map<string, string[]>();
  const flags = new Set<string>();
  for (const [long, o] of Object.entries(OPTIONS)) {
    const v = argvOut[long];
    if (v === undefined) continue;
    const values = (Array.isArray(v) ? v : [v]).filter((x) => x !== undefined);
    if (o.kind === 'flag') {
      if (values.some((x) => x === true)) flags.add(long);
      continue;
    }
    const strs = values.map((x) => String(x));
    if (strs.some((s) => s === '')) throw new UsageError(`Argument to option '${o.short ?? long}' missing`);
    if (o.kind === 'single') {
      if (strs.length > 1) throw new UsageError(`Option '${o.short ?? long}' given more than once`);
      single.set(long, strs[0]!);
    } else multi.set(long, strs);
  }
  return { inputs, single, multi, flags, lintFlags: lintFlagsOf(unglued) };
}
