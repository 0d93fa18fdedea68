// Builds the single executable: the compiler bundled to one CommonJS file, a SEA blob with
// the embedded assets, injected into a copy of the node binary. Two ways to inject, same
// result: @yao-pkg/pkg's SEA function (the design's choice) or Node's documented steps.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { build } from 'esbuild';
import { EMBEDDED_COMPILER_ASSET } from '../embedded-index.ts';
import { buildDefines } from './build-facts.ts';

export type SeaFlow = 'pkg' | 'node';

/** The fuse Node checks to know it carries a SEA blob; postject flips its last byte to 1. */
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';

export interface SingleExecutableInput {
  readonly root: string;
  readonly version: string;
  /** Absolute path of the executable to write. */
  readonly output: string;
  readonly assets: Readonly<Record<string, string>>;
  readonly workDir: string;
  readonly flow: SeaFlow;
  readonly log: (line: string) => void;
}

interface SeaConfig {
  readonly disableExperimentalSEAWarning: boolean;
  readonly useSnapshot: boolean;
  readonly useCodeCache: boolean;
  readonly assets: Readonly<Record<string, string>>;
}

export async function buildSingleExecutable(inp: SingleExecutableInput): Promise<void> {
  const nodeBinary = process.execPath;
  if (!fs.readFileSync(nodeBinary).includes(`${SEA_FUSE}:0`)) {
    throw new Error(`${nodeBinary} has no unused SEA fuse: it cannot become a single executable`);
  }
  const entry = path.join(inp.workDir, 'tsrustc-sea.cjs');
  const compiler = path.join(inp.workDir, 'tsrustc-compiler.cjs');
  await bundle(inp.root, 'sea-main.ts', entry);
  await bundle(inp.root, 'sea-compiler.ts', compiler);
  const seaConfig: SeaConfig = {
    disableExperimentalSEAWarning: true,
    useSnapshot: false,
    useCodeCache: true,
    assets: { ...inp.assets, [EMBEDDED_COMPILER_ASSET]: compiler },
  };
  fs.rmSync(inp.output, { force: true });
  try {
    if (inp.flow === 'pkg') await injectWithPkg(entry, seaConfig, inp);
    else await injectWithNode(entry, seaConfig, inp);
    verifyExecutable(inp.output, inp.version);
  } catch (e) {
    // A plain node binary under the compiler's name must not stay behind.
    fs.rmSync(inp.output, { force: true });
    throw e;
  }
}

/** One CommonJS file per entry of src/sysroot, everything bundled (undici and tar too). */
async function bundle(root: string, entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [path.join(root, 'src', 'sysroot', entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    define: buildDefines(root),
    // import.meta.url is read only outside a single executable, where it exists.
    logOverride: { 'empty-import-meta': 'silent' },
    logLevel: 'warning',
  });
}

type PkgSea = (entry: string, opts: {
  targets: { nodeRange: string; platform: string; arch: string; output: string }[];
  useLocalNode: boolean;
  seaConfig: SeaConfig;
}) => Promise<void>;

/**
 * pkg's SEA function runs `npx postject` from a temp folder. npx runs a bin it finds in
 * `$npm_config_prefix/bin` without asking the registry, so a prefix whose bin/ holds the
 * locally installed postject keeps it offline; with `yes=false` a miss cancels instead of
 * downloading, and pkg swallows that, so the result is checked afterwards.
 */
async function injectWithPkg(entry: string, seaConfig: SeaConfig, inp: SingleExecutableInput): Promise<void> {
  const require = createRequire(path.join(inp.root, 'package.json'));
  const sea = (require('@yao-pkg/pkg/lib-es5/sea') as { default: PkgSea }).default;
  const prefix = path.join(inp.workDir, 'npm-prefix');
  fs.mkdirSync(path.join(prefix, 'bin'), { recursive: true });
  fs.symlinkSync(require.resolve('postject/dist/cli.js'), path.join(prefix, 'bin', 'postject'));
  const overrides: Record<string, string> = {
    npm_config_prefix: prefix,
    npm_config_yes: 'false',
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
    // pkg runs `node --experimental-sea-config` from PATH: make it this node.
    PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`,
  };
  const saved = Object.fromEntries(Object.keys(overrides).map((k) => [k, process.env[k]]));
  Object.assign(process.env, overrides);
  const cwd = process.cwd();
  inp.log('single executable: @yao-pkg/pkg SEA (postject through npx, offline)');
  try {
    await sea(entry, { targets: [{ nodeRange: `node${process.versions.node.split('.')[0]}`, platform: 'linux', arch: process.arch, output: inp.output }], useLocalNode: true, seaConfig });
  } finally {
    process.chdir(cwd);
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/** Node's documented steps: blob, copy of node, postject's API with the fuse. */
async function injectWithNode(entry: string, seaConfig: SeaConfig, inp: SingleExecutableInput): Promise<void> {
  inp.log("single executable: Node's SEA steps (postject API)");
  const blob = path.join(inp.workDir, 'sea-prep.blob');
  const configFile = path.join(inp.workDir, 'sea-config.json');
  fs.writeFileSync(configFile, JSON.stringify({ main: entry, output: blob, ...seaConfig }));
  const r = spawnSync(process.execPath, ['--experimental-sea-config', configFile], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`node --experimental-sea-config failed (status ${r.status ?? r.signal})`);
  fs.copyFileSync(process.execPath, inp.output);
  fs.chmodSync(inp.output, 0o755);
  const require = createRequire(path.join(inp.root, 'package.json'));
  const postject = require('postject') as { inject(file: string, name: string, data: Buffer, opts: { sentinelFuse: string }): Promise<void> };
  await postject.inject(inp.output, 'NODE_SEA_BLOB', fs.readFileSync(blob), { sentinelFuse: SEA_FUSE });
}

/** A plain node binary must never ship as the compiler: check the fuse and run `-V`. */
function verifyExecutable(file: string, version: string): void {
  if (!fs.existsSync(file)) throw new Error(`no executable was written to ${file}`);
  if (!fs.readFileSync(file).includes(`${SEA_FUSE}:1`)) {
    throw new Error(`${file} carries no SEA blob (the injection did not happen; with pkg, npx could not run postject)`);
  }
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'tsrustc-dist-check-'));
  try {
    const r = spawnSync(file, ['-V'], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cache }, timeout: 60_000 });
    if (r.status !== 0 || !r.stdout.startsWith(`tsrustc ${version}`)) {
      throw new Error(`${file} -V printed ${JSON.stringify(r.stdout + r.stderr)} (status ${r.status ?? r.signal})`);
    }
  } finally {
    fs.rmSync(cache, { recursive: true, force: true });
  }
}
