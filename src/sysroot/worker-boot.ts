// The first code of the single executable's compiler worker: it runs the compiler bundle
// (a SEA asset) through vm.Script with a V8 code cache kept next to the extracted files,
// because the SEA's own code cache covers only the small main script. Plain JavaScript in
// a string: a worker started with `eval` takes source text.

export interface WorkerBootData {
  readonly asset: string;
  /** Where the code cache lives; written (through a rename) when missing or rejected. */
  readonly cacheFile: string;
}

export const WORKER_BOOT = `
const fs = require('node:fs');
const vm = require('node:vm');
const { asset, cacheFile } = require('node:worker_threads').workerData.boot;
const code = '(function (require) {\\n' + require('node:sea').getAsset(asset, 'utf8') + '\\n})';
let cachedData;
try { cachedData = fs.readFileSync(cacheFile); } catch {}
const script = new vm.Script(code, { filename: 'tsrustc-compiler.cjs', cachedData });
if (cachedData === undefined || script.cachedDataRejected) {
  // At exit the cache holds every function this run compiled, not just the top level.
  process.on('exit', () => {
    try {
      const tmp = cacheFile + '.tmp-' + process.pid + '-' + require('node:worker_threads').threadId;
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, cacheFile);
    } catch {}
  });
}
script.runInThisContext()(require);
`;
