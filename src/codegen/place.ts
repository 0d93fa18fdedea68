// Places: a pointer (always `i8*`) to a value of a known type and layout, plus the metadata
// (length or vtable) when the value is unsized. Projections compute byte offsets.
import type { Place, PlaceElem } from '../mir/mir.ts';
import { mkTy, tyKind, tys } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { CodegenError } from './context.ts';
import { layoutOfMono, localPlace, mono, type FnCx } from './fn-cx.ts';
import { fieldOffset, isUnsized, type Layout } from './layout/layout.ts';
import { arrayLen } from './layout/layout-of.ts';
import { memTy } from './llvm-types.ts';
import { ptrTo, T } from './llvm-ir/types.ts';
import { constInt, type Value } from './llvm-ir/value.ts';
import { loadOperand, type OperandRef } from './operand.ts';

export interface PlaceRef {
  /** Address of the value, as `i8*`. */
  readonly ptr: Value;
  /** Length (slices, str) or vtable (dyn) of an unsized value; null for sized values. */
  readonly meta: Value | null;
  readonly ty: Ty;
  /** The layout in effect (after `Downcast`, the variant's layout). */
  readonly layout: Layout;
  /** Known alignment of `ptr`. */
  readonly align: number;
  /** Set by `Downcast`: which variant's fields the next `Field` projection means. */
  readonly variant?: number;
}

/** Largest power of two dividing `offset`, capped by `align` (rustc's restrict_for_offset). */
export function alignAtOffset(align: number, offset: number): number {
  if (offset === 0) return align;
  let a = 1;
  while (a < align && offset % (a * 2) === 0) a *= 2;
  return a;
}

/** Turns a pointer operand into the place it points to. */
export function derefOperand(fx: FnCx, op: OperandRef, pointeeTy: Ty): PlaceRef {
  const layout = layoutOfMono(fx, pointeeTy);
  const v = op.val;
  if (v.tag === 'Imm') return { ptr: fx.b.bitcast(v.v, T.i8p), meta: null, ty: pointeeTy, layout, align: layout.align };
  if (v.tag === 'Pair') return { ptr: fx.b.bitcast(v.a, T.i8p), meta: v.b, ty: pointeeTy, layout, align: layout.align };
  throw new CodegenError('cannot dereference a non-pointer operand');
}

export function pointeeOf(ty: Ty): Ty {
  const k = tyKind(ty);
  if (k.tag === 'Ref' || k.tag === 'RawPtr') return k.pointee;
  // Box<T> and other smart pointers deref through their Deref impls in MIR; builtin deref
  // only sees references and raw pointers.
  throw new CodegenError(`cannot dereference a value of type #${ty} (${k.tag})`);
}

export function fieldPlace(fx: FnCx, base: PlaceRef, index: number, fieldTy: Ty): PlaceRef {
  const layout = layoutOfMono(fx, fieldTy);
  let parent = base.layout;
  if (base.variant !== undefined && parent.variants.tag === 'Multiple') parent = parent.variants.variants[base.variant]!;
  const offset = fieldOffset(parent, index);
  const ptr = offset === 0 ? base.ptr : fx.b.byteOffset(base.ptr, offset, fx.cx.isizeTy, T.i8p, 'fld');
  const meta = isUnsized(layout) ? base.meta : null;
  return { ptr, meta, ty: fieldTy, layout, align: alignAtOffset(base.align, offset) };
}

function elemPlace(fx: FnCx, base: PlaceRef, index: Value): PlaceRef {
  const k = tyKind(base.ty);
  const elemTy = k.tag === 'Array' || k.tag === 'Slice' ? k.elem : null;
  if (elemTy === null) throw new CodegenError(`cannot index into a value of type #${base.ty} (${k.tag})`);
  const elem = layoutOfMono(fx, elemTy);
  let ptr: Value;
  if (/^-?\d+$/.test(index.s)) {
    const off = Number(index.s) * elem.size;
    ptr = off === 0 ? base.ptr : fx.b.byteOffset(base.ptr, off, fx.cx.isizeTy, T.i8p, 'elem');
  } else if (elem.size === 0) {
    ptr = base.ptr;
  } else {
    const typed = fx.b.bitcast(base.ptr, ptrTo(memTy(fx.cx, elemTy)));
    ptr = fx.b.bitcast(fx.b.gep(typed, [index], { hint: 'elem' }), T.i8p);
  }
  return { ptr, meta: null, ty: elemTy, layout: elem, align: alignAtOffset(base.align, elem.size || base.align) };
}

/** Number of elements of an array or slice place. */
export function placeLen(fx: FnCx, p: PlaceRef): Value {
  const k = tyKind(p.ty);
  if (k.tag === 'Array') return constInt(fx.cx.isizeTy, arrayLen(p.ty));
  if ((k.tag === 'Slice' || k.tag === 'Str') && p.meta) return p.meta;
  throw new CodegenError(`length of a value of type #${p.ty} (${k.tag}) is unknown`);
}

function projectOne(fx: FnCx, base: PlaceRef, elem: PlaceElem): PlaceRef {
  switch (elem.tag) {
    case 'Deref': {
      const op = loadOperand(fx, base);
      return derefOperand(fx, op, pointeeOf(base.ty));
    }
    case 'Field': return fieldPlace(fx, base, elem.index, mono(fx, elem.ty));
    case 'Index': {
      const idx = loadOperand(fx, localPlace(fx, elem.local));
      if (idx.val.tag !== 'Imm') throw new CodegenError('index operand is not a scalar');
      return elemPlace(fx, base, idx.val.v);
    }
    case 'ConstantIndex': {
      if (!elem.fromEnd) return elemPlace(fx, base, constInt(fx.cx.isizeTy, elem.offset));
      const len = placeLen(fx, base);
      const idx = fx.b.bin('sub', len, constInt(fx.cx.isizeTy, elem.offset));
      return elemPlace(fx, base, idx);
    }
    case 'Subslice': {
      const k = tyKind(base.ty);
      if (k.tag !== 'Array' && k.tag !== 'Slice') throw new CodegenError('subslice of a non-array');
      const from = elemPlace(fx, base, constInt(fx.cx.isizeTy, elem.from));
      if (k.tag === 'Array') {
        // `[a, rest @ .., b]` on `[T; N]`: `rest` is an array `[T; N - from - to]` (the MIR
        // place type, see placeElemTy) starting at element `from`.
        const n = BigInt(arrayLen(base.ty) - elem.from - elem.to);
        const ty = mkTy({ tag: 'Array', elem: k.elem, len: { tag: 'Value', ty: tys.usize, bits: n } });
        const layout = layoutOfMono(fx, ty);
        return { ptr: from.ptr, meta: null, ty, layout, align: from.align };
      }
      const len = placeLen(fx, base);
      const n = fx.b.bin('sub', len, constInt(fx.cx.isizeTy, elem.from + elem.to));
      return { ptr: from.ptr, meta: n, ty: base.ty, layout: base.layout, align: from.align };
    }
    case 'Downcast':
      return { ...base, variant: elem.variant };
  }
}

export function codegenPlace(fx: FnCx, place: Place): PlaceRef {
  let p = localPlace(fx, place.local);
  for (const e of place.projection) p = projectOne(fx, p, e);
  return p;
}
