// Test-only: real source -> parser -> resolve/HIR -> typeck -> our MIR station, and the
// interpreter to run the result. No expansion and no std: tests write plain Rust.
import { DiagCtxt, FatalError } from '../../src/diagnostics/handler.ts';
import { emitHuman } from '../../src/diagnostics/emit-human.ts';
import { SourceMap } from '../../src/diagnostics/source-map.ts';
import { analyzeCrate, type Analysis } from '../../src/middle/analyze.ts';
import { Machine } from '../../src/mir/interpret/machine.ts';
import { MirPanic, type Value } from '../../src/mir/interpret/value.ts';
import { prettyBody } from '../../src/mir/pretty.ts';
import { buildAndCheckMir } from '../../src/mir/station.ts';
import type { Session } from '../../src/session/session.ts';
import { newParseSess, parseCrateFromFile } from '../../src/syntax/index.ts';
import type { DefId } from '../../src/ty/def-id.ts';

export interface Frontend {
  readonly analysis: Analysis | null;
  readonly sess: Session;
  /** Everything printed as diagnostics, rustc-style. */
  text(): string;
  /** The DefId of a local fn by name. */
  fn(name: string): DefId;
  /** MIR of `name` (built and borrow-checked on demand), rendered. */
  mir(name: string): string;
  /** Builds and borrow-checks every body (as the driver does); returns the rendered errors and summary. */
  checkAll(): string;
  /** Runs fn `name` on integer arguments: the result's bits, or the panic message. */
  run(name: string, args?: bigint[]): bigint | string;
}

export function frontend(src: string, opts: { overflowChecks?: boolean; fileName?: string } = {}): Frontend {
  const sourceMap = new SourceMap();
  let out = '';
  const dcx = new DiagCtxt(sourceMap, { emitter: emitHuman({ color: false }), write: (t) => (out += t), summaryStyle: 'human', explainCommand: 'rustc --explain' });
  const sess: Session = {
    sourceMap, dcx, edition: '2021', crateName: 'test', crateTypes: ['bin'],
    target: {
      name: 'x86_64-unknown-linux-gnu', llvmTarget: 'x86_64-unknown-linux-gnu', arch: 'x86_64', os: 'linux', env: 'gnu', vendor: 'unknown',
      family: ['unix'], pointerWidth: 64, endian: 'little', dataLayout: '', cIntWidth: 32, maxAtomicWidth: 64, panicStrategy: 'abort',
    },
    optLevel: '0', debugAssertions: true, overflowChecks: opts.overflowChecks ?? true, debuginfo: 0, panic: 'abort', cfg: [], isTest: false, unstable: new Map(),
  };
  const file = sourceMap.addFile(opts.fileName ?? 'test.rs', src);
  let analysis: Analysis | null = null;
  try {
    const crate = parseCrateFromFile(newParseSess(sourceMap, dcx, '2021'), file);
    dcx.abortIfErrors();
    analysis = analyzeCrate(sess, crate, []);
    analysis.tcx.registerMirBuilder(buildAndCheckMir);
  } catch (e) {
    if (!(e instanceof FatalError)) throw e;
  }
  const tcx = () => {
    if (!analysis) throw new Error(`front end failed:\n${out}`);
    return analysis.tcx;
  };
  const fn = (name: string): DefId => {
    for (const o of tcx().hir.bodyOwners) if (tcx().defName(o.def) === name) return o.def;
    throw new Error(`no fn ${name}`);
  };
  return {
    analysis, sess,
    text: () => out,
    fn,
    mir(name) {
      const def = fn(name);
      const kind = tcx().defKind(def);
      const header = kind === 'Const' ? 'const' : kind === 'Static' ? 'static' : 'fn';
      return prettyBody(tcx().mirBody(def), { defPath: (d) => tcx().defPath(d).join('::'), adtDef: (d) => tcx().adtDef(d), pointerWidth: 64 }, header);
    },
    checkAll() {
      const t = tcx();
      for (const o of t.hir.bodyOwners) t.mirBody(o.def);
      return out + dcx.summary();
    },
    run(name, args = []) {
      const t = tcx();
      const m = new Machine({
        pointerWidth: 64,
        adtDef: (d) => t.adtDef(d),
        mirBody: (d) => (t.hasMir(d) ? t.mirBody(d) : null),
      });
      try {
        const v: Value = m.call(fn(name), args.map((bits) => ({ k: 'int', bits })));
        if (v.k !== 'int') throw new Error(`result is ${v.k}`);
        return v.bits;
      } catch (e) {
        if (e instanceof MirPanic) return e.panicMessage;
        throw e;
      }
    },
  };
}
