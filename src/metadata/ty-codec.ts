import type { DefId } from '../ty/def-id.ts';
import { mkTy, tyKind, tys } from '../ty/interner.ts';
import type { Abi, ConstArg, FnSig, GenericArg, GenericArgs, Ty } from '../ty/ty.ts';
import type { ConstEnc, DefRef, SigEnc, TyEnc } from './schema.ts';

const PRIMS: Record<string, Ty> = {
  bool: tys.bool, char: tys.char, str: tys.str, '!': tys.never, '()': tys.unit, '{error}': tys.error,
  i8: tys.i8, i16: tys.i16, i32: tys.i32, i64: tys.i64, i128: tys.i128, isize: tys.isize,
  u8: tys.u8, u16: tys.u16, u32: tys.u32, u64: tys.u64, u128: tys.u128, usize: tys.usize,
  f32: tys.f32, f64: tys.f64,
};

export function encodeConst(c: ConstArg, ref: (d: DefId) => DefRef): ConstEnc {
  switch (c.tag) {
    case 'Value': return c.ty === tys.usize ? c.bits.toString() : ['v', encodeTy(c.ty, ref), c.bits.toString()];
    case 'Param': return ['p', c.index, c.name];
    // Inference variables never reach metadata (writeback replaced them).
    case 'Infer': return ['v', '{error}', '0'];
  }
}

export function decodeConst(e: ConstEnc, def: (r: DefRef) => DefId): ConstArg {
  if (typeof e === 'string') return { tag: 'Value', ty: tys.usize, bits: BigInt(e) };
  if (e[0] === 'p') return { tag: 'Param', index: e[1], name: e[2] };
  return { tag: 'Value', ty: decodeTy(e[1], def), bits: BigInt(e[2]) };
}

/** A generic argument: a type as itself, a const as `['c', const]`. */
export function encodeArg(a: GenericArg, ref: (d: DefId) => DefRef): TyEnc {
  return a.tag === 'Type' ? encodeTy(a.ty, ref) : a.tag === 'Const' ? ['c', encodeConst(a.value, ref)] : '{error}';
}

export function decodeArg(e: TyEnc, def: (r: DefRef) => DefId): GenericArg {
  if (Array.isArray(e) && e[0] === 'c') return { tag: 'Const', value: decodeConst((e as readonly ['c', ConstEnc])[1], def) };
  return { tag: 'Type', ty: decodeTy(e, def) };
}

export function encodeArgs(a: GenericArgs, ref: (d: DefId) => DefRef): TyEnc[] {
  return a.map((x) => encodeArg(x, ref));
}

export function decodeArgs(a: readonly TyEnc[], def: (r: DefRef) => DefId): GenericArgs {
  return a.map((x) => decodeArg(x, def));
}

export function encodeTy(ty: Ty, ref: (d: DefId) => DefRef): TyEnc {
  const k = tyKind(ty);
  const args = (a: GenericArgs): TyEnc[] => encodeArgs(a, ref);
  switch (k.tag) {
    case 'Bool': return 'bool';
    case 'Char': return 'char';
    case 'Str': return 'str';
    case 'Never': return '!';
    case 'Error': return '{error}';
    case 'Int': return k.int;
    case 'Uint': return k.uint;
    case 'Float': return k.float;
    case 'Tuple': return k.elems.length === 0 ? '()' : ['T', ...k.elems.map((e) => encodeTy(e, ref))];
    case 'Array': return ['A', encodeTy(k.elem, ref), encodeConst(k.len, ref)];
    case 'Slice': return ['S', encodeTy(k.elem, ref)];
    case 'Ref': return ['R', k.mutbl, encodeTy(k.pointee, ref)];
    case 'RawPtr': return ['P', k.mutbl, encodeTy(k.pointee, ref)];
    case 'Adt': return ['D', ref(k.def), args(k.args)];
    case 'FnDef': return ['F', ref(k.def), args(k.args)];
    case 'FnPtr': return ['fn', encodeSig(k.sig, ref)];
    case 'Param': return ['p', k.index, k.name];
    case 'Alias': return ['X', ref(k.def), args(k.args)];
    case 'Closure': return ['C', ref(k.def), args(k.args)];
    case 'Dynamic':
      return ['dyn', k.principal ? ref(k.principal.def) : null, k.principal ? args(k.principal.args) : [], k.autoTraits.map(ref), (k.projections ?? []).map((p) => [ref(p.item), encodeTy(p.term, ref)] as const)];
    default: return '{error}';
  }
}

export function encodeSig(s: FnSig, ref: (d: DefId) => DefRef): SigEnc {
  return { i: s.inputs.map((t) => encodeTy(t, ref)), o: encodeTy(s.output, ref), v: s.cVariadic, u: s.unsafe, a: s.abi };
}

export function decodeTy(e: TyEnc, def: (r: DefRef) => DefId): Ty {
  if (typeof e === 'string') {
    const p = PRIMS[e];
    if (p !== undefined) return p;
    if (e === 'f16' || e === 'f128') return mkTy({ tag: 'Float', float: e });
    throw new Error(`bad type in metadata: ${e}`);
  }
  const args = (a: readonly TyEnc[]): GenericArgs => decodeArgs(a, def);
  switch (e[0]) {
    case 'T': return mkTy({ tag: 'Tuple', elems: (e.slice(1) as TyEnc[]).map((x) => decodeTy(x, def)) });
    case 'A': return mkTy({ tag: 'Array', elem: decodeTy(e[1], def), len: decodeConst(e[2], def) });
    case 'S': return mkTy({ tag: 'Slice', elem: decodeTy(e[1], def) });
    case 'R': return mkTy({ tag: 'Ref', mutbl: e[1], pointee: decodeTy(e[2], def) });
    case 'P': return mkTy({ tag: 'RawPtr', mutbl: e[1], pointee: decodeTy(e[2], def) });
    case 'D': return mkTy({ tag: 'Adt', def: def(e[1]), args: args(e[2]) });
    case 'F': return mkTy({ tag: 'FnDef', def: def(e[1]), args: args(e[2]) });
    case 'fn': return mkTy({ tag: 'FnPtr', sig: decodeSig(e[1], def) });
    case 'p': return mkTy({ tag: 'Param', index: e[1], name: e[2] });
    case 'X': return mkTy({ tag: 'Alias', def: def(e[1]), args: args(e[2]) });
    case 'C': return mkTy({ tag: 'Closure', def: def(e[1]), args: args(e[2]) });
    case 'dyn': {
      const projections = e[4].map(([item, term]) => ({ item: def(item), term: decodeTy(term, def) }));
      return mkTy({ tag: 'Dynamic', principal: e[1] === null ? null : { def: def(e[1]), args: args(e[2]) }, autoTraits: e[3].map(def), ...(projections.length > 0 ? { projections } : {}) });
    }
  }
  throw new Error('bad type in metadata');
}

export function decodeSig(s: SigEnc, def: (r: DefRef) => DefId): FnSig {
  return { inputs: s.i.map((t) => decodeTy(t, def)), output: decodeTy(s.o, def), cVariadic: s.v, unsafe: s.u, abi: s.a as Abi };
}
