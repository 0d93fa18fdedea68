import type { Body as HirBody } from '../../hir/item.ts';
import type { TypeckResults } from '../../typeck/results.ts';
import type { AdtDef } from '../../ty/adt.ts';
import type { DefKind } from '../../ty/context.ts';
import type { DefId } from '../../ty/def-id.ts';
import type { FnSig, Mutbl, Ty } from '../../ty/ty.ts';
import type { ConstTree } from '../const-tree.ts';

/** The session facts MIR building reads (a full `Session` satisfies this). */
export interface MirBuildSess {
  /** `-C overflow-checks` (debug default): checked `+ - * << >>` and `-x`. */
  readonly overflowChecks: boolean;
  readonly target: { readonly pointerWidth: 16 | 32 | 64 };
}

/**
 * Everything MIR building asks of the middle end. The middle implements it on top of its
 * queries; tests implement it with hand-built HIR and typeck results.
 */
export interface MirBuildCx {
  readonly sess: MirBuildSess;
  /** The HIR body of a local fn, const or static (null: no body, e.g. a foreign fn). */
  hirBody(def: DefId): HirBody | null;
  /** Type-check results of the body owned by `def` (must not be tainted by errors). */
  typeckResults(def: DefId): TypeckResults;
  defKind(def: DefId): DefKind;
  /** Parent definition: a tuple/unit constructor's struct or variant, a variant's enum. */
  parent(def: DefId): DefId | null;
  fnSig(def: DefId): FnSig;
  adtDef(def: DefId): AdtDef;
  /** Whether `ty` implements the `copy` lang item trait (ADTs; built-in types are known). */
  isCopy(ty: Ty): boolean;
  /** Whether a type parameter is Copy inside `owner` (a `T: Copy` bound in scope). */
  paramIsCopy?(owner: DefId, ty: Ty): boolean;
  /** Whether `ty` is Copy inside `owner`: its Copy impl's bounds hold there (`Option<T>` needs `T: Copy`). */
  isCopyIn?(owner: DefId, ty: Ty): boolean;
  /**
   * Value of a `const` item (a query: memoize, detect cycles). For local consts, implement
   * it with `evalConstItem(def, cx)` from `src/mir/interpret/const-eval.ts`; for other
   * crates' consts, read it from metadata.
   */
  constTree(def: DefId): ConstTree;
  /** The `eq` method of core's `impl PartialEq for str` (string literal patterns compare with it); null if core has none. */
  strEq?(): DefId | null;
  /** Whether dropping `ty` may run code (true for type parameters); absent: nothing needs drop. */
  needsDrop?(ty: Ty): boolean;
  /** `Fn::call`, `FnMut::call_mut` or `FnOnce::call_once` (null: no such lang item). */
  fnTraitMethod?(kind: 'Fn' | 'FnMut' | 'FnOnce'): DefId | null;
  /** The `owned_box` lang item (`Box`) and `box_into_inner` (moving out of `*b`); null if absent. */
  boxDef?(): DefId | null;
  boxIntoInner?(): DefId | null;
  /** Whether the ADT implements `Drop` itself (a promoted value of it would never be dropped). */
  adtHasDtor?(def: DefId): boolean;
  /** The `unsafe_cell` lang item (interior mutability keeps a value from being promoted). */
  unsafeCellDef?(): DefId | null;
  /** `static mut` or `static`. */
  staticMutability(def: DefId): Mutbl;
  /** A const parameter's index in its item's generic args (absent: no const generics). */
  constParamIndex?(def: DefId): { readonly index: number; readonly name: string };
}
