// Crate metadata: what a library tells its dependents (see schema.ts for the format).
export { encodeMetadata } from './encode.ts';
export { decodeMetadata, loadCrate } from './decode.ts';
export { MetadataError } from './metadata-error.ts';
export type { LoadedCrate } from './loaded-crate.ts';
export type { MetadataBlob } from './schema.ts';
export { COMPILER_VERSION, METADATA_FORMAT_VERSION } from './version.ts';
