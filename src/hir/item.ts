import type { Span } from '../diagnostics/span.ts';
import type { DefId } from '../ty/def-id.ts';
import type { Abi, Mutbl } from '../ty/ty.ts';
import type { ItemAttrs } from './attrs.ts';
import type { Expr, HirInlineAsm } from './expr.ts';
import type { BodyId, HirId } from './ids.ts';
import type { HirPat } from './pat.ts';
import type { Ident, Path } from './path.ts';
import type { HirTy } from './types.ts';

/** `pub` or visible only inside module `module` (private = the enclosing module). */
export type Visibility =
  | { readonly tag: 'Public' }
  | { readonly tag: 'Restricted'; readonly module: DefId };

/** How a method takes `self` (none: an associated fn without receiver, or a free fn). */
export type ImplicitSelf = 'none' | 'value' | 'mutValue' | 'ref' | 'refMut' | 'explicit';

export interface FnDecl {
  /** Parameter types, `self` first for methods (its type filled with `Self`, `&Self`...). */
  readonly inputs: readonly HirTy[];
  /** Null: `()` (no `->` written). */
  readonly output: HirTy | null;
  readonly cVariadic: boolean;
  readonly implicitSelf: ImplicitSelf;
}

export interface FnHeader {
  readonly unsafe: boolean;
  readonly abi: Abi;
  readonly constness: boolean;
}

export interface HirFnSig {
  readonly header: FnHeader;
  readonly decl: FnDecl;
  readonly span: Span;
}

export interface FieldDef {
  readonly hirId: HirId;
  readonly def: DefId;
  /** Tuple fields are named '0', '1', ... */
  readonly ident: Ident;
  readonly ty: HirTy;
  readonly vis: Visibility;
  readonly span: Span;
}

export interface VariantData {
  readonly kind: 'struct' | 'tuple' | 'unit';
  readonly fields: readonly FieldDef[];
  /** Constructor DefId (kind Ctor) for tuple and unit structs/variants. */
  readonly ctor: DefId | null;
}

export interface Variant {
  readonly def: DefId;
  readonly ident: Ident;
  readonly data: VariantData;
  /** Explicit discriminant `= expr`, a constant body. */
  readonly discr: BodyId | null;
  /** `#[lang = "..."]` on the variant (core's `Some`, `None`, `Ok`, `Err`). */
  readonly lang: string | null;
  readonly span: Span;
}

export type ItemKind =
  /** Free fn, assoc fn (impl/trait; trait methods without default have no body), foreign fn. */
  | { readonly tag: 'Fn'; readonly sig: HirFnSig; readonly body: BodyId | null }
  /** Foreign statics have no body. */
  | { readonly tag: 'Static'; readonly ty: HirTy; readonly mutbl: Mutbl; readonly body: BodyId | null }
  /** Trait consts without default have no body. */
  | { readonly tag: 'Const'; readonly ty: HirTy; readonly body: BodyId | null }
  | { readonly tag: 'Struct'; readonly data: VariantData }
  | { readonly tag: 'Union'; readonly data: VariantData }
  | { readonly tag: 'Enum'; readonly variants: readonly Variant[] }
  | { readonly tag: 'TyAlias'; readonly ty: HirTy | null }
  | { readonly tag: 'Trait'; readonly unsafe: boolean; readonly items: readonly DefId[] }
  | {
      readonly tag: 'Impl';
      readonly unsafe: boolean;
      readonly negative: boolean;
      /** `impl Trait for T`: the trait path (res is the trait's Def). */
      readonly ofTrait: Path | null;
      readonly selfTy: HirTy;
      readonly items: readonly DefId[];
    }
  | { readonly tag: 'Mod'; readonly items: readonly DefId[] }
  | { readonly tag: 'ForeignMod'; readonly abi: Abi; readonly items: readonly DefId[] }
  | { readonly tag: 'ExternCrate'; readonly crateName: string }
  | { readonly tag: 'Use'; readonly path: Path; readonly glob: boolean }
  | { readonly tag: 'GlobalAsm'; readonly asm: HirInlineAsm }
  /** `macro_rules!` definitions: kept for metadata (issue 4). */
  | { readonly tag: 'Macro' };

export interface Item {
  readonly def: DefId;
  readonly ident: Ident;
  readonly kind: ItemKind;
  readonly vis: Visibility;
  readonly attrs: ItemAttrs;
  readonly span: Span;
}

export interface Param {
  readonly hirId: HirId;
  readonly pat: HirPat;
  readonly span: Span;
}

/** The code of a fn, const or static initializer (kept apart from its item, as in rustc). */
export interface Body {
  readonly id: BodyId;
  readonly owner: DefId;
  readonly params: readonly Param[];
  readonly value: Expr;
}
