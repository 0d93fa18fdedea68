/** Rust's three name spaces: a type and a value (or macro) may share a name. */
export type Namespace = 'type' | 'value' | 'macro';

export const NAMESPACES: readonly Namespace[] = ['type', 'value', 'macro'];

export function nsIndex(ns: Namespace): number {
  return ns === 'type' ? 0 : ns === 'value' ? 1 : 2;
}

/** How rustc names a namespace in messages ("the value namespace"). */
export function nsDescr(ns: Namespace): string {
  return ns === 'type' ? 'type' : ns === 'value' ? 'value' : 'macro';
}
