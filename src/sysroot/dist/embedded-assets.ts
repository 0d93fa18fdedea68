// The build side of embedded.ts: the SEA assets (target specs, the host sysroot, the
// compressed shim) and the index that names them.
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { EMBEDDED_INDEX_ASSET, EMBEDDED_SYSROOT_DIR, EMBEDDED_TARGETS_DIR, type EmbeddedFile, type EmbeddedIndex } from '../embedded-index.ts';
import { listTree } from './pack-sysroot.ts';

export interface EmbeddedAssetsInput {
  readonly version: string;
  readonly host: string;
  readonly shimFile: string;
  /** build/sysroot/lib/tsrustc/<host>. */
  readonly hostSysrootDir: string;
  /** The repo's targets/ folder. */
  readonly targetsDir: string;
  /** Where the compressed shim and the index are written. */
  readonly workDir: string;
  /** Brotli quality for the shim (0-11): 6 is about 6 s for a 3.5:1 ratio; 11 takes minutes. */
  readonly brotliQuality?: number;
}

export interface EmbeddedAssets {
  readonly index: EmbeddedIndex;
  /** SEA `assets`: key to file on disk. */
  readonly assets: Readonly<Record<string, string>>;
}

export function prepareEmbeddedAssets(inp: EmbeddedAssetsInput): EmbeddedAssets {
  const assets: Record<string, string> = {};
  const files: EmbeddedFile[] = [];
  const add = (rel: string, file: string): void => {
    const asset = `tsrustc/${rel}`;
    assets[asset] = file;
    files.push({ asset, path: rel });
  };
  for (const f of fs.readdirSync(inp.targetsDir).filter((n) => n.endsWith('.json')).sort()) {
    add(`${EMBEDDED_TARGETS_DIR}/${f}`, path.join(inp.targetsDir, f));
  }
  for (const rel of listTree(inp.hostSysrootDir).filter((e) => !e.endsWith('/'))) {
    add(`${EMBEDDED_SYSROOT_DIR}/lib/tsrustc/${inp.host}/${rel}`, path.join(inp.hostSysrootDir, rel));
  }

  const shim = fs.readFileSync(inp.shimFile);
  const shimAsset = 'tsrustc/tsrustc_llvm.node.br';
  const shimPacked = path.join(inp.workDir, 'tsrustc_llvm.node.br');
  fs.writeFileSync(
    shimPacked,
    zlib.brotliCompressSync(shim, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: inp.brotliQuality ?? 6, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: shim.length },
    }),
  );
  assets[shimAsset] = shimPacked;

  const hash = crypto.createHash('sha256');
  for (const key of Object.keys(assets).sort()) {
    hash.update(`${key}\0`);
    hash.update(key === shimAsset ? shim : fs.readFileSync(assets[key]!));
  }
  const index: EmbeddedIndex = {
    version: inp.version,
    hash: hash.digest('hex').slice(0, 16),
    host: inp.host,
    files,
    shim: { asset: shimAsset, path: 'tsrustc_llvm.node', size: shim.length },
  };
  const indexFile = path.join(inp.workDir, 'index.json');
  fs.writeFileSync(indexFile, JSON.stringify(index, null, 1));
  assets[EMBEDDED_INDEX_ASSET] = indexFile;
  return { index, assets };
}
