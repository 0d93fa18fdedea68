// Escape processing for char, byte, string, byte-string and C-string literals, following
// the Reference's rules. Errors carry offsets relative to the literal's contents so the
// lexer can point at the exact escape.
import { hexValue } from './char-class.ts';

export type EscapeMode = 'char' | 'byte' | 'str' | 'byteStr' | 'cStr' | 'rawStr' | 'rawByteStr' | 'rawCStr';

export type EscapeErrorKind =
  | 'ZeroChars' | 'MoreThanOneChar' | 'LoneSlash' | 'InvalidEscape' | 'BareCarriageReturn'
  | 'BareCarriageReturnInRawString' | 'EscapeOnlyChar' | 'TooShortHexEscape' | 'InvalidCharInHexEscape'
  | 'OutOfRangeHexEscape' | 'NoBraceInUnicodeEscape' | 'InvalidCharInUnicodeEscape' | 'EmptyUnicodeEscape'
  | 'UnclosedUnicodeEscape' | 'LeadingUnderscoreUnicodeEscape' | 'OverlongUnicodeEscape'
  | 'LoneSurrogateUnicodeEscape' | 'OutOfRangeUnicodeEscape' | 'UnicodeEscapeInByte' | 'NonAsciiCharInByte'
  | 'NulInCStr';

export interface EscapeError {
  readonly kind: EscapeErrorKind;
  /** Offsets within the literal's contents. */
  readonly start: number;
  readonly end: number;
}

/** One unit of a literal: a char (code point) or, for byte escapes in C strings, a byte. */
type Sink = (value: number, isByte: boolean) => void;

function isRaw(mode: EscapeMode): boolean {
  return mode === 'rawStr' || mode === 'rawByteStr' || mode === 'rawCStr';
}

function isByteMode(mode: EscapeMode): boolean {
  return mode === 'byte' || mode === 'byteStr' || mode === 'rawByteStr';
}

/**
 * Walks the contents; calls `sink` per unit and pushes errors. Returns false if any error.
 * Works on code points: surrogate pairs in the JS string are combined.
 */
function walk(text: string, mode: EscapeMode, sink: Sink, errs: EscapeError[] | null): boolean {
  let ok = true;
  const err = (kind: EscapeErrorKind, start: number, end: number): void => {
    ok = false;
    if (errs) errs.push({ kind, start, end });
  };
  const raw = isRaw(mode);
  const bytes = isByteMode(mode);
  const single = mode === 'char' || mode === 'byte';
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    let c = text.codePointAt(i)!;
    i += c > 0xffff ? 2 : 1;
    if (raw) {
      if (c === 13) {
        err('BareCarriageReturnInRawString', start, i);
        continue;
      }
      if (bytes && c > 0x7f) {
        err('NonAsciiCharInByte', start, i);
        continue;
      }
      if (mode === 'rawCStr' && c === 0) {
        err('NulInCStr', start, i);
        continue;
      }
      sink(c, false);
      continue;
    }
    if (c !== 92 /* \ */) {
      if (c === 13) {
        err('BareCarriageReturn', start, i);
        continue;
      }
      if (single && (c === 9 || c === 10 || c === 13 || c === 39)) {
        err('EscapeOnlyChar', start, i);
        continue;
      }
      if (bytes && c > 0x7f) {
        err('NonAsciiCharInByte', start, i);
        continue;
      }
      if (mode === 'cStr' && c === 0) {
        err('NulInCStr', start, i);
        continue;
      }
      sink(c, false);
      continue;
    }
    // An escape.
    if (i >= n) {
      err('LoneSlash', start, i);
      break;
    }
    c = text.charCodeAt(i++);
    switch (c) {
      case 110: sink(10, false); break; // \n
      case 114: sink(13, false); break; // \r
      case 116: sink(9, false); break; // \t
      case 92: sink(92, false); break;
      case 48: if (mode === 'cStr') err('NulInCStr', start, i); else sink(0, false); break;
      case 39: sink(39, false); break;
      case 34: sink(34, false); break;
      case 120: { // \xHH
        const h1 = i < n ? hexValue(text.charCodeAt(i)) : -1;
        if (i >= n) { err('TooShortHexEscape', start, i); break; }
        if (h1 < 0) { err('InvalidCharInHexEscape', i, i + 1); i++; break; }
        i++;
        if (i >= n) { err('TooShortHexEscape', start, i); break; }
        const h2 = hexValue(text.charCodeAt(i));
        if (h2 < 0) { err('InvalidCharInHexEscape', i, i + 1); i++; break; }
        i++;
        const v = h1 * 16 + h2;
        if (!bytes && mode !== 'cStr' && v > 0x7f) { err('OutOfRangeHexEscape', start, i); break; }
        if (mode === 'cStr' && v === 0) { err('NulInCStr', start, i); break; }
        sink(v, mode === 'cStr');
        break;
      }
      case 117: { // \u{...}
        if (i >= n || text.charCodeAt(i) !== 123) { err('NoBraceInUnicodeEscape', start, i); break; }
        i++;
        let digits = 0;
        let v = 0;
        let closed = false;
        let bad = false;
        if (i < n && text.charCodeAt(i) === 95) { err('LeadingUnderscoreUnicodeEscape', i, i + 1); bad = true; }
        while (i < n) {
          const d = text.charCodeAt(i);
          if (d === 125) { i++; closed = true; break; }
          if (d === 95) { i++; continue; }
          const h = hexValue(d);
          if (h < 0) {
            if (!bad) err(d === 39 || d === 34 ? 'UnclosedUnicodeEscape' : 'InvalidCharInUnicodeEscape', i, i + 1);
            bad = true;
            // Skip to the closing brace so one bad escape gives one error.
            while (i < n && text.charCodeAt(i) !== 125 && text.charCodeAt(i) !== 34) i++;
            if (i < n && text.charCodeAt(i) === 125) { i++; closed = true; }
            break;
          }
          digits++;
          if (digits <= 6) v = v * 16 + h;
          i++;
        }
        if (bad) break;
        if (!closed) { err('UnclosedUnicodeEscape', start, i); break; }
        if (digits === 0) { err('EmptyUnicodeEscape', start, i); break; }
        if (digits > 6) { err('OverlongUnicodeEscape', start, i); break; }
        if (bytes) { err('UnicodeEscapeInByte', start, i); break; }
        if (v >= 0xd800 && v <= 0xdfff) { err('LoneSurrogateUnicodeEscape', start, i); break; }
        if (v > 0x10ffff) { err('OutOfRangeUnicodeEscape', start, i); break; }
        if (mode === 'cStr' && v === 0) { err('NulInCStr', start, i); break; }
        sink(v, false);
        break;
      }
      case 10: // line continuation: skip the newline and following whitespace
        if (single) { err('InvalidEscape', start, i); break; }
        while (i < n) {
          const w = text.charCodeAt(i);
          if (w === 32 || w === 9 || w === 10 || w === 13) i++;
          else break;
        }
        break;
      case 13:
        if (!single && i < n && text.charCodeAt(i) === 10) {
          i++;
          while (i < n) {
            const w = text.charCodeAt(i);
            if (w === 32 || w === 9 || w === 10 || w === 13) i++;
            else break;
          }
          break;
        }
        err('InvalidEscape', start, i);
        break;
      default: {
        const full = text.codePointAt(i - 1)!;
        if (full > 0xffff) i++;
        err('InvalidEscape', start, i);
        break;
      }
    }
  }
  return ok;
}

/** Validates contents of a literal; returns the errors (empty when valid). */
export function checkEscapes(text: string, mode: EscapeMode): EscapeError[] {
  const errs: EscapeError[] = [];
  let count = 0;
  walk(text, mode, () => count++, errs);
  if ((mode === 'char' || mode === 'byte') && errs.length === 0) {
    if (count === 0) errs.push({ kind: 'ZeroChars', start: 0, end: 0 });
    else if (count > 1) errs.push({ kind: 'MoreThanOneChar', start: 0, end: text.length });
  }
  return errs;
}

export function unescapeStr(text: string, mode: 'str' | 'rawStr'): string {
  if (mode === 'rawStr') return text;
  if (text.indexOf('\\') < 0 && text.indexOf('\r') < 0) return text;
  let out = '';
  walk(text, mode, (v) => { out += String.fromCodePoint(v); }, null);
  return out;
}

export function unescapeChar(text: string, mode: 'char' | 'byte'): number {
  let first = -1;
  walk(text, mode, (v) => { if (first < 0) first = v; }, null);
  return first < 0 ? 0 : first;
}

const encoder = new TextEncoder();

export function unescapeBytes(text: string, mode: 'byteStr' | 'rawByteStr' | 'cStr' | 'rawCStr'): Uint8Array {
  const out: number[] = [];
  const byteMode = mode === 'byteStr' || mode === 'rawByteStr';
  walk(text, mode, (v, isByte) => {
    if (byteMode || isByte || v < 0x80) out.push(v);
    else for (const b of encoder.encode(String.fromCodePoint(v))) out.push(b);
  }, null);
  return Uint8Array.from(out);
}
