#!/usr/bin/env node
// Launcher for the ui-suite runner: bundle tests/compiletest/main.ts with esbuild (Node 20
// cannot run TypeScript itself), then run it. Usage: node scripts/compiletest.mjs --help
import { build } from 'esbuild';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outfile = path.join(repoRoot, 'build', 'compiletest.mjs');
await build({
  entryPoints: [path.join(repoRoot, 'tests', 'compiletest', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
});
const { main } = await import(pathToFileURL(outfile).href);
process.exitCode = await main(process.argv.slice(2), { repoRoot });
