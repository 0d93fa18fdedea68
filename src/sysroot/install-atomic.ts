import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * A fresh scratch directory next to where results are installed (same filesystem, so the
 * final rename is atomic). Callers remove it when they are done.
 */
export function makeStagingDir(cacheRoot: string, label: string): string {
  const tmpRoot = path.join(cacheRoot, '.tmp');
  fs.mkdirSync(tmpRoot, { recursive: true });
  return fs.mkdtempSync(path.join(tmpRoot, `${label}-${process.pid}-`));
}

/**
 * Moves a fully prepared directory to `finalDir` in one rename, so a concurrent compiler
 * sees either nothing or the whole tree. When another process got there first its copy is
 * kept (both were built from the same verified bytes) and ours is dropped.
 * Returns true when this call installed it.
 */
export function installDirAtomically(preparedDir: string, finalDir: string): boolean {
  fs.mkdirSync(path.dirname(finalDir), { recursive: true });
  try {
    fs.renameSync(preparedDir, finalDir);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if ((code === 'ENOTEMPTY' || code === 'EEXIST') && fs.existsSync(finalDir)) {
      fs.rmSync(preparedDir, { recursive: true, force: true });
      return false;
    }
    throw e;
  }
}

/** Writes a file through a temporary name and a rename: readers never see it half-written. */
export function writeFileAtomically(file: string, data: Uint8Array | string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp-${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
