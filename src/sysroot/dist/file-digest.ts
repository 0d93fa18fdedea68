import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DistFile } from '../manifest.ts';

/** A manifest entry for a file: its name, size and sha256. */
export function digestFile(file: string): DistFile {
  const data = fs.readFileSync(file);
  return { file: path.basename(file), size: data.length, sha256: crypto.createHash('sha256').update(data).digest('hex') };
}
