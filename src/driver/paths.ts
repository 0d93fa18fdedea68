import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | null = null;

/**
 * The installation root: the folder holding `targets/` and `build/` (the checkout, or
 * what the single executable unpacks). `TSRUSTC_ROOT` overrides it.
 */
export function installRoot(): string {
  if (cachedRoot !== null) return cachedRoot;
  const env = process.env.TSRUSTC_ROOT;
  if (env) return (cachedRoot = path.resolve(env));
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'targets')) && fs.existsSync(path.join(dir, 'package.json'))) return (cachedRoot = dir);
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return (cachedRoot = process.cwd());
}

export function builtinTargetsDir(): string {
  return path.join(installRoot(), 'targets');
}

/** The default sysroot: built by `npm run build` into build/sysroot. */
export function defaultSysroot(): string {
  return path.join(installRoot(), 'build', 'sysroot');
}

/** `<sysroot>/lib/tsrustc/<target>/lib`, where a target's rlibs and linker scripts live. */
export function targetLibDir(sysroot: string, target: string): string {
  return path.join(sysroot, 'lib', 'tsrustc', target, 'lib');
}
