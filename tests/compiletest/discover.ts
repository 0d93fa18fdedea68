// Find the tests: every `.rs` file under the selected paths, except those in `auxiliary/`
// directories and in directories holding a `compiletest-ignore-dir` marker.

import * as fs from 'node:fs';
import * as path from 'node:path';

/** Suite-relative, `/`-separated, sorted paths of the test files under `selection`. */
export function discoverTests(suiteDir: string, selection: readonly string[]): string[] {
  const found = new Set<string>();
  const roots = selection.length === 0 ? [suiteDir] : selection.map((s) => path.resolve(suiteDir, s));
  for (const root of roots) {
    let st: fs.Stats;
    try {
      st = fs.statSync(root);
    } catch {
      throw new Error(`no such test or directory: ${root}`);
    }
    if (st.isFile()) {
      if (root.endsWith('.rs')) found.add(toRel(suiteDir, root));
    } else {
      walk(root, suiteDir, found);
    }
  }
  return [...found].sort();
}

function walk(dir: string, suiteDir: string, found: Set<string>): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  if (entries.some((e) => e.name === 'compiletest-ignore-dir')) return;
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'auxiliary') walk(full, suiteDir, found);
    } else if (e.name.endsWith('.rs')) {
      found.add(toRel(suiteDir, full));
    }
  }
}

function toRel(suiteDir: string, file: string): string {
  return path.relative(suiteDir, file).split(path.sep).join('/');
}
