/** Optimal-string-alignment edit distance (insert, delete, substitute, swap neighbours). */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => Array.from({ length: n + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[m]![n]!;
}

/** The candidate closest to `name` within rustc's threshold (a third of the length, at least 1). */
export function findSimilar(name: string, candidates: Iterable<string>): string | null {
  const max = Math.max(Math.floor(Math.max(name.length, 3) / 3), 1);
  let best: string | null = null;
  let bestDist = Infinity;
  for (const c of candidates) {
    if (c === name) continue;
    if (c.toLowerCase() === name.toLowerCase()) return c;
    const dist = editDistance(name, c);
    if (dist <= max && dist < bestDist) {
      best = c;
      bestDist = dist;
    }
  }
  return best;
}
