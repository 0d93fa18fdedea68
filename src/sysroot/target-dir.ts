import * as fs from 'node:fs';
import * as path from 'node:path';

/** `<sysroot>/lib/tsrustc/<target>`: what a sysroot archive unpacks to. */
export function targetDir(sysroot: string, target: string): string {
  return path.join(sysroot, 'lib', 'tsrustc', target);
}

/** Whether `sysroot` holds libraries for `target`. */
export function hasTarget(sysroot: string, target: string): boolean {
  return fs.existsSync(path.join(targetDir(sysroot, target), 'lib'));
}
