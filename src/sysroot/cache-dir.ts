import * as os from 'node:os';
import * as path from 'node:path';

/**
 * The per-version download cache: `$XDG_CACHE_HOME/tsrustc/<version>/`, else
 * `~/.cache/tsrustc/<version>/`. It is itself a sysroot (`lib/tsrustc/<target>/lib`), so
 * `--print sysroot` can name it and `--sysroot` accepts it.
 */
export function cacheDir(version: string, env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_CACHE_HOME;
  // The XDG spec says relative values are invalid and must be ignored.
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(env.HOME || os.homedir() || os.tmpdir(), '.cache');
  return path.join(base, 'tsrustc', version);
}
