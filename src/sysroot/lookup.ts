// Which sysroot holds a target's libraries, in the order of DESIGN-NOTES: `--sysroot`, the
// single executable's own, the checkout's build/sysroot, the download cache, a download.
import { DIST_SERVER_ENV } from './download.ts';
import type { FetchRequest } from './fetch-child.ts';
import { SysrootError } from './sysroot-error.ts';
import { hasTarget } from './target-dir.ts';

export interface SysrootQuery {
  readonly target: string;
  /** `--sysroot`: when given, the only place looked at (as in rustc). */
  readonly explicit: string | null;
  readonly embedded: string | null;
  /** `<checkout>/build/sysroot`; null when not running from a checkout. */
  readonly checkout: string | null;
  readonly cache: string;
  readonly version: string;
  /** A built-in target: the dist server can have it. Custom specs never download. */
  readonly builtin: boolean;
  readonly env: NodeJS.ProcessEnv;
}

/** The local sysroots to try, in order. */
export function localCandidates(q: SysrootQuery): string[] {
  if (q.explicit !== null) return [q.explicit];
  return [q.embedded, q.checkout, q.cache].filter((d): d is string => d !== null);
}

/** The first local sysroot that has the target; no network. */
export function findLocalSysroot(q: SysrootQuery): string | null {
  return localCandidates(q).find((d) => hasTarget(d, q.target)) ?? null;
}

/**
 * The sysroot for the target, downloading it when a dist server is configured. Null when
 * it is missing and the caller's own diagnostic fits better (a checkout without that
 * target built, a custom target, an explicit `--sysroot`); a SysrootError when the
 * download fails, or outside a checkout with no server configured.
 */
export function resolveSysroot(q: SysrootQuery, download: (req: FetchRequest) => string): string | null {
  const local = findLocalSysroot(q);
  if (local !== null || q.explicit !== null || !q.builtin) return local;
  const server = q.env[DIST_SERVER_ENV];
  if (server) return download({ server, target: q.target, version: q.version, cacheDir: q.cache });
  if (q.checkout !== null) return null;
  throw new SysrootError(`the sysroot for target \`${q.target}\` is not installed`, [
    `set ${DIST_SERVER_ENV} to the URL of a tsrustc ${q.version} dist server to download it into ${q.cache}`,
    `or pass \`--sysroot DIR\` with a sysroot that has \`lib/tsrustc/${q.target}/lib\``,
  ]);
}
