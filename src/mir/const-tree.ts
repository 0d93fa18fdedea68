import type { DefId } from '../ty/def-id.ts';
import type { GenericArgs } from '../ty/ty.ts';

/**
 * The value of a `const` item as a tree (rustc's ValTree): what the MIR builder inlines at
 * each use. Scalars become MIR constants; aggregates are rebuilt field by field with an
 * `Aggregate` rvalue, so no memory layout is needed before codegen. Plain data, so crate
 * metadata can store it for exported consts.
 */
export type ConstTree =
  /** Integers, bool, char (zero-extended bits), floats (IEEE bits). */
  | { readonly tag: 'Scalar'; readonly bits: bigint }
  /** Unit, unit structs, fn items. */
  | { readonly tag: 'ZeroSized' }
  /** `&str` / `&[u8]` / `&[u8; N]` pointing at read-only bytes. */
  | { readonly tag: 'Slice'; readonly data: Uint8Array }
  /** Tuples, arrays, structs (variant 0), enum variants: fields in declaration order. */
  | { readonly tag: 'Aggregate'; readonly variant: number; readonly fields: readonly ConstTree[] }
  | { readonly tag: 'StaticRef'; readonly def: DefId }
  /**
   * A reference to constant memory (`const T: &[&str] = &["a"]`): the value pointed at. A
   * use site rebuilds it into a temporary and borrows that, which promotion makes `'static`;
   * a slice (`&[T]`) points at an array, so the tree holds that array's elements.
   */
  | { readonly tag: 'Ref'; readonly pointee: ConstTree }
  | { readonly tag: 'FnAddr'; readonly def: DefId; readonly args: GenericArgs };
