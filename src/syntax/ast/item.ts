import type { Span } from '../../diagnostics/span.ts';
import type { Symbol } from '../symbol.ts';
import type { Attribute, DelimArgs, MacCall } from './attr.ts';
import type { Expr } from './expr.ts';
import type { GenericBound, Generics, TraitRef } from './generics.ts';
import type { Constness, Defaultness, Ident, Mutability, NodeId, Safety } from './node.ts';
import type { Pat } from './pat.ts';
import type { AnonConst, Path } from './path.ts';
import type { Block } from './stmt.ts';
import type { FnRetTy, Ty } from './ty.ts';

export interface Crate {
  readonly id: NodeId;
  readonly attrs: readonly Attribute[];
  readonly items: readonly Item[];
  readonly span: Span;
}

export type VisibilityKind =
  | { readonly tag: 'Public' }
  /** `pub(crate)`, `pub(super)`, `pub(self)`, `pub(in path)`; `crate` alone (old syntax) too. */
  | { readonly tag: 'Restricted'; readonly path: Path; readonly id: NodeId; readonly shorthand: boolean }
  | { readonly tag: 'Inherited' };

export interface Visibility {
  readonly kind: VisibilityKind;
  readonly span: Span;
}

export interface Item<K = ItemKind> {
  readonly id: NodeId;
  readonly attrs: readonly Attribute[];
  readonly vis: Visibility;
  /** Empty symbol for items without a name (impl, use, foreign mod, macro call). */
  readonly ident: Ident;
  readonly kind: K;
  readonly span: Span;
}

export type AssocItem = Item<AssocItemKind>;
export type ForeignItem = Item<ForeignItemKind>;

export interface Param {
  readonly id: NodeId;
  readonly attrs: readonly Attribute[];
  readonly ty: Ty;
  readonly pat: Pat;
  readonly span: Span;
  readonly isPlaceholder: boolean;
}

export interface FnDecl {
  readonly inputs: readonly Param[];
  readonly output: FnRetTy;
}

export interface FnHeader {
  readonly safety: Safety;
  readonly asyncness: boolean;
  readonly constness: Constness;
  /** `extern "C"` gives 'C'; bare `extern` gives 'C' too (with `externSpan` set). */
  readonly ext: { readonly abi: string | null; readonly span: Span } | null;
}

export interface FnSig {
  readonly header: FnHeader;
  readonly decl: FnDecl;
  readonly span: Span;
}

export interface Fn {
  readonly tag: 'Fn';
  readonly defaultness: Defaultness;
  readonly generics: Generics;
  readonly sig: FnSig;
  readonly body: Block | null;
}

export interface FieldDef {
  readonly id: NodeId;
  readonly attrs: readonly Attribute[];
  readonly vis: Visibility;
  readonly ident: Ident | null;
  readonly ty: Ty;
  readonly span: Span;
}

export type VariantData =
  | { readonly tag: 'Struct'; readonly fields: readonly FieldDef[]; readonly recovered: boolean }
  | { readonly tag: 'Tuple'; readonly fields: readonly FieldDef[]; readonly id: NodeId }
  | { readonly tag: 'Unit'; readonly id: NodeId };

export interface Variant {
  readonly id: NodeId;
  readonly attrs: readonly Attribute[];
  readonly vis: Visibility;
  readonly ident: Ident;
  readonly data: VariantData;
  readonly disrExpr: AnonConst | null;
  readonly span: Span;
}

export type UseTreeKind =
  | { readonly tag: 'Simple'; readonly rename: Ident | null }
  | { readonly tag: 'Nested'; readonly items: readonly UseTree[]; readonly span: Span }
  | { readonly tag: 'Glob' };

export interface UseTree {
  readonly id: NodeId;
  readonly prefix: Path;
  readonly kind: UseTreeKind;
  readonly span: Span;
}

export type ModKind =
  /** Inline `mod m { ... }`, or `mod m;` after the expander loaded the file. */
  | { readonly tag: 'Loaded'; readonly items: readonly Item[]; readonly inline: boolean; readonly innerSpan: Span; readonly file: string | null }
  /** `mod m;` before loading. */
  | { readonly tag: 'Unloaded' };

export type ItemKind =
  | { readonly tag: 'ExternCrate'; readonly orig: Symbol | null }
  | { readonly tag: 'Use'; readonly tree: UseTree }
  | { readonly tag: 'Static'; readonly ty: Ty; readonly mutbl: Mutability; readonly safety: Safety; readonly expr: Expr | null }
  | { readonly tag: 'Const'; readonly defaultness: Defaultness; readonly generics: Generics; readonly ty: Ty; readonly expr: Expr | null }
  | Fn
  | { readonly tag: 'Mod'; readonly safety: Safety; readonly mod: ModKind }
  | { readonly tag: 'ForeignMod'; readonly safety: Safety; readonly abi: string | null; readonly items: readonly ForeignItem[] }
  | { readonly tag: 'GlobalAsm'; readonly asm: import('./asm.ts').InlineAsm }
  | {
      readonly tag: 'TyAlias';
      readonly defaultness: Defaultness;
      readonly generics: Generics;
      readonly bounds: readonly GenericBound[];
      readonly ty: Ty | null;
    }
  | { readonly tag: 'Enum'; readonly variants: readonly Variant[]; readonly generics: Generics }
  | { readonly tag: 'Struct'; readonly data: VariantData; readonly generics: Generics }
  | { readonly tag: 'Union'; readonly data: VariantData; readonly generics: Generics }
  | {
      readonly tag: 'Trait';
      readonly isAuto: boolean;
      readonly safety: Safety;
      readonly generics: Generics;
      readonly bounds: readonly GenericBound[];
      readonly items: readonly AssocItem[];
    }
  | { readonly tag: 'TraitAlias'; readonly generics: Generics; readonly bounds: readonly GenericBound[] }
  | {
      readonly tag: 'Impl';
      readonly defaultness: Defaultness;
      readonly safety: Safety;
      readonly generics: Generics;
      readonly constness: Constness;
      readonly polarity: 'positive' | 'negative';
      readonly ofTrait: TraitRef | null;
      readonly selfTy: Ty;
      readonly items: readonly AssocItem[];
    }
  | { readonly tag: 'MacCall'; readonly mac: MacCall }
  /** `macro_rules! name { ... }` (macroRules) or `macro name(...) { ... }` (decl macro 2.0). */
  | { readonly tag: 'MacroDef'; readonly body: DelimArgs; readonly macroRules: boolean };

export type AssocItemKind =
  | { readonly tag: 'Const'; readonly defaultness: Defaultness; readonly generics: Generics; readonly ty: Ty; readonly expr: Expr | null }
  | Fn
  | {
      readonly tag: 'TyAlias';
      readonly defaultness: Defaultness;
      readonly generics: Generics;
      readonly bounds: readonly GenericBound[];
      readonly ty: Ty | null;
    }
  | { readonly tag: 'MacCall'; readonly mac: MacCall };

export type ForeignItemKind =
  | { readonly tag: 'Static'; readonly ty: Ty; readonly mutbl: Mutability; readonly safety: Safety; readonly expr: Expr | null }
  | Fn
  | {
      readonly tag: 'TyAlias';
      readonly defaultness: Defaultness;
      readonly generics: Generics;
      readonly bounds: readonly GenericBound[];
      readonly ty: Ty | null;
    }
  | { readonly tag: 'MacCall'; readonly mac: MacCall };
