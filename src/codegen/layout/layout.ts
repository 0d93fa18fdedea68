// The memory layout of a type (rustc's LayoutS): size, alignment, how values travel in
// registers (the ABI shape), where fields live, and how enum variants are told apart.

export type Primitive =
  | { readonly tag: 'Int'; readonly bits: 8 | 16 | 32 | 64 | 128; readonly signed: boolean }
  | { readonly tag: 'Float'; readonly bits: 32 | 64 }
  | { readonly tag: 'Pointer' };

/** A scalar: its primitive and the range of valid bit patterns (inclusive, may wrap around). */
export interface Scalar {
  readonly prim: Primitive;
  readonly valid: { readonly start: bigint; readonly end: bigint };
}

export type LayoutAbi =
  | { readonly tag: 'Uninhabited' }
  | { readonly tag: 'Scalar'; readonly scalar: Scalar }
  /** Two scalars in memory order: `a` at offset 0, `b` at the first offset aligned for it. */
  | { readonly tag: 'ScalarPair'; readonly a: Scalar; readonly b: Scalar }
  | { readonly tag: 'Aggregate'; readonly sized: boolean };

export type FieldsShape =
  | { readonly tag: 'Primitive' }
  | { readonly tag: 'Union'; readonly count: number }
  | { readonly tag: 'Array'; readonly stride: number; readonly count: number }
  /**
   * `offsets[i]` is the byte offset of source field i; `memoryIndex[i]` its position in memory
   * order (the inverse permutation of source order after reordering).
   */
  | { readonly tag: 'Arbitrary'; readonly offsets: readonly number[]; readonly memoryIndex: readonly number[] };

export type Variants =
  | { readonly tag: 'Single'; readonly index: number }
  /** A tagged enum: the tag is field `tagField` of the enum layout; `variants[i]` lays out variant i. */
  | {
      readonly tag: 'Multiple';
      readonly tagScalar: Scalar;
      readonly tagField: number;
      readonly variants: readonly Layout[];
    };

export interface Layout {
  readonly size: number;
  readonly align: number;
  readonly abi: LayoutAbi;
  readonly fields: FieldsShape;
  readonly variants: Variants;
}

export function isZst(l: Layout): boolean {
  return l.size === 0 && (l.abi.tag !== 'Aggregate' || l.abi.sized);
}

export function isUnsized(l: Layout): boolean {
  return l.abi.tag === 'Aggregate' && !l.abi.sized;
}

export function isUninhabited(l: Layout): boolean {
  return l.abi.tag === 'Uninhabited';
}

export function alignTo(n: number, align: number): number {
  return Math.ceil(n / align) * align;
}

export function fieldOffset(l: Layout, i: number): number {
  const f = l.fields;
  switch (f.tag) {
    case 'Primitive': throw new Error('primitives have no fields');
    case 'Union': return 0;
    case 'Array': return f.stride * i;
    case 'Arbitrary': {
      const o = f.offsets[i];
      if (o === undefined) throw new Error(`field ${i} out of range`);
      return o;
    }
  }
}

export function fieldCount(l: Layout): number {
  const f = l.fields;
  switch (f.tag) {
    case 'Primitive': return 0;
    case 'Union': return f.count;
    case 'Array': return f.count;
    case 'Arbitrary': return f.offsets.length;
  }
}

/** Field indices in increasing memory order. */
export function fieldsInMemoryOrder(l: Layout): number[] {
  const f = l.fields;
  if (f.tag !== 'Arbitrary') return Array.from({ length: fieldCount(l) }, (_, i) => i);
  const inv = new Array<number>(f.memoryIndex.length);
  f.memoryIndex.forEach((m, i) => (inv[m] = i));
  return inv;
}

export function primSize(p: Primitive, pointerSize: number): number {
  return p.tag === 'Pointer' ? pointerSize : p.bits / 8;
}

export function fullRange(bits: number): { start: bigint; end: bigint } {
  return { start: 0n, end: (1n << BigInt(bits)) - 1n };
}

/** Whether the scalar's valid range excludes some bit pattern (a niche). */
export function hasNiche(s: Scalar, bits: number): boolean {
  const full = fullRange(bits);
  const size = ((s.valid.end - s.valid.start) & full.end) + 1n;
  return size < full.end + 1n;
}
