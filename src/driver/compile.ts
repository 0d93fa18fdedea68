import * as fs from 'node:fs';
import * as path from 'node:path';
import { FatalError } from '../diagnostics/handler.ts';
import { expandCrate } from '../expand/expand.ts';
import type { ExpandCtx } from '../expand/expand-ctx.ts';
import { parseAttrList, parserCursor } from '../expand/parser-cursor.ts';
import type { CrateType, Session } from '../session/session.ts';
import type { Crate } from '../syntax/ast/index.ts';
import { lexFile, newParseSess, parseCrateFromFile, parseModFile, type ParseSess } from '../syntax/index.ts';
import { symStr } from '../syntax/symbol.ts';
import type { TargetSpec } from '../target/index.ts';
import { crateAttrs } from './crate-attrs.ts';
import { UsageError } from './errors.ts';
import { setPhase } from './ice.ts';
import type { Options } from './options.ts';
import { createOutDir } from './output-dirs.ts';
import { planOutputs, type OutputNames } from './outputs.ts';
import { handlePrints } from './print.ts';
import { runBackend } from './backend.ts';
import { CrateLocator } from './crate-locator.ts';
import { externMacrosFrom } from './extern-macros.ts';
import { crateNameFor, createSession, loadTargetSpec } from './session-setup.ts';
import { PassTimer } from './time-passes.ts';
import { unprettyRequest, printUnpretty } from './unpretty.ts';

function readSource(input: string): string {
  try {
    return fs.readFileSync(input, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'No such file or directory (os error 2)' : err.code === 'EISDIR' ? 'Is a directory (os error 21)' : err.message;
    throw new UsageError(`couldn't read \`${input}\`: ${why}`, [], true);
  }
}

/** Compiles one crate as the options say; returns the exit code. */
export function compile(opts: Options): number {
  let spec: TargetSpec | null = null;
  const getSpec = (): TargetSpec => (spec ??= loadTargetSpec(opts));
  if (opts.input === null) {
    if (opts.prints.length > 0) {
      // Requests about the crate need one; rustc prints those before it in order, then fails.
      const noInput = (): never => {
        throw new UsageError('no input filename given', [], true);
      };
      handlePrints({ opts, spec: getSpec, crateName: noInput, fileStem: noInput, crateTypes: noInput });
      return 0;
    }
    throw new UsageError('no input filename given', [], true);
  }
  const input = opts.input;
  const text = readSource(input);
  const target = getSpec();
  // `#![crate_name]`/`#![crate_type]` may decide names; read them cheaply before parsing.
  const attrs = crateAttrs(text);
  const crateName = opts.crateName ?? attrs.crateName ?? crateNameFor(opts, input);
  const names = { crate: crateName, fileStem: opts.crateName ?? attrs.crateName ?? path.parse(input).name };
  const crateTypes: CrateType[] = opts.crateTypes.length > 0 ? opts.crateTypes : attrs.crateTypes.length > 0 ? attrs.crateTypes : ['bin'];
  if (opts.prints.length > 0) {
    handlePrints({ opts, spec: getSpec, crateName: () => crateName, fileStem: () => names.fileStem, crateTypes: () => crateTypes });
    return 0;
  }
  createOutDir(opts.outDir);
  const sess = createSession(opts, target, crateName, crateTypes);
  const timer = new PassTimer(sess.unstable.has('time-passes'), (l) => process.stderr.write(l));
  try {
    return compileSession(opts, sess, target, input, text, timer, names);
  } catch (e) {
    if (e instanceof FatalError) {
      process.stderr.write(sess.dcx.summary());
      return 1;
    }
    throw e;
  }
}

function compileSession(opts: Options, sess: Session, spec: TargetSpec, input: string, text: string, timer: PassTimer, names: OutputNames): number {
  const psess = newParseSess(sess.sourceMap, sess.dcx, sess.edition);
  const file = sess.sourceMap.addFile(input, text);
  setPhase('parsing');
  const lexed = timer.run('lex', () => lexFile(psess, file));
  const crate = timer.run('parse', () => parseCrateFromFile(psess, file, lexed));
  if (sess.unstable.has('parse-crate-root-only')) {
    sess.dcx.abortIfErrors();
    return 0;
  }
  sess.dcx.abortIfErrors();
  const unpretty = unprettyRequest(sess);
  if (unpretty === 'ast-tree' || unpretty === 'normal') {
    process.stdout.write(printUnpretty(unpretty, crate));
    return 0;
  }
  setPhase('macro expansion');
  const expanded = timer.run('expand', () => expand(sess, psess, crate, input, externMacrosFrom(new CrateLocator(opts, spec.name))));
  if (unpretty === 'expanded' || unpretty === 'ast-tree,expanded') {
    sess.dcx.abortIfErrors();
    process.stdout.write(printUnpretty(unpretty === 'expanded' ? 'normal' : 'ast-tree', expanded));
    return 0;
  }
  const emit = new Map(opts.emit);
  if (emit.size === 0) emit.set('link', null);
  const plan = planOutputs(emit, names, sess.crateTypes[0]!, spec.exeSuffix, opts.output, opts.outDir);
  if (plan.warnAdaptedOutput) {
    sess.dcx.warn('due to multiple output types requested, the explicitly specified output file name will be adapted for each output type').emit();
  }
  const ok = runBackend({ opts, sess, spec, crate: expanded, plan, timer });
  process.stderr.write(sess.dcx.summary());
  return ok ? 0 : 1;
}

function isCoreLike(crate: Crate, name: string): { noStd: boolean; noCore: boolean } {
  let noStd = false;
  let noCore = false;
  for (const a of crate.attrs) {
    if (a.style !== 'inner' || a.kind.tag !== 'Normal' || a.kind.path.segments.length !== 1) continue;
    const n = symStr(a.kind.path.segments[0]!.ident.name);
    if (n === 'no_std') noStd = true;
    if (n === 'no_core') noCore = true;
  }
  return { noStd: noStd || name === 'core', noCore: noCore || name === 'core' };
}

function expand(sess: Session, psess: ParseSess, crate: Crate, input: string, externMacros: ExpandCtx['externMacros']): Crate {
  const { noStd, noCore } = isCoreLike(crate, sess.crateName);
  // Paths in built-in macro expansions, as `$crate` would name them.
  const inside = sess.crateName === 'std' || sess.crateName === 'core';
  let lastCtxt = 0;
  const cx: ExpandCtx = {
    sm: sess.sourceMap,
    dcx: sess.dcx,
    edition: sess.edition,
    cfg: sess.cfg,
    crateName: sess.crateName,
    stdRoot: sess.crateName === 'std' ? { segments: ['crate'], global: false } : noStd ? null : { segments: ['std'], global: true },
    coreRoot: inside && (sess.crateName === 'core' || noCore) ? { segments: ['crate'], global: false } : { segments: ['core'], global: true },
    nextNodeId: () => psess.nextNodeId(),
    freshCtxt: () => ++lastCtxt,
    parseAttrsFromTokens: (tts, like) => parseAttrList(psess, tts, like),
    fileName: (sp) => sess.sourceMap.fileAt(sp.lo)?.name ?? input,
    externMacros,
  };
  const io = {
    parseModFile: (f: string) => {
      let src: string;
      try {
        src = fs.readFileSync(f, 'utf8');
      } catch {
        return null;
      }
      const rel = path.isAbsolute(input) ? f : path.relative(process.cwd(), f);
      return parseModFile(psess, sess.sourceMap.addFile(rel, src));
    },
    cursor: (tts: Parameters<typeof parserCursor>[1], sp: Parameters<typeof parserCursor>[2]) => parserCursor(psess, tts, sp),
    readFile: readIncludedFile,
  };
  return expandCrate(cx, io, crate, input);
}

/** A file `include_str!`/`include_bytes!` names, or the OS error as Rust's io::Error prints it. */
function readIncludedFile(file: string): Uint8Array | { error: string } {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const known: Record<string, string> = {
      ENOENT: 'No such file or directory (os error 2)',
      EACCES: 'Permission denied (os error 13)',
      EISDIR: 'Is a directory (os error 21)',
      ENOTDIR: 'Not a directory (os error 20)',
    };
    return { error: (code && known[code]) ?? String((e as Error).message) };
  }
}
