// Front-end pipeline for tests: parse, expand, analyze (resolve + HIR + typeck) and metadata,
// without MIR/codegen, so typeck tests run on the real sysroot sources and tests/ui programs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DiagCtxt, FatalError } from '../../src/diagnostics/handler.ts';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.ts';
import { emitHuman } from '../../src/diagnostics/emit-human.ts';
import { SourceMap } from '../../src/diagnostics/source-map.ts';
import { expandCrate } from '../../src/expand/expand.ts';
import type { ExpandCtx } from '../../src/expand/expand-ctx.ts';
import { parseAttrList, parserCursor } from '../../src/expand/parser-cursor.ts';
import { analyzeCrate, type Analysis } from '../../src/middle/analyze.ts';
import { encodeMetadata, loadCrate, type LoadedCrate } from '../../src/metadata/index.ts';
import type { CrateType, Session } from '../../src/session/session.ts';
import { newParseSess, parseCrateFromFile, parseModFile } from '../../src/syntax/index.ts';
import type { Attribute } from '../../src/syntax/ast/index.ts';
import { attrName } from '../../src/hir/attr-parse.ts';
import { loadTarget, targetCfg, unstableTargetCfg } from '../../src/target/index.ts';
import { targetInfo } from '../../src/driver/session-setup.ts';

export const ROOT = path.resolve(import.meta.dirname, '../..');

export interface FrontResult {
  readonly sess: Session;
  readonly analysis: Analysis | null;
  readonly diags: Diagnostic[];
  readonly text: string;
}

export function session(crateName: string, crateTypes: CrateType[], target = 'x86_64-unknown-linux-gnu'): { sess: Session; out: () => string } {
  const spec = loadTarget(target, { targetsDir: path.join(ROOT, 'targets'), searchPath: [] });
  const sourceMap = new SourceMap();
  let text = '';
  const dcx = new DiagCtxt(sourceMap, { emitter: emitHuman({ color: false }), write: (s) => { text += s; }, summaryStyle: 'human', explainCommand: 'rustc --explain' });
  const sess: Session = {
    sourceMap, dcx, edition: '2021', crateName, crateTypes, target: targetInfo(spec), optLevel: '0', debugAssertions: true,
    overflowChecks: true, debuginfo: 0, panic: 'abort', cfg: [...targetCfg(spec, { panic: 'abort', debugAssertions: true, features: [] }), ...unstableTargetCfg(spec)],
    isTest: false, unstable: new Map(),
  };
  return { sess, out: () => text };
}

function hasInnerAttr(attrs: readonly Attribute[], name: string): boolean {
  return attrs.some((a) => a.style === 'inner' && attrName(a) === name);
}

/** Runs the front end on `file` (relative paths as rustc prints them when run from the repo root). */
export function front(file: string, crateName: string, crateTypes: CrateType[], deps: LoadedCrate[], src?: string): FrontResult {
  const { sess, out } = session(crateName, crateTypes);
  const psess = newParseSess(sess.sourceMap, sess.dcx, sess.edition);
  let analysis: Analysis | null = null;
  try {
    const text = src ?? fs.readFileSync(path.join(ROOT, file), 'utf8');
    const crate = parseCrateFromFile(psess, sess.sourceMap.addFile(file, text));
    sess.dcx.abortIfErrors();
    const noStd = hasInnerAttr(crate.attrs, 'no_std');
    const noCore = hasInnerAttr(crate.attrs, 'no_core') || crateName === 'core';
    const inside = crateName === 'std' || crateName === 'core';
    const cx: ExpandCtx = {
      sm: sess.sourceMap, dcx: sess.dcx, edition: sess.edition, cfg: sess.cfg, crateName,
      stdRoot: crateName === 'std' ? { segments: ['crate'], global: false } : noStd ? null : { segments: ['std'], global: true },
      coreRoot: inside && (crateName === 'core' || noCore) ? { segments: ['crate'], global: false } : { segments: ['core'], global: true },
      nextNodeId: () => psess.nextNodeId(),
      freshCtxt: (() => { let c = 0; return () => ++c; })(),
      parseAttrsFromTokens: (tts, like) => parseAttrList(psess, tts, like),
      fileName: (sp) => sess.sourceMap.fileAt(sp.lo)?.name ?? file,
    };
    const io = {
      parseModFile: (f: string) => {
        let s: string;
        try { s = fs.readFileSync(path.resolve(ROOT, f), 'utf8'); } catch { return null; }
        return parseModFile(psess, sess.sourceMap.addFile(path.relative(ROOT, path.resolve(ROOT, f)), s));
      },
      cursor: (tts: Parameters<typeof parserCursor>[1], sp: Parameters<typeof parserCursor>[2]) => parserCursor(psess, tts, sp),
    };
    const expanded = expandCrate(cx, io, crate, file);
    sess.dcx.abortIfErrors();
    analysis = analyzeCrate(sess, expanded, deps);
    // The late lint pass would report what typeck judged (overflowing_literals); this front
    // end stops before it, so report those now.
    analysis.tcx.lint.flushDeferred(null);
  } catch (e) {
    if (!(e instanceof FatalError)) throw e;
  }
  return { sess, analysis, diags: [...sess.dcx.emitted], text: out() };
}

let sysroot: LoadedCrate[] | null = null;

/** core, compiler_builtins, alloc and std from sysroot/, each through metadata (encoded, then decoded). */
export function sysrootCrates(): LoadedCrate[] {
  if (sysroot) return sysroot;
  const loaded: LoadedCrate[] = [];
  for (const name of ['core', 'compiler_builtins', 'alloc', 'std']) {
    const r = front(`sysroot/${name}/src/lib.rs`, name, ['lib'], loaded);
    if (!r.analysis) throw new Error(`sysroot crate ${name} failed:\n${r.text}`);
    const bytes = encodeMetadata(r.analysis);
    loaded.push(loadCrate(bytes, loaded.length + 1, `lib${name}.rlib`));
  }
  sysroot = loaded;
  return loaded;
}
