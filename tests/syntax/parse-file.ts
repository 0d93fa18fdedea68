// Test entry point: parse files and print diagnostics (before the driver exists).
// Usage: npx vite-node tests/syntax/parse-file.ts [--edition 2021] FILE...
import { readFileSync } from 'node:fs';
import { SourceMap } from '../../src/diagnostics/source-map.ts';
import { DiagCtxt, FatalError } from '../../src/diagnostics/handler.ts';
import { newParseSess, parseCrateFromFile, type Edition } from '../../src/syntax/index.ts';
import { emitHuman } from '../../src/diagnostics/emit-human.ts';

const args = process.argv.slice(2);
let edition: Edition = '2021';
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--edition') edition = args[++i] as Edition;
  else files.push(args[i]!);
}
let failed = 0;
for (const f of files) {
  const sm = new SourceMap();
  const dcx = new DiagCtxt(sm, { emitter: emitHuman({ color: false }), write: (s) => process.stderr.write(s), summaryStyle: 'human', explainCommand: 'rustc --explain' });
  const sess = newParseSess(sm, dcx, edition);
  const file = sm.addFile(f, readFileSync(f, 'utf8'));
  try {
    parseCrateFromFile(sess, file);
  } catch (e) {
    if (!(e instanceof FatalError)) throw e;
  }
  if (dcx.hasErrors()) {
    failed++;
    process.stderr.write(dcx.summary());
  }
}
process.exit(failed ? 1 : 0);
