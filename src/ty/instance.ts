import type { DefId } from './def-id.ts';
import type { GenericArgs, Ty } from './ty.ts';

/** A function (or shim) with concrete generic arguments: the unit of code generation. */
export interface Instance {
  readonly def: DefId;
  readonly args: GenericArgs;
  readonly kind: InstanceKind;
}

export type InstanceKind =
  | { readonly tag: 'Item' }
  /** A `rust-intrinsic` fn: codegen emits it inline, it has no body. */
  | { readonly tag: 'Intrinsic'; readonly name: string }
  /** Dynamic dispatch through vtable slot `index`. */
  | { readonly tag: 'Virtual'; readonly index: number }
  /** Drop glue for `ty` (null: the type needs no drop). */
  | { readonly tag: 'DropGlue'; readonly ty: Ty | null }
  /** Calls `FnOnce::call_once` on a closure that implements `FnMut`/`Fn`. */
  | { readonly tag: 'ClosureOnceShim' }
  /** `<fn() as Fn>::call` and friends on fn pointers. */
  | { readonly tag: 'FnPtrShim'; readonly ty: Ty }
  /**
   * `<Box<F> as Fn*<A>>::call*` (args `[Box<F>, A]`): calls F's method through the box;
   * `call_once` moves F out (a `dyn FnOnce` by its address) and frees the allocation.
   */
  | { readonly tag: 'BoxFnShim' }
  /**
   * A vtable's `call_once` slot for a sized `T` (args `[T, A]`, rustc's VTableShim): takes the
   * value by address, as a by-value `self` reaches an unsized callee, and calls
   * `<T as FnOnce<A>>::call_once` with it moved out.
   */
  | { readonly tag: 'VTableShim' };

export interface CodegenFnAttrs {
  /** `#[no_mangle]` or `#[export_name = "..."]` symbol; null means mangle the path. */
  readonly exportName: string | null;
  readonly inline: 'none' | 'hint' | 'always' | 'never';
  readonly cold: boolean;
  readonly naked: boolean;
  readonly linkSection: string | null;
  /** `#[used]` statics, exported `#[no_mangle]` items: keep even if unreferenced. */
  readonly used: boolean;
  readonly targetFeatures: readonly string[];
  readonly linkage: 'external' | 'internal' | 'weak' | null;
  /** `#[track_caller]`: gets the caller's location as a hidden argument. */
  readonly trackCaller: boolean;
  /** `#[link(wasm_import_module = "...")]` on the foreign block declaring this fn. */
  readonly wasmImportModule: string | null;
  /** The defining crate has `#![no_builtins]`: LLVM must not turn code into libcalls. */
  readonly noBuiltins: boolean;
}
