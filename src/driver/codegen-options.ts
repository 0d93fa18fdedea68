import type { OptLevel } from '../session/session.ts';
import { UsageError } from './errors.ts';

/** `-C` options we accept, with rustc's names and value checks. */
export interface CodegenOptions {
  optLevel: OptLevel | null;
  debuginfo: 0 | 1 | 2 | null;
  panic: 'abort' | 'unwind' | null;
  targetCpu: string | null;
  targetFeatures: string[];
  linker: string | null;
  linkArgs: string[];
  overflowChecks: boolean | null;
  debugAssertions: boolean | null;
  codegenUnits: number | null;
  relocationModel: string | null;
  codeModel: string | null;
  strip: 'none' | 'debuginfo' | 'symbols';
  prefixes: { linkerFlavor: string | null };
}

export function defaultCodegenOptions(): CodegenOptions {
  return {
    optLevel: null, debuginfo: null, panic: null, targetCpu: null, targetFeatures: [], linker: null,
    linkArgs: [], overflowChecks: null, debugAssertions: null, codegenUnits: null, relocationModel: null,
    codeModel: null, strip: 'none', prefixes: { linkerFlavor: null },
  };
}

function parseBool(name: string, v: string | undefined): boolean {
  if (v === undefined || ['y', 'yes', 'on', 'true'].includes(v)) return true;
  if (['n', 'no', 'off', 'false'].includes(v)) return false;
  throw new UsageError(
    `incorrect value \`${v}\` for codegen option \`${name}\` - one of: \`y\`, \`yes\`, \`on\`, \`true\`, \`n\`, \`no\`, \`off\` or \`false\` was expected`,
  );
}

function needValue(name: string, v: string | undefined, expected: string): string {
  if (v === undefined || v === '') throw new UsageError(`codegen option \`${name}\` requires ${expected} (\`-C ${name}=<value>\`)`);
  return v;
}

// Options rustc has that do not change what we generate yet; accepted so build systems work.
const ACCEPTED_NOOPS = new Set([
  'incremental', 'metadata', 'extra-filename', 'embed-bitcode', 'lto', 'rpath', 'prefer-dynamic',
  'split-debuginfo', 'force-frame-pointers', 'force-unwind-tables', 'symbol-mangling-version',
  'instrument-coverage', 'profile-generate', 'profile-use', 'target-feature-fallback', 'llvm-args',
  'no-redzone', 'no-vectorize-loops', 'no-vectorize-slp', 'save-temps', 'soft-float', 'link-dead-code',
  'link-self-contained', 'passes', 'default-linker-libraries', 'control-flow-guard', 'dlltool', 'jump-tables',
]);

export function applyCodegenOption(opts: CodegenOptions, spec: string): void {
  const eq = spec.indexOf('=');
  const name = (eq < 0 ? spec : spec.slice(0, eq)).replace(/_/g, '-');
  const value = eq < 0 ? undefined : spec.slice(eq + 1);
  switch (name) {
    case 'opt-level': {
      const v = needValue(name, value, 'a string');
      if (!['0', '1', '2', '3', 's', 'z'].includes(v)) {
        throw new UsageError(`optimization level needs to be between 0-3, s or z (instead was \`${v}\`)`);
      }
      opts.optLevel = v as OptLevel;
      return;
    }
    case 'debuginfo': {
      const v = value ?? '2';
      const map: Record<string, 0 | 1 | 2> = {
        '0': 0, none: 0, '1': 1, limited: 1, 'line-tables-only': 1, 'line-directives-only': 1, '2': 2, full: 2,
      };
      const d = map[v];
      if (d === undefined) {
        throw new UsageError(
          `incorrect value \`${v}\` for codegen option \`debuginfo\` - either an integer (0, 1, 2), \`none\`, \`line-directives-only\`, \`line-tables-only\`, \`limited\`, or \`full\` was expected`,
        );
      }
      opts.debuginfo = d;
      return;
    }
    case 'panic': {
      if (value !== 'abort' && value !== 'unwind') {
        throw new UsageError(
          `incorrect value \`${value ?? ''}\` for codegen option \`panic\` - either \`unwind\`, \`abort\`, or \`immediate-abort\` was expected`,
        );
      }
      opts.panic = value;
      return;
    }
    case 'target-cpu': opts.targetCpu = needValue(name, value, 'a string'); return;
    case 'target-feature': opts.targetFeatures.push(...needValue(name, value, 'a string').split(',').filter(Boolean)); return;
    case 'linker': opts.linker = needValue(name, value, 'a path'); return;
    case 'linker-flavor': opts.prefixes.linkerFlavor = needValue(name, value, 'a string'); return;
    case 'link-arg': opts.linkArgs.push(needValue(name, value, 'a string')); return;
    case 'link-args': opts.linkArgs.push(...needValue(name, value, 'a string').split(/\s+/).filter(Boolean)); return;
    case 'overflow-checks': opts.overflowChecks = parseBool(name, value); return;
    case 'debug-assertions': opts.debugAssertions = parseBool(name, value); return;
    case 'codegen-units': {
      const v = needValue(name, value, 'a number');
      if (!/^[0-9]+$/.test(v)) throw new UsageError(`incorrect value \`${v}\` for codegen option \`codegen-units\` - a number was expected`);
      const n = Number(v);
      if (n < 1) throw new UsageError('value for codegen units must be a positive non-zero integer');
      opts.codegenUnits = n;
      return;
    }
    case 'relocation-model':
      opts.relocationModel = needValue(name, value, 'one of supported relocation models (`rustc --print relocation-models`)');
      return;
    case 'code-model': opts.codeModel = needValue(name, value, 'one of supported code models (`rustc --print code-models`)'); return;
    case 'strip': {
      if (value !== 'none' && value !== 'debuginfo' && value !== 'symbols') {
        throw new UsageError(`incorrect value \`${value ?? ''}\` for codegen option \`strip\` - either \`none\`, \`debuginfo\`, or \`symbols\` was expected`);
      }
      opts.strip = value;
      return;
    }
    default:
      if (ACCEPTED_NOOPS.has(name)) return;
      throw new UsageError(`unknown codegen option: \`${name}\``);
  }
}
