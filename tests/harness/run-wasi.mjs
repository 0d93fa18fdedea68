// Runs a wasm32-wasip1 command module under Node's built-in WASI with the real stdio,
// exiting with the module's exit code. The module gets the arguments after its path, this
// process's environment, and the working directory preopened as "." (fd 3), where it
// resolves relative paths.
import { readFileSync } from 'node:fs';
import { WASI } from 'node:wasi';

const file = process.argv[2];
const wasi = new WASI({
  version: 'preview1',
  args: [file, ...process.argv.slice(3)],
  env: process.env,
  preopens: { '.': process.cwd() },
  returnOnExit: true,
});
const module = await WebAssembly.compile(readFileSync(file));
const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
const code = wasi.start(instance);
process.exitCode = code;
