// The single executable's own files: target specs, the host sysroot and the LLVM shim are
// SEA assets, written once into `<cache>/embedded-<hash>/` because the compiler reads them
// as files (and dlopen needs one).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { cacheDir } from './cache-dir.ts';
import { EMBEDDED_INDEX_ASSET, EMBEDDED_SYSROOT_DIR, EMBEDDED_TARGETS_DIR, type EmbeddedIndex } from './embedded-index.ts';
import { installDirAtomically, makeStagingDir, writeFileAtomically } from './install-atomic.ts';

type SeaModule = typeof import('node:sea');

export interface EmbeddedLayout {
  readonly index: EmbeddedIndex;
  /** Holds `targets/` and `sysroot/`: the executable's install root. */
  readonly root: string;
  readonly targetsDir: string;
  readonly sysroot: string;
  /** Writes the shim out on first call; returns its path. */
  shimPath(): string;
}

let memo: EmbeddedLayout | null | undefined;

/** The `node:sea` module when running as a single executable, else null. */
export function seaModule(): SeaModule | null {
  try {
    const sea = process.getBuiltinModule?.('node:sea') as SeaModule | undefined;
    return sea?.isSea() ? sea : null;
  } catch {
    return null;
  }
}

/** The executable's files on disk (extracted on first use), or null outside one. */
export function embeddedLayout(): EmbeddedLayout | null {
  if (memo !== undefined) return memo;
  const sea = seaModule();
  if (sea === null) return (memo = null);
  const index = JSON.parse(sea.getAsset(EMBEDDED_INDEX_ASSET, 'utf8')) as EmbeddedIndex;
  return (memo = extract(sea, index));
}

function extract(sea: SeaModule, index: EmbeddedIndex): EmbeddedLayout {
  let cache = cacheDir(index.version);
  let root = path.join(cache, `embedded-${index.hash}`);
  const raw = (asset: string): Buffer => Buffer.from(sea.getRawAsset(asset) as ArrayBuffer);
  const writeFiles = (): void => {
    if (fs.existsSync(root)) return;
    const staging = makeStagingDir(cache, 'embedded');
    for (const f of index.files) {
      fs.mkdirSync(path.dirname(path.join(staging, f.path)), { recursive: true });
      fs.writeFileSync(path.join(staging, f.path), raw(f.asset));
    }
    installDirAtomically(staging, root);
  };
  try {
    writeFiles();
  } catch (e) {
    // A read-only or missing home must not stop the compiler: fall back to the temp folder.
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EROFS' && code !== 'EPERM' && code !== 'ENOTDIR') throw e;
    cache = path.join(os.tmpdir(), `tsrustc-${os.userInfo().uid}`, index.version);
    root = path.join(cache, `embedded-${index.hash}`);
    writeFiles();
  }
  return {
    index,
    root,
    targetsDir: path.join(root, EMBEDDED_TARGETS_DIR),
    sysroot: path.join(root, EMBEDDED_SYSROOT_DIR),
    shimPath() {
      const file = path.join(root, 'tsrustc_llvm.node');
      const st = fs.statSync(file, { throwIfNoEntry: false });
      if (st?.size !== index.shim.size) writeFileAtomically(file, zlib.brotliDecompressSync(raw(index.shim.asset)));
      return file;
    },
  };
}
