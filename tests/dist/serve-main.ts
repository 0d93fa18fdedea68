// `node scripts/run-ts.mjs tests/dist/serve-main.ts DIR`: the test server in its own process,
// for tests whose code under test blocks (spawnSync) and so cannot answer HTTP itself.
// Prints the URL on stdout, serves until killed.
import { startStaticServer } from './static-server.ts';

const server = await startStaticServer(process.argv[2]!);
process.stdout.write(`${server.url}\n`);
