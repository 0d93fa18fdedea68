// Finds and loads build/tsrustc_llvm.node on first use only, so commands that
// never generate code (--emit=metadata, parsing) do not pay for loading LLVM.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The raw addon as exported by src/llvm-shim/addon.cpp. */
export interface NativeShim {
  compileModule(
    irText: string,
    moduleName: string,
    opts: NativeCodegenOptions,
    want: NativeEmitRequest,
  ): NativeCompileResult;
  dataLayoutFor(opts: NativeCodegenOptions): string;
  linkElf(args: string[]): { ok: boolean; output: string };
  linkWasm(args: string[]): { ok: boolean; output: string };
  llvmVersion(): string;
}

export interface NativeCodegenOptions {
  triple: string;
  cpu?: string;
  features?: string;
  abiName?: string;
  floatAbi?: string;
  relocModel?: string;
  codeModel?: string;
  optLevel?: string;
  functionSections?: boolean;
  dataSections?: boolean;
  trapUnreachable?: boolean;
}

export interface NativeEmitRequest {
  object?: boolean;
  assembly?: boolean;
  llvmIr?: boolean;
  bitcode?: boolean;
  verify?: boolean;
}

export interface NativeCompileResult {
  object?: Uint8Array;
  assembly?: string;
  llvmIr?: string;
  bitcode?: Uint8Array;
  warnings?: string[];
}

export const SHIM_ENV_VAR = 'TSRUSTC_LLVM_SHIM';
const SHIM_RELATIVE_PATH = path.join('build', 'tsrustc_llvm.node');

let loaded: NativeShim | undefined;
let provider: (() => string) | undefined;

/**
 * Lets an embedder supply the addon's path (the single executable writes out the shim it
 * carries on first use). The environment override still wins.
 */
export function provideShimPath(fn: () => string): void {
  provider = fn;
}

// Directories to search upward from: this module's own folder (source tree or
// bundle), then the entry script and the working directory as fallbacks for
// bundles where import.meta.url is unavailable.
function searchStarts(): string[] {
  const starts: string[] = [];
  const url: unknown = import.meta.url;
  if (typeof url === 'string' && url.startsWith('file:')) starts.push(path.dirname(fileURLToPath(url)));
  if (process.argv[1]) starts.push(path.dirname(path.resolve(process.argv[1])));
  starts.push(process.cwd());
  return starts;
}

/** Where the addon would be loaded from, or undefined if it cannot be found. */
export function findShimPath(): string | undefined {
  const override = process.env[SHIM_ENV_VAR];
  if (override) return path.resolve(override);
  if (provider) return provider();
  for (const start of searchStarts()) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, SHIM_RELATIVE_PATH);
      if (fs.existsSync(candidate)) return candidate;
      if (path.dirname(dir) === dir) break;
    }
  }
  return undefined;
}

export function loadNativeShim(): NativeShim {
  if (loaded) return loaded;
  const file = findShimPath();
  if (!file) {
    throw new Error(
      `tsrustc: the LLVM shim (${SHIM_RELATIVE_PATH}) was not found. ` +
        'Run `npm run build` or `node scripts/build-shim.mjs` in the tsrustc repository, ' +
        `or set ${SHIM_ENV_VAR} to the path of tsrustc_llvm.node.`,
    );
  }
  if (!fs.existsSync(file)) {
    throw new Error(`tsrustc: ${SHIM_ENV_VAR} points to ${file}, which does not exist`);
  }
  const mod: { exports: unknown } = { exports: {} };
  try {
    // RTLD_NOW: a missing symbol fails here, not halfway through a compile.
    process.dlopen(mod, file, os.constants.dlopen.RTLD_NOW);
  } catch (e) {
    throw new Error(`tsrustc: could not load the LLVM shim ${file}: ${(e as Error).message}`);
  }
  loaded = mod.exports as NativeShim;
  return loaded;
}
