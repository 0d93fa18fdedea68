// MIR bodies in metadata (for generic fns, which dependents instantiate). MIR is plain data;
// the fields holding types (`ty`, `elem`), DefIds (`def`) and generic args (`args`) are
// written through the type codec, bigints and byte arrays get tagged forms, and spans are
// dropped (a dependent has no source map for this crate: they decode as DUMMY_SP).
import { DUMMY_SP } from '../diagnostics/span.ts';
import type { Body } from '../mir/mir.ts';
import type { DefId } from '../ty/def-id.ts';
import type { GenericArgs, Ty } from '../ty/ty.ts';
import type { DefRef, TyEnc } from './schema.ts';
import { decodeArg, decodeTy, encodeArg, encodeTy } from './ty-codec.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const TY_KEYS = new Set(['ty', 'elem']);

export function encodeMir(body: Body, ref: (d: DefId) => DefRef): Json {
  const enc = (v: unknown, key: string | null): Json => {
    if (key === 'span') return 0;
    if (typeof v === 'bigint') return { $b: v.toString() };
    if (v instanceof Uint8Array) return { $u8: [...v] };
    if (typeof v === 'number' && key !== null && TY_KEYS.has(key)) return { $t: encodeTy(v as Ty, ref) as Json };
    if (typeof v === 'number' && key === 'def') return { $d: ref(v as DefId) as unknown as Json };
    if (Array.isArray(v) && key === 'args' && isGenericArgs(v)) return { $a: (v as GenericArgs).map((a) => (a.tag === 'Lifetime' ? null : (encodeArg(a, ref) as Json))) };
    if (Array.isArray(v)) return v.map((x) => enc(x, null));
    if (v !== null && typeof v === 'object') {
      const out: { [k: string]: Json } = {};
      for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = enc(x, k);
      return out;
    }
    return v as Json;
  };
  return enc(body, null);
}

/** `args` holds generic args (Aggregate, FnAddr...) or call operands (Call terminators). */
function isGenericArgs(v: readonly unknown[]): boolean {
  return v.every((a) => {
    const t = (a as { tag?: unknown }).tag;
    return t === 'Type' || t === 'Lifetime' || t === 'Const';
  }) && v.length > 0;
}

export function decodeMir(j: unknown, def: (r: DefRef) => DefId): Body {
  const dec = (v: unknown, key: string | null): unknown => {
    if (key === 'span') return DUMMY_SP;
    if (Array.isArray(v)) return v.map((x) => dec(x, null));
    if (v === null || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    if ('$b' in o) return BigInt(o.$b as string);
    if ('$u8' in o) return Uint8Array.from(o.$u8 as number[]);
    if ('$t' in o) return decodeTy(o.$t as TyEnc, def);
    if ('$d' in o) return def(o.$d as DefRef);
    if ('$a' in o) return (o.$a as (TyEnc | null)[]).map((t) => (t === null ? { tag: 'Lifetime' } : decodeArg(t, def)));
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(o)) out[k] = dec(x, k);
    return out;
  };
  return dec(j, null) as Body;
}
