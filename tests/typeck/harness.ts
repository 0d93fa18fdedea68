import { FatalError, DiagCtxt } from '../../src/diagnostics/handler.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { emitHuman } from '../../src/diagnostics/emit-human.ts';
import { SourceMap } from '../../src/diagnostics/source-map.ts';
import type { CrateType, Session } from '../../src/session/session.ts';
import { newParseSess, parseCrateFromFile } from '../../src/syntax/index.ts';
import { analyzeCrate, type Analysis } from '../../src/middle/analyze.ts';
import type { LoadedCrate } from '../../src/metadata/loaded-crate.ts';

export interface Compiled {
  readonly analysis: Analysis | null;
  readonly sess: Session;
  readonly diags: Diagnostic[];
  /** rustc-style rendering of every diagnostic. */
  readonly text: string;
}

export function mkSession(crateName = 'test', crateTypes: CrateType[] = ['bin']): Session {
  const sourceMap = new SourceMap();
  let out = '';
  const dcx = new DiagCtxt(sourceMap, {
    emitter: emitHuman({ color: false }),
    write: (t) => { out += t; },
    summaryStyle: 'human',
    explainCommand: 'rustc --explain',
  });
  Object.defineProperty(dcx, 'rendered', { get: () => out });
  return {
    sourceMap,
    dcx,
    edition: '2021',
    crateName,
    crateTypes,
    target: {
      name: 'x86_64-unknown-linux-gnu', llvmTarget: 'x86_64-unknown-linux-gnu', arch: 'x86_64', os: 'linux', env: 'gnu', vendor: 'unknown',
      family: ['unix'], pointerWidth: 64, endian: 'little', dataLayout: '', cIntWidth: 32, maxAtomicWidth: 64, panicStrategy: 'abort',
    },
    optLevel: '0', debugAssertions: true, overflowChecks: true, debuginfo: 0, panic: 'abort', cfg: [], isTest: false, unstable: new Map(),
  };
}

/** Parses and analyzes `src` as crate `name` (no expansion: tests write plain Rust). */
export function compile(src: string, opts: { name?: string; types?: CrateType[]; deps?: LoadedCrate[]; file?: string; edition?: Session['edition'] } = {}): Compiled {
  const base = mkSession(opts.name ?? 'test', opts.types ?? ['bin']);
  const sess: Session = opts.edition ? { ...base, edition: opts.edition } : base;
  const psess = newParseSess(sess.sourceMap, sess.dcx, sess.edition);
  const file = sess.sourceMap.addFile(opts.file ?? 'test.rs', src);
  let analysis: Analysis | null = null;
  try {
    const crate = parseCrateFromFile(psess, file);
    sess.dcx.abortIfErrors();
    analysis = analyzeCrate(sess, crate, opts.deps ?? []);
  } catch (e) {
    if (!(e instanceof FatalError)) throw e;
  }
  const text = (sess.dcx as unknown as { rendered: string }).rendered;
  return { analysis, sess, diags: [...sess.dcx.emitted], text };
}

/** "E0308 3:5 mismatched types" summaries of the errors, in order. */
export function errs(c: Compiled): string[] {
  return c.diags.map((d) => {
    const p = d.spans.find((s) => s.primary);
    const loc = p ? c.sess.sourceMap.lookup(p.span.lo) : undefined;
    return `${d.code ?? '-'} ${loc ? `${loc.line}:${loc.col}` : '?'} ${d.message}`;
  });
}
