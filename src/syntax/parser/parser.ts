// The parser's cursor: a flat token array (delimiters included, matched by index) walked
// by index, with rustc's check/eat/expect vocabulary and its "expected one of ..." error
// reporting. The grammar lives in sibling files as functions over this cursor.
import type { Span } from '../../diagnostics/span.ts';
import type { DiagBuilder } from '../../diagnostics/diagnostic.ts';
import type { Delim, PunctKind, Token, TokenTree } from '../token.ts';
import { kw, symStr, type Symbol } from '../symbol.ts';
import type { ParseSess } from '../parse-sess.ts';
import type { Edition } from '../edition.ts';
import { isPathSegmentKeyword, isReservedIdent, kwExtra } from '../keywords.ts';
import { tokenDescr, tokenToString } from '../token-text.ts';
import { buildTrees } from '../token-trees.ts';
import type { Ident, NodeId } from '../ast/node.ts';

/** A parse error not yet emitted (rustc's `PResult::Err`): thrown, caught at recovery points. */
export class PErr {
  constructor(readonly diag: DiagBuilder) {}
}

export const enum R {
  None = 0,
  StmtExpr = 1,
  NoStructLiteral = 2,
  ConstExpr = 4,
  AllowLet = 8,
  InIfGuard = 16,
  IsPat = 32,
}

/** Descriptions of expected things, as rustc prints them in "expected one of ...". */
export const TT = {
  operator: 'an operator',
  ident: 'identifier',
  path: 'path',
  type: 'type',
  lifetime: 'lifetime',
  const: 'a const expression',
} as const;

interface Snapshot {
  readonly pos: number;
  readonly token: Token;
  readonly prevToken: Token;
  readonly expected: number;
}

const SPLITTABLE: Record<string, PunctKind> = {};
for (const p of ['=', '<', '<=', '==', '!=', '>=', '>', '&&', '||', '!', '~', '+', '-', '*', '/', '%', '^', '&', '|', '<<', '>>',
  '+=', '-=', '*=', '/=', '%=', '^=', '&=', '|=', '<<=', '>>=', '@', '.', '..', '...', '..=', ',', ';', ':', '::', '->', '=>', '#', '$', '?'] as PunctKind[]) {
  SPLITTABLE[p] = p;
}

export class Parser {
  readonly sess: ParseSess;
  readonly ed: Edition;
  readonly toks: Token[];
  readonly match: Int32Array;
  pos = 0;
  token: Token;
  prevToken: Token;
  /** Things checked for and not found since the last bump. */
  expected: string[] = [];
  restrictions = 0;
  /** Set while parsing speculatively: errors must not be emitted inline. */
  speculative = 0;
  /** `let` expressions already reported as misplaced (rustc's `Recovered::Yes`). */
  recoveredLets = new WeakSet<object>();

  constructor(sess: ParseSess, tts: readonly TokenTree[], eofSpan?: Span) {
    this.sess = sess;
    this.ed = sess.edition;
    const toks: Token[] = [];
    const pairs: number[] = [];
    flatten(tts, toks, pairs);
    const last = toks.length > 0 ? toks[toks.length - 1]!.span : { lo: 0, hi: 0, ctxt: 0 };
    const eof: Span = eofSpan ?? { lo: last.hi, hi: last.hi, ctxt: last.ctxt };
    toks.push({ kind: 'eof', span: eof });
    const match = new Int32Array(toks.length).fill(-1);
    for (let i = 0; i < pairs.length; i += 2) {
      match[pairs[i]!] = pairs[i + 1]!;
      match[pairs[i + 1]!] = pairs[i]!;
    }
    this.toks = toks;
    this.match = match;
    this.token = toks[0]!;
    this.prevToken = { kind: 'eof', span: { lo: eof.lo, hi: eof.lo, ctxt: eof.ctxt } };
  }

  /** A parser over lexer output already checked by matchDelims (ends with `eof`). */
  static fromTokens(sess: ParseSess, toks: Token[], match: Int32Array): Parser {
    const p = Object.create(Parser.prototype) as Parser;
    const w = p as unknown as { -readonly [K in keyof Parser]: Parser[K] };
    w.sess = sess;
    w.ed = sess.edition;
    w.toks = toks;
    w.match = match;
    w.pos = 0;
    w.token = toks[0]!;
    w.prevToken = { kind: 'eof', span: { lo: toks[0]!.span.lo, hi: toks[0]!.span.lo, ctxt: 0 } };
    w.expected = [];
    w.restrictions = 0;
    w.speculative = 0;
    w.recoveredLets = new WeakSet<object>();
    return p;
  }

  // ---- cursor ---------------------------------------------------------------------------

  bump(): void {
    this.prevToken = this.token;
    if (this.token.kind !== 'eof') this.pos++;
    this.token = this.toks[this.pos]!;
    if (this.expected.length) this.expected.length = 0;
  }

  /** The token `n` ahead of the current one (`eof` past the end). */
  look(n: number): Token {
    const i = this.pos + n;
    return i < this.toks.length ? this.toks[i]! : this.toks[this.toks.length - 1]!;
  }

  get span(): Span {
    return this.token.span;
  }

  get prevSpan(): Span {
    return this.prevToken.span;
  }

  /** Span from `lo` to the end of the previous token. */
  sp(lo: Span): Span {
    const hi = this.prevToken.span.hi;
    return { lo: lo.lo, hi: hi < lo.lo ? lo.hi : hi, ctxt: lo.ctxt };
  }

  id(): NodeId {
    return this.sess.nextNodeId();
  }

  snapshot(): Snapshot {
    return { pos: this.pos, token: this.token, prevToken: this.prevToken, expected: this.expected.length };
  }

  restore(s: Snapshot): void {
    this.pos = s.pos;
    this.token = s.token;
    this.prevToken = s.prevToken;
    this.expected.length = Math.min(this.expected.length, s.expected);
  }

  isEof(): boolean {
    return this.token.kind === 'eof';
  }

  // ---- token predicates --------------------------------------------------------------

  isPunct(p: PunctKind, t: Token = this.token): boolean {
    return t.kind === 'punct' && t.p === p;
  }

  isOpen(d: Delim, t: Token = this.token): boolean {
    return t.kind === 'open' && t.delim === d;
  }

  isClose(d: Delim, t: Token = this.token): boolean {
    return t.kind === 'close' && t.delim === d;
  }

  /** A keyword (not raw), e.g. `fn`; edition-dependent keywords are checked by the caller. */
  isKw(sym: Symbol, t: Token = this.token): boolean {
    return t.kind === 'ident' && t.sym === sym && !t.raw;
  }

  /** An identifier that is not reserved (raw identifiers always qualify). */
  isIdent(t: Token = this.token): boolean {
    return t.kind === 'ident' && (t.raw || !isReservedIdent(t.sym, this.ed));
  }

  isIdentOrAny(t: Token = this.token): boolean {
    return t.kind === 'ident';
  }

  isPathSegmentKw(t: Token = this.token): boolean {
    return t.kind === 'ident' && !t.raw && isPathSegmentKeyword(t.sym);
  }

  /** Token can start a path: identifier, path keyword, `::`, `<`, `<<`, interpolated path. */
  isPathStart(t: Token = this.token): boolean {
    return (
      this.isPunct('::', t) || this.isPunct('<', t) || this.isPunct('<<', t) || this.isPathSegmentKw(t) || this.isIdent(t) ||
      (t.kind === 'interpolated' && t.nt.tag === 'path')
    );
  }

  isLifetime(t: Token = this.token): boolean {
    return t.kind === 'lifetime';
  }

  /** rustc's `Token::can_begin_expr`. */
  canBeginExpr(t: Token = this.token): boolean {
    switch (t.kind) {
      case 'ident':
        return t.raw || !isReservedIdent(t.sym, this.ed) || isPathSegmentKeyword(t.sym) || EXPR_KW.has(t.sym);
      case 'open': case 'literal': case 'lifetime':
        return true;
      case 'punct':
        switch (t.p) {
          case '!': case '-': case '*': case '|': case '||': case '&': case '&&': case '..': case '...': case '..=':
          case '<': case '<<': case '::': case '#':
            return true;
        }
        return false;
      case 'interpolated':
        return t.nt.tag === 'block' || t.nt.tag === 'expr' || t.nt.tag === 'literal' || t.nt.tag === 'path';
      default:
        return false;
    }
  }

  /** rustc's `Token::can_begin_type`. */
  canBeginType(t: Token = this.token): boolean {
    switch (t.kind) {
      case 'ident':
        return t.raw || !isReservedIdent(t.sym, this.ed) || isPathSegmentKeyword(t.sym) || TYPE_KW.has(t.sym);
      case 'open':
        return t.delim === '(' || t.delim === '[';
      case 'lifetime':
        return true;
      case 'punct':
        switch (t.p) {
          case '!': case '*': case '&': case '&&': case '?': case '<': case '<<': case '::':
            return true;
        }
        return false;
      case 'interpolated':
        return t.nt.tag === 'ty' || t.nt.tag === 'path';
      default:
        return false;
    }
  }

  /** Whether a pattern can start with this token. */
  canBeginPat(t: Token = this.token): boolean {
    switch (t.kind) {
      case 'ident': return t.raw || !isReservedIdent(t.sym, this.ed) || isPathSegmentKeyword(t.sym) || PAT_KW.has(t.sym);
      case 'literal': return true;
      case 'open': return t.delim === '(' || t.delim === '[';
      case 'punct':
        switch (t.p) {
          case '&': case '&&': case '-': case '..': case '..=': case '...': case '<': case '<<': case '::': case '|': case '!':
            return true;
        }
        return false;
      case 'interpolated': return t.nt.tag === 'pat' || t.nt.tag === 'expr' || t.nt.tag === 'literal' || t.nt.tag === 'path';
      default: return false;
    }
  }

  /** `Token::can_begin_item`-ish: used by missing-semicolon recovery. */
  canBeginItem(t: Token = this.token): boolean {
    if (t.kind !== 'ident' || t.raw) return t.kind === 'punct' && t.p === '#';
    return ITEM_KW.has(t.sym);
  }

  // ---- check / eat / expect ------------------------------------------------------------

  check(p: PunctKind): boolean {
    if (this.token.kind === 'punct' && this.token.p === p) return true;
    this.expected.push('`' + p + '`');
    return false;
  }

  eat(p: PunctKind): boolean {
    if (this.check(p)) {
      this.bump();
      return true;
    }
    return false;
  }

  checkOpen(d: Delim): boolean {
    if (this.token.kind === 'open' && this.token.delim === d) return true;
    this.expected.push('`' + d + '`');
    return false;
  }

  checkClose(d: Delim): boolean {
    if (this.token.kind === 'close' && this.token.delim === d) return true;
    this.expected.push('`' + CLOSE_CH[d] + '`');
    return false;
  }

  eatClose(d: Delim): boolean {
    if (this.checkClose(d)) {
      this.bump();
      return true;
    }
    return false;
  }

  checkKw(sym: Symbol): boolean {
    if (this.isKw(sym)) return true;
    this.expected.push('`' + symStr(sym) + '`');
    return false;
  }

  eatKw(sym: Symbol): boolean {
    if (this.checkKw(sym)) {
      this.bump();
      return true;
    }
    return false;
  }

  /** Contextual keyword (`union`, `auto`, `default`, `safe`): an ident that is not raw. */
  checkContextualKw(sym: Symbol): boolean {
    return this.isKw(sym);
  }

  eatContextualKw(sym: Symbol): boolean {
    if (this.isKw(sym)) {
      this.bump();
      return true;
    }
    return false;
  }

  checkIdent(): boolean {
    if (this.isIdent()) return true;
    this.expected.push(TT.ident);
    return false;
  }

  checkPath(): boolean {
    if (this.isPathStart()) return true;
    this.expected.push(TT.path);
    return false;
  }

  checkType(): boolean {
    if (this.canBeginType()) return true;
    this.expected.push(TT.type);
    return false;
  }

  checkLifetime(): boolean {
    if (this.token.kind === 'lifetime') return true;
    this.expected.push(TT.lifetime);
    return false;
  }

  expect(p: PunctKind): void {
    if (this.eat(p)) return;
    this.expectedOneOfNotFound();
  }

  expectOpen(d: Delim): void {
    if (this.checkOpen(d)) {
      this.bump();
      return;
    }
    this.expectedOneOfNotFound();
  }

  expectClose(d: Delim): void {
    if (this.checkClose(d)) {
      this.bump();
      return;
    }
    this.expectedOneOfNotFound();
  }

  expectKw(sym: Symbol): void {
    if (this.eatKw(sym)) return;
    this.expectedOneOfNotFound();
  }

  /**
   * Splits a compound token and eats its first part: `>>` as `>` then `>`, `&&` as `&` then
   * `&`, `||` as `|` then `|`, `..=` as `..` then `=`.
   */
  breakAndEat(p: PunctKind): boolean {
    const t = this.token;
    if (t.kind === 'punct') {
      if (t.p === p) {
        this.bump();
        return true;
      }
      if (t.p.length > p.length && t.p.startsWith(p)) {
        const rest = SPLITTABLE[t.p.slice(p.length)];
        if (rest) {
          const mid = t.span.lo + p.length;
          this.prevToken = { kind: 'punct', p, span: { lo: t.span.lo, hi: mid, ctxt: t.span.ctxt }, joint: true };
          this.token = { kind: 'punct', p: rest, span: { lo: mid, hi: t.span.hi, ctxt: t.span.ctxt }, joint: t.joint };
          if (this.expected.length) this.expected.length = 0;
          return true;
        }
      }
    }
    this.expected.push('`' + p + '`');
    return false;
  }

  /** Whether the current token is `p` or starts with it (`>` in `>>=`). */
  checkBreakable(p: PunctKind): boolean {
    const t = this.token;
    return t.kind === 'punct' && (t.p === p || (t.p.startsWith(p) && SPLITTABLE[t.p.slice(p.length)] !== undefined));
  }

  expectGt(): void {
    if (this.breakAndEat('>')) return;
    this.expectedOneOfNotFound();
  }

  // ---- identifiers -------------------------------------------------------------------

  parseIdent(): Ident {
    return this.parseIdentCommon(true);
  }

  parseIdentCommon(recover: boolean): Ident {
    const t = this.token;
    if (t.kind === 'ident') {
      if (t.raw || !isReservedIdent(t.sym, this.ed)) {
        this.bump();
        return { name: t.sym, span: t.span };
      }
      if (recover) {
        // rustc reports a keyword used as an identifier and carries on with it.
        const e = this.expectedIdentErr();
        if (this.speculative) throw e;
        e.diag.emit();
        this.bump();
        return { name: t.sym, span: t.span };
      }
    }
    throw this.expectedIdentErr();
  }

  /** rustc's `expected_ident_found_err`. */
  expectedIdentErr(): PErr {
    const t = this.token;
    const d = tokenDescr(t, this.ed);
    const b = this.sess.dcx.err(`expected identifier, found ${d}`);
    let kindWord: string | null = null;
    if (t.kind === 'ident' && !t.raw) {
      if (t.sym === kw.Underscore) kindWord = 'reserved identifier';
      else if (isReservedIdent(t.sym, this.ed)) kindWord = d.startsWith('reserved keyword') ? 'reserved keyword' : 'keyword';
    } else if (t.kind === 'doc') kindWord = 'doc comment';
    if (t.kind === 'ident' && !t.raw && isReservedIdent(t.sym, this.ed) && !isPathSegmentKeyword(t.sym) && t.sym !== kw.Underscore) {
      const n = this.look(1);
      const validFollow =
        (n.kind === 'punct' && (n.p === '=' || n.p === ':' || n.p === ',' || n.p === ';' || n.p === '::')) ||
        (n.kind === 'open' && (n.delim === '{' || n.delim === '(')) ||
        (n.kind === 'close' && (n.delim === '{' || n.delim === '('));
      if (validFollow) {
        b.help(`escape \`${symStr(t.sym)}\` to use it as an identifier`, t.span, [
          { span: { lo: t.span.lo, hi: t.span.lo, ctxt: t.span.ctxt }, replacement: 'r#', applicability: 'MaybeIncorrect', style: 'verbose' },
        ]);
      }
    }
    b.primary(t.span, kindWord ? `expected identifier, found ${kindWord}` : 'expected identifier');
    return new PErr(b);
  }

  /** rustc's `check_ident`: any identifier token, keywords included. */
  isAnyIdent(t: Token = this.token): boolean {
    return t.kind === 'ident';
  }

  // ---- token trees ------------------------------------------------------------------

  /** Index of the close token matching the open token at `i`. */
  closeOf(i: number): number {
    return this.match[i]!;
  }

  /** Consumes one token tree (a token, or a whole delimited group) and returns it. */
  parseTokenTree(): TokenTree {
    const t = this.token;
    if (t.kind === 'open') {
      const end = this.match[this.pos]!;
      const tts = buildTrees(this.toks, this.match, this.pos + 1, end);
      const close = this.toks[end]!;
      const tree: TokenTree = { kind: 'delimited', delim: t.delim, open: t.span, close: close.span, tts };
      this.pos = end;
      this.token = close;
      this.bump();
      return tree;
    }
    if (t.kind === 'close' || t.kind === 'eof') throw this.unexpectedErr();
    this.bump();
    return { kind: 'token', token: t };
  }

  /** Skips a delimited group starting at the current `open` token. */
  skipGroup(): void {
    const end = this.match[this.pos]!;
    this.pos = end;
    this.token = this.toks[end]!;
    this.bump();
  }

  // ---- errors ----------------------------------------------------------------------

  err(msg: string, code: string | null = null): DiagBuilder {
    return this.sess.dcx.err(msg, code);
  }

  /** Emits a recovered error now (or, while speculating, aborts the speculation). */
  emit(b: DiagBuilder): void {
    if (this.speculative) throw new PErr(b);
    b.emit();
  }

  descr(t: Token = this.token): string {
    return tokenDescr(t, this.ed);
  }

  unexpectedErr(): PErr {
    try {
      this.expectedOneOfNotFound();
    } catch (e) {
      if (e instanceof PErr) return e;
      throw e;
    }
    return new PErr(this.err('unexpected token').primary(this.token.span));
  }

  /** rustc's `expected_one_of_not_found`: always throws. */
  expectedOneOfNotFound(edible: string[] = [], inedible: string[] = []): never {
    throw new PErr(this.expectedOneOfDiag(edible, inedible));
  }

  expectedList(extra: string[] = []): string[] {
    const all = [...extra, ...this.expected];
    const uniq = [...new Set(all)];
    // rustc sorts by the printed form, so backquoted tokens come first.
    uniq.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return uniq;
  }

  expectedOneOfDiag(edible: string[] = [], inedible: string[] = []): DiagBuilder {
    const expected = this.expectedList([...edible, ...inedible]);
    const actual = this.descr();
    const expect = tokensToString(expected);
    let msg: string;
    let labelSp: Span;
    let labelExp: string;
    if (expected.length > 1) {
      msg = `expected one of ${expect}, found ${actual}`;
      labelSp = shrinkHi(this.prevToken.span);
      labelExp = `expected one of ${expected.length > 6 ? `${expected.length} possible tokens` : expect}`;
    } else if (expected.length === 0) {
      msg = `unexpected token: ${actual}`;
      labelSp = this.prevToken.span;
      labelExp = 'unexpected token after this';
    } else {
      msg = `expected ${expect}, found ${actual}`;
      labelSp = shrinkHi(this.prevToken.span);
      labelExp = `expected ${expect}`;
    }
    const b = this.err(msg);
    const sp = this.token.kind === 'eof' ? this.prevToken.span : labelSp;
    if (!this.isMultilineBetween(sp, this.token.span)) {
      b.primary(this.token.span, labelExp);
    } else {
      b.primary(this.token.span);
      b.label(sp, labelExp);
      b.label(this.token.span, 'unexpected token');
      // The primary span stays the found token; rustc lists the label at `sp` first.
    }
    return b;
  }

  /** Whether a newline separates the end of `a` from the start of `b`. */
  isMultilineBetween(a: Span, b: Span): boolean {
    const lo = Math.min(a.hi, b.lo);
    const hi = Math.max(a.hi, b.lo);
    const f = this.sess.sourceMap.fileAt(lo);
    if (!f || hi > f.endPos) return false;
    const s = f.src;
    for (let i = lo - f.startPos; i < hi - f.startPos; i++) if (s.charCodeAt(i) === 10) return true;
    return false;
  }

  sameLine(a: Span, b: Span): boolean {
    return !this.isMultilineBetween(a, b);
  }

  tokenText(t: Token = this.token): string {
    return tokenToString(t);
  }
}

const CLOSE_CH: Record<Delim, string> = { '(': ')', '[': ']', '{': '}', invisible: '' };

function shrinkHi(s: Span): Span {
  return { lo: s.hi, hi: s.hi, ctxt: s.ctxt };
}

export function tokensToString(tokens: readonly string[]): string {
  let b = tokens[0] ?? '';
  for (let i = 1; i < tokens.length; i++) {
    if (tokens.length > 2 && i === tokens.length - 1) b += ', or ';
    else if (tokens.length === 2 && i === tokens.length - 1) b += ' or ';
    else b += ', ';
    b += tokens[i];
  }
  return b;
}

const EXPR_KW = new Set<Symbol>([
  kw.Async, kwExtra.Do, kw.Box, kw.Break, kw.Const, kw.Continue, kw.False, kw.For, kw.Gen, kw.If, kw.Let, kw.Loop,
  kw.Match, kw.Move, kw.Return, kw.True, kw.Try, kw.Unsafe, kw.While, kw.Yield, kwExtra.Safe, kw.Static,
]);

const PAT_KW = new Set<Symbol>([kw.Underscore, kw.Ref, kw.Mut, kw.Box, kw.True, kw.False, kw.Const]);

const TYPE_KW = new Set<Symbol>([kw.Underscore, kw.For, kw.Impl, kw.Fn, kw.Unsafe, kw.Extern, kwExtra.Typeof, kw.Dyn]);

const ITEM_KW = new Set<Symbol>([
  kw.Fn, kw.Use, kw.Struct, kw.Enum, kw.Pub, kw.Trait, kw.Extern, kw.Impl, kw.Unsafe, kw.Const, kwExtra.Safe,
  kw.Static, kw.Union, kw.Macro, kw.Mod, kw.Type,
]);

/** Token trees -> flat tokens with matched delimiter pairs; invisible groups are dropped. */
function flatten(tts: readonly TokenTree[], out: Token[], pairs: number[]): void {
  for (const tt of tts) {
    if (tt.kind === 'token') {
      const t = tt.token;
      if (t.kind === 'interpolated') {
        // Fragments that are single tokens behave exactly like those tokens.
        if (t.nt.tag === 'ident') {
          out.push({ kind: 'ident', sym: t.nt.ident.name, raw: t.nt.raw, span: t.nt.ident.span });
          continue;
        }
        if (t.nt.tag === 'lifetime') {
          out.push({ kind: 'lifetime', sym: t.nt.lifetime.ident.name, span: t.nt.lifetime.ident.span });
          continue;
        }
      }
      out.push(t);
    } else if (tt.delim === 'invisible') {
      flatten(tt.tts, out, pairs);
    } else {
      const o = out.length;
      out.push({ kind: 'open', delim: tt.delim, span: tt.open });
      flatten(tt.tts, out, pairs);
      pairs.push(o, out.length);
      out.push({ kind: 'close', delim: tt.delim, span: tt.close });
    }
  }
}
