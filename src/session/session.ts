import type { DiagCtxt } from '../diagnostics/handler.ts';
import type { SourceMap } from '../diagnostics/source-map.ts';

export type Edition = '2015' | '2018' | '2021' | '2024';
export type OptLevel = '0' | '1' | '2' | '3' | 's' | 'z';
export type CrateType = 'bin' | 'lib' | 'rlib' | 'staticlib' | 'cdylib' | 'dylib' | 'proc-macro';
export type EmitKind = 'llvm-ir' | 'llvm-bc' | 'asm' | 'obj' | 'link' | 'metadata' | 'dep-info' | 'mir';

/** What the target means to the front and middle: the facts every station may ask. */
export interface TargetInfo {
  readonly name: string;
  readonly llvmTarget: string;
  readonly arch: string;
  readonly os: string;
  readonly env: string;
  readonly vendor: string;
  readonly family: readonly string[];
  readonly pointerWidth: 16 | 32 | 64;
  readonly endian: 'little' | 'big';
  readonly dataLayout: string;
  readonly cIntWidth: number;
  readonly maxAtomicWidth: number;
  readonly panicStrategy: 'abort' | 'unwind';
}

/** Options and shared state of one compilation (rustc's Session). */
export interface Session {
  readonly sourceMap: SourceMap;
  readonly dcx: DiagCtxt;
  readonly edition: Edition;
  readonly crateName: string;
  readonly crateTypes: readonly CrateType[];
  readonly target: TargetInfo;
  readonly optLevel: OptLevel;
  readonly debugAssertions: boolean;
  readonly overflowChecks: boolean;
  readonly debuginfo: 0 | 1 | 2;
  readonly panic: 'abort' | 'unwind';
  /** `--cfg` values and the target's cfg, as (name, value|null) pairs. */
  readonly cfg: ReadonlyArray<readonly [string, string | null]>;
  readonly isTest: boolean;
  /** -Z flags that stations may consult (`time-passes`, `unpretty`...). */
  readonly unstable: ReadonlyMap<string, string | true>;
  /** `-A/-W/-D/-F/--force-warn` in command-line order, and `--cap-lints` (absent: none). */
  readonly lintOpts?: LintOptions;
}

export interface LintOptions {
  readonly flags: readonly { readonly level: 'allow' | 'warn' | 'force-warn' | 'deny' | 'forbid'; readonly name: string }[];
  readonly cap: 'allow' | 'warn' | 'deny' | 'forbid' | null;
}
