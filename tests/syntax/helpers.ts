// Shared test helpers: parse source text with diagnostics collected as text.
import { SourceMap } from '../../src/diagnostics/source-map.ts';
import { DiagCtxt, FatalError } from '../../src/diagnostics/handler.ts';
import { emitHuman } from '../../src/diagnostics/emit-human.ts';
import { emitJson } from '../../src/diagnostics/emit-json.ts';
import { newParseSess, parseCrateFromFile, Parser, lexToTokenTrees, type Edition, type ParseSess } from '../../src/syntax/index.ts';
import type { Crate } from '../../src/syntax/ast/item.ts';

export interface Parsed {
  readonly crate: Crate | null;
  readonly stderr: string;
  readonly errors: number;
  readonly sess: ParseSess;
}

export function session(edition: Edition = '2021'): { sess: ParseSess; sm: SourceMap; out: () => string; dcx: DiagCtxt } {
  const sm = new SourceMap();
  let out = '';
  const dcx = new DiagCtxt(sm, { emitter: emitHuman({ color: false }), write: (s) => (out += s), summaryStyle: 'human', explainCommand: 'rustc --explain' });
  return { sess: newParseSess(sm, dcx, edition), sm, out: () => out, dcx };
}

export function parseSource(src: string, name = 'test.rs', edition: Edition = '2021'): Parsed {
  const { sess, sm, out, dcx } = session(edition);
  const file = sm.addFile(name, src);
  let crate: Crate | null = null;
  try {
    crate = parseCrateFromFile(sess, file);
  } catch (e) {
    if (!(e instanceof FatalError)) throw e;
  }
  return { crate, stderr: out(), errors: dcx.errorCount, sess };
}

/** A parser over a snippet of source (for expression/type/pattern tests). */
export function parserFor(src: string, edition: Edition = '2021'): { p: Parser; out: () => string } {
  const { sess, sm, out } = session(edition);
  const file = sm.addFile('snippet.rs', src);
  const tts = lexToTokenTrees(sess, file);
  return { p: new Parser(sess, tts), out };
}

/** What `rustc -Z parse-crate-root-only FILE` prints on stderr, from our parser. */
export function parseOnlyStderr(name: string, src: string, edition: Edition = '2021'): string {
  const { sess, sm, out, dcx } = session(edition);
  const file = sm.addFile(name, src);
  try {
    parseCrateFromFile(sess, file);
  } catch (e) {
    if (!(e instanceof FatalError)) throw e;
  }
  return out() + dcx.summary();
}

/** What `rustc -Z parse-crate-root-only --error-format=json FILE` prints, from our parser. */
export function parseOnlyJson(name: string, src: string, edition: Edition = '2021'): string {
  const sm = new SourceMap();
  let out = '';
  const dcx = new DiagCtxt(sm, { emitter: emitJson(), write: (s) => (out += s), summaryStyle: 'json', explainCommand: 'rustc --explain' });
  const sess = newParseSess(sm, dcx, edition);
  const file = sm.addFile(name, src);
  try {
    parseCrateFromFile(sess, file);
  } catch (e) {
    if (!(e instanceof FatalError)) throw e;
  }
  return out + dcx.summary();
}
