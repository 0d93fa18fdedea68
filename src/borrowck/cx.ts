import type { Span } from '../diagnostics/span.ts';
import type { Body as HirBody } from '../hir/item.ts';
import type { HirTy } from '../hir/types.ts';
import type { AdtDef } from '../ty/adt.ts';
import type { DefId } from '../ty/def-id.ts';
import type { Ty } from '../ty/ty.ts';

/** What borrowck needs besides the MIR: the HIR for wording and suggestions, names. */
export interface BorrowckCx {
  /** The body's HIR (labels such as "an `else` arm might be missing here"); null if unknown. */
  readonly hir: HirBody | null;
  /** Parameter types as written, in order (to suggest `&mut T` for `&T`); null if unknown. */
  readonly paramTys: readonly HirTy[] | null;
  adtDef(def: DefId): AdtDef;
  isCopy(ty: Ty): boolean;
  /** Name of a static, for "cannot assign to immutable static item `S`". */
  defName(def: DefId): string;
  /** A local fn's name and parameter `index`'s written type (E0382's borrow-instead note). */
  paramOf?(def: DefId, index: number): { readonly fnName: string; readonly fnSpan: Span; readonly tySpan: Span } | null;
  /** Whether `ty` implements the `clone` lang item trait. */
  isClone?(ty: Ty): boolean;
  /** A type as rustc prints it in messages (`String`, `Vec<i32>`). */
  tyStr?(ty: Ty): string;
  /**
   * `Deref::deref`/`DerefMut::deref_mut` (`deref`), `Index::index`/`IndexMut::index_mut`
   * (`index`), and the `box_into_inner` lang item (`boxInner`: `*b` moved out of a box).
   */
  placeOpOf?(def: DefId): 'deref' | 'index' | 'boxInner' | null;
  /** A method with a `self` receiver (its result borrows from that argument, by elision). */
  hasSelfReceiver?(def: DefId): boolean;
  /** The output type fn `def` declares, with its own generic parameters. */
  declaredOutput?(def: DefId): Ty | null;
  /** The parameter types fn `def` declares. */
  declaredInputs?(def: DefId): readonly Ty[] | null;
  /** Span of a static's head (`static S: T`), for "this `static` cannot be written to". */
  staticHeadSpan(def: DefId): Span;
}
