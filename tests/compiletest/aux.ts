// Auxiliary crates (`aux-build:` / `aux-crate:`): find them, read their own headers, order
// them so dependencies build first. Building happens in run-test.ts.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseProps, type Vars } from './directives.ts';
import type { TestProps } from './types.ts';

/** The aux crates one crate (the test or an aux crate) depends on, as resolved files. */
export interface AuxDeps {
  /** `aux-build:`: found through `-L`; also `--extern` when the source says `extern crate`. */
  builds: string[];
  /** `aux-crate: name=file`: passed as `--extern name=...`. */
  crates: { name: string; file: string }[];
}

export interface AuxUnit {
  file: string;
  source: string;
  props: TestProps;
  crateName: string;
  deps: AuxDeps;
}

export type AuxPlan = { ok: true; units: AuxUnit[]; testDeps: AuxDeps } | { ok: false; error: string };

/** `#![crate_name = "x"]`, else the file stem with `-` made `_` (what rustc does). */
export function crateNameOf(file: string, source: string): string {
  const m = /#!\s*\[\s*crate_name\s*=\s*"([^"]+)"\s*\]/.exec(source);
  if (m?.[1]) return m[1];
  return path.basename(file, '.rs').replace(/-/g, '_');
}

/** Where `aux-build: rel` points, seen from `fromFile`: its `auxiliary/` dir, else next to it. */
function resolveAux(fromFile: string, rel: string): string | undefined {
  const dir = path.dirname(fromFile);
  for (const candidate of [path.join(dir, 'auxiliary', rel), path.join(dir, rel)]) {
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** All aux crates of a test, dependencies before dependents, each once. */
export function planAux(testFile: string, props: TestProps, revision: string | undefined, vars: Vars): AuxPlan {
  const units: AuxUnit[] = [];
  const done = new Set<string>();
  const visiting = new Set<string>();
  let error: string | undefined;

  // Resolves and builds the plan for one crate's deps; sets `error` on the first problem.
  const depsOf = (fromFile: string, p: TestProps): AuxDeps => {
    const deps: AuxDeps = { builds: [], crates: [] };
    for (const rel of p.auxBuilds) {
      const file = visit(fromFile, rel);
      if (file !== undefined) deps.builds.push(file);
    }
    for (const c of p.auxCrates) {
      const file = visit(fromFile, c.file);
      if (file !== undefined) deps.crates.push({ name: c.name, file });
    }
    return deps;
  };

  const visit = (fromFile: string, rel: string): string | undefined => {
    if (error !== undefined) return undefined;
    const file = resolveAux(fromFile, rel);
    if (file === undefined) {
      error = `auxiliary file not found: ${rel}`;
      return undefined;
    }
    if (done.has(file)) return file;
    if (visiting.has(file)) {
      error = `auxiliary cycle through ${rel}`;
      return undefined;
    }
    visiting.add(file);
    const source = fs.readFileSync(file, 'utf8');
    const auxProps = parseProps(source, revision, vars);
    const deps = depsOf(file, auxProps);
    done.add(file);
    units.push({ file, source, props: auxProps, crateName: crateNameOf(file, source), deps });
    return file;
  };

  const testDeps = depsOf(testFile, props);
  return error === undefined ? { ok: true, units, testDeps } : { ok: false, error };
}

/**
 * Crate type flags for an aux crate: `--crate-type lib` unless the crate chose its type itself
 * (a `--crate-type` flag or a `#![crate_type]` attribute: proc-macro crates, dylibs).
 */
export function auxCrateTypeArgs(unit: AuxUnit): string[] {
  const flagged = unit.props.compileFlags.some((f) => f.startsWith('--crate-type'));
  const attr = /#!\s*\[\s*crate_type\s*=/.test(unit.source);
  return flagged || attr ? [] : ['--crate-type', 'lib'];
}

/** Does the test source say `extern crate <name>` (with or without `as`)? */
export function mentionsExternCrate(source: string, name: string): boolean {
  return new RegExp(`\\bextern\\s+crate\\s+${name}\\b`).test(source);
}

/** The library file a build left in `dir` for crate `name`. */
export function findArtifact(dir: string, name: string): string | undefined {
  let entries: string[];
  try {
    entries = fs.readdirSync(dir);
  } catch {
    return undefined;
  }
  for (const ext of ['.rlib', '.so', '.rmeta', '.a']) {
    const f = `lib${name}${ext}`;
    if (entries.includes(f)) return path.join(dir, f);
  }
  return undefined;
}

export interface BuiltAux {
  crateName: string;
  artifact: string | undefined;
}

/** `--extern` flags for a crate's aux deps (`aux-crate`, or `aux-build` named by `extern crate`). */
export function externArgs(source: string, deps: AuxDeps, built: ReadonlyMap<string, BuiltAux>): string[] {
  const args: string[] = [];
  for (const file of deps.builds) {
    const b = built.get(file);
    if (b?.artifact !== undefined && mentionsExternCrate(source, b.crateName)) {
      args.push('--extern', `${b.crateName}=${b.artifact}`);
    }
  }
  for (const c of deps.crates) {
    const b = built.get(c.file);
    if (b?.artifact !== undefined) args.push('--extern', `${c.name}=${b.artifact}`);
  }
  return args;
}
