import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DiagCtxt } from '../diagnostics/handler.ts';
import { FatalError } from '../diagnostics/handler.ts';
import type { OutputPlan } from './outputs.ts';
import { UsageError } from './errors.ts';

/** rustc creates `--out-dir` (and its parents) as soon as compilation starts. */
export function createOutDir(outDir: string | null): void {
  if (outDir === null) return;
  try {
    fs.mkdirSync(outDir, { recursive: true });
  } catch (e) {
    throw new UsageError(`failed to create output directory \`${outDir}\`: ${(e as Error).message}`, [], true);
  }
}

/**
 * An `-o` path in a directory that does not exist is an error, not a directory to create
 * (as in rustc, whose temp files beside the output are what fails first, hence its wording).
 */
export function checkOutputDirs(plan: OutputPlan, dcx: DiagCtxt): void {
  const missing = new Set<string>();
  for (const f of plan.files.values()) {
    const dir = path.dirname(path.resolve(f));
    if (!fs.existsSync(dir)) missing.add(dir);
  }
  if (missing.size === 0) return;
  for (const dir of missing) dcx.err(`couldn't create a temp dir: No such file or directory (os error 2) at path ${JSON.stringify(dir)}`).emit();
  throw new FatalError();
}
