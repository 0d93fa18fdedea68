// parse -> print -> parse, comparing ASTs; shared by the round-trip tests and the corpus run.
import { SourceMap } from '../../src/diagnostics/source-map.ts';
import { DiagCtxt, FatalError } from '../../src/diagnostics/handler.ts';
import { emitHuman } from '../../src/diagnostics/emit-human.ts';
import { newParseSess, parseCrateFromFile, type Edition } from '../../src/syntax/index.ts';
import { printCrate } from '../../src/syntax/pretty/print.ts';
import type { Crate } from '../../src/syntax/ast/item.ts';
import { astDiff } from './ast-eq.ts';

function parse(name: string, src: string, edition: Edition): { crate: Crate | null; errors: string } {
  const sm = new SourceMap();
  let out = '';
  const dcx = new DiagCtxt(sm, { emitter: emitHuman({ color: false }), write: (s) => (out += s), summaryStyle: 'human', explainCommand: 'rustc --explain' });
  const sess = newParseSess(sm, dcx, edition);
  const f = sm.addFile(name, src);
  let crate: Crate | null = null;
  try {
    crate = parseCrateFromFile(sess, f);
  } catch (e) {
    if (!(e instanceof FatalError)) throw e;
  }
  return { crate: dcx.hasErrors() ? null : crate, errors: out };
}

/** Null when the round trip holds (or the input does not parse), else what went wrong. */
export function roundTrip(name: string, src: string, edition: Edition = '2021'): string | null {
  const first = parse(name, src, edition);
  if (!first.crate) return null;
  const printed = printCrate(first.crate, { edition });
  const second = parse(name + ' (printed)', printed, edition);
  if (!second.crate) return `printed source does not parse:\n${second.errors.split('\n').slice(0, 12).join('\n')}`;
  const d = astDiff(first.crate, second.crate);
  return d ? `AST differs at ${d}` : null;
}
