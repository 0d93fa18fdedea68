import type { OnUnimplemented } from '../hir/attrs.ts';
import type { Span } from '../diagnostics/span.ts';
import type { ImplicitSelf, Visibility } from '../hir/item.ts';
import type { ModChild } from '../resolve/extern-crate.ts';
import type { AdtDef } from '../ty/adt.ts';
import type { DefKind } from '../ty/context.ts';
import type { CrateNum, DefId } from '../ty/def-id.ts';
import type { CodegenFnAttrs } from '../ty/instance.ts';
import type { FnSig, GenericArg, GenericArgs, Ty } from '../ty/ty.ts';
import type { Body } from '../mir/mir.ts';

/**
 * What one crate answers about its own definitions: the local crate from its HIR (through
 * typeck's collect), a dependency from its metadata. `TcxImpl` dispatches on the DefId's crate.
 */
export interface CrateProvider {
  readonly cnum: CrateNum;
  readonly name: string;
  readonly hash: string;
  readonly root: DefId;
  defKind(def: DefId): DefKind;
  /** Null for impls and the crate root. */
  defName(def: DefId): string | null;
  parent(def: DefId): DefId | null;
  defSpan(def: DefId): Span;
  /** Span of the definition's name (for "function defined here" notes). */
  identSpan(def: DefId): Span;
  visibility(def: DefId): Visibility;
  /** Fns, assoc fns, foreign fns and fn-like constructors. */
  fnSig(def: DefId): FnSig;
  /** How a method takes `self` ('none' for associated fns and free fns). */
  implicitSelf(def: DefId): ImplicitSelf;
  /** Statics, consts, fields, type aliases, an impl's self type. */
  typeOf(def: DefId): Ty;
  adtDef(def: DefId): AdtDef;
  /** The constructor of a tuple/unit struct or variant (null for brace structs). */
  ctorOf(def: DefId): DefId | null;
  /** The trait an impl implements, or null for inherent impls. */
  implTrait(impl: DefId): DefId | null;
  /** Items of an impl or trait, in order. */
  assocItems(def: DefId): readonly DefId[];
  /** Whether a fn (a trait method: whether it has a default body) has a body. */
  hasBody(def: DefId): boolean;
  /** Every impl of the crate. */
  impls(): readonly DefId[];
  langItems(): ReadonlyMap<string, DefId>;
  codegenAttrs(def: DefId): CodegenFnAttrs;
  intrinsicName(def: DefId): string | null;
  staticMutable(def: DefId): boolean;
  isForeignItem(def: DefId): boolean;
  /** Value of a constant whose value is an integer, bool or char (array lengths, patterns). */
  constIntValue(def: DefId): bigint | null;
  /** Children of a module/enum/trait, for name resolution of paths into this crate. */
  children(def: DefId): readonly ModChild[];
  entryFn(): DefId | null;
  /** Dependencies: the item's own type parameters (the local crate answers from its HIR). */
  ownGenerics?(def: DefId): readonly { readonly def: DefId; readonly name: string; readonly maybeSized?: boolean }[];
  /** Dependencies: whether metadata holds the fn's MIR (generic fns), and the MIR. */
  hasEncodedMir?(def: DefId): boolean;
  mir?(def: DefId): Body | null;
  /** Dependencies: the item's own trait predicates. */
  ownPredicates?(def: DefId): readonly { readonly self: Ty; readonly trait: DefId; readonly args?: GenericArgs }[];
  /** Dependencies: the item's own `Item = T` constraints (`<args[0] as Trait>::item == term`). */
  ownProjections?(def: DefId): readonly { readonly item: DefId; readonly args: GenericArgs; readonly term: Ty }[];
  /** Defaults of the item's own type and const parameters (by position, `Self` included for traits). */
  paramDefaults?(def: DefId): readonly (GenericArg | null)[];
  /** `#[must_use]` on a fn or type: its reason, null without one; undefined: not must_use. */
  mustUse?(def: DefId): string | null | undefined;
  /** A trait's `#[rustc_on_unimplemented]` wording for E0277. */
  onUnimplemented?(def: DefId): OnUnimplemented | null;
  /** A trait whose array impls method calls skip before edition 2021 (`IntoIterator`). */
  skipArrayDuringMethodDispatch?(def: DefId): boolean;
  /** A trait impl's trait arguments, `Self` first (`impl Add<u8> for S`: `[S, u8]`). */
  implTraitArgs?(impl: DefId): GenericArgs | null;
}
