import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TSRUSTC = path.join(REPO_ROOT, 'bin', 'tsrustc');
export const WORK_DIR = path.join(REPO_ROOT, 'tests', '.work');
