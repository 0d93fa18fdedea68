// Builds the dist server folder (sysroot archives, the single executable, manifest.json).
// Usage: npm run dist -- [--out DIR] [--targets a,b] [--no-executable] [--sea-flow pkg|node]
//        (that is: node scripts/run-ts.mjs build-dist.ts dist [options]). See docs/dist.md.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostTriple } from './src/driver/version.ts';
import { buildDist } from './src/sysroot/dist/dist.ts';
import type { SeaFlow } from './src/sysroot/dist/single-executable.ts';

const USAGE = `usage: build-dist.ts dist [--out DIR] [--targets a,b] [--no-executable] [--sea-flow pkg|node] [--brotli-quality N]
  --out DIR          the dist server folder to write (default: dist/)
  --targets a,b      sysroot archives to pack (default: every built-in target)
  --no-executable    archives and manifest only
  --sea-flow F       pkg (default): @yao-pkg/pkg's SEA function; node: Node's own SEA steps
  --brotli-quality N compression of the embedded LLVM shim, 0-11 (default 6)
`;

interface Cli {
  out: string;
  targets: string[] | null;
  executable: boolean;
  flow: SeaFlow;
  brotliQuality: number | undefined;
}

function parseArgs(root: string, argv: readonly string[]): Cli {
  const [command, ...rest] = argv;
  if (command !== 'dist') throw new Error(`unknown command ${JSON.stringify(command ?? '')}\n${USAGE}`);
  const cli: Cli = { out: path.join(root, 'dist'), targets: null, executable: true, flow: 'pkg', brotliQuality: undefined };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    const value = (): string => {
      const v = rest[++i];
      if (v === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return v;
    };
    if (arg === '--out') cli.out = path.resolve(value());
    else if (arg === '--targets') cli.targets = value().split(',').filter((t) => t !== '');
    else if (arg === '--no-executable') cli.executable = false;
    else if (arg === '--sea-flow') {
      const f = value();
      if (f !== 'pkg' && f !== 'node') throw new Error(`--sea-flow is pkg or node, not ${f}`);
      cli.flow = f;
    } else if (arg === '--brotli-quality') cli.brotliQuality = Number(value());
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  return cli;
}

// run-ts.mjs runs a bundled copy from build/run-ts/ but passes this file's own path as argv[1].
const root = path.dirname(path.resolve(process.argv[1] ?? fileURLToPath(import.meta.url)));

try {
  const cli = parseArgs(root, process.argv.slice(2));
  const started = Date.now();
  const manifest = await buildDist({ root, ...cli, host: hostTriple(), log: (l) => process.stdout.write(`${l}\n`) });
  process.stdout.write(
    `dist: ${cli.out}: ${Object.keys(manifest.targets).length} sysroots, ${Object.keys(manifest.executables).length} executable(s), ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
} catch (e) {
  process.stderr.write(`error: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
