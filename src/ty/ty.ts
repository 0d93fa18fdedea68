import type { DefId } from './def-id.ts';

/** An interned type: equal types have equal ids (compare with ===). */
export type Ty = number & { readonly __ty: unique symbol };

export type IntTy = 'isize' | 'i8' | 'i16' | 'i32' | 'i64' | 'i128';
export type UintTy = 'usize' | 'u8' | 'u16' | 'u32' | 'u64' | 'u128';
export type FloatTy = 'f16' | 'f32' | 'f64' | 'f128';
export type Mutbl = 'not' | 'mut';

/** Calling convention of a fn signature. 'Rust' is ours to choose; others follow the C ABI. */
export type Abi = 'Rust' | 'C' | 'rust-call' | 'rust-intrinsic' | 'system' | 'C-unwind' | 'aapcs' | 'sysv64' | 'efiapi' | 'cdecl';

export interface FnSig {
  readonly inputs: readonly Ty[];
  readonly output: Ty;
  readonly cVariadic: boolean;
  readonly unsafe: boolean;
  readonly abi: Abi;
}

/** Generic arguments of an item instance: one entry per generic parameter, parents first. */
export type GenericArgs = readonly GenericArg[];
export type GenericArg =
  | { readonly tag: 'Type'; readonly ty: Ty }
  | { readonly tag: 'Lifetime' }
  | { readonly tag: 'Const'; readonly value: ConstArg };

export type ConstArg =
  | { readonly tag: 'Value'; readonly ty: Ty; readonly bits: bigint }
  | { readonly tag: 'Param'; readonly index: number; readonly name: string }
  | { readonly tag: 'Infer'; readonly id: number };

/** An associated type binding of a trait object type (`Item = u32`). */
export interface DynProjection {
  readonly item: DefId;
  readonly term: Ty;
}

export type InferKind = 'ty' | 'int' | 'float';

export type TyKind =
  | { readonly tag: 'Bool' }
  | { readonly tag: 'Char' }
  | { readonly tag: 'Int'; readonly int: IntTy }
  | { readonly tag: 'Uint'; readonly uint: UintTy }
  | { readonly tag: 'Float'; readonly float: FloatTy }
  | { readonly tag: 'Str' }
  | { readonly tag: 'Never' }
  | { readonly tag: 'Tuple'; readonly elems: readonly Ty[] }
  | { readonly tag: 'Array'; readonly elem: Ty; readonly len: ConstArg }
  | { readonly tag: 'Slice'; readonly elem: Ty }
  | { readonly tag: 'Ref'; readonly mutbl: Mutbl; readonly pointee: Ty }
  | { readonly tag: 'RawPtr'; readonly mutbl: Mutbl; readonly pointee: Ty }
  /** Struct, enum or union instance. */
  | { readonly tag: 'Adt'; readonly def: DefId; readonly args: GenericArgs }
  /** The zero-sized type of a fn item (or assoc fn), with its generic args. */
  | { readonly tag: 'FnDef'; readonly def: DefId; readonly args: GenericArgs }
  | { readonly tag: 'FnPtr'; readonly sig: FnSig }
  /**
   * A closure's unique type. As in rustc, `args` are the enclosing item's generic args followed
   * by three synthetic types (see src/ty/closure.ts): the closure kind (i8 = Fn, i16 = FnMut,
   * i32 = FnOnce), the signature as a fn pointer type, and the captured upvars as a tuple.
   * Typeck starts them as inference variables and settles them after capture analysis.
   */
  | { readonly tag: 'Closure'; readonly def: DefId; readonly args: GenericArgs }
  /**
   * `dyn Principal<args, Item = T> + Auto`: `principal.args` exclude `Self`; `projections` are
   * the associated type bindings (`Item = T`, `Output = C` of `dyn Fn(A) -> C`) by item DefId.
   */
  | { readonly tag: 'Dynamic'; readonly principal: { readonly def: DefId; readonly args: GenericArgs } | null; readonly autoTraits: readonly DefId[]; readonly projections?: readonly DynProjection[] }
  /** A type parameter of the enclosing item (index into its generics, parents first). */
  | { readonly tag: 'Param'; readonly index: number; readonly name: string }
  /** `<T as Trait>::Name` not yet normalized. */
  | { readonly tag: 'Alias'; readonly def: DefId; readonly args: GenericArgs }
  | { readonly tag: 'Foreign'; readonly def: DefId }
  | { readonly tag: 'Infer'; readonly kind: InferKind; readonly id: number }
  /** After an error was reported: unifies with everything, suppresses cascades. */
  | { readonly tag: 'Error' };
