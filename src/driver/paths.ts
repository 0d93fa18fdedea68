import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { embeddedLayout } from '../sysroot/embedded.ts';
import { locateSysroot } from '../sysroot/locate.ts';
import { VERSION } from './version.ts';

let cachedRoot: string | null = null;

/**
 * The installation root: the folder holding `targets/` and `build/` (the checkout, or
 * what the single executable unpacks). `TSRUSTC_ROOT` overrides it.
 */
export function installRoot(): string {
  if (cachedRoot !== null) return cachedRoot;
  const env = process.env.TSRUSTC_ROOT;
  if (env) return (cachedRoot = path.resolve(env));
  const embedded = embeddedLayout();
  if (embedded) return (cachedRoot = embedded.root);
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

/** The default sysroot: the single executable's own, else build/sysroot (`npm run build`). */
export function defaultSysroot(): string {
  return embeddedLayout()?.sysroot ?? path.join(installRoot(), 'build', 'sysroot');
}

/**
 * The sysroot holding `target`'s libraries, in the lookup order of src/sysroot/lookup.ts;
 * with `allowDownload`, fetched from the dist server when it is nowhere local. Null when not found.
 */
export function sysrootFor(target: string, explicit: string | null, allowDownload: boolean): string | null {
  const embedded = embeddedLayout();
  return locateSysroot({
    target,
    explicit,
    version: VERSION,
    embeddedSysroot: embedded?.sysroot ?? null,
    checkoutRoot: embedded ? null : installRoot(),
    builtin: fs.existsSync(path.join(builtinTargetsDir(), `${target}.json`)),
    allowDownload,
  });
}

/** `<sysroot>/lib/tsrustc/<target>/lib`, where a target's rlibs and linker scripts live. */
export function targetLibDir(sysroot: string, target: string): string {
  return path.join(sysroot, 'lib', 'tsrustc', target, 'lib');
}
