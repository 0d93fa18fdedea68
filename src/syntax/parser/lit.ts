// Token literal -> AST literal: escapes processed, integers as bigint, suffixes checked,
// with rustc's errors for bad suffixes and digits.
import type { Span } from '../../diagnostics/span.ts';
import type { DiagCtxt } from '../../diagnostics/handler.ts';
import type { IntSuffix, Lit, LitValue } from '../ast/lit.ts';
import type { TokenLit } from '../token.ts';
import { symStr } from '../symbol.ts';
import { unescapeBytes, unescapeChar, unescapeStr } from '../lexer/unescape.ts';

const INT_SUFFIXES = new Set(['i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize']);
const FLOAT_SUFFIXES = new Set(['f16', 'f32', 'f64', 'f128']);
const U128_MAX = (1n << 128n) - 1n;

export type LitError =
  | { readonly tag: 'InvalidSuffix'; readonly suffix: string; readonly what: string }
  | { readonly tag: 'InvalidIntSuffix'; readonly suffix: string }
  | { readonly tag: 'InvalidFloatSuffix'; readonly suffix: string }
  | { readonly tag: 'NonDecimalFloat'; readonly base: number }
  | { readonly tag: 'IntTooLarge' }
  | { readonly tag: 'InvalidDigit'; readonly base: number; readonly offset: number }
  | { readonly tag: 'Lexer' };

/** Computes the value; `errs` collects problems (the literal is then `Err`). */
export function litValue(tl: TokenLit, errs: LitError[]): LitValue {
  const text = symStr(tl.symbol);
  const suffix = tl.suffix === null ? null : symStr(tl.suffix);
  const noSuffix = (what: string): boolean => {
    if (suffix !== null) {
      errs.push({ tag: 'InvalidSuffix', suffix, what });
      return false;
    }
    return true;
  };
  switch (tl.kind) {
    case 'bool':
      return { tag: 'Bool', value: text === 'true' };
    case 'str':
    case 'strRaw':
      noSuffix('string literal');
      return { tag: 'Str', value: unescapeStr(text, tl.kind === 'str' ? 'str' : 'rawStr'), raw: tl.kind === 'strRaw' };
    case 'byteStr':
    case 'byteStrRaw':
      noSuffix('byte string literal');
      return { tag: 'ByteStr', value: unescapeBytes(text, tl.kind === 'byteStr' ? 'byteStr' : 'rawByteStr') };
    case 'cStr':
    case 'cStrRaw':
      noSuffix('C string literal');
      return { tag: 'CStr', value: unescapeBytes(text, tl.kind === 'cStr' ? 'cStr' : 'rawCStr') };
    case 'char':
      noSuffix('char literal');
      return { tag: 'Char', value: unescapeChar(text, 'char') };
    case 'byte':
      noSuffix('byte literal');
      return { tag: 'Byte', value: unescapeChar(text, 'byte') };
    case 'float': {
      if (suffix !== null && !FLOAT_SUFFIXES.has(suffix)) {
        errs.push({ tag: 'InvalidFloatSuffix', suffix });
        return { tag: 'Err' };
      }
      return { tag: 'Float', text: text.replace(/_/g, ''), suffix: suffix as 'f32' | null };
    }
    case 'integer':
      return intValue(text, suffix, errs);
    case 'err':
      errs.push({ tag: 'Lexer' });
      return { tag: 'Err' };
  }
}

function intValue(text: string, suffix: string | null, errs: LitError[]): LitValue {
  let base = 10;
  let digits = text;
  if (text.length > 1 && text.charCodeAt(0) === 48) {
    const c = text[1];
    if (c === 'x') base = 16;
    else if (c === 'o') base = 8;
    else if (c === 'b') base = 2;
    if (base !== 10) digits = text.slice(2);
  }
  if (suffix !== null && FLOAT_SUFFIXES.has(suffix)) {
    if (base !== 10) {
      errs.push({ tag: 'NonDecimalFloat', base });
      return { tag: 'Err' };
    }
    return { tag: 'Float', text: digits.replace(/_/g, ''), suffix: suffix as 'f32' };
  }
  if (suffix !== null && !INT_SUFFIXES.has(suffix)) {
    errs.push({ tag: 'InvalidIntSuffix', suffix });
    return { tag: 'Err' };
  }
  let ok = true;
  if (base === 2 || base === 8) {
    for (let i = 0; i < digits.length; i++) {
      const d = digits.charCodeAt(i);
      if (d !== 95 && d - 48 >= base) {
        errs.push({ tag: 'InvalidDigit', base, offset: i + 2 });
        ok = false;
      }
    }
  }
  if (!ok) return { tag: 'Err' };
  const clean = digits.replace(/_/g, '');
  let value: bigint;
  if (base === 10) value = BigInt(clean);
  else value = BigInt((base === 16 ? '0x' : base === 8 ? '0o' : '0b') + clean);
  if (value > U128_MAX) {
    errs.push({ tag: 'IntTooLarge' });
    return { tag: 'Err' };
  }
  return { tag: 'Int', value, suffix: suffix as IntSuffix | null };
}

export function reportLitError(dcx: DiagCtxt, e: LitError, tl: TokenLit, span: Span): boolean {
  const suffixSpan = (suf: string): Span => ({ lo: span.hi - suf.length, hi: span.hi, ctxt: span.ctxt });
  switch (e.tag) {
    case 'Lexer':
      return false;
    case 'InvalidSuffix':
      dcx.err(`suffixes on ${e.what}s are invalid`).primary(suffixSpan(e.suffix), `invalid suffix \`${e.suffix}\``).emit();
      return true;
    case 'InvalidIntSuffix': {
      const b = dcx.err(`invalid suffix \`${e.suffix}\` for number literal`).primary(suffixSpan(e.suffix), `invalid suffix \`${e.suffix}\``);
      b.help('the suffix must be one of the numeric types (`u32`, `isize`, `f32`, etc.)').emit();
      return true;
    }
    case 'InvalidFloatSuffix':
      dcx
        .err(`invalid suffix \`${e.suffix}\` for float literal`)
        .primary(suffixSpan(e.suffix), `invalid suffix \`${e.suffix}\``)
        .help('valid suffixes are `f32` and `f64`')
        .emit();
      return true;
    case 'NonDecimalFloat': {
      const name = e.base === 16 ? 'hexadecimal' : e.base === 8 ? 'octal' : 'binary';
      dcx.err(`${name} float literal is not supported`).primary(span).emit();
      return true;
    }
    case 'IntTooLarge':
      dcx.err('integer literal is too large').primary(span).note(`value exceeds limit of \`${U128_MAX}\``).emit();
      return true;
    case 'InvalidDigit':
      dcx.err(`invalid digit for a base ${e.base} literal`).primary({ lo: span.lo + e.offset, hi: span.lo + e.offset + 1, ctxt: span.ctxt }).emit();
      return true;
  }
  void tl;
}

/**
 * Builds an AST literal without reporting (rustc reports bad suffixes and digits when the
 * literal is lowered, not while parsing: macros may accept any literal token).
 */
export function litFromToken(tl: TokenLit, span: Span): Lit {
  const errs: LitError[] = [];
  return { token: tl, value: litValue(tl, errs), span };
}

/** Reports what is wrong with a literal (for the stations that consume it). */
export function checkLit(dcx: DiagCtxt, lit: Lit): void {
  const errs: LitError[] = [];
  litValue(lit.token, errs);
  for (const e of errs) reportLitError(dcx, e, lit.token, lit.span);
}

/** Builds an AST literal, reporting problems (the value is `Err` when there were any). */
export function mkLit(dcx: DiagCtxt, tl: TokenLit, span: Span): Lit {
  const errs: LitError[] = [];
  const value = litValue(tl, errs);
  for (const e of errs) reportLitError(dcx, e, tl, span);
  return { token: tl, value, span };
}
