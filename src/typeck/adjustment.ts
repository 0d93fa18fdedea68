import type { DefId } from '../ty/def-id.ts';
import type { GenericArgs, Mutbl, Ty } from '../ty/ty.ts';

/** Pointer coercions applied to a value (rustc's PointerCoercion). */
export type PointerCoercion =
  /** fn item -> fn pointer. */
  | 'ReifyFnPointer'
  /** safe fn pointer -> unsafe fn pointer. */
  | 'UnsafeFnPointer'
  /** non-capturing closure -> fn pointer (issue 4). */
  | 'ClosureFnPointer'
  /** `*mut T` -> `*const T` (also `&mut T` -> `*const T` after a Borrow(RawPtr)). */
  | 'MutToConstPointer'
  /** `&[T; N]` -> `*const T` (cast of an array reference to an element pointer). */
  | 'ArrayToPointer'
  /** `&[T; N]` -> `&[T]`, later `&T` -> `&dyn Trait`. */
  | 'Unsize';

export type AdjustKind =
  /** A diverging expression (type `!`) used where another type is expected. */
  | { readonly tag: 'NeverToAny' }
  /**
   * One dereference step. `overloaded` null: built-in `*` on a reference or raw pointer;
   * otherwise a call of `Deref::deref`/`DerefMut::deref_mut` (issue 4).
   */
  | { readonly tag: 'Deref'; readonly overloaded: { readonly method: DefId; readonly mutbl: Mutbl } | null }
  /** Take a reference (`&`/`&mut`) or a raw pointer of the (adjusted) place. */
  | { readonly tag: 'Borrow'; readonly kind: 'Ref' | 'RawPtr'; readonly mutbl: Mutbl }
  | { readonly tag: 'Pointer'; readonly cast: PointerCoercion };

/**
 * One step of an expression's adjustment chain; `target` is the type after this step.
 * Steps apply in order to the expression's unadjusted value (`nodeType`): e.g. the receiver
 * of `f.write_str(s)` with `f: &mut Formatter` gets [Deref -> Formatter, Borrow(Ref mut) -> &mut Formatter]
 * (a reborrow), and `x.len()` with `x: [u8; 3]` gets [Borrow(Ref not) -> &[u8; 3], Pointer(Unsize) -> &[u8]].
 */
export interface Adjustment {
  readonly kind: AdjustKind;
  readonly target: Ty;
}

/** The method or associated item a type-dependent path/method call resolved to. */
export interface TypeDependentDef {
  /** The impl's method when the self type is concrete; the trait's method otherwise. */
  readonly def: DefId;
  /** Generic args of `def` (empty while nothing is generic). */
  readonly args: GenericArgs;
}

/** How a binding pattern binds (after default binding modes, issue 4). */
export type BindingMode =
  | { readonly tag: 'ByValue'; readonly mutbl: Mutbl }
  | { readonly tag: 'ByRef'; readonly mutbl: Mutbl; readonly bindingMutbl: Mutbl };
