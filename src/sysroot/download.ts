// Installs a target's sysroot from the dist server into the download cache: manifest,
// archive, sha256 check, unpack into a staging dir, one atomic rename into place.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import * as tar from 'tar';
import { request } from 'undici';
import { installDirAtomically, makeStagingDir } from './install-atomic.ts';
import { MANIFEST_NAME, parseManifest, type DistFile, type DistManifest } from './manifest.ts';
import { SysrootError } from './sysroot-error.ts';
import { hasTarget, targetDir } from './target-dir.ts';

export const DIST_SERVER_ENV = 'TSRUSTC_DIST_SERVER';

export interface InstallRequest {
  /** Base URL of the dist server (the folder holding manifest.json). */
  readonly server: string;
  readonly target: string;
  /** The compiler's version: the server must serve the same one (metadata is versioned). */
  readonly version: string;
  /** The sysroot to install into (the download cache). */
  readonly cacheDir: string;
  readonly log?: (line: string) => void;
  /** Per request, for the headers and between body chunks. */
  readonly timeoutMs?: number;
}

/** Installs `target` into `cacheDir` unless it is there already; returns `cacheDir`. */
export async function installSysroot(req: InstallRequest): Promise<string> {
  if (hasTarget(req.cacheDir, req.target)) return req.cacheDir;
  const manifest = await fetchManifest(req);
  if (manifest.version !== req.version) {
    throw new SysrootError(`the dist server at ${req.server} serves tsrustc ${manifest.version}, but this compiler is ${req.version}`, [
      `point ${DIST_SERVER_ENV} at the dist folder of tsrustc ${req.version}`,
    ]);
  }
  const entry = manifest.targets[req.target];
  if (!entry) {
    const have = Object.keys(manifest.targets).sort().join(', ') || 'none';
    throw new SysrootError(`the dist server at ${req.server} has no sysroot for target \`${req.target}\` (it has: ${have})`);
  }
  const url = fileUrl(req.server, entry.file);
  req.log?.(`info: downloading the \`${req.target}\` sysroot (${formatSize(entry.size)}) from ${url}`);
  const staging = makeStagingDir(req.cacheDir, req.target);
  try {
    const archive = path.join(staging, entry.file);
    await downloadVerified(url, entry, archive, req.timeoutMs);
    const tree = path.join(staging, 'tree');
    fs.mkdirSync(tree);
    await unpack(archive, tree);
    if (!fs.existsSync(path.join(tree, 'lib'))) throw new SysrootError(`${url} does not hold a sysroot (no \`lib/\` folder)`);
    installDirAtomically(tree, targetDir(req.cacheDir, req.target));
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return req.cacheDir;
}

export function fileUrl(server: string, name: string): string {
  return new URL(name, server.endsWith('/') ? server : `${server}/`).href;
}

async function fetchManifest(req: InstallRequest): Promise<DistManifest> {
  const url = fileUrl(req.server, MANIFEST_NAME);
  const body = await get(url, req.timeoutMs);
  let json: unknown;
  try {
    json = await body.json();
  } catch (e) {
    throw new SysrootError(`${url} is not valid JSON: ${(e as Error).message}`);
  }
  try {
    return parseManifest(json);
  } catch (e) {
    throw new SysrootError(`${url}: ${(e as Error).message}`);
  }
}

type Body = Awaited<ReturnType<typeof request>>['body'];

async function get(url: string, timeoutMs = 30_000): Promise<Body> {
  let res: Awaited<ReturnType<typeof request>>;
  try {
    res = await request(url, { method: 'GET', headersTimeout: timeoutMs, bodyTimeout: timeoutMs, maxRedirections: 5 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code ? `${err.code}${err.message && !err.message.includes(err.code) ? ` (${err.message})` : ''}` : err.message;
    throw new SysrootError(`could not download ${url}: ${why}`, [
      `is the dist server running, and is ${DIST_SERVER_ENV} (${process.env[DIST_SERVER_ENV] ?? 'unset'}) right?`,
    ]);
  }
  if (res.statusCode !== 200) {
    await res.body.dump();
    throw new SysrootError(`could not download ${url}: HTTP ${res.statusCode}`);
  }
  return res.body;
}

/** Streams `url` to `file`, hashing as it goes; a wrong size or digest is an error. */
async function downloadVerified(url: string, entry: DistFile, file: string, timeoutMs?: number): Promise<void> {
  const body = await get(url, timeoutMs);
  const hash = crypto.createHash('sha256');
  let size = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      // Stop early on a server that sends more than the manifest promised.
      if (size > entry.size) return done(new SysrootError(`${url} is larger than the ${entry.size} bytes the manifest lists; nothing was installed`));
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(body, meter, fs.createWriteStream(file));
  const digest = hash.digest('hex');
  if (size !== entry.size || digest !== entry.sha256) {
    throw new SysrootError(
      `checksum mismatch for ${url}: the manifest lists ${entry.size} bytes with sha256 ${entry.sha256}, ` +
        `the download has ${size} bytes with sha256 ${digest}; nothing was installed`,
    );
  }
}

/** Unpacks plain files and folders only: an archive cannot plant links or devices. */
async function unpack(archive: string, into: string): Promise<void> {
  const rejected: string[] = [];
  await tar.x({
    file: archive,
    cwd: into,
    strict: true,
    filter: (p, entry) => {
      const type = 'type' in entry ? entry.type : 'File';
      const ok = type === 'File' || type === 'Directory';
      if (!ok) rejected.push(p);
      return ok;
    },
  });
  if (rejected.length > 0) throw new SysrootError(`the sysroot archive holds entries that are not plain files: ${rejected.join(', ')}`);
}

function formatSize(bytes: number): string {
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MiB` : `${Math.max(1, Math.round(bytes / 1024))} KiB`;
}
