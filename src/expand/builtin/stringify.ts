import type { SourceMap } from '../../diagnostics/source-map.ts';
import type { Span } from '../../diagnostics/span.ts';
import type { Nonterminal } from '../../syntax/ast/nonterminal.ts';
import type { Edition } from '../../syntax/edition.ts';
import { isReservedIdent } from '../../syntax/keywords.ts';
import { exprToString, patToString, pathToString, tyToString } from '../../syntax/pretty/print.ts';
import { kw, symStr } from '../../syntax/symbol.ts';
import { tokenToString } from '../../syntax/token-text.ts';
import type { TokenTree } from '../../syntax/token.ts';

// `stringify!` as rustc's pretty printer writes a token stream (pprust::tts_to_string): each
// token keeps the spacing it had where it was written (followed by whitespace or not, the
// lexer's Spacing::Alone vs Joint), and a few pairs never get a space (`x.y`, `f(`, `a,`,
// `$e`, `#[`). Parentheses and brackets print tight; braces keep their inner spacing.

/** Whether the source right after `hi` is whitespace or the end (rustc's Spacing::Alone). */
function aloneAt(sm: SourceMap, hi: number): boolean {
  const f = sm.fileAt(hi);
  if (!f) return true;
  const rel = hi - f.startPos;
  if (rel >= f.src.length) return true;
  return /\s/.test(f.src[rel]!);
}

function spacingAfter(sm: SourceMap, tt: TokenTree): boolean {
  if (tt.kind === 'delimited') return aloneAt(sm, tt.close.hi);
  if (tt.token.kind === 'interpolated') return true;
  return aloneAt(sm, tt.token.span.hi);
}

function isPunct(tt: TokenTree): boolean {
  return tt.kind === 'token' && tt.token.kind === 'punct';
}

function punctIs(tt: TokenTree, ...ps: string[]): boolean {
  return tt.kind === 'token' && tt.token.kind === 'punct' && ps.includes(tt.token.p);
}

/** rustc's `space_between`: pairs printed without a space even when written apart. */
function spaceBetween(a: TokenTree, b: TokenTree, edition: Edition): boolean {
  if (a.kind === 'token' && a.token.kind === 'doc' && a.token.comment === 'line') return false;
  if (punctIs(a, '.') && !isPunct(b)) return false;
  if (punctIs(a, '$') && b.kind === 'token' && b.token.kind === 'ident') return false;
  if (!isPunct(a) && punctIs(b, ',', ';', '.')) return false;
  if (a.kind === 'token' && a.token.kind === 'ident' && b.kind === 'delimited' && b.delim === '(') {
    const s = a.token.sym;
    if (a.token.raw || !isReservedIdent(s, edition) || s === kw.Fn || s === kw.SelfUpper || s === kw.Pub) return false;
  }
  if (punctIs(a, '#') && b.kind === 'delimited' && b.delim === '[') return false;
  return true;
}

/** Source text with runs of whitespace (outside literals) turned into one space. */
function collapse(src: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quote !== null) {
      out += c;
      if (c === '\\') out += src[++i] ?? '';
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"') quote = c;
    if (/\s/.test(c)) {
      if (!out.endsWith(' ')) out += ' ';
      continue;
    }
    out += c;
  }
  return out.trim();
}

function ntText(sm: SourceMap, nt: Nonterminal): string {
  const spanOf = (): Span | null => {
    switch (nt.tag) {
      case 'expr': case 'literal': return nt.expr.span;
      case 'ty': return nt.ty.span;
      case 'pat': return nt.pat.span;
      case 'path': return nt.path.span;
      case 'item': return nt.item.span;
      case 'block': return nt.block.span;
      case 'stmt': return nt.stmt.span;
      case 'vis': return nt.vis.span;
      case 'meta': return nt.attr.span;
      default: return null;
    }
  };
  if (nt.tag === 'ident') return (nt.raw ? 'r#' : '') + symStr(nt.ident.name);
  if (nt.tag === 'lifetime') return symStr(nt.lifetime.ident.name);
  const sp = spanOf();
  const text = sp ? collapse(sm.snippet(sp)) : '';
  if (text !== '') return text;
  switch (nt.tag) {
    case 'expr': case 'literal': return exprToString(nt.expr);
    case 'ty': return tyToString(nt.ty);
    case 'pat': return patToString(nt.pat);
    case 'path': return pathToString(nt.path);
    default: return '';
  }
}

function printTt(sm: SourceMap, tt: TokenTree, edition: Edition): string {
  if (tt.kind === 'token') return tt.token.kind === 'interpolated' ? ntText(sm, tt.token.nt) : tokenToString(tt.token);
  const inner = printTts(sm, tt.tts, edition);
  switch (tt.delim) {
    case '(': return `(${inner})`;
    case '[': return `[${inner}]`;
    case 'invisible': return inner;
    case '{': {
      if (tt.tts.length === 0) return '{}';
      const lead = aloneAt(sm, tt.open.hi) ? ' ' : '';
      const trail = spacingAfter(sm, tt.tts[tt.tts.length - 1]!) ? ' ' : '';
      return `{${lead}${inner}${trail}}`;
    }
  }
}

export function printTts(sm: SourceMap, tts: readonly TokenTree[], edition: Edition): string {
  let out = '';
  tts.forEach((tt, i) => {
    out += printTt(sm, tt, edition);
    const next = tts[i + 1];
    if (next && spacingAfter(sm, tt) && spaceBetween(tt, next, edition)) out += ' ';
  });
  return out;
}
