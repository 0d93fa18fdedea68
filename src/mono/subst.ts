// Substitutes an instance's generic arguments for the `Param`s in a type (rustc's
// `instantiate`). Types are interned, so results are memoized per (type, args) pair.
import { argsKey, mkTy, tyKind } from '../ty/interner.ts';
import type { ConstArg, FnSig, GenericArg, GenericArgs, Ty, TyKind } from '../ty/ty.ts';

const memo = new Map<string, Map<Ty, Ty>>();

export function substTy(ty: Ty, args: GenericArgs): Ty {
  if (args.length === 0) return ty;
  const key = argsKey(args);
  let m = memo.get(key);
  if (!m) {
    m = new Map();
    memo.set(key, m);
  }
  const hit = m.get(ty);
  if (hit !== undefined) return hit;
  const r = substUncached(ty, args);
  m.set(ty, r);
  return r;
}

export function substArgs(list: GenericArgs, args: GenericArgs): GenericArgs {
  if (args.length === 0 || list.length === 0) return list;
  return list.map((a) => substArg(a, args));
}

export function substSig(sig: FnSig, args: GenericArgs): FnSig {
  if (args.length === 0) return sig;
  return { ...sig, inputs: sig.inputs.map((t) => substTy(t, args)), output: substTy(sig.output, args) };
}

function substArg(a: GenericArg, args: GenericArgs): GenericArg {
  switch (a.tag) {
    case 'Type': return { tag: 'Type', ty: substTy(a.ty, args) };
    case 'Lifetime': return a;
    case 'Const': return { tag: 'Const', value: substConst(a.value, args) };
  }
}

export function substConst(c: ConstArg, args: GenericArgs): ConstArg {
  if (c.tag !== 'Param') return c;
  const a = args[c.index];
  if (a === undefined) throw new Error(`const parameter ${c.name} (#${c.index}) has no argument`);
  if (a.tag !== 'Const') throw new Error(`generic argument #${c.index} for const parameter ${c.name} is not a const`);
  return a.value;
}

function substUncached(ty: Ty, args: GenericArgs): Ty {
  const k = tyKind(ty);
  const t = (x: Ty): Ty => substTy(x, args);
  let nk: TyKind;
  switch (k.tag) {
    case 'Bool': case 'Char': case 'Int': case 'Uint': case 'Float': case 'Str': case 'Never':
    case 'Foreign': case 'Infer': case 'Error':
      return ty;
    case 'Param': {
      const a = args[k.index];
      if (a === undefined) throw new Error(`type parameter ${k.name} (#${k.index}) has no argument`);
      if (a.tag !== 'Type') throw new Error(`generic argument #${k.index} for type parameter ${k.name} is not a type`);
      return a.ty;
    }
    case 'Tuple': nk = { tag: 'Tuple', elems: k.elems.map(t) }; break;
    case 'Array': nk = { tag: 'Array', elem: t(k.elem), len: substConst(k.len, args) }; break;
    case 'Slice': nk = { tag: 'Slice', elem: t(k.elem) }; break;
    case 'Ref': nk = { tag: 'Ref', mutbl: k.mutbl, pointee: t(k.pointee) }; break;
    case 'RawPtr': nk = { tag: 'RawPtr', mutbl: k.mutbl, pointee: t(k.pointee) }; break;
    case 'Adt': nk = { tag: 'Adt', def: k.def, args: substArgs(k.args, args) }; break;
    case 'FnDef': nk = { tag: 'FnDef', def: k.def, args: substArgs(k.args, args) }; break;
    case 'FnPtr': nk = { tag: 'FnPtr', sig: substSig(k.sig, args) }; break;
    case 'Closure':
      nk = { tag: 'Closure', def: k.def, args: substArgs(k.args, args) };
      break;
    case 'Dynamic':
      nk = {
        tag: 'Dynamic',
        principal: k.principal ? { def: k.principal.def, args: substArgs(k.principal.args, args) } : null,
        autoTraits: k.autoTraits,
        ...(k.projections ? { projections: k.projections.map((p) => ({ item: p.item, term: t(p.term) })) } : {}),
      };
      break;
    case 'Alias': nk = { tag: 'Alias', def: k.def, args: substArgs(k.args, args) }; break;
  }
  return mkTy(nk);
}
