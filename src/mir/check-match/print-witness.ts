import { tyKind } from '../../ty/interner.ts';
import type { Ty } from '../../ty/ty.ts';
import { intTyRange } from './ctors.ts';
import { NEG_INF, POS_INF, type WitnessPat } from './deconstructed.ts';
import type { MatchCx } from './match-cx.ts';

// Counterexamples printed as rustc prints them: `None`, `Dir::South`, `(false, _)`,
// `i32::MIN..=0_i32`, `'\0'..='`'`, `&[_, _, ..]`, `P { a: false, .. }`.

/** A char as Rust's `escape_debug` writes it inside `'...'`. */
export function escapeChar(c: number): string {
  switch (c) {
    case 0: return '\\0';
    case 9: return '\\t';
    case 10: return '\\n';
    case 13: return '\\r';
    case 0x27: return "\\'";
    case 0x5c: return '\\\\';
  }
  if (c >= 0x20 && c < 0x7f) return String.fromCodePoint(c);
  if (c >= 0x7f && c <= 0xd7ff || c >= 0xe000) {
    const s = String.fromCodePoint(c);
    if (c > 0xa0 && /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(s)) return s;
  }
  return `\\u{${c.toString(16)}}`;
}

function intName(ty: Ty): string {
  const k = tyKind(ty);
  return k.tag === 'Int' ? k.int : k.tag === 'Uint' ? k.uint : 'char';
}

function printInt(cx: MatchCx, v: bigint, ty: Ty): string {
  if (tyKind(ty).tag === 'Char') return `'${escapeChar(Number(v))}'`;
  const r = intTyRange(ty, cx.pointerWidth)!;
  const name = intName(ty);
  if (v === r.hi && r.hi !== POS_INF) return `${name}::MAX`;
  if (v === r.lo && r.lo !== 0n && r.lo !== NEG_INF) return `${name}::MIN`;
  return `${v}_${name}`;
}

export function printWitness(cx: MatchCx, w: WitnessPat): string {
  const c = w.ctor;
  const k = tyKind(w.ty);
  switch (c.tag) {
    case 'Wildcard': case 'Missing': case 'NonExhaustive': case 'Opaque': case 'Or': return '_';
    case 'Bool': return String(c.value);
    case 'Str': return JSON.stringify(c.value);
    case 'Int': {
      const { lo, hi } = c.range;
      if (lo === hi) return printInt(cx, lo, w.ty);
      const name = intName(w.ty);
      if (hi === POS_INF) return lo === NEG_INF ? '_' : `${printInt(cx, lo, w.ty)}..`;
      if (lo === NEG_INF) return `..=${printInt(cx, hi, w.ty)}`;
      void name;
      return `${printInt(cx, lo, w.ty)}..=${printInt(cx, hi, w.ty)}`;
    }
    case 'Ref': return `&${printWitness(cx, w.fields[0]!)}`;
    case 'Slice': {
      const parts = w.fields.map((f) => printWitness(cx, f));
      if (c.kind.tag === 'Var') parts.splice(c.kind.prefix, 0, '..');
      return `[${parts.join(', ')}]`;
    }
    case 'Single': case 'Variant': {
      if (k.tag === 'Tuple') {
        const parts = w.fields.map((f) => printWitness(cx, f));
        return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
      }
      if (k.tag !== 'Adt') return '_';
      const adt = cx.adtDef(k.def);
      const variant = adt.variants[c.tag === 'Variant' ? c.index : 0]!;
      const name = adt.kind !== 'enum' ? adt.name : cx.isPreludeVariant(variant.def) ? variant.name : `${adt.name}::${variant.name}`;
      if (variant.ctorKind === 'const') return name;
      if (variant.ctorKind === 'fn') return `${name}(${w.fields.map((f) => printWitness(cx, f)).join(', ')})`;
      // Named fields: only those that say something, then `..` for the rest.
      const shown: string[] = [];
      w.fields.forEach((f, i) => {
        if (f.ctor.tag !== 'Wildcard') shown.push(`${variant.fields[i]!.name}: ${printWitness(cx, f)}`);
      });
      if (shown.length < variant.fields.length && adt.kind !== 'union') shown.push('..');
      return `${name} { ${shown.join(', ')} }`;
    }
  }
}

/** rustc's joined list: `a`, `a` and `b`, `a`, `b`, `c` and N more. */
export function joinPatterns(ws: readonly string[]): string {
  const q = ws.map((w) => `\`${w}\``);
  if (q.length === 1) return q[0]!;
  if (q.length <= 3) return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
  return `${q.slice(0, 3).join(', ')} and ${q.length - 3} more`;
}
