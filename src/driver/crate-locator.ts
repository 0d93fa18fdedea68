import * as fs from 'node:fs';
import * as path from 'node:path';
import { readRlib, type Rlib } from '../link/rlib.ts';
import { UsageError } from './errors.ts';
import type { Options } from './options.ts';
import { defaultSysroot, targetLibDir } from './paths.ts';

export interface LocatedCrate {
  readonly name: string;
  readonly path: string;
  readonly rlib: Rlib;
}

/**
 * Finds dependency crates as rustc's locator does: `--extern name=path` first, then
 * `lib<name>.rlib` in each `-L` directory, then the sysroot's library directory for the target.
 */
export class CrateLocator {
  private readonly cache = new Map<string, LocatedCrate | null>();
  readonly searchDirs: string[];

  constructor(
    private readonly opts: Options,
    target: string,
  ) {
    this.searchDirs = [
      ...opts.libSearch.filter((l) => l.kind === 'all' || l.kind === 'crate' || l.kind === 'dependency').map((l) => l.path),
      targetLibDir(opts.sysroot ?? defaultSysroot(), target),
    ];
  }

  /** The sysroot's library directory (linker scripts live there too). */
  get sysrootLibDir(): string {
    return this.searchDirs[this.searchDirs.length - 1]!;
  }

  find(name: string): LocatedCrate | null {
    if (this.cache.has(name)) return this.cache.get(name)!;
    let found: string | null = null;
    const ext = this.opts.externs.find((e) => e.name === name && e.path !== null);
    if (ext?.path) {
      if (!fs.existsSync(ext.path)) throw new UsageError(`extern location for ${name} does not exist: ${ext.path}`);
      found = ext.path;
    } else {
      for (const d of this.searchDirs) {
        const p = path.join(d, `lib${name}.rlib`);
        if (fs.existsSync(p)) {
          found = p;
          break;
        }
      }
    }
    const located = found === null ? null : { name, path: found, rlib: readRlib(fs.readFileSync(found), found) };
    this.cache.set(name, located);
    return located;
  }
}
