import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from './paths.ts';

/** The suites run the built compiler: say how to build it instead of failing obscurely. */
export function requireBuiltCompiler(): void {
  const need = [path.join(REPO_ROOT, 'build', 'tsrustc.mjs'), path.join(REPO_ROOT, 'build', 'tsrustc_llvm.node')];
  const missing = need.filter((f) => !fs.existsSync(f));
  if (missing.length > 0) {
    throw new Error(`tsrustc is not built (${missing.map((m) => path.relative(REPO_ROOT, m)).join(', ')} missing): run \`make\` or \`npm run build\` first`);
  }
}
