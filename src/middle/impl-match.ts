// Matching a generic impl's self type against a type (rustc's impl candidate assembly, for
// impls whose parameters appear in the self type): `impl<T> Pair<T>` matches `Pair<u8>`
// with `T = u8`. Inference variables in the type only match a parameter.
import { tyKind, tys } from '../ty/interner.ts';
import { constEq } from '../ty/consts.ts';
import type { ConstArg, GenericArg, GenericArgs, Ty } from '../ty/ty.ts';

/** What matching learned about each impl parameter, by index (undefined: nothing yet). */
export type Bindings = (GenericArg | undefined)[];

/** Bindings for the impl's parameters (by index), or null when `pattern` cannot match `ty`. */
export function matchTy(pattern: Ty, ty: Ty, count: number): GenericArgs | null {
  const out: Bindings = new Array(count);
  if (!go(pattern, ty, out)) return null;
  return completeArgs(out);
}

/** A const in the pattern (an impl's `N`) against one in the type. */
function goConst(p: ConstArg, c: ConstArg, out: Bindings): boolean {
  if (p.tag === 'Param') {
    const prev = out[p.index];
    if (prev !== undefined) return prev.tag !== 'Const' || constCompatible(prev.value, c);
    out[p.index] = { tag: 'Const', value: c };
    return true;
  }
  return constCompatible(p, c);
}

/** Equal, or an inference variable on either side that may still become the other. */
function constCompatible(a: ConstArg, b: ConstArg): boolean {
  return a.tag === 'Infer' || b.tag === 'Infer' || constEq(a, b);
}

function go(p: Ty, t: Ty, out: Bindings): boolean {
  const pk = tyKind(p);
  // Identical types still bind the impl's parameters they contain (`impl<T> Opt<T>` matched
  // against `Opt<T>` inside that impl binds T to itself), so only leaves stop here.
  if (p === t && !STRUCTURAL.has(pk.tag)) return true;
  if (pk.tag === 'Param') {
    const prev = out[pk.index];
    // A parameter seen twice must bind the same type; an inference variable on either side
    // may still become the other (`Some(3) == Some(x)`: T = {integer}, then Rhs's T = i32).
    if (prev !== undefined) return prev.tag !== 'Type' || compatible(prev.ty, t);
    out[pk.index] = { tag: 'Type', ty: t };
    return true;
  }
  const tk = tyKind(t);
  if (tk.tag === 'Error') return true;
  if (tk.tag === 'Infer' && looseInfer) {
    // Trait arguments not inferred yet match what they could still become.
    return tk.kind === 'ty' || literalMayBe(tk.kind, pk.tag);
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
      return goConst(pk.len, b.len, out) && go(pk.elem, b.elem, out);
    }
    default: return false;
  }
}

/** Whether an integer (float) literal's type may be a type of kind `tag`. */
function literalMayBe(kind: 'int' | 'float', tag: string): boolean {
  return kind === 'int' ? tag === 'Int' || tag === 'Uint' : tag === 'Float';
}

/** `v` is not a numeric literal's variable, or `t` may be that number's type. */
function numericVarFits(v: Ty, t: Ty): boolean {
  const vk = tyKind(v);
  if (vk.tag !== 'Infer' || vk.kind === 'ty') return true;
  const tk = tyKind(t);
  if (tk.tag === 'Param' || tk.tag === 'Alias') return true;
  if (tk.tag === 'Infer') return tk.kind === 'ty' || tk.kind === vk.kind;
  return literalMayBe(vk.kind, tk.tag);
}

/** Could `a` and `b` become the same type once inference variables are known? */
function compatible(a: Ty, b: Ty): boolean {
  if (a === b) return true;
  const ak = tyKind(a);
  const bk = tyKind(b);
  if (ak.tag === 'Error' || bk.tag === 'Error') return true;
  // An integer or float literal's variable becomes a number, nothing else (`W: From<{integer}>`
  // is not `impl<T> From<T> for T`).
  if (ak.tag === 'Infer' || bk.tag === 'Infer') return numericVarFits(a, b) && numericVarFits(b, a);
  if (ak.tag !== bk.tag) return false;
  switch (ak.tag) {
    case 'Adt': {
      const o = bk as typeof ak;
      return ak.def === o.def && ak.args.length === o.args.length && ak.args.every((x, i) => {
        const y = o.args[i]!;
        if (x.tag === 'Const' && y.tag === 'Const') return constCompatible(x.value, y.value);
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
    case 'Array': {
      const o = bk as typeof ak;
      return constCompatible(ak.len, o.len) && compatible(ak.elem, o.elem);
    }
    default: return false;
  }
}

const STRUCTURAL = new Set(['Param', 'Adt', 'Ref', 'RawPtr', 'Tuple', 'Slice', 'Array']);

function argsMatch(a: GenericArgs, b: GenericArgs, out: Bindings): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.tag === 'Type' && y.tag === 'Type') {
      if (!go(x.ty, y.ty, out)) return false;
    } else if (x.tag === 'Const' && y.tag === 'Const') {
      if (!goConst(x.value, y.value, out)) return false;
    } else if (x.tag !== y.tag) return false;
  }
  return true;
}

/** Like `matchTy`, leaving parameters the self type does not mention unbound. */
export function matchPartial(pattern: Ty, ty: Ty, count: number): Bindings | null {
  const out: Bindings = new Array(count);
  return go(pattern, ty, out) ? out : null;
}

/**
 * Matches an impl's trait arguments (after `Self`) against wanted ones, adding bindings to
 * `out`; an unknown wanted argument (inference variable) matches anything.
 */
export function matchTraitArgs(patterns: GenericArgs, wanted: GenericArgs, out: Bindings): boolean {
  const prev = looseInfer;
  looseInfer = true;
  try {
    for (let i = 0; i < wanted.length && i < patterns.length; i++) {
      const p = patterns[i]!;
      const w = wanted[i]!;
      if (p.tag === 'Const' && w.tag === 'Const') {
        if (!goConst(p.value, w.value, out)) return false;
        continue;
      }
      if (p.tag !== 'Type' || w.tag !== 'Type') continue;
      const wk = tyKind(w.ty);
      if (wk.tag === 'Infer' && wk.kind === 'ty') continue;
      if (!go(p.ty, w.ty, out)) return false;
    }
    return true;
  } finally {
    looseInfer = prev;
  }
}

/** While matching trait arguments: inference variables inside them match any fitting type. */
let looseInfer = false;

/** The bindings as generic args, or null when a parameter stayed unbound. */
export function completeArgs(out: Bindings): GenericArgs | null {
  const args: GenericArg[] = [];
  for (let i = 0; i < out.length; i++) {
    const a = out[i];
    if (a === undefined) return null;
    args.push(a);
  }
  return args;
}

/** The bindings with `fill` for unbound parameters. */
export function fillArgs(out: Bindings, fill: (index: number) => GenericArg): GenericArgs {
  return Array.from(out, (a, i) => a ?? fill(i));
}

/** A binding's type (unbound or const: the error type), for callers matching types only. */
export function boundTy(a: GenericArg | undefined): Ty | undefined {
  return a === undefined ? undefined : a.tag === 'Type' ? a.ty : tys.error;
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
