import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** All `.rs` files under `dir`, sorted. */
export function rsFiles(dir: string): string[] {
  const out: string[] = [];
  const rec = (d: string): void => {
    for (const e of readdirSync(d)) {
      const p = join(d, e);
      const st = statSync(p);
      if (st.isDirectory()) rec(p);
      else if (p.endsWith('.rs')) out.push(p);
    }
  };
  rec(dir);
  return out.sort();
}
