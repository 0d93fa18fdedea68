// layoutOf(ty): sizes, alignments and ABI shapes for every type of the language, for any
// target data layout (16/32/64-bit pointers, either endianness). Follows rustc's algorithm
// (field reordering for repr(Rust), declaration order for repr(C), scalar-pair unpacking),
// without niche filling: enums use a separate tag.
import type { AdtDef, ReprOptions } from '../../ty/adt.ts';
import { tyKind, tys } from '../../ty/interner.ts';
import type { IntTy, Ty, UintTy } from '../../ty/ty.ts';
import { substTy } from '../../mono/subst.ts';
import { closureUpvars } from '../../ty/closure.ts';
import type { TargetDataLayout } from './data-layout.ts';
import { alignTo, fullRange, isUninhabited, isUnsized, isZst, primSize, type Layout, type Primitive, type Scalar } from './layout.ts';

/** The queries layout needs (a subset of Tcx, so tests can supply a small fake). */
export interface LayoutTcx {
  adtDef(def: import('../../ty/def-id.ts').DefId): AdtDef;
  normalize(ty: Ty): Ty;
}

export interface LayoutCx {
  readonly dl: TargetDataLayout;
  readonly tcx: LayoutTcx;
  /** Minimum tag width in bits of `#[repr(C)]` enums (the target's C enum size; 32 almost everywhere). */
  readonly cEnumMinBits: number;
  readonly cache: Map<Ty, Layout>;
}

export class LayoutError extends Error {}

export function mkLayoutCx(tcx: LayoutTcx, dl: TargetDataLayout, cEnumMinBits = 32): LayoutCx {
  return { dl, tcx, cEnumMinBits, cache: new Map() };
}

const inProgress = new WeakMap<LayoutCx, Set<Ty>>();

export function layoutOf(ty: Ty, cx: LayoutCx): Layout {
  const hit = cx.cache.get(ty);
  if (hit) return hit;
  let active = inProgress.get(cx);
  if (!active) inProgress.set(cx, (active = new Set()));
  if (active.has(ty)) throw new LayoutError(`recursive type without indirection (type #${ty}) has infinite size`);
  active.add(ty);
  try {
    const l = computeLayout(ty, cx);
    cx.cache.set(ty, l);
    return l;
  } finally {
    active.delete(ty);
  }
}

// ---- scalars -------------------------------------------------------------------------------

export function intBits(t: IntTy | UintTy, dl: TargetDataLayout): 8 | 16 | 32 | 64 | 128 {
  switch (t) {
    case 'i8': case 'u8': return 8;
    case 'i16': case 'u16': return 16;
    case 'i32': case 'u32': return 32;
    case 'i64': case 'u64': return 64;
    case 'i128': case 'u128': return 128;
    case 'isize': case 'usize': return (dl.pointerSize * 8) as 16 | 32 | 64;
  }
}

export function intScalar(bits: 8 | 16 | 32 | 64 | 128, signed: boolean): Scalar {
  return { prim: { tag: 'Int', bits, signed }, valid: fullRange(bits) };
}

function pointerScalar(dl: TargetDataLayout, nonNull: boolean): Scalar {
  const r = fullRange(dl.pointerSize * 8);
  return { prim: { tag: 'Pointer' }, valid: nonNull ? { start: 1n, end: r.end } : r };
}

export function primAlign(p: Primitive, dl: TargetDataLayout): number {
  switch (p.tag) {
    case 'Int': return dl.intAlign(p.bits);
    case 'Float': return dl.floatAlign(p.bits);
    case 'Pointer': return dl.pointerAlign;
  }
}

export function scalarLayout(s: Scalar, dl: TargetDataLayout): Layout {
  return {
    size: primSize(s.prim, dl.pointerSize),
    align: primAlign(s.prim, dl),
    abi: { tag: 'Scalar', scalar: s },
    fields: { tag: 'Primitive' },
    variants: { tag: 'Single', index: 0 },
  };
}

export function scalarPairLayout(a: Scalar, b: Scalar, dl: TargetDataLayout): Layout {
  const aSize = primSize(a.prim, dl.pointerSize);
  const bAlign = primAlign(b.prim, dl);
  const align = Math.max(primAlign(a.prim, dl), bAlign, dl.aggregateAlign);
  const bOffset = alignTo(aSize, bAlign);
  const size = alignTo(bOffset + primSize(b.prim, dl.pointerSize), align);
  return {
    size,
    align,
    abi: { tag: 'ScalarPair', a, b },
    fields: { tag: 'Arbitrary', offsets: [0, bOffset], memoryIndex: [0, 1] },
    variants: { tag: 'Single', index: 0 },
  };
}

// ---- pointers ------------------------------------------------------------------------------

/** What a pointer to `ty` carries besides the address. */
export type PointerMetadata = 'none' | 'length' | 'vtable';

export function pointerMetadata(ty: Ty, cx: LayoutCx): PointerMetadata {
  const k = tyKind(ty);
  switch (k.tag) {
    case 'Str': case 'Slice': return 'length';
    case 'Dynamic': return 'vtable';
    case 'Alias': return pointerMetadata(cx.tcx.normalize(ty), cx);
    case 'Tuple': return k.elems.length === 0 ? 'none' : pointerMetadata(k.elems[k.elems.length - 1]!, cx);
    case 'Adt': {
      const adt = cx.tcx.adtDef(k.def);
      if (adt.kind !== 'struct') return 'none';
      const fields = adt.variants[0]?.fields ?? [];
      const last = fields[fields.length - 1];
      return last ? pointerMetadata(substTy(last.ty, k.args), cx) : 'none';
    }
    default: return 'none';
  }
}

function pointerLayout(pointee: Ty, nonNull: boolean, cx: LayoutCx): Layout {
  const dl = cx.dl;
  const data = pointerScalar(dl, nonNull);
  switch (pointerMetadata(pointee, cx)) {
    case 'none': return scalarLayout(data, dl);
    case 'length': return scalarPairLayout(data, intScalar((dl.pointerSize * 8) as 16 | 32 | 64, false), dl);
    case 'vtable': return scalarPairLayout(data, pointerScalar(dl, true), dl);
  }
}

// ---- aggregates ----------------------------------------------------------------------------

const DEFAULT_REPR: ReprOptions = { c: false, transparent: false, packed: null, align: null, int: null };

export type StructKind =
  | { readonly tag: 'AlwaysSized' }
  /** The last field may be unsized: it stays last. */
  | { readonly tag: 'MaybeUnsized' }
  /** An enum variant: fields follow a tag of this size and alignment. */
  | { readonly tag: 'Prefixed'; readonly size: number; readonly align: number };

/** Lays out one struct-like sequence of fields (rustc's `univariant`). */
export function univariant(fields: readonly Layout[], repr: ReprOptions, kind: StructKind, cx: LayoutCx): Layout {
  const dl = cx.dl;
  const pack = repr.packed;
  let align = pack !== null ? 1 : dl.aggregateAlign;
  const n = fields.length;
  const order = Array.from({ length: n }, (_, i) => i);
  const optimize = !repr.c && repr.int === null;
  const fieldAlign = (f: Layout): number => (pack !== null ? Math.min(f.align, pack) : f.align);

  if (optimize) {
    const end = kind.tag === 'MaybeUnsized' ? n - 1 : n;
    const head = order.slice(0, Math.max(0, end));
    // Array.prototype.sort is stable: equal keys keep declaration order, as rustc's sort_by_key.
    if (kind.tag === 'Prefixed') {
      head.sort((x, y) => fieldAlign(fields[x]!) - fieldAlign(fields[y]!));
    } else {
      // Zero-sized fields first, then by decreasing alignment.
      head.sort((x, y) => {
        const zx = isZst(fields[x]!) ? 0 : 1;
        const zy = isZst(fields[y]!) ? 0 : 1;
        if (zx !== zy) return zx - zy;
        return fieldAlign(fields[y]!) - fieldAlign(fields[x]!);
      });
    }
    order.splice(0, head.length, ...head);
  }

  let offset = 0;
  if (kind.tag === 'Prefixed') {
    offset = kind.size;
    align = Math.max(align, pack !== null ? Math.min(kind.align, pack) : kind.align);
  }
  const offsets = new Array<number>(n).fill(0);
  let sized = true;
  for (const i of order) {
    const f = fields[i]!;
    if (!sized) throw new LayoutError('an unsized field must be the last field');
    if (isUnsized(f)) sized = false;
    const fa = fieldAlign(f);
    offset = alignTo(offset, fa);
    align = Math.max(align, fa);
    offsets[i] = offset;
    offset += f.size;
    if (offset > maxObjectSize(dl)) throw new LayoutError('the type is too big for the target architecture');
  }
  if (repr.align !== null) align = Math.max(align, repr.align);
  const memoryIndex = new Array<number>(n);
  order.forEach((src, mem) => (memoryIndex[src] = mem));
  const size = alignTo(offset, align);
  if (size > maxObjectSize(dl)) throw new LayoutError('the type is too big for the target architecture');

  let abi: Layout['abi'] = { tag: 'Aggregate', sized };
  if (sized && size > 0) {
    const nonZst = fields.map((f, i) => [f, i] as const).filter(([f]) => !isZst(f));
    if (nonZst.length === 1) {
      const [f, i] = nonZst[0]!;
      // A newtype: one field filling the whole struct passes like the field itself.
      if (offsets[i] === 0 && align === f.align && size === f.size) {
        if (f.abi.tag === 'Scalar' && optimize) abi = f.abi;
        else if (f.abi.tag === 'ScalarPair') abi = f.abi;
      }
    } else if (nonZst.length === 2) {
      let [[fa, ia], [fb, ib]] = nonZst as [readonly [Layout, number], readonly [Layout, number]];
      if (offsets[ia]! > offsets[ib]!) [[fa, ia], [fb, ib]] = [[fb, ib], [fa, ia]];
      if (fa.abi.tag === 'Scalar' && fb.abi.tag === 'Scalar') {
        const pair = scalarPairLayout(fa.abi.scalar, fb.abi.scalar, dl);
        const po = pair.fields.tag === 'Arbitrary' ? pair.fields.offsets : [0, 0];
        if (offsets[ia] === po[0] && offsets[ib] === po[1] && align === pair.align && size === pair.size) abi = pair.abi;
      }
    }
  }
  if (fields.some(isUninhabited)) abi = { tag: 'Uninhabited' };

  return { size, align, abi, fields: { tag: 'Arbitrary', offsets, memoryIndex }, variants: { tag: 'Single', index: 0 } };
}

function maxObjectSize(dl: TargetDataLayout): number {
  // rustc: objects must be smaller than isize::MAX bytes (and than 2^47 on 64-bit hosts).
  const bits = dl.pointerSize * 8;
  return bits >= 64 ? 2 ** 47 : 2 ** (bits - 1) - 1;
}

function unionLayout(fields: readonly Layout[], repr: ReprOptions, cx: LayoutCx): Layout {
  const pack = repr.packed;
  let align = pack !== null ? 1 : cx.dl.aggregateAlign;
  let size = 0;
  let sized = true;
  for (const f of fields) {
    if (isUnsized(f)) sized = false;
    align = Math.max(align, pack !== null ? Math.min(f.align, pack) : f.align);
    size = Math.max(size, f.size);
  }
  if (repr.align !== null) align = Math.max(align, repr.align);
  return {
    size: alignTo(size, align),
    align,
    abi: { tag: 'Aggregate', sized },
    fields: { tag: 'Union', count: fields.length },
    variants: { tag: 'Single', index: 0 },
  };
}

function arrayLayout(elem: Layout, count: number, cx: LayoutCx): Layout {
  const size = elem.size * count;
  if (size > maxObjectSize(cx.dl)) throw new LayoutError('the type is too big for the target architecture');
  return {
    size,
    align: elem.align,
    abi: count > 0 && isUninhabited(elem) ? { tag: 'Uninhabited' } : { tag: 'Aggregate', sized: true },
    fields: { tag: 'Array', stride: elem.size, count },
    variants: { tag: 'Single', index: 0 },
  };
}

function unsizedArrayLayout(elem: Layout): Layout {
  return {
    size: 0,
    align: elem.align,
    abi: { tag: 'Aggregate', sized: false },
    fields: { tag: 'Array', stride: elem.size, count: 0 },
    variants: { tag: 'Single', index: 0 },
  };
}

// ---- enums ---------------------------------------------------------------------------------

function intForRange(min: bigint, max: bigint): { bits: 8 | 16 | 32 | 64 | 128; signed: boolean } {
  const fitsSigned = (b: number, v: bigint): boolean => v >= -(1n << BigInt(b - 1)) && v < 1n << BigInt(b - 1);
  const fitsUnsigned = (b: number, v: bigint): boolean => v >= 0n && v < 1n << BigInt(b);
  const sizes = [8, 16, 32, 64, 128] as const;
  if (min >= 0n) return { bits: sizes.find((b) => fitsUnsigned(b, max)) ?? 128, signed: false };
  return { bits: sizes.find((b) => fitsSigned(b, min) && fitsSigned(b, max)) ?? 128, signed: true };
}

function reprIntInfo(t: IntTy | UintTy, dl: TargetDataLayout): { bits: 8 | 16 | 32 | 64 | 128; signed: boolean } {
  return { bits: intBits(t, dl), signed: t.startsWith('i') };
}

/** Discriminant values of an enum as signed/unsigned numbers of its repr type. */
export function discrValues(adt: AdtDef, dl: TargetDataLayout): bigint[] {
  const repr = adt.repr.int;
  const { bits, signed } = repr ? reprIntInfo(repr, dl) : { bits: 64 as const, signed: true };
  return adt.variants.map((v) => (signed ? BigInt.asIntN(bits, v.discr) : BigInt.asUintN(bits, v.discr)));
}

/** The integer type of `discriminant_value` for an enum: its repr int, else isize. */
export function discrIntOf(adt: AdtDef, dl: TargetDataLayout): { bits: 8 | 16 | 32 | 64 | 128; signed: boolean } {
  return adt.repr.int ? reprIntInfo(adt.repr.int, dl) : { bits: intBits('isize', dl), signed: true };
}

function enumLayout(adt: AdtDef, variantFields: readonly (readonly Layout[])[], cx: LayoutCx): Layout {
  const dl = cx.dl;
  const repr = adt.repr;
  if (adt.variants.length === 0) {
    return { size: 0, align: 1, abi: { tag: 'Uninhabited' }, fields: { tag: 'Arbitrary', offsets: [], memoryIndex: [] }, variants: { tag: 'Single', index: 0 } };
  }
  // A single variant without an explicit repr is laid out as a struct: no tag.
  if (adt.variants.length === 1 && repr.int === null && !repr.c) {
    const l = univariant(variantFields[0]!, repr, { tag: 'AlwaysSized' }, cx);
    return { ...l, variants: { tag: 'Single', index: 0 } };
  }

  const discrs = discrValues(adt, dl);
  let min = discrs[0]!;
  let max = discrs[0]!;
  for (const d of discrs) {
    if (d < min) min = d;
    if (d > max) max = d;
  }
  let tagInt: { bits: 8 | 16 | 32 | 64 | 128; signed: boolean };
  if (repr.int !== null) {
    tagInt = reprIntInfo(repr.int, dl);
  } else {
    const fit = intForRange(min, max);
    const atLeast = repr.c ? cx.cEnumMinBits : 8;
    tagInt = { bits: Math.max(fit.bits, atLeast) as 8 | 16 | 32 | 64 | 128, signed: fit.signed };
  }

  // rustc widens the tag into the padding before the first field when no repr fixes it.
  const allFieldless = variantFields.every((fs) => fs.length === 0);
  if (!allFieldless && repr.int === null && !repr.c) {
    let startAlign = 256;
    for (const fs of variantFields) {
      for (const f of fs) {
        if (!isZst(f) || f.align !== 1) {
          startAlign = Math.min(startAlign, f.align);
          break;
        }
      }
    }
    for (const bits of [8, 16, 32, 64, 128] as const) {
      if (bits > tagInt.bits && dl.intAlign(bits) === startAlign && bits / 8 === startAlign) {
        tagInt = { bits, signed: tagInt.signed };
        break;
      }
    }
  }

  const tagBits = tagInt.bits;
  const mask = (1n << BigInt(tagBits)) - 1n;
  const tagScalar: Scalar = {
    prim: { tag: 'Int', bits: tagBits, signed: tagInt.signed },
    valid: { start: min & mask, end: max & mask },
  };
  const tagLayout = scalarLayout(tagScalar, dl);

  if (allFieldless) {
    const l = scalarLayout(tagScalar, dl);
    return {
      ...l,
      fields: { tag: 'Arbitrary', offsets: [0], memoryIndex: [0] },
      variants: {
        tag: 'Multiple',
        tagScalar,
        tagField: 0,
        variants: adt.variants.map((_, i) => ({
          size: l.size,
          align: l.align,
          abi: { tag: 'Aggregate', sized: true } as const,
          fields: { tag: 'Arbitrary', offsets: [], memoryIndex: [] } as const,
          variants: { tag: 'Single', index: i } as const,
        })),
      },
    };
  }

  const prefix: StructKind = { tag: 'Prefixed', size: tagLayout.size, align: tagLayout.align };
  const variants = variantFields.map((fs, i) => {
    const st = univariant(fs, { ...repr, int: repr.int, align: null }, prefix, cx);
    return { ...st, variants: { tag: 'Single', index: i } as const };
  });
  let size = 0;
  let align = tagLayout.align;
  for (const v of variants) {
    size = Math.max(size, v.size);
    align = Math.max(align, v.align);
  }
  if (repr.align !== null) align = Math.max(align, repr.align);
  size = alignTo(size, align);
  const allUninhabited = variants.every((v) => v.abi.tag === 'Uninhabited');
  return {
    size,
    align,
    abi: allUninhabited ? { tag: 'Uninhabited' } : { tag: 'Aggregate', sized: true },
    fields: { tag: 'Arbitrary', offsets: [0], memoryIndex: [0] },
    variants: { tag: 'Multiple', tagScalar, tagField: 0, variants: variants.map((v) => ({ ...v, size, align })) },
  };
}

// ---- dispatch ------------------------------------------------------------------------------

export function arrayLen(ty: Ty): number {
  const k = tyKind(ty);
  if (k.tag !== 'Array') throw new LayoutError('not an array');
  if (k.len.tag !== 'Value') throw new LayoutError('array length is not a known constant');
  return Number(k.len.bits);
}

function computeLayout(ty: Ty, cx: LayoutCx): Layout {
  const dl = cx.dl;
  const k = tyKind(ty);
  switch (k.tag) {
    case 'Bool':
      return scalarLayout({ prim: { tag: 'Int', bits: 8, signed: false }, valid: { start: 0n, end: 1n } }, dl);
    case 'Char':
      return scalarLayout({ prim: { tag: 'Int', bits: 32, signed: false }, valid: { start: 0n, end: 0x10ffffn } }, dl);
    case 'Int': return scalarLayout(intScalar(intBits(k.int, dl), true), dl);
    case 'Uint': return scalarLayout(intScalar(intBits(k.uint, dl), false), dl);
    case 'Float':
      if (k.float !== 'f32' && k.float !== 'f64') throw new LayoutError(`${k.float} is not supported yet`);
      return scalarLayout({ prim: { tag: 'Float', bits: k.float === 'f32' ? 32 : 64 }, valid: fullRange(k.float === 'f32' ? 32 : 64) }, dl);
    case 'Never':
      return { size: 0, align: 1, abi: { tag: 'Uninhabited' }, fields: { tag: 'Arbitrary', offsets: [], memoryIndex: [] }, variants: { tag: 'Single', index: 0 } };
    case 'Ref': return pointerLayout(k.pointee, true, cx);
    case 'RawPtr': return pointerLayout(k.pointee, false, cx);
    case 'FnPtr': return scalarLayout(pointerScalar(dl, true), dl);
    case 'FnDef':
      return univariant([], DEFAULT_REPR, { tag: 'AlwaysSized' }, cx);
    case 'Tuple': {
      const fields = k.elems.map((e) => layoutOf(e, cx));
      const last = fields[fields.length - 1];
      return univariant(fields, DEFAULT_REPR, last && isUnsized(last) ? { tag: 'MaybeUnsized' } : { tag: 'AlwaysSized' }, cx);
    }
    case 'Closure':
      return univariant(closureUpvars(k.args).map((u) => layoutOf(u, cx)), DEFAULT_REPR, { tag: 'AlwaysSized' }, cx);
    case 'Array': return arrayLayout(layoutOf(k.elem, cx), arrayLen(ty), cx);
    case 'Slice': return unsizedArrayLayout(layoutOf(k.elem, cx));
    case 'Str': return unsizedArrayLayout(layoutOf(tys.u8, cx));
    case 'Dynamic': case 'Foreign':
      return { size: 0, align: 1, abi: { tag: 'Aggregate', sized: false }, fields: { tag: 'Arbitrary', offsets: [], memoryIndex: [] }, variants: { tag: 'Single', index: 0 } };
    case 'Adt': {
      const adt = cx.tcx.adtDef(k.def);
      const variantFields = adt.variants.map((v) => v.fields.map((f) => layoutOf(substTy(f.ty, k.args), cx)));
      if (adt.kind === 'union') return unionLayout(variantFields[0] ?? [], adt.repr, cx);
      if (adt.kind === 'enum') return enumLayout(adt, variantFields, cx);
      const fields = variantFields[0] ?? [];
      const last = fields[fields.length - 1];
      return univariant(fields, adt.repr, last && isUnsized(last) ? { tag: 'MaybeUnsized' } : { tag: 'AlwaysSized' }, cx);
    }
    case 'Alias': {
      const n = cx.tcx.normalize(ty);
      if (n === ty) throw new LayoutError('cannot compute the layout of an unnormalized projection');
      return layoutOf(n, cx);
    }
    case 'Param': throw new LayoutError(`layout of generic parameter \`${k.name}\` (missing substitution)`);
    case 'Infer': throw new LayoutError('layout of an inference variable');
    case 'Error': throw new LayoutError('layout of the error type');
  }
}
