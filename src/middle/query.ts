/**
 * Memoized, demand-driven computations keyed by numbers (rustc's query system, in small).
 * A query that is re-entered while computing reports a cycle once through `onCycle` and
 * yields the caller's fallback value.
 */
export class QueryCache {
  private readonly tables = new Map<string, Map<number | string, unknown>>();
  private readonly active: { readonly name: string; readonly key: number | string }[] = [];
  private readonly activeSet = new Set<string>();

  constructor(private readonly onCycle: (stack: readonly { readonly name: string; readonly key: number | string }[]) => void) {}

  get<V>(name: string, key: number | string, compute: () => V, fallback: () => V): V {
    let table = this.tables.get(name);
    if (!table) {
      table = new Map();
      this.tables.set(name, table);
    }
    if (table.has(key)) return table.get(key) as V;
    const id = `${name}(${key})`;
    if (this.activeSet.has(id)) {
      const start = this.active.findIndex((a) => a.name === name && a.key === key);
      this.onCycle(this.active.slice(start));
      const v = fallback();
      table.set(key, v);
      return v;
    }
    this.active.push({ name, key });
    this.activeSet.add(id);
    try {
      const v = compute();
      if (!table.has(key)) table.set(key, v);
      return table.get(key) as V;
    } finally {
      this.active.pop();
      this.activeSet.delete(id);
    }
  }

  /** Whether `name(key)` has been computed already (for tests and `-Z time-passes`). */
  has(name: string, key: number | string): boolean {
    return this.tables.get(name)?.has(key) ?? false;
  }
}
