import type { DefId } from '../ty/def-id.ts';
import type { GenericArgs, Ty } from '../ty/ty.ts';
import type { HirId } from '../hir/ids.ts';
import type { Adjustment, BindingMode, TypeDependentDef } from './adjustment.ts';
import type { CapturedUpvar, OverloadedCall } from './closure-results.ts';

export type { Adjustment, AdjustKind, BindingMode, PointerCoercion, TypeDependentDef } from './adjustment.ts';

/**
 * What type checking learned about one body (rustc's TypeckResults). All types are fully
 * resolved (no inference variables; integer variables defaulted to i32); after an error a
 * node may have `tys.error`, and `taintedByErrors` is set.
 */
export interface TypeckResults {
  /** The body owner (fn, const, static). */
  readonly owner: DefId;
  readonly taintedByErrors: boolean;

  /** Type of an expression (before adjustments), pattern, or HIR type node. Throws if unknown. */
  nodeType(id: HirId): Ty;
  nodeTypeOpt(id: HirId): Ty | null;
  /**
   * Generic args instantiated at a path expression naming a fn/const/ctor (empty while
   * nothing is generic). The path's type is `FnDef(def, args)` for fns.
   */
  nodeArgs(id: HirId): GenericArgs;
  /**
   * For `MethodCall` expressions (keyed by the call expression's HirId) and type-relative
   * or trait paths (`S::new`, `Trait::method`, `<T as Trait>::method`, keyed by the path
   * expression's HirId): the chosen associated item, already the impl's method when the
   * self type is known.
   */
  typeDependentDef(id: HirId): TypeDependentDef | null;
  /** Adjustments applied to an expression's value, in order; empty if none. */
  adjustments(id: HirId): readonly Adjustment[];
  /** Type after all adjustments (nodeType if none). */
  exprTyAdjusted(id: HirId): Ty;
  /** Binding mode of a `Binding` pattern. */
  bindingMode(id: HirId): BindingMode;
  /** Field position for `Field` expressions (and struct expression/pattern fields, by the field's HirId). */
  fieldIndex(id: HirId): number;
  /** For `Cast` expressions that typeck turned into a coercion (`&x as *const T`, `f as fn()`): true. */
  isCoercionCast(id: HirId): boolean;
  /** Value of a constant expression typeck evaluated (array lengths, repeat counts). */
  constValue(id: HirId): bigint | null;
  /** Captures of a closure checked in this body, in field order. */
  closureCaptures(closure: DefId): readonly CapturedUpvar[];
  /** The type of a closure checked in this body (with its kind, signature and upvars settled). */
  closureType(closure: DefId): Ty | null;
  /** The hidden type of a return-position `impl Trait` of this fn. */
  opaqueHiddenType(opaque: DefId): Ty | null;
  /** For a `Call` expression whose callee is called through a Fn trait. */
  overloadedCall(id: HirId): OverloadedCall | null;
  /**
   * References a pattern implicitly dereferences before matching (rustc's pat_adjustments,
   * from default binding modes): `match &opt { Some(x) => .. }` records `[&Option<T>]` on
   * `Some(x)`. Outermost first; empty if none.
   */
  patAdjustments(id: HirId): readonly Ty[];
}
