import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Writes a file so that readers see either the old content or the complete new one:
 * a temporary file in the same directory, then rename (atomic on POSIX file systems).
 * A failed build never leaves a half-written output, and the user's old file survives.
 */
export function writeFileAtomic(file: string, data: Uint8Array | string, mode?: number): void {
  const tmp = tempPathBeside(file);
  try {
    fs.writeFileSync(tmp, data, mode === undefined ? undefined : { mode });
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** A unique temporary path in `file`'s directory (renames across file systems would copy). */
export function tempPathBeside(file: string): string {
  const dir = path.dirname(path.resolve(file));
  return path.join(dir, `.${path.basename(file)}.tsrustc-${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);
}
