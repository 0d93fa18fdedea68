import type { ReprOptions } from '../ty/adt.ts';

/**
 * The attributes later stations care about, parsed once during lowering (rustc keeps them
 * as raw attributes and parses on demand; we only have a handful).
 */
export interface ItemAttrs {
  /** `#[lang = "..."]` */
  readonly lang: string | null;
  readonly noMangle: boolean;
  /** `#[export_name = "..."]` */
  readonly exportName: string | null;
  /** `#[link_name = "..."]` on foreign items. */
  readonly linkName: string | null;
  readonly inline: 'none' | 'hint' | 'always' | 'never';
  readonly cold: boolean;
  readonly naked: boolean;
  readonly trackCaller: boolean;
  readonly panicHandler: boolean;
  readonly linkSection: string | null;
  readonly used: boolean;
  readonly repr: ReprOptions | null;
  /** `#[rustc_intrinsic]`-style marker or membership of an `extern "rust-intrinsic"` block. */
  readonly intrinsic: boolean;
  /** From the enclosing foreign block's `#[link(wasm_import_module = "...")]`. */
  readonly wasmImportModule: string | null;
  /** A trait's `#[rustc_on_unimplemented(message = "...", label = "...", note = "...")]`. */
  readonly onUnimplemented: OnUnimplemented | null;
  /** `#[must_use]` (null) or `#[must_use = "why"]`; absent: no attribute. */
  readonly mustUse?: string | null;
  /** A trait's `#[rustc_skip_array_during_method_dispatch]`: `array.m()` ignores its array impls before edition 2021. */
  readonly skipArrayDuringMethodDispatch: boolean;
}

/** How E0277 words a trait's missing impl (`{Self}` stands for the type). */
export interface OnUnimplemented {
  readonly message: string | null;
  readonly label: string | null;
  readonly notes: readonly string[];
}

export const NO_ATTRS: ItemAttrs = Object.freeze({
  lang: null,
  noMangle: false,
  exportName: null,
  linkName: null,
  inline: 'none',
  cold: false,
  naked: false,
  trackCaller: false,
  panicHandler: false,
  linkSection: null,
  used: false,
  repr: null,
  intrinsic: false,
  wasmImportModule: null,
  onUnimplemented: null,
  skipArrayDuringMethodDispatch: false,
});

/** Crate-level `#![...]` attributes. */
export interface CrateAttrs {
  readonly noStd: boolean;
  readonly noCore: boolean;
  readonly noMain: boolean;
  readonly noBuiltins: boolean;
  readonly compilerBuiltins: boolean;
}
