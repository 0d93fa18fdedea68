// Builds the sysroot for every built-in target (or those named on the command line):
// core, compiler_builtins and std compiled by tsrustc itself into
// build/sysroot/lib/tsrustc/<target>/lib, plus the linker scripts bare-metal targets use.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiler = join(root, 'bin', 'tsrustc');

/** The crates of the sysroot in build order, each with the crates it may use. */
export const SYSROOT_CRATES = ['core', 'compiler_builtins', 'alloc', 'std'];

/**
 * std needs a platform layer (sysroot/std/src/sys): Linux syscalls, WASI, or semihosting on
 * bare-metal Arm. Other bare-metal targets get core and compiler_builtins, as in rustc.
 */
function cratesFor(target) {
  const spec = JSON.parse(readFileSync(join(root, 'targets', `${target}.json`), 'utf8'));
  const os = spec.os ?? 'none';
  const hasStd = os === 'linux' || os === 'wasi' || (os === 'none' && spec.arch === 'arm');
  return hasStd ? SYSROOT_CRATES : SYSROOT_CRATES.filter((c) => c !== 'std');
}

function compile(target, crate, outDir, optLevel) {
  const args = [
    join(root, 'sysroot', crate, 'src', 'lib.rs'),
    '--crate-type', 'lib', '--crate-name', crate, '--edition', '2021',
    '--target', target, '--sysroot', join(root, 'build', 'empty-sysroot'),
    '-L', outDir, '--out-dir', outDir,
    '-C', `opt-level=${optLevel}`, '-C', 'debug-assertions=off', '-C', 'overflow-checks=off', '-C', 'panic=abort',
  ];
  return new Promise((resolve, reject) => {
    const p = spawn(compiler, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`building ${crate} for ${target} failed (exit ${code})`))));
  });
}

export async function buildSysroot(targets, { optLevel = '2', jobs = cpus().length } = {}) {
  const queue = [...targets];
  const worker = async () => {
    for (let t = queue.shift(); t !== undefined; t = queue.shift()) {
      const outDir = join(root, 'build', 'sysroot', 'lib', 'tsrustc', t, 'lib');
      mkdirSync(outDir, { recursive: true });
      for (const crate of cratesFor(t)) await compile(t, crate, outDir, optLevel);
      if (t.startsWith('thumb')) {
        for (const f of ['link.x', 'memory.x']) copyFileSync(join(root, 'sysroot', 'link', 'cortex-m', f), join(outDir, f));
      }
      process.stdout.write(`sysroot: ${t}\n`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
}

export function allTargets() {
  return readdirSync(join(root, 'targets')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const targets = process.argv.slice(2).length > 0 ? process.argv.slice(2) : allTargets();
  await buildSysroot(targets);
}
