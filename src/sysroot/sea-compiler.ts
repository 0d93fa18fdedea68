// The compiler as the single executable's worker runs it (bundled by build-dist.ts, stored
// as an asset, started by sea-main.ts). With a fetch request in the environment the process
// is the driver's sysroot-download child instead of a compiler.
import { workerData } from 'node:worker_threads';
import { provideShimPath } from '../llvm/load-native-shim.ts';
import { embeddedLayout } from './embedded.ts';
import { fetchChildRequest, runFetchChild } from './fetch-child.ts';
import type { CompilerWorkerData } from './sea-main.ts';
import { useDirectStdio } from './worker-stdio.ts';

useDirectStdio((workerData as CompilerWorkerData).stdio);
const request = fetchChildRequest();
if (request !== null) {
  void runFetchChild(request);
} else {
  provideShimPath(() => {
    const layout = embeddedLayout();
    if (layout === null) throw new Error('tsrustc: the single executable has no embedded files');
    return layout.shimPath();
  });
  // The driver runs on import; a dynamic import keeps it out of the fetch child.
  void import('../driver/main.ts');
}
