import { readAr, writeAr } from './ar.ts';

/** Name of the metadata member, as in rustc's rlibs. */
export const METADATA_MEMBER = 'lib.rmeta';

export interface Rlib {
  readonly metadata: Uint8Array;
  /** Object files, in link order (one per codegen unit). */
  readonly objects: readonly { readonly name: string; readonly data: Uint8Array }[];
}

export function writeRlib(rlib: Rlib): Uint8Array {
  return writeAr([{ name: METADATA_MEMBER, data: rlib.metadata }, ...rlib.objects]);
}

export function readRlib(bytes: Uint8Array, file: string): Rlib {
  let members;
  try {
    members = readAr(bytes);
  } catch (e) {
    throw new Error(`\`${file}\` is not an rlib: ${(e as Error).message}`);
  }
  const meta = members.find((m) => m.name === METADATA_MEMBER);
  if (!meta) throw new Error(`\`${file}\` has no crate metadata (member \`${METADATA_MEMBER}\`)`);
  return { metadata: meta.data, objects: members.filter((m) => m !== meta) };
}
