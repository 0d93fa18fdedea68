// Bundles the compiler's TypeScript into one ES module (build/tsrustc.mjs) with esbuild,
// stamping version facts into it. Fast (well under a second), so the build always redoes it.
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const sh = (cmd) => {
  try {
    return execSync(cmd, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
};

export async function bundle() {
  // Written to memory, then renamed into place: a compiler started during a rebuild (tests,
  // other builds) sees the old bundle or the new one, never half a file.
  const result = await build({
    write: false,
    entryPoints: [join(root, 'src/driver/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: join(root, 'build/tsrustc.mjs'),
    sourcemap: 'linked',
    logLevel: 'warning',
    banner: { js: "import { createRequire as __tsrustcCreateRequire } from 'node:module'; const require = __tsrustcCreateRequire(import.meta.url);" },
    define: {
      __TSRUSTC_VERSION__: JSON.stringify(pkg.version),
      __TSRUSTC_COMMIT_HASH__: JSON.stringify(sh('git rev-parse HEAD')),
      __TSRUSTC_COMMIT_DATE__: JSON.stringify(sh('git log -1 --format=%cs')),
      __TSRUSTC_LLVM_VERSION__: JSON.stringify(sh('llvm-config-14 --version')),
    },
  });
  mkdirSync(join(root, 'build'), { recursive: true });
  for (const f of result.outputFiles) {
    const tmp = `${f.path}.${process.pid}.tmp`;
    writeFileSync(tmp, f.contents);
    renameSync(tmp, f.path);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await bundle();
