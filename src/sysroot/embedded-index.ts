// What the single executable carries, shared by the build (src/sysroot/dist) and the run
// time (embedded.ts). The index is itself an asset; everything else is named by it.

export const EMBEDDED_INDEX_ASSET = 'tsrustc/index.json';
/** The compiler's bundled code, which the executable runs in a worker (see sea-main.ts). */
export const EMBEDDED_COMPILER_ASSET = 'tsrustc/compiler.cjs';

export interface EmbeddedFile {
  /** SEA asset key. */
  readonly asset: string;
  /** Where it goes, relative to the extraction folder. */
  readonly path: string;
}

export interface EmbeddedIndex {
  readonly version: string;
  /** Over every asset's bytes: names the extraction folder, so two builds never share one. */
  readonly hash: string;
  readonly host: string;
  /** targets/*.json and the host sysroot (small: written out on every first run). */
  readonly files: readonly EmbeddedFile[];
  /** The LLVM shim, brotli-compressed: written out on first code generation only. */
  readonly shim: EmbeddedFile & { readonly size: number };
}

/** Folders inside the extraction folder. */
export const EMBEDDED_TARGETS_DIR = 'targets';
export const EMBEDDED_SYSROOT_DIR = 'sysroot';
