// Entry of the single executable (bundled to CommonJS by build-dist.ts). The same binary
// is also its own sysroot-download child, told apart by the environment.
import { provideShimPath } from '../llvm/load-native-shim.ts';
import { embeddedLayout } from './embedded.ts';
import { fetchChildRequest, runFetchChild } from './fetch-child.ts';

const request = fetchChildRequest();
if (request !== null) {
  void runFetchChild(request);
} else {
  provideShimPath(() => {
    const layout = embeddedLayout();
    if (layout === null) throw new Error('tsrustc: the single-executable entry runs outside a single executable');
    return layout.shimPath();
  });
  // The driver runs on import; a dynamic import keeps it from running in the fetch child.
  void import('../driver/main.ts');
}
