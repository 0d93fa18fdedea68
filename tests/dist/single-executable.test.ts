// End to end: build the dist (about 15 s per executable), copy the executable into an empty
// folder far from the checkout, compile and run hello world for the host, then let it
// download the aarch64 sysroot from a server on 127.0.0.1 and run the result under qemu.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageVersion } from '../../src/sysroot/dist/build-facts.ts';
import { buildDist } from '../../src/sysroot/dist/dist.ts';
import type { DistManifest } from '../../src/sysroot/manifest.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';
import { REPO_ROOT, requireBuilt, run, sha256, tempDir, type RunResult } from './helpers.ts';

const HOST = 'x86_64-unknown-linux-gnu';
const A64 = 'aarch64-unknown-linux-gnu';
const VERSION = packageVersion(REPO_ROOT);
const HELLO = 'fn main() {\n    let mut sum = 0;\n    for i in 1..=6 {\n        sum += i;\n    }\n    println!("Hello, world! {}", sum * 2);\n}\n';

let dir: string;
let distDir: string;
let manifest: DistManifest;
let exe: string;
let work: string;
let home: string;
let server: StaticServer;

/** The executable with a bare environment: no checkout, no shim override, a scratch HOME. */
function tsrustc(args: readonly string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return run(exe, args, { cwd: work, env: { PATH: '/usr/bin:/bin', HOME: home, NO_COLOR: '1', ...extraEnv } });
}

beforeAll(async () => {
  requireBuilt(['build/tsrustc.mjs', 'build/tsrustc_llvm.node', `build/sysroot/lib/tsrustc/${HOST}/lib/libstd.rlib`, `build/sysroot/lib/tsrustc/${A64}/lib/libstd.rlib`]);
  dir = tempDir('sea');
  distDir = path.join(dir, 'dist');
  manifest = await buildDist({ root: REPO_ROOT, out: distDir, targets: [HOST, A64], host: HOST, executable: true, flow: 'pkg' });
  // Only the executable moves: nothing of the checkout or the dist folder is next to it.
  exe = path.join(dir, 'bin', 'tsrustc');
  fs.mkdirSync(path.dirname(exe));
  fs.copyFileSync(path.join(distDir, manifest.executables[HOST]!.file), exe);
  fs.chmodSync(exe, 0o755);
  work = path.join(dir, 'work');
  home = path.join(dir, 'home');
  fs.mkdirSync(work);
  fs.mkdirSync(home);
  fs.writeFileSync(path.join(work, 'hello.rs'), HELLO);
  server = await startStaticServer(distDir);
}, 600_000);

afterAll(async () => {
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the single executable', () => {
  it('is listed in the manifest with its digest', () => {
    const entry = manifest.executables[HOST]!;
    expect(entry.file).toBe(`tsrustc-${VERSION}-${HOST}`);
    const data = fs.readFileSync(path.join(distDir, entry.file));
    expect({ size: data.length, sha256: sha256(data) }).toEqual({ size: entry.size, sha256: entry.sha256 });
  });

  it('compiles and runs hello world for the host from an empty folder', async () => {
    const r = await tsrustc(['hello.rs']);
    expect(r, r.stderr).toMatchObject({ status: 0, stderr: '' });
    const hello = await run(path.join(work, 'hello'), []);
    expect(hello).toEqual({ status: 0, stdout: 'Hello, world! 42\n', stderr: '' });
    // Its files went to the cache under the scratch HOME, named by the build's hash.
    const cache = path.join(home, '.cache', 'tsrustc', VERSION);
    const embedded = fs.readdirSync(cache).filter((n) => n.startsWith('embedded-'));
    expect(embedded).toHaveLength(1);
    expect(fs.existsSync(path.join(cache, embedded[0]!, 'tsrustc_llvm.node'))).toBe(true);
    expect(fs.existsSync(path.join(cache, embedded[0]!, 'sysroot', 'lib', 'tsrustc', HOST, 'lib', 'libstd.rlib'))).toBe(true);
  });

  it('unpacks its files once when several first runs race', async () => {
    const freshHome = path.join(dir, 'home-race');
    fs.mkdirSync(freshHome);
    const runs = await Promise.all(
      [0, 1, 2, 3].map((i) => run(exe, ['hello.rs', '-o', `race${i}`], { cwd: work, env: { PATH: '/usr/bin:/bin', HOME: freshHome, NO_COLOR: '1' } })),
    );
    for (const r of runs) expect(r, r.stderr).toMatchObject({ status: 0, stderr: '' });
    for (const i of [0, 1, 2, 3]) expect((await run(path.join(work, `race${i}`), [])).stdout).toBe('Hello, world! 42\n');
    const cache = path.join(freshHome, '.cache', 'tsrustc', VERSION);
    expect(fs.readdirSync(cache).filter((n) => n.startsWith('embedded-'))).toHaveLength(1);
    expect(fs.readdirSync(path.join(cache, '.tmp'))).toEqual([]);
  });

  it('prints its own sysroot and version', async () => {
    const r = await tsrustc(['--print', 'sysroot']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${home}/\\.cache/tsrustc/${VERSION.replace(/\./g, '\\.')}/embedded-[0-9a-f]{16}/sysroot\\n$`));
    expect((await tsrustc(['-V'])).stdout).toMatch(new RegExp(`^tsrustc ${VERSION.replace(/\./g, '\\.')} `));
  });

  it('reports errors exactly as bin/tsrustc does, with the same status', async () => {
    fs.writeFileSync(path.join(work, 'type_error.rs'), 'fn main() {\n    let x: u32 = "a";\n}\n');
    const sea = await tsrustc(['type_error.rs']);
    const dev = await run(path.join(REPO_ROOT, 'bin', 'tsrustc'), ['type_error.rs'], { cwd: work, env: { ...process.env, NO_COLOR: '1' } });
    expect(sea.stderr).toMatch(/^error\[E0308\]: mismatched types\n/);
    expect({ status: sea.status, stdout: sea.stdout, stderr: sea.stderr }).toEqual({ status: dev.status, stdout: dev.stdout, stderr: dev.stderr });
  });

  // A Node 20 single executable takes no --stack-size: the compiler runs in a worker with a
  // large stack instead. With the default stack this overflowed at about 2,000 additions.
  it('compiles a deeply nested expression (6,000 chained additions)', async () => {
    fs.writeFileSync(path.join(work, 'deep.rs'), `fn main() {\n    let x = 0${' + 1'.repeat(6000)};\n    println!("{}", x);\n}\n`);
    const r = await tsrustc(['deep.rs']);
    expect(r, r.stderr).toMatchObject({ status: 0, stderr: '' });
    expect((await run(path.join(work, 'deep'), [])).stdout).toBe('6000\n');
  });

  it('says how to get a sysroot it does not carry when no dist server is set', async () => {
    const r = await tsrustc(['--target', A64, 'hello.rs', '-o', 'hello-none']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `error: the sysroot for target \`${A64}\` is not installed\n` +
        '  |\n' +
        `  = help: set TSRUSTC_DIST_SERVER to the URL of a tsrustc ${VERSION} dist server to download it into ${home}/.cache/tsrustc/${VERSION}\n` +
        `  = help: or pass \`--sysroot DIR\` with a sysroot that has \`lib/tsrustc/${A64}/lib\`\n\n`,
    );
    expect(fs.existsSync(path.join(work, 'hello-none'))).toBe(false);
  });

  it('downloads the aarch64 sysroot once and builds a binary that runs under qemu-aarch64', async () => {
    const env = { TSRUSTC_DIST_SERVER: server.url };
    const archive = manifest.targets[A64]!.file;
    const first = await tsrustc(['--target', A64, 'hello.rs', '-o', 'hello-a64'], env);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toBe(`info: downloading the \`${A64}\` sysroot (${Math.round(manifest.targets[A64]!.size / 1024)} KiB) from ${server.url}${archive}\n`);
    expect(server.requests).toEqual(['/manifest.json', `/${archive}`]);
    expect(fs.existsSync(path.join(home, '.cache', 'tsrustc', VERSION, 'lib', 'tsrustc', A64, 'lib', 'libstd.rlib'))).toBe(true);
    const ran = await run('qemu-aarch64', [path.join(work, 'hello-a64')]);
    expect(ran).toEqual({ status: 0, stdout: 'Hello, world! 42\n', stderr: '' });

    const again = await tsrustc(['--target', A64, 'hello.rs', '-o', 'hello-a64-2'], env);
    expect(again).toMatchObject({ status: 0, stderr: '' });
    expect(server.requests).toHaveLength(2);
  });
});
