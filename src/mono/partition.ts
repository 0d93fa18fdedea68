// Splits mono items into codegen units. One unit for now; the signature leaves room for N
// units generated in worker threads (each unit then needs the cross-unit items external).
import type { MonoItem } from './item.ts';

export interface CodegenUnit {
  readonly name: string;
  readonly items: readonly MonoItem[];
  /** The unit that also gets the `main` shim and module-level items. */
  readonly primary: boolean;
}

export function partition(crateName: string, crateHash: string, items: readonly MonoItem[], count = 1): CodegenUnit[] {
  if (count !== 1) throw new Error('more than one codegen unit is not supported yet');
  return [{ name: `${crateName}.${crateHash.slice(0, 8)}-cgu.0`, items, primary: true }];
}
