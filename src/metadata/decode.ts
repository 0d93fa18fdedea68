import type { CrateNum } from '../ty/def-id.ts';
import type { LoadedCrate } from './loaded-crate.ts';
import { MetadataError } from './metadata-error.ts';
import type { MetadataBlob } from './schema.ts';
import { COMPILER_VERSION, METADATA_FORMAT_VERSION, METADATA_MAGIC } from './version.ts';

/**
 * Reads and validates a metadata blob (the crate's items are decoded lazily, when queries
 * ask). Refuses blobs from another compiler version with MetadataError (E0514).
 */
export function decodeMetadata(bytes: Uint8Array, fileName = '<metadata>'): MetadataBlob {
  let blob: MetadataBlob;
  try {
    blob = JSON.parse(new TextDecoder().decode(bytes)) as MetadataBlob;
  } catch {
    throw new MetadataError(`invalid metadata in \`${fileName}\`: not a tsrustc metadata blob`, null);
  }
  if (typeof blob !== 'object' || blob === null || blob.magic !== METADATA_MAGIC) {
    throw new MetadataError(`invalid metadata in \`${fileName}\`: not a tsrustc metadata blob`, null);
  }
  if (blob.compiler !== COMPILER_VERSION || blob.format !== METADATA_FORMAT_VERSION) {
    throw new MetadataError(`found crate \`${blob.name}\` compiled by an incompatible version of tsrustc`, 'E0514', [
      'please recompile that crate using this compiler',
      `the following crate versions were found:\ncrate \`${blob.name}\` compiled by tsrustc ${blob.compiler} (metadata format ${blob.format}): ${fileName}`,
      `this compiler is tsrustc ${COMPILER_VERSION} (metadata format ${METADATA_FORMAT_VERSION})`,
    ]);
  }
  return blob;
}

/** Decodes a blob and numbers its crate `cnum` for this compilation. */
export function loadCrate(bytes: Uint8Array, cnum: CrateNum, fileName = '<metadata>'): LoadedCrate {
  const blob = decodeMetadata(bytes, fileName);
  return { cnum, name: blob.name, hash: blob.hash, blob };
}
