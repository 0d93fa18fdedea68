/** A dependency's metadata cannot be used (wrong version, corrupt, missing dependency). */
export class MetadataError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly notes: readonly string[] = [],
  ) {
    super(message);
  }
}
