// Build facts, filled in by the bundler (scripts/build.mjs defines these globals); the
// fallbacks apply when the sources run unbundled (tests).
declare const __TSRUSTC_VERSION__: string | undefined;
declare const __TSRUSTC_COMMIT_HASH__: string | undefined;
declare const __TSRUSTC_COMMIT_DATE__: string | undefined;
declare const __TSRUSTC_LLVM_VERSION__: string | undefined;

export const VERSION = typeof __TSRUSTC_VERSION__ === 'string' ? __TSRUSTC_VERSION__ : '0.1.0-dev';
const COMMIT_HASH = typeof __TSRUSTC_COMMIT_HASH__ === 'string' ? __TSRUSTC_COMMIT_HASH__ : 'unknown';
const COMMIT_DATE = typeof __TSRUSTC_COMMIT_DATE__ === 'string' ? __TSRUSTC_COMMIT_DATE__ : 'unknown';
const LLVM_VERSION = typeof __TSRUSTC_LLVM_VERSION__ === 'string' ? __TSRUSTC_LLVM_VERSION__ : '14.0.6';

/** The target triple of the machine running the compiler. */
export function hostTriple(): string {
  const arch = process.arch === 'x64' ? 'x86_64' : process.arch === 'arm64' ? 'aarch64' : process.arch;
  return `${arch}-unknown-linux-gnu`;
}

/** `-V` and `-vV`, laid out like rustc's. */
export function versionText(verbose: boolean): string {
  const short = COMMIT_HASH === 'unknown' ? '' : ` (${COMMIT_HASH.slice(0, 9)} ${COMMIT_DATE})`;
  let out = `tsrustc ${VERSION}${short}\n`;
  if (verbose) {
    out += `binary: tsrustc\ncommit-hash: ${COMMIT_HASH}\ncommit-date: ${COMMIT_DATE}\nhost: ${hostTriple()}\nrelease: ${VERSION}\nLLVM version: ${LLVM_VERSION}\n`;
  }
  return out;
}
