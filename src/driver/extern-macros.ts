import { decodeExportedMacro, type ExternMacro } from '../expand/macro-rules/metadata.ts';
import { decodeMetadata } from '../metadata/decode.ts';
import { MetadataError } from '../metadata/metadata-error.ts';
import type { CrateLocator } from './crate-locator.ts';

/**
 * `ExpandCtx.externMacros` for the driver: the `#[macro_export]` macros a dependency's
 * metadata lists (expansion runs before the dependencies are loaded for analysis, so the
 * rlib is located and its metadata read here). Unreadable metadata yields none: loading
 * the crate for analysis reports it.
 */
export function externMacrosFrom(locator: CrateLocator): (crate: string) => readonly ExternMacro[] | null {
  const cache = new Map<string, readonly ExternMacro[] | null>();
  return (crate) => {
    if (cache.has(crate)) return cache.get(crate)!;
    let out: readonly ExternMacro[] | null = null;
    const found = locator.find(crate);
    if (found !== null) {
      try {
        const blob = decodeMetadata(found.rlib.metadata, found.path);
        out = (blob.macros ?? []).map((m) => decodeExportedMacro(m, { lo: 0, hi: 0, ctxt: 0 }));
      } catch (e) {
        if (!(e instanceof MetadataError)) throw e;
      }
    }
    cache.set(crate, out);
    return out;
  };
}
