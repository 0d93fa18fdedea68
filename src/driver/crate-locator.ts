import * as fs from 'node:fs';
import * as path from 'node:path';
import { readRlib, type Rlib } from '../link/rlib.ts';
import { SysrootError } from '../sysroot/sysroot-error.ts';
import { UsageError } from './errors.ts';
import type { Options } from './options.ts';
import { defaultSysroot, sysrootFor, targetLibDir } from './paths.ts';

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
  private readonly userDirs: string[];
  private sysrootLib: string | null = null;

  constructor(
    private readonly opts: Options,
    private readonly target: string,
  ) {
    this.userDirs = opts.libSearch.filter((l) => l.kind === 'all' || l.kind === 'crate' || l.kind === 'dependency').map((l) => l.path);
  }

  /**
   * The sysroot's library directory (linker scripts live there too). Looked up locally only:
   * a crate that takes nothing from the sysroot never causes a download.
   */
  get sysrootLibDir(): string {
    return this.sysrootLib ?? this.libDir(sysrootFor(this.target, this.opts.sysroot, false));
  }

  /** The sysroot's library directory for loading crates: may download the target's sysroot. */
  private sysrootLibDirForCrates(): string {
    if (this.sysrootLib !== null) return this.sysrootLib;
    try {
      return (this.sysrootLib = this.libDir(sysrootFor(this.target, this.opts.sysroot, true)));
    } catch (e) {
      if (e instanceof SysrootError) throw new UsageError(e.message, e.helps);
      throw e;
    }
  }

  private libDir(found: string | null): string {
    return targetLibDir(found ?? this.opts.sysroot ?? defaultSysroot(), this.target);
  }

  find(name: string): LocatedCrate | null {
    if (this.cache.has(name)) return this.cache.get(name)!;
    let found: string | null = null;
    const ext = this.opts.externs.find((e) => e.name === name && e.path !== null);
    if (ext?.path) {
      if (!fs.existsSync(ext.path)) throw new UsageError(`extern location for ${name} does not exist: ${ext.path}`);
      found = ext.path;
    } else {
      // The sysroot comes last and is resolved only when the -L folders lack the crate.
      for (const d of [...this.userDirs, () => this.sysrootLibDirForCrates()]) {
        const p = path.join(typeof d === 'string' ? d : d(), `lib${name}.rlib`);
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
