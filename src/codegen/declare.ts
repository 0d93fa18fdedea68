// Naming and declaring what code refers to: function instances (by symbol, with the LLVM
// type of their ABI), statics, and the attributes every function carries.
import { instanceKey } from '../mono/item.ts';
import type { Instance } from '../ty/instance.ts';
import type { DefId } from '../ty/def-id.ts';
import type { FnSig } from '../ty/ty.ts';
import { substSig } from '../mono/subst.ts';
import { fnPtrShimSig } from '../mir/shim/fn-ptr-shim.ts';
import { boxFnShimSig } from '../mir/shim/box-fn-shim.ts';
import { fnAbiOf, type FnAbi } from './abi.ts';
import type { CodegenCx } from './context.ts';
import { T } from './llvm-ir/types.ts';
import { constBitcast, type Value } from './llvm-ir/value.ts';
import { instanceSymbol, staticSymbol } from './symbol-names.ts';
import { memTy } from './llvm-types.ts';
import { defineStatic } from './statics.ts';
import { locationRefTy, tracksCaller } from './track-caller.ts';

export { instanceKey };

export function symbolOf(cx: CodegenCx, inst: Instance): string {
  const key = instanceKey(inst);
  let s = cx.symbolCache.get(key);
  if (s === undefined) {
    s = instanceSymbol(cx.tcx, inst);
    cx.symbolCache.set(key, s);
  }
  return s;
}

/** The instance's signature with its generic args substituted. */
export function instanceSig(cx: CodegenCx, inst: Instance): FnSig {
  const sig = fnPtrShimSig(cx.tcx, inst)?.shim ?? boxFnShimSig(cx.tcx, inst) ?? substSig(cx.tcx.fnSig(inst.def), inst.args);
  const inputs = sig.inputs.map((t) => cx.tcx.normalize(t));
  // `#[track_caller]`: the caller's location is a hidden last argument.
  const loc = tracksCaller(cx, inst) ? locationRefTy(cx) : null;
  return {
    ...sig,
    inputs: loc ? [...inputs, loc] : inputs,
    output: cx.tcx.normalize(sig.output),
  };
}

/** Function attributes from `#[inline]`, `#[cold]`, `#[naked]`, `#[target_feature]`. */
export function fnAttrsFor(cx: CodegenCx, def: DefId | null, abi: FnAbi): string[] {
  // Everything is nounwind while panics abort: ARM links otherwise want unwind tables and
  // `__aeabi_unwind_cpp_pr0`.
  const attrs = ['nounwind'];
  if (abi.noReturn) attrs.push('noreturn');
  if (def === null) return attrs;
  const a = cx.tcx.codegenAttrs(def);
  if (a.naked) attrs.push('naked', 'noinline');
  else if (a.inline === 'always') attrs.push('alwaysinline');
  else if (a.inline === 'never') attrs.push('noinline');
  else if (a.inline === 'hint') attrs.push('inlinehint');
  if (a.cold) attrs.push('cold');
  if (a.noBuiltins) attrs.push('"no-builtins"');
  if (a.wasmImportModule !== null && (cx.target.arch === 'wasm32' || cx.target.arch === 'wasm64') && cx.tcx.defKind(def) === 'ForeignFn') {
    // wasm-ld imports undefined functions from this module instead of "env".
    attrs.push(`"wasm-import-module"="${a.wasmImportModule}"`, `"wasm-import-name"="${a.exportName ?? cx.tcx.defPath(def).at(-1)}"`);
  }
  if (a.targetFeatures.length > 0) {
    attrs.push(`"target-features"="${a.targetFeatures.map((f) => (f.startsWith('+') || f.startsWith('-') ? f : `+${f}`)).join(',')}"`);
  }
  return attrs;
}

export interface FnRef {
  readonly ptr: Value;
  readonly abi: FnAbi;
  readonly symbol: string;
}

/** A callable reference to an instance (declared in the module if not defined here). */
export function fnRef(cx: CodegenCx, inst: Instance): FnRef {
  const symbol = symbolOf(cx, inst);
  const abi = fnAbiOf(cx, instanceSig(cx, inst));
  const key = instanceKey(inst);
  if (!cx.referencedInstances.has(key)) cx.referencedInstances.set(key, inst);
  const ptr = cx.m.declareFunction(symbol, abi.llvmTy, {
    fnAttrs: fnAttrsFor(cx, inst.def, abi),
    retAttrs: abi.retAttrs,
    paramAttrs: abi.paramAttrs,
  });
  return { ptr, abi, symbol };
}

/** The address of a static as `i8*` (defining it first if this module owns it). */
export function staticAddr(cx: CodegenCx, def: DefId): Value {
  const symbol = staticSymbol(cx.tcx, def);
  cx.referencedStatics.add(def);
  if (cx.definedHere.has(symbol)) {
    const g = defineStatic(cx, def, symbol);
    return constBitcast(g, T.i8p);
  }
  const info = cx.tcx.staticInfo(def);
  const g = cx.m.addGlobal({ name: symbol, type: memTy(cx, info.ty), init: null });
  return constBitcast(g, T.i8p);
}
