import type { FormatTrait } from '../syntax/ast/format.ts';

// Parses the template of format_args! ("x = {x:>8.3}") into literal text and placeholders,
// following std::fmt's grammar. Offsets are into the unescaped template text so the caller
// can map them back to source spans.

export type ArgRef =
  | { readonly tag: 'Next' }
  | { readonly tag: 'Index'; readonly index: number }
  | { readonly tag: 'Name'; readonly name: string };

export type CountRef =
  | { readonly tag: 'Literal'; readonly value: number }
  /**
   * `N$` or `name$`. `start`/`end`: the text rustc points at, `N$` for a width, `.N$` for
   * a precision, and only the name for `name$` (where an unknown name is reported).
   */
  | { readonly tag: 'Arg'; readonly arg: ArgRef; readonly start: number; readonly end: number }
  /** `.*`: precision taken from the next positional argument. */
  | { readonly tag: 'Star'; readonly start: number; readonly end: number };

export interface TemplatePlaceholder {
  readonly arg: ArgRef;
  readonly trait: FormatTrait;
  readonly fill: string | null;
  readonly align: 'left' | 'right' | 'center' | null;
  readonly sign: '+' | '-' | null;
  readonly alternate: boolean;
  readonly zeroPad: boolean;
  readonly debugHex: 'lower' | 'upper' | null;
  readonly width: CountRef | null;
  readonly precision: CountRef | null;
  /** Offsets of `{` and just after `}` in the template. */
  readonly start: number;
  readonly end: number;
  /** Offsets of the argument reference text (empty, just after `{`, for an implicit one). */
  readonly argStart: number;
  readonly argEnd: number;
  /**
   * The trait's name when it is not a format trait (`trait` is then `Display`): reported by
   * the caller, after the whole template parsed, as rustc does.
   */
  readonly unknownTrait: string | null;
  /** Offsets of the trait's name (`x` in `{:x}`). */
  readonly traitStart: number;
  readonly traitEnd: number;
}

export type TemplatePiece =
  | { readonly tag: 'Lit'; readonly text: string }
  | { readonly tag: 'Placeholder'; readonly ph: TemplatePlaceholder };

export interface TemplateError {
  readonly message: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly note?: string;
}

const TRAITS: Record<string, FormatTrait> = {
  '': 'Display', '?': 'Debug', 'x?': 'Debug', 'X?': 'Debug', e: 'LowerExp', E: 'UpperExp',
  o: 'Octal', p: 'Pointer', b: 'Binary', x: 'LowerHex', X: 'UpperHex',
};

// Widths and precisions are u16 in the format_args! lowering since Rust 1.87.
const COUNT_MAX = 65535;

function isIdentStart(c: string): boolean {
  return /[\p{XID_Start}_]/u.test(c);
}

function isIdentContinue(c: string): boolean {
  return /[\p{XID_Continue}]/u.test(c);
}

export function parseTemplate(s: string): { pieces: TemplatePiece[]; error: TemplateError | null } {
  const pieces: TemplatePiece[] = [];
  let lit = '';
  let i = 0;
  const flushLit = (): void => {
    if (lit !== '') pieces.push({ tag: 'Lit', text: lit });
    lit = '';
  };
  while (i < s.length) {
    const c = s[i]!;
    if (c === '{') {
      if (s[i + 1] === '{') {
        lit += '{';
        i += 2;
        continue;
      }
      const r = parsePlaceholder(s, i);
      if ('message' in r) return { pieces, error: r };
      flushLit();
      pieces.push({ tag: 'Placeholder', ph: r });
      i = r.end;
    } else if (c === '}') {
      if (s[i + 1] === '}') {
        lit += '}';
        i += 2;
        continue;
      }
      return {
        pieces,
        error: {
          message: "invalid format string: unmatched `}` found",
          label: 'unmatched `}` in format string',
          start: i,
          end: i + 1,
          note: 'if you intended to print `}`, you can escape it using `}}`',
        },
      };
    } else {
      lit += c;
      i++;
    }
  }
  flushLit();
  return { pieces, error: null };
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const alignOf = (ch: string | undefined): TemplatePlaceholder['align'] =>
  ch === '<' ? 'left' : ch === '>' ? 'right' : ch === '^' ? 'center' : null;

/**
 * One `{...}` following std::fmt's grammar as rustc's parser reads it:
 * `{` [argument] [`:` [[fill]align][sign][`#`][`0`][width][`.` precision][type]] ws `}`.
 * Parse errors stop the parse; an unknown trait name is left for the caller to report.
 */
function parsePlaceholder(s: string, open: number): TemplatePlaceholder | TemplateError {
  let i = open + 1;
  const argStart = i;
  let arg: ArgRef = { tag: 'Next' };
  if (isDigit(s[i])) {
    let n = '';
    while (isDigit(s[i])) n += s[i++];
    arg = { tag: 'Index', index: Number(n) };
  } else if (i < s.length && isIdentStart(s[i]!)) {
    let n = '';
    while (i < s.length && isIdentContinue(s[i]!)) n += s[i++];
    arg = { tag: 'Name', name: n };
  }
  const argEnd = i;
  let fill: string | null = null;
  let align: TemplatePlaceholder['align'] = null;
  let sign: TemplatePlaceholder['sign'] = null;
  let alternate = false;
  let zeroPad = false;
  let width: CountRef | null = null;
  let precision: CountRef | null = null;
  let traitText = '';
  let traitStart = i;
  let traitEnd = i;
  if (s[i] === ':') {
    i++;
    // [[fill]align]: the fill is any char followed by an alignment char.
    const first = String.fromCodePoint(s.codePointAt(i) ?? 0);
    if (i < s.length && alignOf(s[i + first.length]) !== null) {
      fill = first;
      align = alignOf(s[i + first.length]);
      i += first.length + 1;
    } else if (alignOf(s[i]) !== null) {
      align = alignOf(s[i]);
      i++;
    }
    if (s[i] === '+' || s[i] === '-') sign = s[i++] as '+' | '-';
    if (s[i] === '#') {
      alternate = true;
      i++;
    }
    // `0` is the zero flag unless it is the argument index of a width (`{:0$}`).
    if (s[i] === '0' && s[i + 1] !== '$') {
      zeroPad = true;
      i++;
    }
    const count = (spanStart: number): CountRef | TemplateError | null => {
      const save = i;
      if (isDigit(s[i])) {
        let n = '';
        while (isDigit(s[i])) n += s[i++];
        if (s[i] === '$') {
          i++;
          return { tag: 'Arg', arg: { tag: 'Index', index: Number(n) }, start: spanStart, end: i };
        }
        if (BigInt(n) > BigInt(COUNT_MAX)) {
          return {
            message: `invalid format string: integer \`${n}\` does not fit into the type \`u16\` whose range is \`0..=${COUNT_MAX}\``,
            label: 'integer out of range for `u16` in format string',
            start: save,
            end: i,
          };
        }
        return { tag: 'Literal', value: Number(n) };
      }
      if (i < s.length && isIdentStart(s[i]!)) {
        let n = '';
        while (i < s.length && isIdentContinue(s[i]!)) n += s[i++];
        if (s[i] === '$') {
          const nameEnd = i;
          i++;
          return { tag: 'Arg', arg: { tag: 'Name', name: n }, start: save, end: nameEnd };
        }
        // Not a count: the word is the trait (`{:x}`).
        i = save;
      }
      return null;
    };
    const w = count(i);
    if (w !== null && 'message' in w) return w;
    width = w;
    if (s[i] === '.') {
      const dot = i;
      i++;
      if (s[i] === '*') {
        i++;
        precision = { tag: 'Star', start: dot, end: i };
      } else {
        // `{:.}` is accepted and means no precision.
        const p = count(dot);
        if (p !== null && 'message' in p) return p;
        precision = p;
      }
    }
    traitStart = i;
    if (s[i] === '?') {
      traitText = '?';
      i++;
    } else if (s[i] === 'x' || s[i] === 'X') {
      traitText = s[i++]!;
      if (s[i] === '?') traitText += s[i++];
    } else if (i < s.length && isIdentStart(s[i]!)) {
      while (i < s.length && isIdentContinue(s[i]!)) traitText += s[i++];
    }
    traitEnd = i;
    if (alignOf(s[i]) !== null) {
      return {
        message: 'invalid format string: expected alignment specifier after `:` in format string; example: `{:>?}`',
        label: `expected \`${s[i]}\` to occur after \`:\` in format string`,
        start: i,
        end: i + 1,
      };
    }
  }
  while (i < s.length && /\s/.test(s[i]!)) i++;
  if (s[i] !== '}') {
    if (i >= s.length) {
      return {
        message: "invalid format string: expected `}` but string was terminated",
        label: 'expected `}` in format string',
        start: s.length,
        end: s.length,
        note: 'if you intended to print `{`, you can escape it using `{{`',
      };
    }
    const found = String.fromCodePoint(s.codePointAt(i)!);
    return {
      message: `invalid format string: expected \`}\`, found \`${found}\``,
      label: found === '?' ? 'expected `:` before `?` to format with `Debug` in format string' : 'expected `}` in format string',
      start: i,
      end: i + found.length,
      note: 'if you intended to print `{`, you can escape it using `{{`',
    };
  }
  const trait = TRAITS[traitText] ?? 'Display';
  const unknownTrait = TRAITS[traitText] === undefined ? traitText : null;
  const debugHex = traitText === 'x?' ? 'lower' : traitText === 'X?' ? 'upper' : null;
  return {
    arg, trait, fill, align, sign, alternate, zeroPad, debugHex, width, precision,
    start: open, end: i + 1, argStart, argEnd, unknownTrait, traitStart, traitEnd,
  };
}
