import * as path from 'node:path';
import { DiagCtxt } from '../diagnostics/handler.ts';
import { SourceMap } from '../diagnostics/source-map.ts';
import type { CrateType, Session, TargetInfo } from '../session/session.ts';
import { loadTarget, parseTargetPath, targetCfg, TargetError, unstableTargetCfg, type TargetSpec } from '../target/index.ts';
import { emitterFor } from './emitter.ts';
import { UsageError } from './errors.ts';
import type { Options } from './options.ts';
import { builtinTargetsDir } from './paths.ts';
import { treatErrAsBug } from './treat-err-as-bug.ts';
import { hostTriple } from './version.ts';

export function loadTargetSpec(opts: Options): TargetSpec {
  const name = opts.target ?? hostTriple();
  try {
    return loadTarget(name, { targetsDir: builtinTargetsDir(), searchPath: parseTargetPath(process.env.TSRUSTC_TARGET_PATH) });
  } catch (e) {
    if (e instanceof TargetError) {
      // The loader's messages are complete (rustc's wording, plus the file), help included.
      throw new UsageError(e.message, e.help ? [e.help] : []);
    }
    throw e;
  }
}

export function targetInfo(spec: TargetSpec): TargetInfo {
  const width = spec.targetPointerWidth;
  if (width !== 16 && width !== 32 && width !== 64) throw new UsageError(`target-pointer-width ${width} is not supported`);
  return {
    name: spec.name,
    llvmTarget: spec.llvmTarget,
    arch: spec.arch,
    os: spec.os,
    env: spec.env,
    vendor: spec.vendor,
    family: spec.targetFamily,
    pointerWidth: width,
    endian: spec.targetEndian,
    dataLayout: spec.dataLayout,
    cIntWidth: spec.targetCIntWidth,
    maxAtomicWidth: spec.maxAtomicWidth ?? width,
    panicStrategy: spec.panicStrategy === 'unwind' ? 'unwind' : 'abort',
  };
}

/** The crate name rustc would pick: `--crate-name`, else the input file's stem. */
export function crateNameFor(opts: Options, input: string): string {
  if (opts.crateName) return opts.crateName;
  return path.basename(input, '.rs').replace(/-/g, '_');
}

export function useColor(opts: Options): boolean {
  if (opts.color === 'always') return true;
  if (opts.color === 'never' || process.env.NO_COLOR) return false;
  return process.stderr.isTTY === true;
}

export function createSession(opts: Options, spec: TargetSpec, crateName: string, crateTypes: CrateType[]): Session {
  const sourceMap = new SourceMap();
  const color = useColor(opts);
  const dcx = new DiagCtxt(sourceMap, {
    ...treatErrAsBug(opts.unstable.get('treat-err-as-bug'), emitterFor(opts.errorFormat, color), (s) => process.stderr.write(s)),
    summaryStyle: opts.errorFormat === 'json' ? 'json' : 'human',
    explainCommand: 'rustc --explain',
  });
  const optLevel = opts.cg.optLevel ?? '0';
  const debugAssertions = opts.cg.debugAssertions ?? optLevel === '0';
  const overflowChecks = opts.cg.overflowChecks ?? debugAssertions;
  const panic = opts.cg.panic ?? (spec.panicStrategy === 'unwind' ? 'unwind' : 'abort');
  const cfg = targetCfg(spec, { panic, debugAssertions, features: opts.cg.targetFeatures, cpu: opts.cg.targetCpu ?? undefined });
  cfg.push(...unstableTargetCfg(spec));
  for (const c of opts.cfg) cfg.push(c);
  if (opts.test) cfg.push(['test', null]);
  return {
    sourceMap,
    dcx,
    edition: opts.edition,
    crateName,
    crateTypes,
    target: targetInfo(spec),
    optLevel,
    debugAssertions,
    overflowChecks,
    debuginfo: opts.cg.debuginfo ?? 0,
    panic,
    cfg,
    isTest: opts.test,
    unstable: opts.unstable,
    lintOpts: { flags: opts.lintFlags, cap: opts.capLints },
  };
}
