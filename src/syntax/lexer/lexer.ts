// Source text -> tokens. One pass over the UTF-16 string with char-code switches; compound
// punctuation is glued here (max munch), and the parser splits it again where the grammar
// needs (`>>` closing two generic lists, `&&` as two borrows, `||` as an empty closure).
import type { Span } from '../../diagnostics/span.ts';
import type { DiagCtxt } from '../../diagnostics/handler.ts';
import { FatalError } from '../../diagnostics/handler.ts';
import type { Delim, LitKind, PunctKind, Token, TokenLit } from '../token.ts';
import { intern, kw, type Symbol } from '../symbol.ts';
import type { Edition } from '../edition.ts';
import { isDecDigit, isHexDigit, isIdContinue, isIdStart, isWhitespace } from './char-class.ts';
import { checkEscapes, type EscapeMode } from './unescape.ts';
import { reportEscapeError } from './escape-errors.ts';

const EOF = -1;

// A direct-mapped cache of recently seen identifiers (process-wide, like the interner).
const IDENT_CACHE_MASK = 4095;
const identCache: ({ text: string; sym: Symbol } | undefined)[] = new Array(IDENT_CACHE_MASK + 1);

/** Characters that can start or continue a punctuation token (used for `joint`). */
function isPunctChar(c: number): boolean {
  switch (c) {
    case 61: case 60: case 62: case 33: case 126: case 43: case 45: case 42: case 47: case 37:
    case 94: case 38: case 124: case 64: case 46: case 44: case 59: case 58: case 35: case 36: case 63:
    case 39: // a lifetime after a punct counts as joint in rustc (`'a` is a punct `'` + ident there)
      return true;
  }
  return false;
}

export interface LexOptions {
  readonly edition: Edition;
  readonly dcx: DiagCtxt;
}

export class Lexer {
  private pos = 0;
  /** End of a run of `#` already reported as reserved (2024). */
  private hashRunEnd = 0;
  private readonly src: string;
  private readonly n: number;
  readonly tokens: Token[] = [];

  constructor(
    src: string,
    private readonly base: number,
    private readonly opts: LexOptions,
  ) {
    this.src = src;
    this.n = src.length;
  }

  private sp(lo: number, hi: number): Span {
    return { lo: this.base + lo, hi: this.base + hi, ctxt: 0 };
  }

  private at(i: number): number {
    return i < this.n ? this.src.charCodeAt(i) : EOF;
  }

  private cpAt(i: number): number {
    return i < this.n ? this.src.codePointAt(i)! : EOF;
  }

  private cpLen(c: number): number {
    return c > 0xffff ? 2 : 1;
  }

  private err(lo: number, hi: number, msg: string, code: string | null = null, label: string | null = null) {
    return this.opts.dcx.err(msg, code).primary(this.sp(lo, hi), label);
  }

  private fatal(lo: number, hi: number, msg: string, code: string | null, label: string | null = null, note?: string): never {
    const b = this.err(lo, hi, msg, code, label);
    if (note) b.note(note);
    b.emit();
    throw new FatalError();
  }

  tokenize(): Token[] {
    this.skipBomAndShebang();
    const tokens = this.tokens;
    for (;;) {
      const t = this.next();
      tokens.push(t);
      if (t.kind === 'eof') return tokens;
    }
  }

  private skipBomAndShebang(): void {
    if (this.at(0) === 0xfeff) this.pos = 1;
    if (this.src.startsWith('#!', this.pos)) {
      // A shebang unless the next real token is `[` (then it is an inner attribute).
      let i = this.pos + 2;
      for (;;) {
        const c = this.at(i);
        if (c !== EOF && isWhitespace(c)) { i++; continue; }
        if (c === 47 && this.at(i + 1) === 47 && !(this.at(i + 2) === 47 && this.at(i + 3) !== 47) && this.at(i + 2) !== 33) {
          while (i < this.n && this.at(i) !== 10) i++;
          continue;
        }
        if (c === 47 && this.at(i + 1) === 42 && !this.isDocBlock(i)) {
          const end = this.src.indexOf('*/', i + 2);
          if (end < 0) break;
          i = end + 2;
          continue;
        }
        break;
      }
      if (this.at(i) !== 91) {
        const nl = this.src.indexOf('\n', this.pos);
        this.pos = nl < 0 ? this.n : nl;
      }
    }
  }

  private isDocBlock(i: number): boolean {
    const c = this.at(i + 2);
    if (c === 33) return true;
    return c === 42 && this.at(i + 3) !== 42 && this.at(i + 3) !== 47;
  }

  private punct(p: PunctKind, lo: number): Token {
    const hi = this.pos;
    const c = this.at(hi);
    return { kind: 'punct', p, span: this.sp(lo, hi), joint: c !== EOF && isPunctChar(c) };
  }

  /** Next token (whitespace and ordinary comments skipped). */
  private next(): Token {
    for (;;) {
      const lo = this.pos;
      if (lo >= this.n) return { kind: 'eof', span: this.sp(this.n, this.n) };
      const c = this.src.charCodeAt(lo);
      switch (c) {
        case 32: case 9: case 10: case 13: case 11: case 12:
          this.pos++;
          continue;
        case 47: { // /
          const c1 = this.at(lo + 1);
          if (c1 === 47) {
            const t = this.lineComment(lo);
            if (t) return t;
            continue;
          }
          if (c1 === 42) {
            const t = this.blockComment(lo);
            if (t) return t;
            continue;
          }
          this.pos++;
          if (this.at(this.pos) === 61) { this.pos++; return this.punct('/=', lo); }
          return this.punct('/', lo);
        }
        case 40: this.pos++; return this.open('(', lo);
        case 91: this.pos++; return this.open('[', lo);
        case 123: this.pos++; return this.open('{', lo);
        case 41: this.pos++; return this.close('(', lo);
        case 93: this.pos++; return this.close('[', lo);
        case 125: this.pos++; return this.close('{', lo);
        case 59: this.pos++; return this.punct(';', lo);
        case 44: this.pos++; return this.punct(',', lo);
        case 64: this.pos++; return this.punct('@', lo);
        case 126: this.pos++; return this.punct('~', lo);
        case 63: this.pos++; return this.punct('?', lo);
        case 36: this.pos++; return this.punct('$', lo);
        case 35:
          if (this.opts.edition >= '2024' && lo >= this.hashRunEnd) this.reservedHashes(lo);
          this.pos++;
          return this.punct('#', lo);
        case 46: // .
          this.pos++;
          if (this.at(this.pos) === 46) {
            this.pos++;
            if (this.at(this.pos) === 46) { this.pos++; return this.punct('...', lo); }
            if (this.at(this.pos) === 61) { this.pos++; return this.punct('..=', lo); }
            return this.punct('..', lo);
          }
          return this.punct('.', lo);
        case 58: // :
          this.pos++;
          if (this.at(this.pos) === 58) { this.pos++; return this.punct('::', lo); }
          return this.punct(':', lo);
        case 61: // =
          this.pos++;
          if (this.at(this.pos) === 61) { this.pos++; return this.punct('==', lo); }
          if (this.at(this.pos) === 62) { this.pos++; return this.punct('=>', lo); }
          return this.punct('=', lo);
        case 33: // !
          this.pos++;
          if (this.at(this.pos) === 61) { this.pos++; return this.punct('!=', lo); }
          return this.punct('!', lo);
        case 60: // <
          this.pos++;
          if (this.at(this.pos) === 61) { this.pos++; return this.punct('<=', lo); }
          if (this.at(this.pos) === 60) {
            this.pos++;
            if (this.at(this.pos) === 61) { this.pos++; return this.punct('<<=', lo); }
            return this.punct('<<', lo);
          }
          return this.punct('<', lo);
        case 62: // >
          this.pos++;
          if (this.at(this.pos) === 61) { this.pos++; return this.punct('>=', lo); }
          if (this.at(this.pos) === 62) {
            this.pos++;
            if (this.at(this.pos) === 61) { this.pos++; return this.punct('>>=', lo); }
            return this.punct('>>', lo);
          }
          return this.punct('>', lo);
        case 45: // -
          this.pos++;
          if (this.at(this.pos) === 61) { this.pos++; return this.punct('-=', lo); }
          if (this.at(this.pos) === 62) { this.pos++; return this.punct('->', lo); }
          return this.punct('-', lo);
        case 38: // &
          this.pos++;
          if (this.at(this.pos) === 38) { this.pos++; return this.punct('&&', lo); }
          if (this.at(this.pos) === 61) { this.pos++; return this.punct('&=', lo); }
          return this.punct('&', lo);
        case 124: // |
          this.pos++;
          if (this.at(this.pos) === 124) { this.pos++; return this.punct('||', lo); }
          if (this.at(this.pos) === 61) { this.pos++; return this.punct('|=', lo); }
          return this.punct('|', lo);
        case 43: this.pos++; return this.opEq('+', '+=', lo);
        case 42: this.pos++; return this.opEq('*', '*=', lo);
        case 37: this.pos++; return this.opEq('%', '%=', lo);
        case 94: this.pos++; return this.opEq('^', '^=', lo);
        case 39: return this.lifetimeOrChar(lo);
        case 34: return this.quoted(lo, lo + 1, 'str');
        case 114: { // r: raw ident, raw string, or ident
          const c1 = this.at(lo + 1);
          if (c1 === 35 && isIdStart(this.cpAt(lo + 2))) return this.rawIdent(lo);
          if (c1 === 35 || c1 === 34) return this.rawString(lo, lo + 1, 'strRaw');
          return this.identOrPrefix(lo);
        }
        case 98: { // b
          const c1 = this.at(lo + 1);
          if (c1 === 39) return this.quoted(lo, lo + 2, 'byte');
          if (c1 === 34) return this.quoted(lo, lo + 2, 'byteStr');
          if (c1 === 114 && (this.at(lo + 2) === 34 || this.at(lo + 2) === 35)) return this.rawString(lo, lo + 2, 'byteStrRaw');
          return this.identOrPrefix(lo);
        }
        case 99: { // c
          if (this.opts.edition >= '2021') {
            const c1 = this.at(lo + 1);
            if (c1 === 34) return this.quoted(lo, lo + 2, 'cStr');
            if (c1 === 114 && (this.at(lo + 2) === 34 || this.at(lo + 2) === 35)) return this.rawString(lo, lo + 2, 'cStrRaw');
          }
          return this.identOrPrefix(lo);
        }
        default: {
          if (isDecDigit(c)) return this.number(lo);
          const cp = this.cpAt(lo);
          if (isIdStart(cp)) return this.identOrPrefix(lo);
          if (isWhitespace(cp)) {
            this.pos += this.cpLen(cp);
            continue;
          }
          this.unknownChar(lo, cp);
          continue;
        }
      }
    }
  }

  /** Rust 2024 reserves `##` and guarded strings `#"..."#`; rustc reports and lexes on. */
  private reservedHashes(lo: number): void {
    let n = 0;
    while (this.at(lo + n) === 35) n++;
    this.hashRunEnd = lo + n;
    let msg: string;
    let note: string;
    let hi: number;
    if (this.at(lo + n) === 34) {
      let i = lo + n + 1;
      while (i < this.n && this.at(i) !== 34) i += this.at(i) === 92 ? 2 : 1;
      if (i >= this.n) return;
      i++;
      let k = 0;
      while (k < n && this.at(i) === 35) {
        i++;
        k++;
      }
      hi = i;
      msg = 'invalid string literal';
      note = 'unprefixed guarded string literals are reserved for future use since Rust 2024';
    } else if (n >= 2) {
      hi = lo + n;
      msg = 'reserved multi-hash token is forbidden';
      note = 'sequences of two or more # are reserved for future use since Rust 2024';
    } else return;
    const at = this.sp(lo + 1, lo + 1);
    this.opts.dcx
      .err(msg)
      .primary(this.sp(lo, hi))
      .note(note)
      .help('consider inserting whitespace here', at, [{ span: at, replacement: ' ', applicability: 'MaybeIncorrect', style: 'verbose' }])
      .emit();
  }

  private opEq(p: PunctKind, pe: PunctKind, lo: number): Token {
    if (this.at(this.pos) === 61) {
      this.pos++;
      return this.punct(pe, lo);
    }
    return this.punct(p, lo);
  }

  private open(delim: Delim, lo: number): Token {
    return { kind: 'open', delim, span: this.sp(lo, this.pos) };
  }

  private close(delim: Delim, lo: number): Token {
    return { kind: 'close', delim, span: this.sp(lo, this.pos) };
  }

  private unknownChar(lo: number, cp: number): void {
    const len = this.cpLen(cp);
    // Repeats of the same character give one error with a count, as rustc does.
    let hi = lo + len;
    let repeats = 0;
    while (this.cpAt(hi) === cp) {
      hi += len;
      repeats++;
    }
    this.pos = hi;
    const esc = escapeForMessage(cp);
    const b = this.err(lo, lo + len, `unknown start of token: ${esc}`);
    if (repeats > 0) b.note(`character appears ${repeats === 1 ? 'once more' : `${repeats} more times`}`);
    b.emit();
  }

  private lineComment(lo: number): Token | null {
    let end = this.src.indexOf('\n', lo + 2);
    if (end < 0) end = this.n;
    this.pos = end;
    const c2 = this.at(lo + 2);
    let style: 'outer' | 'inner' | null = null;
    if (c2 === 33) style = 'inner';
    else if (c2 === 47 && this.at(lo + 3) !== 47) style = 'outer';
    if (!style) return null;
    let textEnd = end;
    if (textEnd > lo && this.at(textEnd - 1) === 13) textEnd--;
    const text = this.src.slice(lo + 3, textEnd);
    if (text.indexOf('\r') >= 0) {
      const off = text.indexOf('\r');
      this.err(lo + 3 + off, lo + 4 + off, 'bare CR not allowed in doc-comment').emit();
    }
    return { kind: 'doc', style, comment: 'line', sym: intern(text), span: this.sp(lo, textEnd) };
  }

  private blockComment(lo: number): Token | null {
    let depth = 1;
    let i = lo + 2;
    while (i < this.n) {
      const c = this.src.charCodeAt(i);
      if (c === 47 && this.at(i + 1) === 42) {
        depth++;
        i += 2;
      } else if (c === 42 && this.at(i + 1) === 47) {
        depth--;
        i += 2;
        if (depth === 0) break;
      } else i++;
    }
    const isDoc = this.isDocBlock(lo);
    if (depth > 0) {
      const msg = isDoc ? 'unterminated block doc-comment' : 'unterminated block comment';
      const b = this.err(lo, this.n, msg, 'E0758');
      // rustc points at the last nested comment that was closed (it may be meant to close this one).
      const opens: number[] = [];
      let last: [number, number] | null = null;
      for (let k = lo; k < this.n - 1; k++) {
        const c = this.src.charCodeAt(k);
        const d = this.src.charCodeAt(k + 1);
        if (c === 47 && d === 42) opens.push(k);
        else if (c === 42 && d === 47) {
          const o = opens.pop();
          last = o === undefined ? null : [o, k];
        }
      }
      if (last) {
        b.label(this.sp(lo, lo + 2), msg);
        b.label(this.sp(last[0], last[0] + 2), '...as last nested comment starts here, maybe you want to close this instead?');
        b.label(this.sp(last[1], last[1] + 2), '...and last nested comment terminates here.');
      }
      b.emit();
      throw new FatalError();
    }
    this.pos = i;
    if (!isDoc) return null;
    const style = this.at(lo + 2) === 33 ? 'inner' : 'outer';
    const text = this.src.slice(lo + 3, i - 2);
    if (text.indexOf('\r') >= 0) {
      const off = text.indexOf('\r');
      this.err(lo + 3 + off, lo + 4 + off, 'bare CR not allowed in block doc-comment').emit();
    }
    return { kind: 'doc', style, comment: 'block', sym: intern(text), span: this.sp(lo, i) };
  }

  /** Interns src[lo, hi) without slicing when the identifier was seen before. */
  private internIdent(lo: number, hi: number): Symbol {
    const src = this.src;
    let h = hi - lo;
    for (let i = lo; i < hi; i++) h = (Math.imul(h, 31) + src.charCodeAt(i)) | 0;
    const slot = h & IDENT_CACHE_MASK;
    const e = identCache[slot];
    if (e !== undefined && e.text.length === hi - lo && src.startsWith(e.text, lo)) return e.sym;
    const text = src.slice(lo, hi);
    const sym = intern(text);
    identCache[slot] = { text, sym };
    return sym;
  }

  private eatIdentChars(i: number): number {
    for (;;) {
      const c = this.at(i);
      if (c === EOF) return i;
      if (c < 0x80) {
        if (isIdContinue(c)) i++;
        else return i;
      } else {
        const cp = this.cpAt(i);
        if (isIdContinue(cp)) i += this.cpLen(cp);
        else return i;
      }
    }
  }

  private identSym(lo: number, hi: number): Symbol {
    for (let i = lo; i < hi; i++) {
      if (this.src.charCodeAt(i) >= 0x80) return intern(this.src.slice(lo, hi).normalize('NFC'));
    }
    return this.internIdent(lo, hi);
  }

  private identOrPrefix(lo: number): Token {
    const hi = this.eatIdentChars(lo);
    this.pos = hi;
    const c = this.at(hi);
    if ((c === 35 || c === 34 || c === 39) && this.opts.edition >= '2021') {
      // Reserved prefixes (2021): `foo#`, `foo"..."`, `foo'x'`.
      const name = this.src.slice(lo, hi);
      this.opts.dcx
        .err(`prefix \`${name}\` is unknown`)
        .primary(this.sp(lo, hi), 'unknown prefix')
        .note('prefixed identifiers and literals are reserved since Rust 2021')
        .help('consider inserting whitespace here', this.sp(hi, hi), [{ span: this.sp(hi, hi), replacement: ' ', applicability: 'MaybeIncorrect', style: 'verbose' }])
        .emit();
    }
    const sym = this.identSym(lo, hi);
    return { kind: 'ident', sym, raw: false, span: this.sp(lo, hi) };
  }

  private rawIdent(lo: number): Token {
    const hi = this.eatIdentChars(lo + 2);
    this.pos = hi;
    const sym = this.identSym(lo + 2, hi);
    if (sym === kw.Underscore || sym === kw.Crate || sym === kw.SelfLower || sym === kw.SelfUpper || sym === kw.Super) {
      this.err(lo, hi, `\`${this.src.slice(lo + 2, hi)}\` cannot be a raw identifier`).emit();
      return { kind: 'ident', sym, raw: false, span: this.sp(lo, hi) };
    }
    return { kind: 'ident', sym, raw: true, span: this.sp(lo, hi) };
  }

  private lifetimeOrChar(lo: number): Token {
    const c1 = this.cpAt(lo + 1);
    const c2 = this.at(lo + 1 + (c1 > 0xffff ? 2 : 1));
    const canBeLifetime = c2 !== 39 && (isIdStart(c1) || isDecDigit(c1));
    if (!canBeLifetime) return this.quoted(lo, lo + 1, 'char');
    if (c1 === 114 && c2 === 35 && isIdStart(this.cpAt(lo + 3)) && this.opts.edition >= '2021') {
      // Raw lifetime `'r#a` (2021+).
      const hi = this.eatIdentChars(lo + 3);
      this.pos = hi;
      return { kind: 'lifetime', sym: intern("'" + this.src.slice(lo + 3, hi)), span: this.sp(lo, hi) };
    }
    const startsWithNumber = isDecDigit(c1);
    const hi = this.eatIdentChars(lo + 1 + this.cpLen(c1));
    if (this.at(hi) === 39) {
      // `'abc'`: a char literal with several chars; unescape reports it.
      this.pos = hi + 1;
      return this.finishQuoted(lo, lo + 1, hi, 'char', true);
    }
    this.pos = hi;
    if (startsWithNumber) this.err(lo, hi, 'lifetimes cannot start with a number').emit();
    return { kind: 'lifetime', sym: this.identSym(lo, hi), span: this.sp(lo, hi) };
  }

  /** char/byte/str/byteStr/cStr: `contentLo` is just after the opening quote. */
  private quoted(lo: number, contentLo: number, kind: 'char' | 'byte' | 'str' | 'byteStr' | 'cStr'): Token {
    let i = contentLo;
    const n = this.n;
    if (kind === 'char' || kind === 'byte') {
      // Mirrors rustc: stop at `/` or a newline not followed by a quote, for better errors.
      const c0 = this.at(i);
      if (this.at(i + (c0 > 0xd7ff && c0 < 0xdc00 ? 2 : 1)) === 39 && c0 !== 92 && c0 !== EOF) {
        i += c0 > 0xd7ff && c0 < 0xdc00 ? 2 : 1;
        this.pos = i + 1;
        return this.finishQuoted(lo, contentLo, i, kind, true);
      }
      for (;;) {
        const c = this.at(i);
        if (c === 39) {
          this.pos = i + 1;
          return this.finishQuoted(lo, contentLo, i, kind, true);
        }
        if (c === 47 || c === EOF || (c === 10 && this.at(i + 1) !== 39)) break;
        if (c === 92) i += 2;
        else i++;
      }
      if (kind === 'char') this.fatal(lo, i, 'unterminated character literal', 'E0762');
      this.fatal(lo + 1, i, 'unterminated byte constant', 'E0763');
    }
    for (;;) {
      if (i >= n) {
        const msg = kind === 'str' ? 'unterminated double quote string' : kind === 'byteStr' ? 'unterminated double quote byte string' : 'unterminated C string';
        const code = kind === 'str' ? 'E0765' : kind === 'byteStr' ? 'E0766' : 'E0767';
        this.fatal(kind === 'str' ? lo : lo + 1, n, msg, code);
      }
      const c = this.src.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        const d = this.at(i + 1);
        if (d === 92 || d === 34) i += 2;
        else i++;
      } else i++;
    }
    this.pos = i + 1;
    return this.finishQuoted(lo, contentLo, i, kind, true);
  }

  /** After the closing quote: read the suffix, check escapes, build the token. */
  private finishQuoted(lo: number, contentLo: number, contentHi: number, kind: LitKind, _terminated: boolean): Token {
    let suffix: Symbol | null = null;
    if (isIdStart(this.cpAt(this.pos))) {
      const sHi = this.eatIdentChars(this.pos);
      suffix = intern(this.src.slice(this.pos, sHi));
      this.pos = sHi;
    }
    const text = this.src.slice(contentLo, contentHi);
    const mode = kind as EscapeMode;
    let finalKind: LitKind = kind;
    if (kind === 'char' || kind === 'byte' || text.indexOf('\\') >= 0 || text.indexOf('\r') >= 0 || (kind !== 'str' && needsCheck(text))) {
      const errs = checkEscapes(text, mode);
      if (errs.length > 0) {
        for (const e of errs) reportEscapeError(this.opts.dcx, e, mode, text, this.sp(lo, this.pos), this.base + contentLo);
        finalKind = 'err';
      }
    }
    if (suffix !== null && kind !== 'integer' && kind !== 'float') {
      // Suffixes on non-numeric literals are rejected where the literal is used (parser),
      // since macros may accept them; nothing to do here.
    }
    const lit: TokenLit = { kind: finalKind, symbol: intern(finalKind === 'err' ? this.src.slice(lo, contentHi + 1) : text), suffix };
    return { kind: 'literal', lit, span: this.sp(lo, this.pos) };
  }

  private rawString(lo: number, hashLo: number, kind: 'strRaw' | 'byteStrRaw' | 'cStrRaw'): Token {
    let i = hashLo;
    let hashes = 0;
    while (this.at(i) === 35) {
      hashes++;
      i++;
    }
    if (this.at(i) !== 34) {
      const bad = this.cpAt(i);
      if (bad === EOF) this.fatal(lo, lo, 'unterminated raw string', 'E0748', 'unterminated raw string');
      this.fatal(lo, i + this.cpLen(bad), `found invalid character; only \`#\` is allowed in raw string delimitation: ${String.fromCodePoint(bad)}`, null);
    }
    if (hashes > 255) {
      this.fatal(lo, i + 1, `too many \`#\` symbols: raw strings may be delimited by up to 255 \`#\` symbols, but found ${hashes}`, null);
    }
    const contentLo = i + 1;
    let j = contentLo;
    const closer = '"' + '#'.repeat(hashes);
    const end = this.src.indexOf(closer, j);
    if (end < 0) {
      const b = this.err(lo, lo, 'unterminated raw string', 'E0748', 'unterminated raw string');
      if (hashes > 0) b.note(`this raw string should be terminated with \`"${'#'.repeat(hashes)}\``);
      b.emit();
      throw new FatalError();
    }
    j = end;
    this.pos = end + 1 + hashes;
    let suffix: Symbol | null = null;
    if (isIdStart(this.cpAt(this.pos))) {
      const sHi = this.eatIdentChars(this.pos);
      suffix = intern(this.src.slice(this.pos, sHi));
      this.pos = sHi;
    }
    const text = this.src.slice(contentLo, j);
    let finalKind: LitKind = kind;
    const mode: EscapeMode = kind === 'strRaw' ? 'rawStr' : kind === 'byteStrRaw' ? 'rawByteStr' : 'rawCStr';
    if (text.indexOf('\r') >= 0 || (kind !== 'strRaw' && needsCheck(text))) {
      const errs = checkEscapes(text, mode);
      if (errs.length > 0) {
        for (const e of errs) reportEscapeError(this.opts.dcx, e, mode, text, this.sp(lo, this.pos), this.base + contentLo);
        finalKind = 'err';
      }
    }
    const lit: TokenLit = { kind: finalKind, symbol: intern(finalKind === 'err' ? this.src.slice(lo, this.pos) : text), suffix, rawHashes: hashes };
    return { kind: 'literal', lit, span: this.sp(lo, this.pos) };
  }

  private eatDigits(i: number, hex: boolean): { end: number; any: boolean } {
    let any = false;
    for (;;) {
      const c = this.at(i);
      if (c === 95) i++;
      else if (hex ? isHexDigit(c) : isDecDigit(c)) {
        any = true;
        i++;
      } else return { end: i, any };
    }
  }

  private number(lo: number): Token {
    let i = lo + 1;
    let base = 10;
    let emptyInt = false;
    const first = this.src.charCodeAt(lo);
    if (first === 48) {
      const c = this.at(i);
      if (c === 98 || c === 111) {
        base = c === 98 ? 2 : 8;
        const r = this.eatDigits(i + 1, false);
        i = r.end;
        emptyInt = !r.any;
      } else if (c === 120) {
        base = 16;
        const r = this.eatDigits(i + 1, true);
        i = r.end;
        emptyInt = !r.any;
      } else if (isDecDigit(c) || c === 95) {
        i = this.eatDigits(i, false).end;
      }
    } else {
      i = this.eatDigits(i, false).end;
    }
    let isFloat = false;
    let emptyExponent = false;
    if (!emptyInt) {
      const c = this.at(i);
      const c2 = this.at(i + 1);
      if (c === 46 && c2 !== 46 && !isIdStart(c2 === EOF ? EOF : this.cpAt(i + 1))) {
        isFloat = true;
        i++;
        if (isDecDigit(this.at(i))) {
          i = this.eatDigits(i, false).end;
          const e = this.at(i);
          if (e === 101 || e === 69) {
            const r = this.exponent(i + 1);
            i = r.end;
            emptyExponent = !r.any;
          }
        }
      } else if ((c === 101 || c === 69) && base !== 16) {
        isFloat = true;
        const r = this.exponent(i + 1);
        i = r.end;
        emptyExponent = !r.any;
      }
    }
    const textHi = i;
    let suffix: Symbol | null = null;
    if (isIdStart(this.cpAt(i))) {
      const sHi = this.eatIdentChars(i);
      suffix = intern(this.src.slice(i, sHi));
      i = sHi;
    }
    this.pos = i;
    const text = this.src.slice(lo, textHi);
    let kind: LitKind = isFloat ? 'float' : 'integer';
    if (emptyInt) {
      this.err(lo, i, 'no valid digits found for number', 'E0768').emit();
      kind = 'err';
    } else if (emptyExponent) {
      this.err(lo, i, 'expected at least one digit in exponent').emit();
      kind = 'err';
    } else if (isFloat && base !== 10) {
      const name = base === 16 ? 'hexadecimal' : base === 8 ? 'octal' : 'binary';
      this.err(lo, i, `${name} float literal is not supported`).emit();
      kind = 'err';
    }
    const lit: TokenLit = { kind, symbol: intern(text), suffix };
    return { kind: 'literal', lit, span: this.sp(lo, i) };
  }

  private exponent(i: number): { end: number; any: boolean } {
    const c = this.at(i);
    if (c === 45 || c === 43) i++;
    return this.eatDigits(i, false);
  }
}

function needsCheck(text: string): boolean {
  // Byte and C strings must be checked for non-ASCII / NUL even without escapes.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80 || c === 0) return true;
  }
  return false;
}

export function escapeForMessage(cp: number): string {
  if (cp >= 0x20 && cp < 0x7f) return String.fromCharCode(cp);
  return `\\u{${cp.toString(16)}}`;
}

export function tokenize(src: string, base: number, opts: LexOptions): Token[] {
  return new Lexer(src, base, opts).tokenize();
}
