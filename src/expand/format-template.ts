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
  | { readonly tag: 'Arg'; readonly arg: ArgRef }
  /** `.*`: precision taken from the next positional argument. */
  | { readonly tag: 'Star' };

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
  /** Offsets of the argument reference text (for named-argument spans). */
  readonly argStart: number;
  readonly argEnd: number;
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

function parsePlaceholder(s: string, open: number): TemplatePlaceholder | TemplateError {
  let i = open + 1;
  const skipWs = (): void => {
    while (i < s.length && /\s/.test(s[i]!)) i++;
  };
  skipWs();
  const argStart = i;
  let arg: ArgRef = { tag: 'Next' };
  if (i < s.length && /[0-9]/.test(s[i]!)) {
    let n = '';
    while (i < s.length && /[0-9]/.test(s[i]!)) n += s[i++];
    arg = { tag: 'Index', index: Number(n) };
  } else if (i < s.length && isIdentStart(s[i]!)) {
    let n = '';
    while (i < s.length && isIdentContinue(s[i]!)) n += s[i++];
    arg = { tag: 'Name', name: n };
  }
  const argEnd = i;
  skipWs();
  let fill: string | null = null;
  let align: TemplatePlaceholder['align'] = null;
  let sign: TemplatePlaceholder['sign'] = null;
  let alternate = false;
  let zeroPad = false;
  let width: CountRef | null = null;
  let precision: CountRef | null = null;
  let traitText = '';
  if (s[i] === ':') {
    i++;
    const alignOf = (ch: string | undefined): TemplatePlaceholder['align'] =>
      ch === '<' ? 'left' : ch === '>' ? 'right' : ch === '^' ? 'center' : null;
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
    if (s[i] === '0' && s[i + 1] !== '$') {
      zeroPad = true;
      i++;
    }
    const count = (): CountRef | null => {
      const save = i;
      if (/[0-9]/.test(s[i] ?? '')) {
        let n = '';
        while (/[0-9]/.test(s[i] ?? '')) n += s[i++];
        if (s[i] === '$') {
          i++;
          return { tag: 'Arg', arg: { tag: 'Index', index: Number(n) } };
        }
        return { tag: 'Literal', value: Number(n) };
      }
      if (isIdentStart(s[i] ?? '')) {
        let n = '';
        while (i < s.length && isIdentContinue(s[i]!)) n += s[i++];
        if (s[i] === '$') {
          i++;
          return { tag: 'Arg', arg: { tag: 'Name', name: n } };
        }
        i = save;
      }
      return null;
    };
    width = count();
    if (s[i] === '.') {
      i++;
      if (s[i] === '*') {
        i++;
        precision = { tag: 'Star' };
      } else {
        precision = count();
        if (precision === null) {
          return { message: 'invalid format string: expected `}`, found `.`', label: 'expected `}` in format string', start: i - 1, end: i };
        }
      }
    }
    while (i < s.length && s[i] !== '}' && !/\s/.test(s[i]!)) traitText += s[i++];
    skipWs();
  }
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
      label: 'expected `}` in format string',
      start: i,
      end: i + found.length,
      note: 'if you intended to print `{`, you can escape it using `{{`',
    };
  }
  const trait = TRAITS[traitText];
  if (trait === undefined) {
    return { message: `unknown format trait \`${traitText}\``, label: '', start: i - traitText.length, end: i };
  }
  const debugHex = traitText === 'x?' ? 'lower' : traitText === 'X?' ? 'upper' : null;
  return {
    arg, trait, fill, align, sign, alternate, zeroPad, debugHex, width, precision,
    start: open, end: i + 1, argStart, argEnd,
  };
}
