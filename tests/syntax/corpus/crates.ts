// The crate-source corpus: every `.rs` under /usr/share/cargo/registry with its crate's edition.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Edition } from '../../../src/syntax/index.ts';
import { rsFiles } from './walk.ts';

export const REGISTRY = '/usr/share/cargo/registry';

export interface CrateFile {
  readonly path: string;
  /** Relative to the registry. */
  readonly rel: string;
  readonly crate: string;
  readonly edition: Edition;
}

export function crateFiles(): CrateFile[] {
  if (!existsSync(REGISTRY)) return [];
  const out: CrateFile[] = [];
  for (const crate of readdirSync(REGISTRY).sort()) {
    const dir = join(REGISTRY, crate);
    let edition: Edition = '2015';
    try {
      const m = /^edition\s*=\s*"(\d+)"/m.exec(readFileSync(join(dir, 'Cargo.toml'), 'utf8'));
      if (m) edition = m[1] as Edition;
    } catch {
      continue;
    }
    for (const f of rsFiles(dir)) out.push({ path: f, rel: f.slice(REGISTRY.length + 1), crate, edition });
  }
  return out;
}
