// Constant memory: bytes plus relocations (pointer-sized slots holding the address of a
// static, a function, literal bytes or another constant allocation). Static initializers and
// aggregate constants become these, then LLVM constants: a packed struct of byte runs and
// pointers, so every byte lands at its exact offset.
import type { ConstValue } from '../mir/mir.ts';
import type { DefId } from '../ty/def-id.ts';
import type { GenericArgs } from '../ty/ty.ts';
import type { CodegenCx } from './context.ts';
import { fnRef, staticAddr } from './declare.ts';
import { T } from './llvm-ir/types.ts';
import { constBitcast, constByteOffset, constBytes, constStruct, type Value } from './llvm-ir/value.ts';
import { resolveFnInstance } from './resolve.ts';

export type RelocTarget =
  | { readonly tag: 'Static'; readonly def: DefId }
  | { readonly tag: 'Fn'; readonly def: DefId; readonly args: GenericArgs }
  | { readonly tag: 'Bytes'; readonly data: Uint8Array }
  | { readonly tag: 'Alloc'; readonly alloc: ConstAlloc };

export interface ConstReloc {
  readonly offset: number;
  readonly target: RelocTarget;
}

/** The bytes of a pointer slot hold the offset into the target (the addend). */
export interface ConstAlloc {
  readonly bytes: Uint8Array;
  readonly relocs: readonly ConstReloc[];
  readonly align: number;
}

export function relocTargetOf(v: ConstValue): RelocTarget {
  switch (v.tag) {
    case 'StaticRef': return { tag: 'Static', def: v.def };
    case 'FnAddr': return { tag: 'Fn', def: v.def, args: v.args };
    case 'Slice': return { tag: 'Bytes', data: v.data };
    case 'Indirect': return { tag: 'Alloc', alloc: allocOfIndirect(v) };
    default: throw new Error(`a ${v.tag} constant cannot be a relocation target`);
  }
}

export function allocOfIndirect(v: Extract<ConstValue, { tag: 'Indirect' }>, align = 8): ConstAlloc {
  return { bytes: v.bytes, relocs: v.relocations.map((r) => ({ offset: r.offset, target: relocTargetOf(r.target) })), align };
}

export function readUint(bytes: Uint8Array, offset: number, size: number, bigEndian: boolean): bigint {
  let v = 0n;
  for (let i = 0; i < size; i++) {
    const b = bytes[bigEndian ? offset + i : offset + size - 1 - i] ?? 0;
    v = (v << 8n) | BigInt(b);
  }
  return v;
}

export function writeUint(bytes: Uint8Array, offset: number, size: number, value: bigint, bigEndian: boolean): void {
  let v = BigInt.asUintN(size * 8, value);
  for (let i = 0; i < size; i++) {
    bytes[bigEndian ? offset + size - 1 - i : offset + i] = Number(v & 0xffn);
    v >>= 8n;
  }
}

/** The `i8*` address a relocation points to (before adding the addend). */
export function relocTargetAddr(cx: CodegenCx, t: RelocTarget): Value {
  switch (t.tag) {
    case 'Static': return staticAddr(cx, t.def);
    case 'Fn': return constBitcast(fnRef(cx, resolveFnInstance(cx, t.def, t.args)).ptr, T.i8p);
    case 'Bytes': return cx.m.bytesConstant(t.data);
    case 'Alloc': return allocAddr(cx, t.alloc);
  }
}

const allocGlobals = new WeakMap<ConstAlloc, Value>();

/** A private constant global holding `alloc`; returns its address as `i8*`. */
export function allocAddr(cx: CodegenCx, alloc: ConstAlloc): Value {
  const hit = allocGlobals.get(alloc);
  if (hit) return hit;
  const init = renderAlloc(cx, alloc);
  const g = cx.m.addGlobal({
    name: cx.m.uniqueName('alloc'),
    type: init.ty,
    init,
    linkage: 'private',
    constant: true,
    unnamedAddr: 'unnamed_addr',
    align: alloc.align,
  });
  const p = constBitcast(g, T.i8p);
  allocGlobals.set(alloc, p);
  return p;
}

/** The LLVM constant for an allocation: `[N x i8]` without relocations, else a packed struct. */
export function renderAlloc(cx: CodegenCx, alloc: ConstAlloc): Value {
  const dl = cx.lcx.dl;
  const ps = dl.pointerSize;
  if (alloc.relocs.length === 0) return constBytes(alloc.bytes);
  const relocs = [...alloc.relocs].sort((a, b) => a.offset - b.offset);
  const parts: Value[] = [];
  let at = 0;
  for (const r of relocs) {
    if (r.offset > at) parts.push(constBytes(alloc.bytes.subarray(at, r.offset)));
    const addend = Number(BigInt.asIntN(ps * 8, readUint(alloc.bytes, r.offset, ps, dl.bigEndian)));
    const base = relocTargetAddr(cx, r.target);
    parts.push(addend === 0 ? base : constByteOffset(base, addend, ps * 8));
    at = r.offset + ps;
  }
  if (at < alloc.bytes.length) parts.push(constBytes(alloc.bytes.subarray(at)));
  return constStruct(parts, true);
}
