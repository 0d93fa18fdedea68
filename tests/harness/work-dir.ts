// Vitest setup file: every test file may write outputs under tests/.work. On a clean clone
// nothing has made it yet, and a compiler asked for `-o tests/.work/x` fails as rustc does
// ("couldn't create a temp dir"), so it is made before any test runs.
import * as fs from 'node:fs';
import { WORK_DIR } from './paths.ts';

fs.mkdirSync(WORK_DIR, { recursive: true });
