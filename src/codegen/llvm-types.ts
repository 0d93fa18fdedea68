// LLVM types for Rust layouts. Immediates: integers as iN (bool as i1), floats, and every
// Rust pointer (thin part) as i8* — like opaque pointers, so casts between pointer types are
// free. In memory: scalars as themselves (bool as i8), scalar pairs as `{A, B}`, arrays as
// `[N x T]`, other aggregates as packed structs of their fields in memory order with explicit
// padding (named after the ADT), so field offsets are exactly the layout's.
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { layoutOfTy, type CodegenCx } from './context.ts';
import { fieldsInMemoryOrder, isZst, type Layout, type Primitive, type Scalar } from './layout/layout.ts';
import { arrayTy, floatTy, intTy, structTy, T, type LType } from './llvm-ir/types.ts';
import { fieldTy } from './field-ty.ts';
import { fullDefPath, printArgs } from './ty-printer.ts';

export function isBoolScalar(s: Scalar): boolean {
  return s.prim.tag === 'Int' && s.prim.bits === 8 && !s.prim.signed && s.valid.start === 0n && s.valid.end === 1n;
}

export function primTy(cx: CodegenCx, p: Primitive): LType {
  switch (p.tag) {
    case 'Int': return intTy(p.bits);
    case 'Float': return floatTy(p.bits);
    case 'Pointer': return T.i8p;
  }
}

/** Type of a scalar as an SSA value (bool is i1). */
export function immTy(cx: CodegenCx, s: Scalar): LType {
  return isBoolScalar(s) ? T.i1 : primTy(cx, s.prim);
}

/** Type of a scalar in memory (bool is i8). */
export function memScalarTy(cx: CodegenCx, s: Scalar): LType {
  return primTy(cx, s.prim);
}

function padding(n: number): LType {
  return arrayTy(n, T.i8);
}

/** The memory type of a value of type `ty` (allocas, globals, GEPs). */
export function memTy(cx: CodegenCx, ty: Ty): LType {
  const hit = cx.memTyCache.get(ty);
  if (hit) return hit;
  const r = computeMemTy(cx, ty, layoutOfTy(cx, ty));
  cx.memTyCache.set(ty, r);
  return r;
}

function computeMemTy(cx: CodegenCx, ty: Ty, l: Layout): LType {
  const abi = l.abi;
  if (abi.tag === 'Scalar') return memScalarTy(cx, abi.scalar);
  if (abi.tag === 'ScalarPair') {
    const a = memScalarTy(cx, abi.a);
    const b = memScalarTy(cx, abi.b);
    return structTy([a, b]);
  }
  if (l.size === 0) return structTy([]);
  const k = tyKind(ty);
  if (l.fields.tag === 'Array' && k.tag === 'Array') return arrayTy(l.fields.count, memTy(cx, k.elem));
  if (l.fields.tag === 'Union' || l.variants.tag === 'Multiple' || abi.tag === 'Uninhabited') {
    return padding(l.size);
  }
  // Struct-like: fields in memory order, padding made explicit, packed so offsets are exact.
  const parts: LType[] = [];
  let at = 0;
  for (const i of fieldsInMemoryOrder(l)) {
    const off = l.fields.tag === 'Arbitrary' ? l.fields.offsets[i]! : 0;
    const fty = fieldTy(cx, ty, null, i);
    const fl = layoutOfTy(cx, fty);
    if (isZst(fl)) continue;
    if (off > at) parts.push(padding(off - at));
    parts.push(memTy(cx, fty));
    at = off + fl.size;
  }
  if (l.size > at) parts.push(padding(l.size - at));
  const body = structTy(parts, true);
  if (k.tag === 'Adt') {
    const name = `${fullDefPath(cx.tcx, k.def).join('::')}${printArgs(cx.tcx, k.args)}`;
    return cx.m.namedStruct(uniqueStructName(cx, name, body), parts, true);
  }
  return body;
}

function uniqueStructName(cx: CodegenCx, name: string, body: LType): string {
  let n = name;
  for (let i = 1; cx.m.hasStruct(n) && cx.m.structBody(n) !== body; i++) n = `${name}.${i}`;
  return n;
}
