import * as fs from 'node:fs';
import * as path from 'node:path';
import { cacheDir } from './cache-dir.ts';
import { fetchSysrootSync } from './fetch-child.ts';
import { findLocalSysroot, resolveSysroot, type SysrootQuery } from './lookup.ts';
import { SysrootError } from './sysroot-error.ts';

export interface LocateRequest {
  readonly target: string;
  readonly explicit: string | null;
  readonly version: string;
  /** The single executable's extracted sysroot, if running as one. */
  readonly embeddedSysroot: string | null;
  /** The checkout (holding build/ and scripts/), when not running as a single executable. */
  readonly checkoutRoot: string | null;
  readonly builtin: boolean;
  /** False: local sysroots only (for paths that are merely reported or searched for extra files). */
  readonly allowDownload: boolean;
  readonly env?: NodeJS.ProcessEnv;
}

/** The driver's entry into src/sysroot: the sysroot root holding the target, or null. */
export function locateSysroot(r: LocateRequest): string | null {
  const env = r.env ?? process.env;
  const q: SysrootQuery = {
    target: r.target,
    explicit: r.explicit,
    embedded: r.embeddedSysroot,
    checkout: r.checkoutRoot === null ? null : path.join(r.checkoutRoot, 'build', 'sysroot'),
    cache: cacheDir(r.version, env),
    version: r.version,
    builtin: r.builtin,
    env,
  };
  if (!r.allowDownload) return findLocalSysroot(q);
  return resolveSysroot(q, (req) => fetchSysrootSync(req, fetchChildCommand(r)));
}

/** Who runs the download: the executable itself, or the TypeScript entry in a checkout. */
function fetchChildCommand(r: LocateRequest): string[] {
  if (r.checkoutRoot === null) return [process.execPath];
  const runner = path.join(r.checkoutRoot, 'scripts', 'run-ts.mjs');
  if (!fs.existsSync(runner)) throw new SysrootError(`cannot download sysroots from this installation: ${runner} is missing`);
  return [process.execPath, runner, path.join(r.checkoutRoot, 'src', 'sysroot', 'fetch-main.ts')];
}
