// Main script of the single executable (kept small: the compiler itself is a separate bundle,
// sea-compiler.ts, stored as an asset). It starts the compiler in a worker because a Node 20
// single executable takes no V8 flags: the `--stack-size` bin/tsrustc passes becomes the
// worker's stack size (without it, deeply nested expressions overflow at a few thousand levels).
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { embeddedLayout } from './embedded.ts';
import { EMBEDDED_COMPILER_ASSET } from './embedded-index.ts';
import { WORKER_BOOT, type WorkerBootData } from './worker-boot.ts';
import { stdioFacts, type StdioFacts } from './worker-stdio.ts';

/** Comfortably above bin/tsrustc's `--stack-size=7000` (KB). */
const COMPILER_STACK_MB = 16;

export interface CompilerWorkerData {
  readonly boot: WorkerBootData;
  readonly stdio: StdioFacts;
}

const layout = embeddedLayout();
if (layout === null) throw new Error('tsrustc: the single-executable entry runs outside a single executable');
const data: CompilerWorkerData = {
  boot: { asset: EMBEDDED_COMPILER_ASSET, cacheFile: path.join(layout.root, `compiler-${process.versions.v8}.jsc`) },
  stdio: stdioFacts(),
};
const worker = new Worker(WORKER_BOOT, {
  eval: true,
  argv: process.argv.slice(2),
  workerData: data,
  resourceLimits: { stackSizeMb: COMPILER_STACK_MB },
});
worker.on('error', (e) => {
  // The driver reports its own failures; this is the worker itself dying (out of memory).
  process.stderr.write(`error: internal compiler error: ${e.message}\n`);
  process.exitCode = 101;
});
worker.on('exit', (code) => {
  process.exitCode ||= code;
});
