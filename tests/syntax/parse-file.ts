// Test entry point standing in for the driver: `tsrustc -Z parse-crate-root-only FILE`
// and `-Z unpretty=normal|ast-tree`.
// Usage: npx vite-node tests/syntax/parse-file.ts [--edition E] [--unpretty normal|ast-tree]
//        [--error-format human|json] [--color always|never] FILE...
import { readFileSync } from 'node:fs';
import { SourceMap } from '../../src/diagnostics/source-map.ts';
import { DiagCtxt, FatalError } from '../../src/diagnostics/handler.ts';
import { newParseSess, parseCrateFromFile, type Edition } from '../../src/syntax/index.ts';
import { emitHuman } from '../../src/diagnostics/emit-human.ts';
import { emitJson } from '../../src/diagnostics/emit-json.ts';
import { printCrate } from '../../src/syntax/pretty/print.ts';
import { printAstTree } from '../../src/syntax/pretty/ast-tree.ts';

const args = process.argv.slice(2);
let edition: Edition = '2021';
let unpretty: string | null = null;
let json = false;
let color = false;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--edition') edition = args[++i] as Edition;
  else if (a === '--unpretty') unpretty = args[++i]!;
  else if (a === '--error-format') json = args[++i] === 'json';
  else if (a === '--color') color = args[++i] === 'always';
  else files.push(a);
}
let failed = 0;
for (const f of files) {
  const sm = new SourceMap();
  const dcx = new DiagCtxt(sm, {
    emitter: json ? emitJson() : emitHuman({ color }),
    write: (s) => process.stderr.write(s),
    summaryStyle: json ? 'json' : 'human',
    explainCommand: 'rustc --explain',
  });
  const sess = newParseSess(sm, dcx, edition);
  const file = sm.addFile(f, readFileSync(f, 'utf8'));
  try {
    const krate = parseCrateFromFile(sess, file);
    if (!dcx.hasErrors() && unpretty === 'normal') process.stdout.write(printCrate(krate, { edition }));
    if (!dcx.hasErrors() && unpretty === 'ast-tree') process.stdout.write(printAstTree(krate, { sourceMap: sm }));
  } catch (e) {
    if (!(e instanceof FatalError)) throw e;
  }
  if (dcx.hasErrors()) {
    failed++;
    process.stderr.write(dcx.summary());
  }
}
process.exit(failed ? 1 : 0);
