import { execSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The globals src/driver/version.ts reads, as scripts/bundle.mjs stamps them. */
export function buildDefines(root: string): Record<string, string> {
  const sh = (cmd: string): string => {
    try {
      return execSync(cmd, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return 'unknown';
    }
  };
  return {
    __TSRUSTC_VERSION__: JSON.stringify(packageVersion(root)),
    __TSRUSTC_COMMIT_HASH__: JSON.stringify(sh('git rev-parse HEAD')),
    __TSRUSTC_COMMIT_DATE__: JSON.stringify(sh('git log -1 --format=%cs')),
    __TSRUSTC_LLVM_VERSION__: JSON.stringify(sh('llvm-config-14 --version')),
  };
}

export function packageVersion(root: string): string {
  return (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
}
