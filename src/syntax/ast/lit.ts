import type { Span } from '../../diagnostics/span.ts';
import type { TokenLit } from '../token.ts';

/** A literal with its value computed (escapes processed, digits parsed). */
export type LitValue =
  | { readonly tag: 'Str'; readonly value: string; readonly raw: boolean }
  | { readonly tag: 'ByteStr'; readonly value: Uint8Array }
  | { readonly tag: 'CStr'; readonly value: Uint8Array }
  | { readonly tag: 'Byte'; readonly value: number }
  | { readonly tag: 'Char'; readonly value: number }
  | { readonly tag: 'Int'; readonly value: bigint; readonly suffix: IntSuffix | null }
  /** Kept as text: the exact value is computed for the target float type later. */
  | { readonly tag: 'Float'; readonly text: string; readonly suffix: 'f16' | 'f32' | 'f64' | 'f128' | null }
  | { readonly tag: 'Bool'; readonly value: boolean }
  | { readonly tag: 'Err' };

export type IntSuffix =
  | 'i8' | 'i16' | 'i32' | 'i64' | 'i128' | 'isize'
  | 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'usize';

export interface Lit {
  readonly token: TokenLit;
  readonly value: LitValue;
  readonly span: Span;
}
