// rustc's wording for invalid escapes and literal contents.
import type { DiagCtxt } from '../../diagnostics/handler.ts';
import type { Span } from '../../diagnostics/span.ts';
import type { EscapeError, EscapeMode } from './unescape.ts';

function describeMode(mode: EscapeMode): string {
  switch (mode) {
    case 'char': return 'character literal';
    case 'byte': return 'byte literal';
    case 'str': return 'string literal';
    case 'byteStr': return 'byte string literal';
    case 'cStr': return 'C string literal';
    case 'rawStr': return 'raw string literal';
    case 'rawByteStr': return 'raw byte string literal';
    case 'rawCStr': return 'raw C string literal';
  }
}

function escapeDefault(c: string): string {
  switch (c) {
    case '\n': return '\\n';
    case '\r': return '\\r';
    case '\t': return '\\t';
    case "'": return "\\'";
    case '"': return '\\"';
    case '\\': return '\\\\';
  }
  const cp = c.codePointAt(0)!;
  if (cp < 0x20 || cp === 0x7f) return `\\u{${cp.toString(16)}}`;
  return c;
}

/** `litSpan` covers the whole literal; `contentPos` is the global position of its contents. */
export function reportEscapeError(
  dcx: DiagCtxt,
  e: EscapeError,
  mode: EscapeMode,
  text: string,
  litSpan: Span,
  contentPos: number,
): void {
  const sp: Span = { lo: contentPos + e.start, hi: contentPos + e.end, ctxt: 0 };
  const slice = text.slice(e.start, e.end);
  const isByte = mode === 'byte' || mode === 'byteStr' || mode === 'rawByteStr';
  switch (e.kind) {
    case 'ZeroChars':
      dcx.err('empty character literal').primary({ ...sp, hi: sp.lo + 1 }, 'empty character literal').emit();
      return;
    case 'MoreThanOneChar': {
      const prefix = mode === 'byte' ? 'b' : '';
      dcx
        .err(`${mode === 'byte' ? 'byte' : 'character'} literal may only contain one codepoint`)
        .primary(litSpan)
        .help(`if you meant to write a ${mode === 'byte' ? 'byte string' : 'string'} literal, use double quotes`, litSpan, [
          { span: litSpan, replacement: `${prefix}"${text}"`, applicability: 'MachineApplicable' },
        ])
        .emit();
      return;
    }
    case 'LoneSlash':
      dcx.err('invalid trailing slash in literal').primary(sp, 'invalid trailing slash in literal').emit();
      return;
    case 'InvalidEscape': {
      const c = slice.slice(1);
      const label = isByte ? 'unknown byte escape' : 'unknown character escape';
      const b = dcx.err(`${label}: \`${escapeDefault(c)}\``).primary({ lo: sp.lo + 1, hi: sp.hi, ctxt: 0 }, label);
      if (c === '{' || (c === '}' && (mode === 'str' || mode === 'rawStr'))) {
        b.help('if used in a formatting string, curly braces are escaped with `{{` and `}}`');
      } else if (c === '\r') {
        b.help('this is an isolated carriage return; consider checking your editor and version control settings');
      } else {
        if (mode === 'str' || mode === 'char') {
          b.help('if you meant to write a literal backslash (perhaps escaping in a regular expression), consider a raw string literal', litSpan, [
            { span: litSpan, replacement: `r"${text}"`, applicability: 'MaybeIncorrect' },
          ]);
        }
        b.help('for more information, visit <https://doc.rust-lang.org/reference/tokens.html#literals>');
      }
      b.emit();
      return;
    }
    case 'BareCarriageReturn':
      dcx.err(`bare CR not allowed in ${mode === 'char' || mode === 'byte' ? describeMode(mode).replace(' literal', '') : 'string'}`).primary(sp, 'use `\\r` instead').emit();
      return;
    case 'BareCarriageReturnInRawString':
      dcx.err('bare CR not allowed in raw string').primary(sp).emit();
      return;
    case 'EscapeOnlyChar': {
      const what = mode === 'byte' ? 'byte constant' : 'character constant';
      dcx.err(`${what} must be escaped: \`${escapeDefault(slice)}\``).primary(sp).emit();
      return;
    }
    case 'TooShortHexEscape':
      dcx.err('numeric character escape is too short').primary(sp).emit();
      return;
    case 'InvalidCharInHexEscape':
      dcx.err(`invalid character in numeric character escape: \`${escapeDefault(slice)}\``).primary(sp, 'invalid character in numeric character escape').emit();
      return;
    case 'InvalidCharInUnicodeEscape':
      dcx.err(`invalid character in unicode escape: \`${escapeDefault(slice)}\``).primary(sp, 'invalid character in unicode escape').emit();
      return;
    case 'OutOfRangeHexEscape':
      dcx.err('out of range hex escape').primary(sp, 'must be a character in the range [\\x00-\\x7f]').emit();
      return;
    case 'NoBraceInUnicodeEscape':
      dcx.err('incorrect unicode escape sequence').primary(sp, 'incorrect unicode escape sequence').help('format of unicode escape sequences is `\\u{...}`').emit();
      return;
    case 'EmptyUnicodeEscape':
      dcx.err('empty unicode escape').primary(sp, 'this escape must have at least 1 hex digit').emit();
      return;
    case 'UnclosedUnicodeEscape':
      dcx.err('unterminated unicode escape').primary(sp, 'missing a closing `}`').emit();
      return;
    case 'LeadingUnderscoreUnicodeEscape':
      dcx.err('invalid start of unicode escape: `_`').primary(sp, 'invalid start of unicode escape').emit();
      return;
    case 'OverlongUnicodeEscape':
      dcx.err('overlong unicode escape').primary(sp, 'must have at most 6 hex digits').emit();
      return;
    case 'LoneSurrogateUnicodeEscape':
      dcx.err('invalid unicode character escape').primary(sp, 'invalid escape').help('unicode escape must not be a surrogate').emit();
      return;
    case 'OutOfRangeUnicodeEscape':
      dcx.err('invalid unicode character escape').primary(sp, 'invalid escape').help('unicode escape must be at most 10FFFF').emit();
      return;
    case 'UnicodeEscapeInByte': {
      const what = mode === 'byte' ? 'byte' : 'byte string';
      dcx.err(`unicode escape in ${what}`).primary(sp, `unicode escape in ${what}`).help('unicode escape sequences cannot be used as a byte or in a byte string').emit();
      return;
    }
    case 'NonAsciiCharInByte': {
      const b = dcx.err(`non-ASCII character in ${describeMode(mode)}`).primary(sp, 'must be ASCII');
      const cp = slice.codePointAt(0)!;
      if (mode === 'rawByteStr') {
        b.emit();
        return;
      }
      if (cp <= 0xff) {
        const hex = cp.toString(16).toUpperCase().padStart(2, '0');
        b.help(`if you meant to use the unicode code point for '${slice}', use a \\xHH escape`, sp, [
          { span: sp, replacement: `\\x${hex}`, applicability: 'MaybeIncorrect', style: 'verbose' },
        ]);
      } else {
        const bytes = [...new TextEncoder().encode(slice)].map((x) => `\\x${x.toString(16).toUpperCase().padStart(2, '0')}`).join('');
        b.help(`if you meant to use the UTF-8 encoding of '${slice}', use \\xHH escapes`, sp, [
          { span: sp, replacement: bytes, applicability: 'MaybeIncorrect', style: 'verbose' },
        ]);
      }
      b.emit();
      return;
    }
    case 'NulInCStr':
      dcx.err('null characters in C string literals are not supported').primary(sp).emit();
      return;
  }
}
