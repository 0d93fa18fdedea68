// A DefId names one definition (fn, struct, variant, field, trait, impl, assoc item, static,
// const, local closure...) across crates: the crate number and an index in that crate's
// definition table, packed in one number so it can key Maps directly.
export type DefId = number & { readonly __defId: unique symbol };
export type CrateNum = number;

export const LOCAL_CRATE: CrateNum = 0;
const INDEX_BITS = 2 ** 24;

export function defId(krate: CrateNum, index: number): DefId {
  return (krate * INDEX_BITS + index) as DefId;
}

export function defCrate(id: DefId): CrateNum {
  return Math.floor(id / INDEX_BITS);
}

export function defIndex(id: DefId): number {
  return id % INDEX_BITS;
}

export function isLocal(id: DefId): boolean {
  return defCrate(id) === LOCAL_CRATE;
}
