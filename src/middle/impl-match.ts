// Matching a generic impl's self type against a type (rustc's impl candidate assembly, for
// impls whose parameters appear in the self type): `impl<T> Pair<T>` matches `Pair<u8>`
// with `T = u8`. Inference variables in the type only match a parameter.
import { tyKind } from '../ty/interner.ts';
import type { GenericArg, GenericArgs, Ty } from '../ty/ty.ts';

/** Bindings for the impl's parameters (by index), or null when `pattern` cannot match `ty`. */
export function matchTy(pattern: Ty, ty: Ty, count: number): GenericArgs | null {
  const out: (Ty | undefined)[] = new Array(count);
  if (!go(pattern, ty, out)) return null;
  const args: GenericArg[] = [];
  for (const t of out) {
    if (t === undefined) return null;
    args.push({ tag: 'Type', ty: t });
  }
  return args;
}

function go(p: Ty, t: Ty, out: (Ty | undefined)[]): boolean {
  const pk = tyKind(p);
  // Identical types still bind the impl's parameters they contain (`impl<T> Opt<T>` matched
  // against `Opt<T>` inside that impl binds T to itself), so only leaves stop here.
  if (p === t && !STRUCTURAL.has(pk.tag)) return true;
  if (pk.tag === 'Param') {
    const prev = out[pk.index];
    // A parameter seen twice must bind the same type; an inference variable on either side
    // may still become the other (`Some(3) == Some(x)`: T = {integer}, then Rhs's T = i32).
    if (prev !== undefined) return compatible(prev, t);
    out[pk.index] = t;
    return true;
  }
  const tk = tyKind(t);
  if (tk.tag === 'Error') return true;
  if (tk.tag === 'Infer' && looseInfer) {
    // Trait arguments not inferred yet match what they could still become.
    return tk.kind === 'ty' || (tk.kind === 'int' ? pk.tag === 'Int' || pk.tag === 'Uint' : pk.tag === 'Float');
  }
  if (pk.tag !== tk.tag) return false;
  switch (pk.tag) {
    case 'Adt': {
      const b = tk as typeof pk;
      return pk.def === b.def && argsMatch(pk.args, b.args, out);
    }
    case 'Ref': case 'RawPtr': {
      const b = tk as typeof pk;
      return pk.mutbl === b.mutbl && go(pk.pointee, b.pointee, out);
    }
    case 'Tuple': {
      const b = tk as typeof pk;
      return pk.elems.length === b.elems.length && pk.elems.every((e, i) => go(e, b.elems[i]!, out));
    }
    case 'Slice': return go(pk.elem, (tk as typeof pk).elem, out);
    case 'Array': {
      const b = tk as typeof pk;
      return JSON.stringify(pk.len, (_, v) => (typeof v === 'bigint' ? String(v) : v)) === JSON.stringify(b.len, (_, v) => (typeof v === 'bigint' ? String(v) : v)) && go(pk.elem, b.elem, out);
    }
    default: return false;
  }
}

/** Could `a` and `b` become the same type once inference variables are known? */
function compatible(a: Ty, b: Ty): boolean {
  if (a === b) return true;
  const ak = tyKind(a);
  const bk = tyKind(b);
  if (ak.tag === 'Infer' || bk.tag === 'Infer' || ak.tag === 'Error' || bk.tag === 'Error') return true;
  if (ak.tag !== bk.tag) return false;
  switch (ak.tag) {
    case 'Adt': {
      const o = bk as typeof ak;
      return ak.def === o.def && ak.args.length === o.args.length && ak.args.every((x, i) => {
        const y = o.args[i]!;
        return x.tag === 'Type' && y.tag === 'Type' ? compatible(x.ty, y.ty) : x.tag === y.tag;
      });
    }
    case 'Ref': case 'RawPtr': {
      const o = bk as typeof ak;
      return ak.mutbl === o.mutbl && compatible(ak.pointee, o.pointee);
    }
    case 'Tuple': {
      const o = bk as typeof ak;
      return ak.elems.length === o.elems.length && ak.elems.every((x, i) => compatible(x, o.elems[i]!));
    }
    case 'Slice': return compatible(ak.elem, (bk as typeof ak).elem);
    case 'Array': return compatible(ak.elem, (bk as typeof ak).elem);
    default: return false;
  }
}

const STRUCTURAL = new Set(['Param', 'Adt', 'Ref', 'RawPtr', 'Tuple', 'Slice', 'Array']);

function argsMatch(a: GenericArgs, b: GenericArgs, out: (Ty | undefined)[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.tag === 'Type' && y.tag === 'Type') {
      if (!go(x.ty, y.ty, out)) return false;
    } else if (x.tag !== y.tag) return false;
  }
  return true;
}

/** Like `matchTy`, leaving parameters the self type does not mention unbound. */
export function matchPartial(pattern: Ty, ty: Ty, count: number): (Ty | undefined)[] | null {
  const out: (Ty | undefined)[] = new Array(count);
  return go(pattern, ty, out) ? out : null;
}

/**
 * Matches an impl's trait arguments (after `Self`) against wanted ones, adding bindings to
 * `out`; an unknown wanted argument (inference variable) matches anything.
 */
export function matchTraitArgs(patterns: GenericArgs, wanted: GenericArgs, out: (Ty | undefined)[]): boolean {
  looseInfer = true;
  try {
    for (let i = 0; i < wanted.length && i < patterns.length; i++) {
      const p = patterns[i]!;
      const w = wanted[i]!;
      if (p.tag !== 'Type' || w.tag !== 'Type') continue;
      const wk = tyKind(w.ty);
      if (wk.tag === 'Infer' && wk.kind === 'ty') continue;
      if (!go(p.ty, w.ty, out)) return false;
    }
    return true;
  } finally {
    looseInfer = false;
  }
}

/** While matching trait arguments: inference variables inside them match any fitting type. */
let looseInfer = false;

/** The bindings as generic args, or null when a parameter stayed unbound. */
export function completeArgs(out: readonly (Ty | undefined)[]): GenericArgs | null {
  const args: GenericArg[] = [];
  for (const t of out) {
    if (t === undefined) return null;
    args.push({ tag: 'Type', ty: t });
  }
  return args;
}

/**
 * Runs `f` with inference variables in the matched type standing for any type, as rustc's
 * inherent candidate assembly does for `HashMap::new()` (`HashMap<?K, ?V, ?S>` against
 * `impl<K, V> HashMap<K, V, RandomState>`).
 */
export function withLooseInfer<T>(f: () => T): T {
  const prev = looseInfer;
  looseInfer = true;
  try {
    return f();
  } finally {
    looseInfer = prev;
  }
}
