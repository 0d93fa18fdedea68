// Vtables: one private constant per (concrete type, trait object type) in a codegen unit,
// laid out as the middle end says (drop_in_place, size, align, then method slots), and the
// loads a virtual call or `size_of_val` makes from one.
import type { Span } from '../diagnostics/span.ts';
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { CodegenError, layoutOfTy, type CodegenCx } from './context.ts';
import { fnRef } from './declare.ts';
import type { FnCx } from './fn-cx.ts';
import { fnTy, ptrTo, T, type LType } from './llvm-ir/types.ts';
import { constBitcast, constInt, constNull, constStruct, globalRef, type Value } from './llvm-ir/value.ts';
import type { Instance } from '../ty/instance.ts';

const vtables = new WeakMap<CodegenCx, Map<string, Value>>();

/** The address (`i8*`) of the vtable of `ty` as the trait object type `dyn`. */
export function vtableAddr(cx: CodegenCx, ty: Ty, dyn: Ty, span: Span | null): Value {
  let cache = vtables.get(cx);
  if (!cache) vtables.set(cx, (cache = new Map()));
  const key = `${ty}:${dyn}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const k = tyKind(dyn);
  if (k.tag !== 'Dynamic') throw new CodegenError('vtable of a type that is not a trait object', span);
  const layout = layoutOfTy(cx, ty, span);
  const isize = cx.isizeTy;
  // Slot 0: the concrete type's drop glue, null when it needs none (a virtual drop skips it).
  const dropInPlace = cx.tcx.langItem('drop_in_place');
  const glue = dropInPlace !== null && cx.tcx.needsDrop(ty) ? cx.tcx.resolveInstance(dropInPlace, [{ tag: 'Type', ty }]) : null;
  const dropSlot = glue !== null ? constBitcast(fnRef(cx, glue).ptr, T.i8p) : constNull(T.i8p);
  const slots: Value[] = [dropSlot, constInt(isize, layout.size), constInt(isize, layout.align)];
  const methods = k.principal === null ? [] : cx.tcx.vtableEntries(ty, k.principal);
  for (const inst of methods) slots.push(inst === null ? constNull(T.i8p) : constBitcast(slotFn(cx, inst), T.i8p));
  const init = constStruct(slots);
  const g = cx.m.addGlobal({
    name: cx.m.uniqueName('vtable'),
    type: init.ty,
    init,
    linkage: 'private',
    constant: true,
    unnamedAddr: 'unnamed_addr',
    align: cx.lcx.dl.pointerSize,
  });
  const p = constBitcast(g, T.i8p);
  cache.set(key, p);
  return p;
}

/**
 * The function a method slot holds. Virtual calls pass the receiver as a data pointer; a
 * method whose receiver the ABI ignores (the body of a closure without captures takes its
 * zero-sized environment by value) gets a shim that accepts and drops that pointer.
 */
function slotFn(cx: CodegenCx, inst: Instance): Value {
  const f = fnRef(cx, inst);
  if (f.abi.args[0]?.mode.tag !== 'Ignore') return f.ptr;
  const ft = f.abi.llvmTy;
  if (ft.kind !== 'fn') return f.ptr;
  const sret = f.abi.ret.mode.tag === 'Indirect' ? 1 : 0;
  const params = [...ft.params.slice(0, sret), T.i8p, ...ft.params.slice(sret)];
  const shimTy = fnTy(ft.ret, params);
  const b = cx.m.defineFunction(cx.m.uniqueName(`${f.symbol}.vtable_shim`), shimTy, { linkage: 'internal', fnAttrs: ['nounwind'], paramNames: [] });
  b.positionAt(b.newBlock('start'));
  const args = [...b.params.slice(0, sret), ...b.params.slice(sret + 1)];
  const r = b.call(f.ptr, args, { fnAttrs: ['nounwind'], paramAttrs: f.abi.paramAttrs, retAttrs: f.abi.retAttrs });
  if (r === null || ft.ret === T.void) b.ret();
  else b.ret(r);
  return globalRef(b.name, ptrTo(shimTy));
}

/** Loads slot `index` of a vtable (`i8*`) as a value of type `ty` (a fn pointer or `isize`). */
export function loadVtableSlot(fx: FnCx, vtable: Value, index: number, ty: LType): Value {
  const ps = fx.cx.lcx.dl.pointerSize;
  const slot = fx.b.byteOffset(vtable, index * ps, fx.cx.isizeTy, ptrTo(ty));
  return fx.b.load(slot, ps);
}
