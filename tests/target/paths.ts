// Shared paths for the target tests.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const targetsDir = join(here, '..', '..', 'targets');
export const fixturesDir = join(here, 'fixtures');
