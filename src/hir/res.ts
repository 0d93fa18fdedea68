import type { DefKind } from '../ty/context.ts';
import type { DefId } from '../ty/def-id.ts';
import type { FloatTy, IntTy, UintTy } from '../ty/ty.ts';
import type { HirId } from './ids.ts';

/** Built-in type names (`i32`, `bool`, `str`...), resolved when no item shadows them. */
export type PrimTy =
  | { readonly tag: 'Int'; readonly int: IntTy }
  | { readonly tag: 'Uint'; readonly uint: UintTy }
  | { readonly tag: 'Float'; readonly float: FloatTy }
  | { readonly tag: 'Bool' }
  | { readonly tag: 'Char' }
  | { readonly tag: 'Str' };

/** What a path (or one of its segments) resolved to (rustc's hir::def::Res). */
export type Res =
  | { readonly tag: 'Def'; readonly kind: DefKind; readonly def: DefId }
  /** A local variable: the HirId of its binding pattern. */
  | { readonly tag: 'Local'; readonly id: HirId }
  | { readonly tag: 'PrimTy'; readonly prim: PrimTy }
  /** `Self` inside an impl: the impl's self type (`implDef` is the impl). */
  | { readonly tag: 'SelfTyAlias'; readonly implDef: DefId }
  /** `Self` inside a trait: the implicit type parameter. */
  | { readonly tag: 'SelfTyParam'; readonly traitDef: DefId }
  /** `Self` used as a value constructor (`Self(1, 2)`, `Self`) inside an impl. */
  | { readonly tag: 'SelfCtor'; readonly implDef: DefId }
  /** Resolution failed; an error was already reported. */
  | { readonly tag: 'Err' };

export const RES_ERR: Res = Object.freeze({ tag: 'Err' });
