import type { Session, EmitKind } from '../session/session.ts';
import type { Crate } from '../syntax/ast/index.ts';
import { symStr } from '../syntax/symbol.ts';
import type { TargetSpec } from '../target/index.ts';
import { builtinTargetList, llvmTargetOptions, loadTarget } from '../target/index.ts';
import { FatalError } from '../diagnostics/handler.ts';
import { writeFileAtomic } from '../link/atomic-write.ts';
import { link } from '../link/link.ts';
import { writeRlib } from '../link/rlib.ts';
import { analyzeCrate } from '../middle/analyze.ts';
import type { LoadedCrate } from '../metadata/loaded-crate.ts';
import { decodeMetadata, encodeMetadata, MetadataError } from '../metadata/index.ts';
import { borrowckCx, mirBuildCx } from '../mir/station.ts';
import { buildMir } from '../mir/build/body.ts';
import { borrowck } from '../borrowck/index.ts';
import { checkMatches } from '../mir/check-match/index.ts';
import { lintBody, runCrateLints } from '../lint/body-lints.ts';
import { exportedMacrosOf, reexportedMacrosOf } from '../expand/expand.ts';
import { encodeExportedMacro } from '../expand/macro-rules/metadata.ts';
import { emitMirText } from '../mir/emit.ts';
import { codegenCrate, emitObjects } from '../codegen/index.ts';
import type { CodegenOptions } from '../llvm/shim.ts';
import { CrateLocator, type LocatedCrate } from './crate-locator.ts';
import { setPhase } from './ice.ts';
import type { Options } from './options.ts';
import { checkOutputDirs } from './output-dirs.ts';
import type { OutputPlan } from './outputs.ts';
import { builtinTargetsDir, defaultSysroot, targetLibDir } from './paths.ts';
import type { PassTimer } from './time-passes.ts';

export interface BackendInput {
  readonly opts: Options;
  readonly sess: Session;
  readonly spec: TargetSpec;
  readonly crate: Crate;
  readonly plan: OutputPlan;
  readonly timer: PassTimer;
}

function crateAttrFlag(crate: Crate, name: string): boolean {
  return crate.attrs.some((a) => a.style === 'inner' && a.kind.tag === 'Normal' && a.kind.path.segments.length === 1 && symStr(a.kind.path.segments[0]!.ident.name) === name);
}

/** Crates the source names: the injected std/core, `extern crate` items and `--extern`s. */
function directDeps(inp: BackendInput): string[] {
  const { crate, sess, opts } = inp;
  const names: string[] = [];
  const noCore = crateAttrFlag(crate, 'no_core') || sess.crateName === 'core';
  const noStd = crateAttrFlag(crate, 'no_std');
  if (!noCore) names.push(noStd || sess.crateName === 'std' ? 'core' : 'std');
  const visit = (items: Crate['items']): void => {
    for (const it of items) {
      if (it.kind.tag === 'ExternCrate') names.push(symStr(it.kind.orig ?? it.ident.name));
      else if (it.kind.tag === 'Mod' && it.kind.mod.tag === 'Loaded') visit(it.kind.mod.items);
    }
  };
  visit(crate.items);
  for (const e of opts.externs) names.push(e.name);
  return [...new Set(names)];
}

/**
 * Loads the dependency graph breadth-first from the direct dependencies. Crate numbers
 * follow load order; the returned link order puts every crate before those it uses.
 */
function loadDeps(inp: BackendInput, locator: CrateLocator): { loaded: LoadedCrate[]; located: LocatedCrate[] } {
  const loaded: LoadedCrate[] = [];
  const located: LocatedCrate[] = [];
  const queue = directDeps(inp);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const name = queue.shift()!;
    if (seen.has(name) || name === inp.sess.crateName) continue;
    seen.add(name);
    const found = locator.find(name);
    if (found === null) {
      if (name === 'std' || name === 'core') missingSysroot(inp, name);
      continue;
    }
    let blob: ReturnType<typeof decodeMetadata>;
    try {
      blob = decodeMetadata(found.rlib.metadata, found.path);
    } catch (e) {
      if (!(e instanceof MetadataError)) throw e;
      const d = inp.sess.dcx.err(e.message, e.code);
      for (const n of e.notes) d.note(n);
      d.emit();
      throw new FatalError();
    }
    loaded.push({ cnum: loaded.length + 1, name, hash: blob.hash, blob });
    located.push(found);
    for (const d of blob.deps) queue.push(d.name);
  }
  return { loaded, located };
}

/**
 * rustc's E0463 for a missing std/core, with how to get one: a built-in target's sysroot is
 * built by a script; a custom target borrows one built for a compatible built-in (same LLVM
 * target) through `-L`, since its own `<sysroot>/lib/tsrustc/<name>/lib` rarely exists.
 */
function missingSysroot(inp: BackendInput, name: string): never {
  const { spec, sess } = inp;
  const d = sess.dcx.err(`can't find crate for \`${name}\``, 'E0463').note(`the \`${spec.name}\` target may not be installed`);
  if (spec.isBuiltin) {
    d.help(`build its sysroot with \`node scripts/build-sysroot.mjs ${spec.name}\``);
  } else {
    const like = compatibleBuiltin(spec);
    const dir = targetLibDir(inp.opts.sysroot ?? defaultSysroot(), like ?? '<built-in target>');
    d.help(`\`${spec.name}\` is a custom target: pass \`-L ${dir}\` to use the libraries of a compatible built-in target, or \`--sysroot\` with a sysroot that has \`lib/tsrustc/${spec.name}/lib\``);
  }
  d.emit();
  throw new FatalError();
}

/** A built-in target with the same LLVM target and pointer width, whose sysroot a custom spec can use. */
function compatibleBuiltin(spec: TargetSpec): string | null {
  const dir = builtinTargetsDir();
  for (const name of builtinTargetList(dir)) {
    try {
      const b = loadTarget(name, { targetsDir: dir });
      if (b.llvmTarget === spec.llvmTarget && b.targetPointerWidth === spec.targetPointerWidth) return name;
    } catch {
      // A broken built-in is reported when it is used, not here.
    }
  }
  return null;
}

function llvmOptions(inp: BackendInput): CodegenOptions {
  const { opts, spec, sess } = inp;
  const o = llvmTargetOptions(spec, { cpu: opts.cg.targetCpu ?? undefined, features: opts.cg.targetFeatures });
  const reloc = (opts.cg.relocationModel ?? o.relocModel) as CodegenOptions['relocModel'];
  return {
    triple: o.triple,
    cpu: o.cpu,
    features: o.features,
    abiName: o.abiName,
    floatAbi: o.floatAbi,
    relocModel: reloc,
    codeModel: (opts.cg.codeModel ?? o.codeModel) as CodegenOptions['codeModel'],
    optLevel: sess.optLevel,
    functionSections: true,
    dataSections: true,
  };
}

/**
 * `compiler_builtins` is linked into every executable that uses the sysroot, last, as rustc
 * does: LLVM's generated code calls it (memcpy, 64-bit division on 32-bit targets) without
 * any crate naming it.
 */
function compilerBuiltins(locator: CrateLocator, located: readonly LocatedCrate[]): LocatedCrate['rlib']['objects'] {
  if (located.length === 0 || located.some((c) => c.name === 'compiler_builtins')) return [];
  return locator.find('compiler_builtins')?.rlib.objects ?? [];
}

/** Analysis, MIR, code generation and output for an expanded crate. False after errors. */
export function runBackend(inp: BackendInput): boolean {
  const { sess, plan, timer, spec, opts } = inp;
  const locator = new CrateLocator(opts, spec.name);
  setPhase('crate loading');
  const deps = timer.run('load crates', () => loadDeps(inp, locator));
  setPhase('analysis');
  const analysis = analyzeCrate(sess, inp.crate, deps.loaded, (name, f) => timer.run(name, f));
  const tcx = analysis.tcx;
  tcx.registerMirBuilder((t, def) => buildMir(def, mirBuildCx(t)));
  const owners = analysis.hir.bodyOwners.map((o) => o.def);
  // Match checking (E0004/E0005, unreachable patterns) comes first; bodies it rejects get no
  // MIR and no borrowck, as rustc taints them.
  setPhase('match checking');
  const checked = timer.run('match checking', () => owners.filter((def) => checkMatches(tcx, def)));
  setPhase('MIR building');
  timer.run('MIR building', () => {
    for (const def of checked) tcx.mirBody(def);
  });
  setPhase('borrow checking');
  timer.run('borrowck', () => {
    for (const def of checked) {
      const mir = tcx.mirBody(def);
      for (const d of borrowck(mir, borrowckCx(tcx, def))) sess.dcx.emit(d);
      lintBody(tcx, def, mir);
    }
  });
  if (!sess.dcx.hasErrorsExcludingLints()) timer.run('lint checking', () => runCrateLints(tcx));
  sess.dcx.abortIfErrors();
  checkOutputDirs(plan, sess.dcx);

  const files = plan.files;
  if (files.has('mir')) writeFileAtomic(files.get('mir')!, emitMirText(tcx, analysis.hir.bodyOwners.map((o) => o.def)));
  const isLib = !sess.crateTypes.includes('bin');
  const needsMetadata = files.has('metadata') || (isLib && files.has('link'));
  if (needsMetadata) setPhase('metadata encoding');
  const metadata = needsMetadata ? timer.run('metadata', () => encodeMetadata(analysis, [...exportedMacrosOf(inp.crate).map(encodeExportedMacro), ...reexportedMacrosOf(inp.crate)])) : null;
  if (files.has('metadata') && metadata) writeFileAtomic(files.get('metadata')!, metadata);
  const codegenKinds: EmitKind[] = ['llvm-ir', 'llvm-bc', 'asm', 'obj', 'link'];
  if (!codegenKinds.some((k) => files.has(k))) return true;

  setPhase('code generation');
  const localDefs = analysis.hir.bodyOwners.map((o) => o.def);
  const cg = codegenCrate(tcx, sess, {
    time: (name, f) => timer.run(name, f),
    locate: (sp) => {
      const loc = sess.sourceMap.lookup(sp.lo);
      return { file: loc?.file.name ?? '<unknown>', line: loc?.line ?? 0, col: loc?.col ?? 0 };
    },
    items: localDefs,
    cEnumMinBits: spec.cEnumMinBits ?? 32,
    codegenUnits: 1,
  });
  setPhase('LLVM');
  const emitted = timer.run('codegen (LLVM optimize and emit)', () =>
    emitObjects(cg.modules, llvmOptions(inp), {
      object: files.has('obj') || files.has('link'),
      assembly: files.has('asm'),
      llvmIr: files.has('llvm-ir'),
      bitcode: files.has('llvm-bc'),
      verify: true,
    }),
  );
  const single = <T>(xs: (T | undefined)[], what: string): T => {
    const present = xs.filter((x): x is T => x !== undefined);
    if (present.length !== 1) throw new Error(`expected one ${what} per crate, got ${present.length}`);
    return present[0]!;
  };
  setPhase('writing outputs');
  if (files.has('llvm-ir')) writeFileAtomic(files.get('llvm-ir')!, single(emitted.map((m) => m.llvmIr), 'LLVM IR module'));
  if (files.has('llvm-bc')) writeFileAtomic(files.get('llvm-bc')!, single(emitted.map((m) => m.bitcode), 'bitcode module'));
  if (files.has('asm')) writeFileAtomic(files.get('asm')!, single(emitted.map((m) => m.assembly), 'assembly file'));
  if (files.has('obj')) writeFileAtomic(files.get('obj')!, single(emitted.map((m) => m.object), 'object file'));
  if (!files.has('link')) return true;

  const objects = emitted.map((m, i) => ({ name: `${sess.crateName}.${i}.o`, data: m.object! }));
  const out = files.get('link')!;
  if (isLib) {
    writeFileAtomic(out, writeRlib({ metadata: metadata!, objects }));
    return true;
  }
  setPhase('linking');
  const result = timer.run('link', () =>
    link({
      spec,
      output: out,
      objects: [...objects, ...deps.located.flatMap((c) => c.rlib.objects), ...compilerBuiltins(locator, deps.located)],
      searchDirs: [...opts.libSearch.filter((l) => l.kind === 'all' || l.kind === 'native').map((l) => l.path), locator.sysrootLibDir],
      libs: opts.linkLibs,
      userArgs: opts.cg.linkArgs,
      strip: opts.cg.strip,
      linker: opts.cg.linker,
      flavor: null,
    }),
  );
  if (!result.ok) {
    sess.dcx.err(`linking with \`${result.command.split(' ')[0]}\` failed`).note(result.command).note(result.message).emit();
    return false;
  }
  return true;
}
