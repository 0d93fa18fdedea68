import type { DefId } from './def-id.ts';
import type { ConstArg, FnSig, GenericArg, GenericArgs, Ty, TyKind } from './ty.ts';

// Types are hash-consed: each distinct TyKind is stored once and named by its index, so
// type equality is number equality and maps keyed by Ty are cheap.
const kinds: TyKind[] = [];
const byKey = new Map<string, Ty>();

function constKey(c: ConstArg): string {
  switch (c.tag) {
    case 'Value': return `v${c.ty}:${c.bits}`;
    case 'Param': return `p${c.index}`;
    case 'Infer': return `?${c.id}`;
  }
}

function argKey(a: GenericArg): string {
  switch (a.tag) {
    case 'Type': return `${a.ty}`;
    case 'Lifetime': return `'`;
    case 'Const': return `c(${constKey(a.value)})`;
  }
}

export function argsKey(args: GenericArgs): string {
  return args.map(argKey).join(',');
}

function sigKey(s: FnSig): string {
  return `${s.abi}${s.unsafe ? 'u' : ''}${s.cVariadic ? 'v' : ''}(${s.inputs.join(',')})${s.output}`;
}

function keyOf(k: TyKind): string {
  switch (k.tag) {
    case 'Bool': case 'Char': case 'Str': case 'Never': case 'Error': return k.tag;
    case 'Int': return k.int;
    case 'Uint': return k.uint;
    case 'Float': return k.float;
    case 'Tuple': return `(${k.elems.join(',')})`;
    case 'Array': return `[${k.elem};${constKey(k.len)}]`;
    case 'Slice': return `[${k.elem}]`;
    case 'Ref': return `&${k.mutbl}${k.pointee}`;
    case 'RawPtr': return `*${k.mutbl}${k.pointee}`;
    case 'Adt': return `A${k.def}<${argsKey(k.args)}>`;
    case 'FnDef': return `F${k.def}<${argsKey(k.args)}>`;
    case 'FnPtr': return `fn${sigKey(k.sig)}`;
    case 'Closure': return `C${k.def}<${argsKey(k.args)}>`;
    case 'Dynamic': return `dyn${k.principal ? `${k.principal.def}<${argsKey(k.principal.args)}>` : ''}+${k.autoTraits.join('+')}${(k.projections ?? []).map((p) => `,${p.item}=${p.term}`).join('')}`;
    case 'Param': return `P${k.index}:${k.name}`;
    case 'Alias': return `X${k.def}<${argsKey(k.args)}>`;
    case 'Foreign': return `E${k.def}`;
    case 'Infer': return `?${k.kind}${k.id}`;
  }
}

export function mkTy(kind: TyKind): Ty {
  const key = keyOf(kind);
  let ty = byKey.get(key);
  if (ty === undefined) {
    ty = kinds.length as Ty;
    kinds.push(kind);
    byKey.set(key, ty);
  }
  return ty;
}

export function tyKind(ty: Ty): TyKind {
  const k = kinds[ty];
  if (k === undefined) throw new Error(`unknown type id ${ty}`);
  return k;
}

export const tys = {
  bool: mkTy({ tag: 'Bool' }),
  char: mkTy({ tag: 'Char' }),
  str: mkTy({ tag: 'Str' }),
  never: mkTy({ tag: 'Never' }),
  unit: mkTy({ tag: 'Tuple', elems: [] }),
  error: mkTy({ tag: 'Error' }),
  i8: mkTy({ tag: 'Int', int: 'i8' }),
  i16: mkTy({ tag: 'Int', int: 'i16' }),
  i32: mkTy({ tag: 'Int', int: 'i32' }),
  i64: mkTy({ tag: 'Int', int: 'i64' }),
  i128: mkTy({ tag: 'Int', int: 'i128' }),
  isize: mkTy({ tag: 'Int', int: 'isize' }),
  u8: mkTy({ tag: 'Uint', uint: 'u8' }),
  u16: mkTy({ tag: 'Uint', uint: 'u16' }),
  u32: mkTy({ tag: 'Uint', uint: 'u32' }),
  u64: mkTy({ tag: 'Uint', uint: 'u64' }),
  u128: mkTy({ tag: 'Uint', uint: 'u128' }),
  usize: mkTy({ tag: 'Uint', uint: 'usize' }),
  f32: mkTy({ tag: 'Float', float: 'f32' }),
  f64: mkTy({ tag: 'Float', float: 'f64' }),
} as const;

export function mkRef(pointee: Ty, mutbl: 'not' | 'mut' = 'not'): Ty {
  return mkTy({ tag: 'Ref', mutbl, pointee });
}

export function mkTuple(elems: readonly Ty[]): Ty {
  return mkTy({ tag: 'Tuple', elems });
}

export function mkAdt(def: DefId, args: GenericArgs): Ty {
  return mkTy({ tag: 'Adt', def, args });
}
