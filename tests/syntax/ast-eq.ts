// Structural AST comparison ignoring spans, node ids and token spacing: what "the same
// AST" means for the pretty-printer round trip.
const IGNORED = new Set(['span', 'id', 'refId', 'joint', 'eqSpan', 'opSpan', 'kwSpan', 'declSpan', 'bracketSpan', 'pathSpan', 'innerSpan', 'dspan', 'open', 'close']);

function isSpan(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.lo === 'number' && typeof o.hi === 'number' && typeof o.ctxt === 'number';
}

/** Null when equal, else a path to the first difference with both values. */
export function astDiff(a: unknown, b: unknown, path = '$'): string | null {
  if (a === b) return null;
  if (typeof a !== typeof b) return `${path}: ${show(a)} vs ${show(b)}`;
  if (typeof a !== 'object' || a === null || b === null) return `${path}: ${show(a)} vs ${show(b)}`;
  if (isSpan(a) && isSpan(b)) return null;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    if (a.length !== b.length || a.some((x, i) => x !== b[i])) return `${path}: bytes differ`;
    return null;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array vs object`;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return `${path}: length ${a.length} vs ${bb.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = astDiff(a[i], bb[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) {
    if (IGNORED.has(k)) continue;
    const d = astDiff(ao[k], bo[k], `${path}.${k}`);
    if (d) return d;
  }
  return null;
}

function show(v: unknown): string {
  if (typeof v === 'bigint') return `${v}n`;
  try {
    const s = JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x));
    return s === undefined ? String(v) : s.length > 120 ? s.slice(0, 120) + '…' : s;
  } catch {
    return String(v);
  }
}
