// Installing a sysroot from a dist server on 127.0.0.1: a good download, a digest that does
// not match, a server that is down, a wrong version, concurrent installs, and the
// synchronous wrapper the driver uses.
import type { ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tar from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installSysroot } from '../../src/sysroot/download.ts';
import { packageVersion } from '../../src/sysroot/dist/build-facts.ts';
import { buildDist } from '../../src/sysroot/dist/dist.ts';
import { FETCH_ENV, fetchSysrootSync } from '../../src/sysroot/fetch-child.ts';
import type { DistManifest } from '../../src/sysroot/manifest.ts';
import { SysrootError } from '../../src/sysroot/sysroot-error.ts';
import { deadServerUrl, startStaticServer, type StaticServer } from './static-server.ts';
import { BUILT_SYSROOT, readTree, REPO_ROOT, requireBuilt, RUN_TS, run, sha256, startServerProcess, tempDir } from './helpers.ts';

const TARGET = 'aarch64-unknown-linux-gnu';
const VERSION = packageVersion(REPO_ROOT);
let dir: string;
let distDir: string;
let manifest: DistManifest;
let server: StaticServer;
let cacheN = 0;

/** A fresh, empty download cache. */
const newCache = (): string => path.join(dir, `cache-${cacheN++}`);
const installed = (cache: string): string => path.join(cache, 'lib', 'tsrustc', TARGET);
const builtTarget = path.join(BUILT_SYSROOT, 'lib', 'tsrustc', TARGET);

/** What is left in a cache besides installed sysroots: staging folders must be gone. */
function leftovers(cache: string): string[] {
  const tmp = path.join(cache, '.tmp');
  return fs.existsSync(tmp) ? fs.readdirSync(tmp) : [];
}

function expectSameTree(got: string): void {
  const want = readTree(builtTarget);
  const have = readTree(got);
  expect([...have.keys()]).toEqual([...want.keys()]);
  for (const [f, bytes] of want) expect(have.get(f)!.equals(bytes), f).toBe(true);
}

beforeAll(async () => {
  requireBuilt([`build/sysroot/lib/tsrustc/${TARGET}/lib/libstd.rlib`]);
  dir = tempDir('download');
  distDir = path.join(dir, 'dist');
  manifest = await buildDist({ root: REPO_ROOT, out: distDir, targets: [TARGET, 'x86_64-unknown-linux-gnu'], host: 'x86_64-unknown-linux-gnu', executable: false, flow: 'node' });
  expect(manifest.version).toBe(VERSION);
  server = await startStaticServer(distDir);
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('installSysroot', () => {
  it('downloads, verifies and unpacks the target into the cache', async () => {
    const cache = newCache();
    const lines: string[] = [];
    const root = await installSysroot({ server: server.url, target: TARGET, version: VERSION, cacheDir: cache, log: (l) => lines.push(l) });
    expect(root).toBe(cache);
    expectSameTree(installed(cache));
    expect(leftovers(cache)).toEqual([]);
    expect(lines).toEqual([`info: downloading the \`${TARGET}\` sysroot (${Math.round(manifest.targets[TARGET]!.size / 1024)} KiB) from ${server.url}${manifest.targets[TARGET]!.file}`]);
  });

  it('does not ask the server again once the target is installed', async () => {
    const cache = newCache();
    await installSysroot({ server: server.url, target: TARGET, version: VERSION, cacheDir: cache });
    const before = server.requests.length;
    await installSysroot({ server: server.url, target: TARGET, version: VERSION, cacheDir: cache });
    expect(server.requests.length).toBe(before);
  });

  it('refuses an archive whose sha256 differs from the manifest and installs nothing', async () => {
    const entry = manifest.targets[TARGET]!;
    const good = fs.readFileSync(path.join(distDir, entry.file));
    const bad = Buffer.from(good);
    bad[bad.length - 10]! ^= 0xff; // same size, different bytes
    server.override(`/${entry.file}`, bad);
    try {
      const cache = newCache();
      const err = await installSysroot({ server: server.url, target: TARGET, version: VERSION, cacheDir: cache }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(SysrootError);
      expect((err as Error).message).toMatch(
        new RegExp(`^checksum mismatch for ${server.url}${entry.file}: the manifest lists ${entry.size} bytes with sha256 ${entry.sha256}, the download has ${entry.size} bytes with sha256 [0-9a-f]{64}; nothing was installed$`),
      );
      expect(fs.existsSync(installed(cache))).toBe(false);
      expect(leftovers(cache)).toEqual([]);
    } finally {
      server.override(`/${entry.file}`, good);
    }
  });

  it('refuses an archive longer than the manifest says', async () => {
    const entry = manifest.targets[TARGET]!;
    const good = fs.readFileSync(path.join(distDir, entry.file));
    server.override(`/${entry.file}`, Buffer.concat([good, Buffer.alloc(100)]));
    try {
      const cache = newCache();
      await expect(installSysroot({ server: server.url, target: TARGET, version: VERSION, cacheDir: cache })).rejects.toThrow(
        `is larger than the ${entry.size} bytes the manifest lists; nothing was installed`,
      );
      expect(fs.existsSync(installed(cache))).toBe(false);
    } finally {
      server.override(`/${entry.file}`, good);
    }
  });

  it('reports a server that is down, with the variable to check', async () => {
    const url = await deadServerUrl();
    const err = (await installSysroot({ server: url, target: TARGET, version: VERSION, cacheDir: newCache() }).catch((e: unknown) => e)) as SysrootError;
    expect(err).toBeInstanceOf(SysrootError);
    expect(err.message).toBe(`could not download ${url}manifest.json: ECONNREFUSED`);
    expect(err.helps[0]).toMatch(/^is the dist server running, and is TSRUSTC_DIST_SERVER \(.*\) right\?$/);
  });

  it('reports a missing manifest, another version, and an unknown target', async () => {
    await expect(installSysroot({ server: `${server.url}nowhere/`, target: TARGET, version: VERSION, cacheDir: newCache() })).rejects.toThrow(
      `could not download ${server.url}nowhere/manifest.json: HTTP 404`,
    );
    await expect(installSysroot({ server: server.url, target: TARGET, version: '9.9.9', cacheDir: newCache() })).rejects.toThrow(
      `the dist server at ${server.url} serves tsrustc ${VERSION}, but this compiler is 9.9.9`,
    );
    await expect(installSysroot({ server: server.url, target: 'wasm32-wasip1', version: VERSION, cacheDir: newCache() })).rejects.toThrow(
      `the dist server at ${server.url} has no sysroot for target \`wasm32-wasip1\` (it has: ${TARGET}, x86_64-unknown-linux-gnu)`,
    );
  });

  it('refuses a malformed manifest', async () => {
    server.override('/bad/manifest.json', JSON.stringify({ version: VERSION, targets: { [TARGET]: { file: '../../etc/passwd', size: 1, sha256: '00' } } }));
    await expect(installSysroot({ server: `${server.url}bad/`, target: TARGET, version: VERSION, cacheDir: newCache() })).rejects.toThrow(
      `malformed manifest.json: entry \`targets.${TARGET}\` needs a plain file name, a size and a sha256`,
    );
  });

  it('refuses an archive with a symbolic link, even with a matching digest', async () => {
    const src = path.join(dir, 'evil-src');
    fs.mkdirSync(path.join(src, 'lib'), { recursive: true });
    fs.writeFileSync(path.join(src, 'lib', 'libcore.rlib'), 'x');
    fs.symlinkSync('/etc/passwd', path.join(src, 'lib', 'libstd.rlib'));
    const evil = path.join(dir, 'evil.tar.gz');
    await tar.c({ gzip: true, file: evil, cwd: src, portable: true }, ['lib']);
    const data = fs.readFileSync(evil);
    server.override('/evil/manifest.json', JSON.stringify({ version: VERSION, targets: { [TARGET]: { file: 'evil.tar.gz', size: data.length, sha256: sha256(data) } } }));
    server.override('/evil/evil.tar.gz', data);
    const cache = newCache();
    await expect(installSysroot({ server: `${server.url}evil/`, target: TARGET, version: VERSION, cacheDir: cache })).rejects.toThrow(
      'the sysroot archive holds entries that are not plain files: lib/libstd.rlib',
    );
    expect(fs.existsSync(installed(cache))).toBe(false);
  });
});

describe('concurrent installs', () => {
  it('six processes installing the same target all succeed and leave one complete copy', async () => {
    const cache = newCache();
    const req = { server: server.url, target: TARGET, version: VERSION, cacheDir: cache };
    const runs = await Promise.all(
      Array.from({ length: 6 }, () =>
        run(process.execPath, [RUN_TS, path.join(REPO_ROOT, 'src', 'sysroot', 'fetch-main.ts')], { env: { ...process.env, [FETCH_ENV]: JSON.stringify(req) } }),
      ),
    );
    for (const r of runs) {
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout.trim())).toEqual({ ok: true, root: cache });
    }
    expectSameTree(installed(cache));
    expect(leftovers(cache)).toEqual([]);
  });

  it('a reader polling during installs sees no sysroot or a whole one, never part of one', async () => {
    const cache = newCache();
    const std = path.join(installed(cache), 'lib', 'libstd.rlib');
    const core = path.join(installed(cache), 'lib', 'libcore.rlib');
    const want = fs.readFileSync(path.join(builtTarget, 'lib', 'libcore.rlib'));
    let partial = 0;
    let polling = true;
    const poll = (async () => {
      while (polling) {
        if (fs.existsSync(path.join(installed(cache), 'lib'))) {
          if (!fs.existsSync(std) || !fs.readFileSync(core).equals(want)) partial++;
        }
        await new Promise((r) => setImmediate(r));
      }
    })();
    const req = { server: server.url, target: TARGET, version: VERSION, cacheDir: cache };
    await Promise.all(Array.from({ length: 4 }, () => installSysroot(req)));
    polling = false;
    await poll;
    expect(partial).toBe(0);
    expectSameTree(installed(cache));
  });
});

describe('fetchSysrootSync (the driver side)', () => {
  let child: ChildProcess | undefined;
  let url: string;
  const command = [process.execPath, RUN_TS, path.join(REPO_ROOT, 'src', 'sysroot', 'fetch-main.ts')];

  beforeAll(async () => {
    // The call blocks this process, so the server runs in another one.
    ({ url, child } = await startServerProcess(distDir));
  });
  afterAll(() => {
    child?.kill();
  });

  it('installs through the child and returns the cache', () => {
    const cache = newCache();
    expect(fetchSysrootSync({ server: url, target: TARGET, version: VERSION, cacheDir: cache }, command)).toBe(cache);
    expectSameTree(installed(cache));
  });

  it("turns the child's failure into a SysrootError with its help", async () => {
    const dead = await deadServerUrl();
    let err: unknown;
    try {
      fetchSysrootSync({ server: dead, target: TARGET, version: VERSION, cacheDir: newCache() }, command);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SysrootError);
    expect((err as SysrootError).message).toBe(`could not download ${dead}manifest.json: ECONNREFUSED`);
    expect((err as SysrootError).helps).toHaveLength(1);
  });
});
