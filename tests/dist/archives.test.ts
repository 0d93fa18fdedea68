// The dist folder without the executable: one archive per target, each holding exactly the
// built sysroot, and a manifest whose sizes and digests match the files.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDist, builtinTargets } from '../../src/sysroot/dist/dist.ts';
import { packageVersion } from '../../src/sysroot/dist/build-facts.ts';
import { parseManifest, sysrootArchiveName, type DistManifest } from '../../src/sysroot/manifest.ts';
import { BUILT_SYSROOT, readTree, REPO_ROOT, requireBuilt, sha256, tempDir } from './helpers.ts';

let dir: string;
let out: string;
let manifest: DistManifest;
const version = packageVersion(REPO_ROOT);
const targets = builtinTargets(REPO_ROOT);

beforeAll(async () => {
  requireBuilt(targets.map((t) => `build/sysroot/lib/tsrustc/${t}/lib`));
  dir = tempDir('archives');
  out = path.join(dir, 'dist');
  manifest = await buildDist({ root: REPO_ROOT, out, targets: null, host: 'x86_64-unknown-linux-gnu', executable: false, flow: 'node' });
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('dist archives and manifest', () => {
  it('lists every built-in target, and the written manifest.json says the same', () => {
    expect(Object.keys(manifest.targets).sort()).toEqual(targets);
    expect(manifest.version).toBe(version);
    expect(manifest.executables).toEqual({});
    const onDisk = parseManifest(JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8')));
    expect(onDisk).toEqual(manifest);
  });

  it('gives each archive its file name, size and sha256', () => {
    for (const t of targets) {
      const entry = manifest.targets[t]!;
      expect(entry.file).toBe(sysrootArchiveName(version, t));
      const data = fs.readFileSync(path.join(out, entry.file));
      expect({ target: t, size: data.length, sha256: sha256(data) }).toEqual({ target: t, size: entry.size, sha256: entry.sha256 });
    }
  });

  it('packs exactly the files of build/sysroot/lib/tsrustc/<target>', async () => {
    for (const t of targets) {
      const unpacked = path.join(dir, 'unpacked', t);
      fs.mkdirSync(unpacked, { recursive: true });
      await tar.x({ file: path.join(out, manifest.targets[t]!.file), cwd: unpacked });
      const want = readTree(path.join(BUILT_SYSROOT, 'lib', 'tsrustc', t));
      const got = readTree(unpacked);
      expect([...got.keys()], t).toEqual([...want.keys()]);
      for (const [f, bytes] of want) expect(got.get(f)!.equals(bytes), `${t}/${f}`).toBe(true);
      expect([...got.keys()].some((f) => f === 'lib/libcore.rlib'), t).toBe(true);
    }
  });

  it('lists only plain files and folders, with no owner or time', async () => {
    const entries: { path: string; type: string; uid: number | undefined; mtime: number | undefined }[] = [];
    await tar.t({
      file: path.join(out, manifest.targets['thumbv7em-none-eabihf']!.file),
      onReadEntry: (e) => entries.push({ path: e.path, type: e.type, uid: e.uid, mtime: e.mtime?.getTime() }),
    });
    expect(entries.map((e) => e.path)).toEqual(['lib/', 'lib/liballoc.rlib', 'lib/libcompiler_builtins.rlib', 'lib/libcore.rlib', 'lib/libstd.rlib', 'lib/link.x', 'lib/memory.x']);
    for (const e of entries) {
      expect(['File', 'Directory']).toContain(e.type);
      expect(e.uid ?? 0).toBe(0);
      expect(e.mtime ?? 0).toBe(0);
    }
  });

  it('is reproducible: a second build writes the same bytes', async () => {
    const again = await buildDist({ root: REPO_ROOT, out: path.join(dir, 'again'), targets: ['aarch64-unknown-linux-gnu'], host: 'x86_64-unknown-linux-gnu', executable: false, flow: 'node' });
    expect(again.targets['aarch64-unknown-linux-gnu']).toEqual(manifest.targets['aarch64-unknown-linux-gnu']);
  });

  it('refuses a target whose sysroot is not built, naming the fix', async () => {
    await expect(
      buildDist({ root: REPO_ROOT, out: path.join(dir, 'bad'), targets: ['no-such-target'], host: 'x86_64-unknown-linux-gnu', executable: false, flow: 'node' }),
    ).rejects.toThrow('no sysroot built for no-such-target: run `npm run build`');
  });
});
