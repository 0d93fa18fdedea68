import type { Span } from '../../diagnostics/span.ts';
import type { DefId } from '../../ty/def-id.ts';
import type { GenericArgs } from '../../ty/ty.ts';

// Values of the MIR interpreter: abstract (no byte layout), enough for const evaluation
// and for running small programs in tests. Memory is a set of boxes (locals, statics);
// pointers name a box and a path of field/element indices inside it.

export interface Box {
  v: Value;
}

export interface Pointer {
  readonly box: Box;
  readonly path: readonly number[];
}

export type Value =
  /** Integers, bool, char: zero-extended bits; floats: IEEE bits. */
  | { readonly k: 'int'; readonly bits: bigint }
  /** Tuples, arrays, structs, enum variants (`variant` 0 for non-enums). Mutable in place. */
  | { readonly k: 'agg'; readonly fields: Value[]; variant: number }
  | { readonly k: 'ptr'; readonly to: Pointer }
  /** A `&str`/`&[u8]` constant: read-only bytes. */
  | { readonly k: 'bytes'; readonly data: Uint8Array }
  /** A fn item or fn pointer. */
  | { readonly k: 'fn'; readonly def: DefId; readonly args: GenericArgs }
  /** Other zero-sized values (unit, unit structs). */
  | { readonly k: 'zst' }
  | { readonly k: 'uninit' };

export const UNINIT: Value = Object.freeze({ k: 'uninit' });
export const ZST: Value = Object.freeze({ k: 'zst' });

export function int(bits: bigint): Value {
  return { k: 'int', bits };
}

/** Values are copied on read so later writes to the source do not show through. */
export function cloneValue(v: Value): Value {
  return v.k === 'agg' ? { k: 'agg', fields: v.fields.map(cloneValue), variant: v.variant } : v;
}

/** A panic of the interpreted program (failed assert, `panic` lang item). */
export class MirPanic extends Error {
  constructor(
    readonly panicMessage: string,
    /** Where it panicked (the failed assert), if known. */
    readonly span: Span | null = null,
    /** rustc's const-eval wording (`attempt to compute `u8::MAX + 1_u8`, which would overflow`). */
    readonly evalMessage: string | null = null,
  ) {
    super(`panicked: ${panicMessage}`);
  }
}

/** Something the interpreter cannot do (unsupported operation, UB, step limit). */
export class InterpError extends Error {}
