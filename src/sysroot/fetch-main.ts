// Entry of the download child in a checkout (`node scripts/run-ts.mjs src/sysroot/fetch-main.ts`);
// the single executable dispatches to runFetchChild from its own entry instead.
import { fetchChildRequest, runFetchChild } from './fetch-child.ts';

const req = fetchChildRequest();
if (req === null) {
  process.stderr.write('fetch-main: run by the compiler only (no request in the environment)\n');
  process.exitCode = 2;
} else {
  await runFetchChild(req);
}
