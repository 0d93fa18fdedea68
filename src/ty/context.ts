import type { Body } from '../mir/mir.ts';
import type { InlineAsmTemplatePiece } from '../syntax/ast/asm.ts';
import type { Span } from '../diagnostics/span.ts';
import type { AdtDef } from './adt.ts';
import type { CrateNum, DefId } from './def-id.ts';
import type { CodegenFnAttrs, Instance } from './instance.ts';
import type { FnSig, GenericArgs, Ty } from './ty.ts';

export type DefKind =
  | 'Fn' | 'AssocFn' | 'Closure' | 'Static' | 'Const' | 'AssocConst' | 'Struct' | 'Enum' | 'Union'
  | 'Variant' | 'Ctor' | 'Trait' | 'Impl' | 'TyAlias' | 'AssocTy' | 'Mod' | 'ForeignFn' | 'ForeignStatic'
  | 'Field' | 'TyParam' | 'ConstParam' | 'LifetimeParam' | 'Macro' | 'ExternCrate' | 'Use' | 'AnonConst' | 'GlobalAsm'
  /** `impl Trait` in a fn's return type (its parent is the fn). */
  | 'OpaqueTy';

export interface StaticInfo {
  readonly ty: Ty;
  readonly mutable: boolean;
  /** Foreign statics (`extern { static X: T; }`) have no initializer. */
  readonly foreign: boolean;
  /** MIR computing the initial value (evaluated at compile time by codegen's const eval). */
  readonly initializer: Body | null;
}

/**
 * What the middle end answers about the crate being compiled and its dependencies
 * (rustc's TyCtxt, as seen by the mono collector and codegen). Every method is a memoized
 * query; dependencies answer from their metadata.
 */
export interface Tcx {
  readonly localCrateName: string;
  crateName(krate: CrateNum): string;
  /** Stable per-crate hash used in symbol names (like rustc's StableCrateId). */
  crateHash(krate: CrateNum): string;
  defKind(def: DefId): DefKind;
  /** `crate::module::Type::method` path, for symbol names and messages. */
  defPath(def: DefId): string[];
  defSpan(def: DefId): Span;
  /** Parent item (impl or trait for assoc items, the enclosing fn for closures). */
  parent(def: DefId): DefId | null;
  /** The trait an impl implements (null for inherent impls). */
  implTrait(impl: DefId): DefId | null;
  /** Signature with the item's own generic params as `Param`s. */
  fnSig(def: DefId): FnSig;
  /** Number of generic params of the item including its parents'. */
  genericCount(def: DefId): number;
  adtDef(def: DefId): AdtDef;
  /** Built (and borrow-checked) MIR of a fn, closure, const or static initializer. */
  mirBody(def: DefId): Body;
  hasMir(def: DefId): boolean;
  codegenAttrs(def: DefId): CodegenFnAttrs;
  staticInfo(def: DefId): StaticInfo;
  /** The name of a rust-intrinsic item, or null. */
  intrinsicName(def: DefId): string | null;
  langItem(name: string): DefId | null;
  /** The items of a trait or impl. */
  assocItems(def: DefId): readonly DefId[];
  /** Static dispatch: which body a call to `def` with `args` runs (trait method -> impl). */
  resolveInstance(def: DefId, args: GenericArgs): Instance | null;
  /** The user's `fn main`, if this is a binary crate. */
  entryFn(): DefId | null;
  /** Normalize associated-type projections in a fully substituted type. */
  normalize(ty: Ty): Ty;
  /** Methods of the vtable of `trait` for `ty` (null entries for non-dispatchable). */
  vtableEntries(ty: Ty, trait: { def: DefId; args: GenericArgs }): readonly (Instance | null)[];
  /** Whether `ty` has drop glue (a Drop impl or fields that need dropping). */
  needsDrop(ty: Ty): boolean;
  /** The `Drop::drop` impl method for an ADT, if any. */
  dropImpl(adt: DefId): DefId | null;
  /** The local crate's `global_asm!` blocks, in source order. */
  globalAsm(): readonly GlobalAsmBlock[];
}

export interface GlobalAsmBlock {
  readonly template: readonly InlineAsmTemplatePiece[];
  /** `att_syntax`, `raw`. */
  readonly options: readonly string[];
  readonly span: Span;
}
