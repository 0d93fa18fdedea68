import { tyKind } from '../../ty/interner.ts';
import type { Ty } from '../../ty/ty.ts';
import { NEG_INF, POS_INF, type Ctor, type IntRange, type SliceKind } from './deconstructed.ts';
import type { MatchCx } from './match-cx.ts';

// Constructors of a type and how a column's constructors split it (rustc_pattern_analysis'
// ConstructorSet::split): every split constructor is either covered entirely or not at all
// by each pattern in the column, so specializing by it is exact.

/** Range of an integer type's values (`usize`/`isize` have open ends: their width is not a fixed part of the language). */
export function intTyRange(ty: Ty, pointerWidth: number): IntRange | null {
  const k = tyKind(ty);
  if (k.tag === 'Uint') {
    if (k.uint === 'usize') return { lo: 0n, hi: POS_INF };
    const bits = BigInt(Number(k.uint.slice(1)));
    return { lo: 0n, hi: (1n << bits) - 1n };
  }
  if (k.tag === 'Int') {
    if (k.int === 'isize') return { lo: NEG_INF, hi: POS_INF };
    const bits = BigInt(Number(k.int.slice(1)));
    return { lo: -(1n << (bits - 1n)), hi: (1n << (bits - 1n)) - 1n };
  }
  void pointerWidth;
  return null;
}

/** The values of a `char`: everything but the surrogates. */
const CHAR_RANGES: readonly IntRange[] = [{ lo: 0n, hi: 0xd7ffn }, { lo: 0xe000n, hi: 0x10ffffn }];

/** Field types of a constructor applied at type `ty`. */
export function ctorSubTys(cx: MatchCx, ctor: Ctor, ty: Ty): Ty[] {
  const k = tyKind(ty);
  switch (ctor.tag) {
    case 'Single':
      if (k.tag === 'Tuple') return [...k.elems];
      if (k.tag === 'Adt') return cx.fieldTys(k.def, k.args, 0);
      return [];
    case 'Ref':
      return k.tag === 'Ref' ? [k.pointee] : [];
    case 'Variant':
      return k.tag === 'Adt' ? cx.fieldTys(k.def, k.args, ctor.index) : [];
    case 'Slice': {
      const elem = k.tag === 'Array' || k.tag === 'Slice' ? k.elem : ty;
      return Array.from({ length: sliceArity(ctor.kind) }, () => elem);
    }
    default:
      return [];
  }
}

export function sliceArity(s: SliceKind): number {
  return s.tag === 'Fixed' ? s.len : s.prefix + s.suffix;
}

/** Whether a pattern with constructor `row` matches every value of the split constructor `c`. */
export function covers(row: Ctor, c: Ctor): boolean {
  switch (row.tag) {
    case 'Wildcard': return true;
    case 'Single': case 'Ref': return c.tag === row.tag;
    case 'Variant': return c.tag === 'Variant' && c.index === row.index;
    case 'Bool': return c.tag === 'Bool' && c.value === row.value;
    case 'Int': return c.tag === 'Int' && row.range.lo <= c.range.lo && c.range.hi <= row.range.hi;
    case 'Str': return c.tag === 'Str' && c.value === row.value;
    case 'Opaque': return c.tag === 'Opaque' && c.id === row.id;
    case 'Slice': {
      if (c.tag !== 'Slice') return false;
      const n = sliceArity(c.kind);
      return row.kind.tag === 'Fixed' ? c.kind.tag === 'Fixed' && n === row.kind.len : n >= row.kind.prefix + row.kind.suffix;
    }
    default: return false;
  }
}

export interface SplitCtors {
  /** Constructors some pattern of the column covers (split so that coverage is all-or-nothing). */
  readonly present: Ctor[];
  /** Constructors no pattern of the column covers. */
  readonly missing: Ctor[];
}

/**
 * Whether no value has type `ty` (rustc's is_inhabited_from, for exhaustiveness): `!`,
 * enums without inhabited variants, structs and tuples with an uninhabited field. A
 * reference is always inhabited here (it may point at invalid data).
 */
export function isUninhabited(cx: MatchCx, ty: Ty, visiting: Set<Ty> = new Set()): boolean {
  const k = tyKind(ty);
  if (visiting.has(ty)) return false;
  switch (k.tag) {
    case 'Never': return true;
    case 'Tuple': return k.elems.some((t) => isUninhabited(cx, t, visiting));
    case 'Array': return k.len.tag === 'Value' && k.len.bits > 0n && isUninhabited(cx, k.elem, visiting);
    case 'Adt': {
      const adt = cx.adtDef(k.def);
      if (adt.kind === 'union') return false;
      visiting.add(ty);
      const variantEmpty = (i: number): boolean => cx.fieldTys(k.def, k.args, i).some((t) => isUninhabited(cx, t, visiting));
      const r = adt.kind === 'enum' ? adt.variants.every((_, i) => variantEmpty(i)) : variantEmpty(0);
      visiting.delete(ty);
      return r;
    }
    default: return false;
  }
}

/**
 * Splits the constructors of `ty` by those `seen` in a column (wildcards excluded).
 * `valid`: the matched place certainly holds a valid value (not behind a reference), so
 * constructors no value can have need no arm (rustc's min_exhaustive_patterns).
 */
export function splitCtors(cx: MatchCx, ty: Ty, seen: readonly Ctor[], valid = true): SplitCtors {
  const r = splitListed(cx, ty, seen, valid);
  // Values only known to equal themselves (a float, a constant we cannot read) are
  // constructors of their own, whatever the type: rows naming them stay reachable.
  const opaque: Ctor[] = [];
  for (const c of seen) if (c.tag === 'Opaque' && !opaque.some((o) => o.tag === 'Opaque' && o.id === c.id)) opaque.push(c);
  return opaque.length === 0 ? r : { present: [...opaque, ...r.present], missing: r.missing };
}

function splitListed(cx: MatchCx, ty: Ty, seen: readonly Ctor[], valid: boolean): SplitCtors {
  const k = tyKind(ty);
  const present: Ctor[] = [];
  const missing: Ctor[] = [];
  const one = (c: Ctor): SplitCtors => (seen.length > 0 ? { present: [c], missing } : valid && isUninhabited(cx, ty) ? { present, missing } : { present, missing: [c] });
  switch (k.tag) {
    case 'Bool':
      // rustc lists `true` first.
      for (const v of [true, false]) (seen.some((c) => c.tag === 'Bool' && c.value === v) ? present : missing).push({ tag: 'Bool', value: v });
      return { present, missing };
    case 'Char':
      return splitInts(CHAR_RANGES, seen);
    case 'Int': case 'Uint':
      return splitInts([intTyRange(ty, cx.pointerWidth)!], seen);
    case 'Tuple':
      return one({ tag: 'Single' });
    case 'Ref':
      return one({ tag: 'Ref' });
    case 'Adt': {
      const adt = cx.adtDef(k.def);
      if (adt.kind !== 'enum') return one({ tag: 'Single' });
      adt.variants.forEach((_, index) => {
        const c: Ctor = { tag: 'Variant', index };
        if (seen.some((x) => x.tag === 'Variant' && x.index === index)) present.push(c);
        // A variant no value can have needs no arm where the value is known to be valid.
        else if (!(valid && cx.fieldTys(k.def, k.args, index).some((t) => isUninhabited(cx, t)))) missing.push(c);
      });
      return { present, missing };
    }
    case 'Never':
      return { present, missing };
    case 'Array': case 'Slice': {
      const arrayLen = k.tag === 'Array' && k.len.tag === 'Value' ? Number(k.len.bits) : null;
      return splitSlices(arrayLen, seen);
    }
    default: {
      // Values that cannot be listed: only equal constants, never exhaustive.
      for (const c of seen) if (c.tag !== 'Opaque' && !present.some((o) => covers(o, c) && covers(c, o))) present.push(c);
      return { present, missing: [{ tag: 'NonExhaustive' }] };
    }
  }
}

/** rustc's IntRange::split: the boundaries of the column's ranges cut the type's ranges into pieces. */
function splitInts(all: readonly IntRange[], seen: readonly Ctor[]): SplitCtors {
  const ranges = seen.flatMap((c) => (c.tag === 'Int' ? [c.range] : []));
  const cuts = new Set<bigint>();
  for (const r of ranges) {
    cuts.add(r.lo);
    cuts.add(r.hi + 1n);
  }
  const sorted = [...cuts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const present: Ctor[] = [];
  const missing: Ctor[] = [];
  for (const whole of all) {
    let lo = whole.lo;
    const points = sorted.filter((p) => p > whole.lo && p <= whole.hi);
    for (const p of [...points, whole.hi + 1n]) {
      const piece = { lo, hi: p - 1n };
      const covered = ranges.some((r) => r.lo <= piece.lo && piece.hi <= r.hi);
      (covered ? present : missing).push({ tag: 'Int', range: piece });
      lo = p;
    }
  }
  return { present, missing };
}

/** rustc's Slice::split: fixed lengths up to the longest pattern, then one variable-length rest. */
function splitSlices(arrayLen: number | null, seen: readonly Ctor[]): SplitCtors {
  const kinds = seen.flatMap((c) => (c.tag === 'Slice' ? [c.kind] : []));
  const all: SliceKind[] = [];
  if (arrayLen !== null) {
    all.push({ tag: 'Fixed', len: arrayLen });
  } else {
    let maxPrefix = 0;
    let maxSuffix = 0;
    let maxFixed = 0;
    let anyVar = false;
    for (const s of kinds) {
      if (s.tag === 'Fixed') maxFixed = Math.max(maxFixed, s.len);
      else {
        anyVar = true;
        maxPrefix = Math.max(maxPrefix, s.prefix);
        maxSuffix = Math.max(maxSuffix, s.suffix);
      }
    }
    if (!anyVar) maxPrefix = 0;
    if (maxFixed + 1 >= maxPrefix + maxSuffix) maxPrefix = maxFixed + 1 - maxSuffix;
    for (let len = 0; len < maxPrefix + maxSuffix; len++) all.push({ tag: 'Fixed', len });
    all.push({ tag: 'Var', prefix: maxPrefix, suffix: maxSuffix });
  }
  const present: Ctor[] = [];
  const missing: Ctor[] = [];
  for (const kind of all) {
    const c: Ctor = { tag: 'Slice', kind };
    (seen.some((s) => covers(s, c)) ? present : missing).push(c);
  }
  return { present, missing };
}
