import type { CrateNum } from '../ty/def-id.ts';
import type { MetadataBlob } from './schema.ts';

/** A dependency crate whose metadata was read, numbered for this compilation. */
export interface LoadedCrate {
  readonly cnum: CrateNum;
  readonly name: string;
  readonly hash: string;
  readonly blob: MetadataBlob;
}
