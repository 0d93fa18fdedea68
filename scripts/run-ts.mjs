#!/usr/bin/env node
// Runs a TypeScript entry of this repo under plain Node 20 (which cannot run .ts): bundles it
// with esbuild into build/run-ts/ (packages from node_modules stay imports), then imports it
// with process.argv shifted so the entry sees its own arguments at argv.slice(2).
// Usage: node scripts/run-ts.mjs <file.ts> [args...]
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-ts.mjs <file.ts> [args...]\n');
  process.exit(2);
}
const entryPath = path.resolve(entry);
const out = await build({
  entryPoints: [entryPath],
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  write: false,
  logLevel: 'warning',
});
const code = out.outputFiles[0].contents;
// Named by content, written through a rename: concurrent runs never read a half-written file.
const dir = path.join(root, 'build', 'run-ts');
const file = path.join(dir, `${path.basename(entryPath, '.ts')}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
if (!existsSync(file)) {
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, code);
  renameSync(tmp, file);
}
process.argv = [process.argv[0], entryPath, ...rest];
await import(pathToFileURL(file).href);
