// Finding and loading a target spec by name or by path, as `--target` does.

import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ioError, noFileError, notFoundError } from './error.ts';
import { parseTargetSpec } from './parse.ts';
import type { TargetSpec } from './spec.ts';

export interface LoadTargetOptions {
  /** The built-in `targets/` directory. */
  targetsDir: string;
  /** Extra directories searched after the built-ins (from `TSRUSTC_TARGET_PATH`). */
  searchPath?: string[];
}

/** Splits a `TSRUSTC_TARGET_PATH`-style value (colon-separated; empty entries skipped). */
export function parseTargetPath(value: string | undefined): string[] {
  return (value ?? '').split(':').filter((d) => d !== '');
}

/**
 * `name` (no `.json`): the built-in `<targetsDir>/<name>.json`, else the first
 * `<dir>/<name>.json` along `searchPath`. `path.json`: that file, named by its stem.
 */
export function loadTarget(nameOrPath: string, opts: LoadTargetOptions): TargetSpec {
  if (nameOrPath.endsWith('.json')) {
    if (!isFile(nameOrPath)) throw noFileError(nameOrPath);
    return loadFile(nameOrPath, basename(nameOrPath, '.json'), false);
  }
  // A name is a file stem, never a path: `--target foo/bar` is just an unknown name.
  if (nameOrPath !== '' && !nameOrPath.includes('/') && !nameOrPath.includes('\\')) {
    const dirs: Array<[string, boolean]> = [[opts.targetsDir, true], ...(opts.searchPath ?? []).map((d): [string, boolean] => [d, false])];
    for (const [dir, isBuiltin] of dirs) {
      const file = join(dir, `${nameOrPath}.json`);
      if (isFile(file)) return loadFile(file, nameOrPath, isBuiltin);
    }
  }
  throw notFoundError(nameOrPath);
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function loadFile(path: string, name: string, isBuiltin: boolean): TargetSpec {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw ioError(path, e instanceof Error ? e.message : String(e));
  }
  return parseTargetSpec(text, { name, path, isBuiltin });
}
