import type { DefId } from '../ty/def-id.ts';

/**
 * Identifies one HIR node (expression, pattern, statement, block, type, path segment) in the
 * local crate. Numbers are unique across the whole crate, so per-body tables can use plain
 * Maps keyed by them.
 */
export type HirId = number;

/** Identifies a body (fn body, const/static initializer, later closure bodies). */
export type BodyId = number & { readonly __bodyId: unique symbol };

/** The item that owns a body (fn, const, static; later closures and anon consts). */
export interface BodyOwner {
  readonly def: DefId;
  readonly body: BodyId;
}
