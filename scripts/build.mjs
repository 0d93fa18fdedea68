// `npm run build`: the native shim (skipped when up to date), the compiler bundle, and the
// sysroots for every built-in target.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from './bundle.mjs';
import { allTargets, buildSysroot } from './build-sysroot.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shim = spawnSync(process.execPath, [join(root, 'scripts', 'build-shim.mjs')], { stdio: 'inherit' });
if (shim.status !== 0) process.exit(shim.status ?? 1);
await bundle();
const only = process.argv.slice(2);
await buildSysroot(only.length > 0 ? only : allTargets());
