import type { NodeId } from '../../syntax/ast/node.ts';

/**
 * Deep copy of an AST fragment with fresh node ids. A matched fragment (`$e:expr`) can be
 * transcribed several times (`$e + $e`) or forwarded into nested macro calls; every
 * occurrence must be a distinct node, since later stations key tables by node id and the
 * expander rewrites nodes in place. Spans and symbols are immutable and shared.
 */
export function cloneFresh<T>(node: T, nextId: () => NodeId): T {
  return copy(node, nextId) as T;
}

function copy(v: unknown, nextId: () => NodeId): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map((x) => copy(x, nextId));
  const src = v as Record<string, unknown>;
  // Spans ({lo, hi, ctxt}) are shared: never mutated.
  if ('lo' in src && 'hi' in src && 'ctxt' in src && Object.keys(src).length === 3) return src;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(src)) {
    const x = src[k];
    out[k] = k === 'id' && typeof x === 'number' ? nextId() : copy(x, nextId);
  }
  return out;
}
