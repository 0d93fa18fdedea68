// `build-dist.ts dist`: the dist server folder — one sysroot archive per target, the single
// executable for the host, and manifest.json listing them with sizes and sha256 digests.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeFileAtomically } from '../install-atomic.ts';
import { executableName, MANIFEST_NAME, sysrootArchiveName, type DistFile, type DistManifest } from '../manifest.ts';
import { targetDir } from '../target-dir.ts';
import { packageVersion } from './build-facts.ts';
import { prepareEmbeddedAssets } from './embedded-assets.ts';
import { digestFile } from './file-digest.ts';
import { packSysroot } from './pack-sysroot.ts';
import { buildSingleExecutable, type SeaFlow } from './single-executable.ts';

export interface DistOptions {
  /** The repo: package.json, targets/, build/. */
  readonly root: string;
  readonly out: string;
  /** Null: every built-in target. */
  readonly targets: readonly string[] | null;
  readonly host: string;
  readonly executable: boolean;
  readonly flow: SeaFlow;
  readonly brotliQuality?: number;
  readonly log?: (line: string) => void;
}

export async function buildDist(o: DistOptions): Promise<DistManifest> {
  const log = o.log ?? (() => {});
  const version = packageVersion(o.root);
  const sysroot = path.join(o.root, 'build', 'sysroot');
  const targets = o.targets ?? builtinTargets(o.root);
  const missing = targets.filter((t) => !fs.existsSync(path.join(targetDir(sysroot, t), 'lib')));
  if (missing.length > 0) throw new Error(`no sysroot built for ${missing.join(', ')}: run \`npm run build\` (or node scripts/build-sysroot.mjs ${missing.join(' ')})`);
  fs.mkdirSync(o.out, { recursive: true });

  const archives: Record<string, DistFile> = {};
  for (const t of targets) {
    const file = path.join(o.out, sysrootArchiveName(version, t));
    await packSysroot(targetDir(sysroot, t), file);
    archives[t] = digestFile(file);
    log(`sysroot ${t}: ${archives[t]!.file} (${archives[t]!.size} bytes)`);
  }

  const executables: Record<string, DistFile> = {};
  if (o.executable) {
    const shimFile = path.join(o.root, 'build', 'tsrustc_llvm.node');
    if (!fs.existsSync(shimFile)) throw new Error(`${shimFile} is missing: run \`npm run build\``);
    const hostDir = targetDir(sysroot, o.host);
    if (!fs.existsSync(path.join(hostDir, 'lib'))) throw new Error(`no sysroot built for the host ${o.host}: run \`npm run build\``);
    const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsrustc-dist-'));
    try {
      const started = Date.now();
      const { assets } = prepareEmbeddedAssets({
        version,
        host: o.host,
        shimFile,
        hostSysrootDir: hostDir,
        targetsDir: path.join(o.root, 'targets'),
        workDir,
        brotliQuality: o.brotliQuality,
      });
      log(`assets: ${Object.keys(assets).length} (shim compressed in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
      const output = path.join(path.resolve(o.out), executableName(version, o.host));
      await buildSingleExecutable({ root: o.root, version, output, assets, workDir, flow: o.flow, log });
      executables[o.host] = digestFile(output);
      log(`executable: ${executables[o.host]!.file} (${executables[o.host]!.size} bytes, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    } finally {
      fs.rmSync(workDir, { recursive: true, force: true });
    }
  }

  const manifest: DistManifest = { version, targets: archives, executables };
  // Last, and atomically: a server never lists a file that is not complete yet.
  writeFileAtomically(path.join(o.out, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export function builtinTargets(root: string): string[] {
  return fs
    .readdirSync(path.join(root, 'targets'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
}
