import type { OnUnimplemented } from '../hir/attrs.ts';
import type { EncodedMacro } from '../expand/macro-rules/metadata.ts';
import type { ImplicitSelf } from '../hir/item.ts';
import type { Namespace } from '../resolve/namespace.ts';
import type { DefKind } from '../ty/context.ts';
import type { IntTy, UintTy } from '../ty/ty.ts';

// The metadata blob: plain JSON. DefIds are written as [crate, index] where crate 0 is the
// encoded crate itself and crate i > 0 is `deps[i - 1]`; types are written structurally.

export type DefRef = readonly [number, number];

/** A const generic argument or array length: a usize by its decimal value, typed values, parameters. */
export type ConstEnc =
  | string
  | readonly ['v', TyEnc, string]
  | readonly ['p', number, string];

/** A type, structurally: primitives by name, composites as tagged arrays. */
export type TyEnc =
  | string
  | readonly ['T', ...TyEnc[]]
  | readonly ['A', TyEnc, ConstEnc]
  /** A const generic argument (only in generic argument lists). */
  | readonly ['c', ConstEnc]
  | readonly ['S', TyEnc]
  | readonly ['R', 'not' | 'mut', TyEnc]
  | readonly ['P', 'not' | 'mut', TyEnc]
  | readonly ['D', DefRef, readonly TyEnc[]]
  | readonly ['F', DefRef, readonly TyEnc[]]
  | readonly ['fn', SigEnc]
  | readonly ['p', number, string]
  /** `dyn Principal<args> + autos` (principal null: only auto traits). */
  | readonly ['dyn', DefRef | null, readonly TyEnc[], readonly DefRef[], readonly (readonly [DefRef, TyEnc])[]]
  /** Projection `<args[0] as Trait>::item`. */
  | readonly ['X', DefRef, readonly TyEnc[]]
  /** A closure type: its DefId and args (parent args, kind, signature, upvars). */
  | readonly ['C', DefRef, readonly TyEnc[]];

export interface SigEnc {
  readonly i: readonly TyEnc[];
  readonly o: TyEnc;
  readonly v: boolean;
  readonly u: boolean;
  readonly a: string;
}

export type ResEnc =
  | readonly ['D', DefKind, DefRef]
  | readonly ['prim', string];

export interface ChildEnc {
  readonly n: string;
  readonly ns: Namespace;
  readonly r: ResEnc;
  readonly pub: boolean;
}

export interface FieldEnc {
  readonly d: number;
  readonly n: string;
  readonly t: TyEnc;
  readonly pub: boolean;
}

export interface VariantEnc {
  readonly d: number;
  readonly n: string;
  readonly f: readonly FieldEnc[];
  /** Discriminant as a decimal string (bigint). */
  readonly discr: string;
  readonly ck: 'fn' | 'const' | null;
}

export interface AdtEnc {
  readonly kind: 'struct' | 'enum' | 'union';
  readonly v: readonly VariantEnc[];
  readonly repr: { readonly c: boolean; readonly transparent: boolean; readonly packed: number | null; readonly align: number | null; readonly int: IntTy | UintTy | null };
}

export interface AttrsEnc {
  readonly exportName: string | null;
  readonly inline: 'none' | 'hint' | 'always' | 'never';
  readonly cold: boolean;
  readonly naked: boolean;
  readonly linkSection: string | null;
  readonly used: boolean;
  readonly trackCaller: boolean;
  readonly intrinsic: string | null;
}

/** One definition of the encoded crate (its index is the DefId index). */
export interface DefEnc {
  readonly k: DefKind;
  readonly n: string | null;
  readonly p: number | null;
  readonly pub: boolean;
  readonly sig?: SigEnc;
  readonly self?: ImplicitSelf;
  readonly ty?: TyEnc;
  readonly adt?: AdtEnc;
  readonly ctor?: number | null;
  readonly trait?: DefRef | null;
  readonly items?: readonly number[];
  readonly body?: boolean;
  readonly attrs?: AttrsEnc;
  readonly mut?: boolean;
  readonly foreign?: boolean;
  readonly cv?: string | null;
  readonly children?: readonly ChildEnc[];
  /** Own type parameters (def index, name), for items that declare generics. */
  /** Own generic params: def index, name, and 1 when `?Sized`. */
  readonly g?: readonly (readonly [number, string, 1?])[];
  /** Own trait predicates `self: trait` (parents' are on the parent). */
  readonly pr?: readonly (readonly [TyEnc, DefRef, (readonly TyEnc[])?])[];
  /** Own projection predicates `<args[0] as Trait>::item == term`. */
  readonly pj?: readonly (readonly [DefRef, readonly TyEnc[], TyEnc])[];
  /** Defaults of own type and const parameters (null: none). */
  readonly gd?: readonly (TyEnc | null)[];
  /** A trait impl's trait arguments, `Self` first. */
  readonly ta?: readonly TyEnc[];
  /** A trait's `#[rustc_on_unimplemented]` wording. */
  readonly ou?: OnUnimplemented;
  /** `#[must_use]` of a fn or type: its reason, '' without one. */
  readonly mu?: string;
  /** A trait's `#[rustc_skip_array_during_method_dispatch]`. */
  readonly sa?: boolean;
}

export interface MetadataBlob {
  readonly magic: string;
  readonly format: number;
  readonly compiler: string;
  readonly name: string;
  readonly hash: string;
  readonly deps: readonly { readonly name: string; readonly hash: string }[];
  readonly root: number;
  readonly defs: readonly DefEnc[];
  readonly impls: readonly number[];
  readonly langItems: readonly (readonly [string, DefRef])[];
  /** Hook for issue 4: MIR of generic and #[inline] fns, by def index. */
  readonly mir: Readonly<Record<string, unknown>>;
  /** `#[macro_export]` macro_rules! definitions, as token trees (see expand/macro-rules/metadata.ts). */
  readonly macros?: readonly EncodedMacro[];
}
