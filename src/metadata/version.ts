/** The compiler version recorded in metadata; metadata from another version is refused. */
export const COMPILER_VERSION = '0.1.0';
/** Bumped whenever the metadata layout changes. */
export const METADATA_FORMAT_VERSION = 3;
export const METADATA_MAGIC = 'tsrustc-metadata';
