// The codegen entry point for the driver: collect mono items, partition them into codegen
// units, and produce one textual LLVM module per unit.
import { globalAsmLines } from './global-asm.ts';
import type { Span } from '../diagnostics/span.ts';
import type { Session } from '../session/session.ts';
import type { Tcx } from '../ty/context.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';
import { collectMonoItems, shouldCodegenLocally } from '../mono/collect.ts';
import { instanceKey, type MonoItem } from '../mono/item.ts';
import { partition, type CodegenUnit } from '../mono/partition.ts';
import { CodegenError, type CodegenCx, type SourceLoc } from './context.ts';
import { symbolOf } from './declare.ts';
import { codegenMainShim } from './entry.ts';
import { codegenInstance } from './fn-codegen.ts';
import { parseDataLayout } from './layout/data-layout.ts';
import { mkLayoutCx } from './layout/layout-of.ts';
import { itemLinkage } from './linkage.ts';
import { ModuleBuilder } from './llvm-ir/module-builder.ts';
import { arrayTy, intTy, T } from './llvm-ir/types.ts';
import { constArray, constBitcast } from './llvm-ir/value.ts';
import { defineStatic, usedGlobals } from './statics.ts';
import { staticSymbol } from './symbol-names.ts';

export interface CodegenCrateOptions {
  /** Source position of a span, for panic locations (`file`, 1-based `line` and `col`). */
  readonly locate: (span: Span) => SourceLoc;
  /** Every local item definition (fns, assoc fns, statics): root candidates for the collector. */
  readonly items: readonly DefId[];
  /** Minimum tag size of `#[repr(C)]` enums in bits (the target's `c-enum-min-bits`). */
  readonly cEnumMinBits?: number;
  readonly codegenUnits?: number;
  /** Times a pass (`-Z time-passes`): the collector and IR generation are reported apart. */
  readonly time?: <T>(pass: string, f: () => T) => T;
}

export interface CodegenModule {
  readonly name: string;
  readonly llvmIr: string;
}

export interface CodegenResult {
  readonly modules: readonly CodegenModule[];
}

const LIB_TYPES = new Set(['lib', 'rlib', 'staticlib', 'dylib', 'cdylib']);

export function codegenCrate(tcx: Tcx, sess: Session, opts: CodegenCrateOptions): CodegenResult {
  const exportAll = sess.crateTypes.some((t) => LIB_TYPES.has(t));
  const time = opts.time ?? (<T>(_pass: string, f: () => T): T => f());
  const collected = time('mono', () => collectMonoItems(tcx, { items: opts.items, exportAll, pointerWidth: sess.target.pointerWidth }));
  const crateHash = tcx.crateHash(0);
  const cgus = partition(tcx.localCrateName, crateHash, collected.items, opts.codegenUnits ?? 1);
  const modules = time('LLVM IR', () => cgus.map((cgu) => codegenUnit(tcx, sess, opts, cgu, exportAll, cgu.primary && sess.crateTypes.includes('bin') ? collected.entry : null)));
  return { modules };
}

function mkCx(tcx: Tcx, sess: Session, opts: CodegenCrateOptions, name: string, exportAll: boolean, definedHere: Set<string>): CodegenCx {
  const dl = parseDataLayout(sess.target.dataLayout);
  if (dl.pointerSize * 8 !== sess.target.pointerWidth) {
    throw new CodegenError(`target data layout has ${dl.pointerSize * 8}-bit pointers, but target-pointer-width is ${sess.target.pointerWidth}`);
  }
  return {
    tcx,
    target: sess.target,
    lcx: mkLayoutCx(tcx, dl, opts.cEnumMinBits ?? 32),
    m: new ModuleBuilder(name, sess.target.llvmTarget, sess.target.dataLayout),
    isizeTy: intTy(dl.pointerSize * 8),
    locate: opts.locate,
    exportAll,
    definedHere,
    memTyCache: new Map(),
    symbolCache: new Map(),
    referencedStatics: new Set(),
    referencedInstances: new Map(),
  };
}

function codegenUnit(tcx: Tcx, sess: Session, opts: CodegenCrateOptions, cgu: CodegenUnit, exportAll: boolean, entry: DefId | null): CodegenModule {
  const definedHere = new Set<string>();
  const cx = mkCx(tcx, sess, opts, cgu.name, exportAll, definedHere);
  const fnItems: MonoItem[] = [];
  for (const item of cgu.items) {
    if (item.tag === 'Fn') {
      definedHere.add(symbolOf(cx, item.instance));
      fnItems.push(item);
    } else definedHere.add(staticSymbol(tcx, item.def));
  }
  for (const item of cgu.items) if (item.tag === 'Static') defineStatic(cx, item.def, staticSymbol(tcx, item.def));
  const done = new Set<string>();
  for (const item of fnItems) {
    if (item.tag !== 'Fn') continue;
    done.add(instanceKey(item.instance));
    const inst = item.instance;
    codegenInstance(cx, inst, isLocal(inst.def) && inst.args.length === 0 ? itemLinkage(cx, inst.def) : 'internal');
  }
  if (entry !== null) codegenMainShim(cx, entry);
  if (cgu.primary) for (const line of globalAsmLines(tcx.globalAsm(), sess.target.arch)) cx.m.moduleAsm(line);
  // Anything referenced that this crate must define but the collector did not list.
  for (;;) {
    const missing = [...cx.referencedInstances.entries()].filter(([k, inst]) => !done.has(k) && shouldCodegenLocally(tcx, inst) && !cx.m.isDefined(symbolOf(cx, inst)));
    if (missing.length === 0) break;
    for (const [k, inst] of missing) {
      done.add(k);
      definedHere.add(symbolOf(cx, inst));
      codegenInstance(cx, inst, 'internal');
    }
  }
  const used = usedGlobals(cx);
  if (used.length > 0) {
    const elems = used.map((g) => constBitcast(g, T.i8p));
    cx.m.addGlobal({ name: 'llvm.compiler.used', type: arrayTy(elems.length, T.i8p), init: constArray(T.i8p, elems), linkage: 'appending', section: 'llvm.metadata' });
  }
  return { name: cgu.name, llvmIr: cx.m.toString() };
}
