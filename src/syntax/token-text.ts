// Tokens as text: for diagnostics (`found keyword \`fn\``) and for printing token streams.
import { symStr, kw } from './symbol.ts';
import type { Token, TokenLit } from './token.ts';
import type { Edition } from './edition.ts';
import { isUnusedKeyword, isUsedKeyword } from './keywords.ts';

export function litToString(lit: TokenLit): string {
  const s = symStr(lit.symbol);
  const suf = lit.suffix !== null ? symStr(lit.suffix) : '';
  const h = '#'.repeat(lit.rawHashes ?? 0);
  switch (lit.kind) {
    case 'bool': case 'integer': case 'float': case 'err': return s + suf;
    case 'byte': return `b'${s}'${suf}`;
    case 'char': return `'${s}'${suf}`;
    case 'str': return `"${s}"${suf}`;
    case 'strRaw': return `r${h}"${s}"${h}${suf}`;
    case 'byteStr': return `b"${s}"${suf}`;
    case 'byteStrRaw': return `br${h}"${s}"${h}${suf}`;
    case 'cStr': return `c"${s}"${suf}`;
    case 'cStrRaw': return `cr${h}"${s}"${h}${suf}`;
  }
}

const OPEN: Record<string, string> = { '(': '(', '[': '[', '{': '{', invisible: '' };
const CLOSE: Record<string, string> = { '(': ')', '[': ']', '{': '}', invisible: '' };

export function tokenToString(t: Token): string {
  switch (t.kind) {
    case 'punct': return t.p;
    case 'ident': return (t.raw ? 'r#' : '') + symStr(t.sym);
    case 'lifetime': return symStr(t.sym);
    case 'literal': return litToString(t.lit);
    case 'open': return OPEN[t.delim]!;
    case 'close': return CLOSE[t.delim]!;
    case 'doc': {
      const body = symStr(t.sym);
      if (t.comment === 'line') return (t.style === 'inner' ? '//!' : '///') + body;
      return (t.style === 'inner' ? '/*!' : '/**') + body + '*/';
    }
    case 'interpolated': return '';
    case 'eof': return '<eof>';
  }
}

/** rustc's `token_descr`: how a found token is named in "expected X, found Y". */
export function tokenDescr(t: Token, ed: Edition): string {
  const s = tokenToString(t);
  if (t.kind === 'ident' && !t.raw) {
    if (t.sym === kw.Underscore) return `reserved identifier \`${s}\``;
    if (isUsedKeyword(t.sym, ed)) return `keyword \`${s}\``;
    if (isUnusedKeyword(t.sym, ed)) return `reserved keyword \`${s}\``;
  }
  if (t.kind === 'doc') return `doc comment \`${s}\``;
  if (t.kind === 'interpolated') return `\`${t.nt.tag}\` metavariable`;
  return `\`${s}\``;
}
