// Fragment specifiers: which tokens may start each fragment (used to prune matcher
// positions without parsing) and parsing one fragment with the real parser.
import { kw, symStr } from '../../syntax/symbol.ts';
import type { Edition } from '../../syntax/edition.ts';
import { PErr, type Parser } from '../../syntax/index.ts';
import { parseStmtForRecovery } from '../../syntax/parser/stmt.ts';
import type { Nonterminal } from '../../syntax/ast/nonterminal.ts';
import type { Token } from '../../syntax/token.ts';
import { tokenToString } from '../../syntax/token-text.ts';
import { buildTrees } from '../../syntax/token-trees.ts';
import type { FragKind, NamedMatch } from './mbe.ts';

/** `pat` means "with top-level `|`" from edition 2021 on (pat_param before). */
export function patAllowsTopOr(kind: FragKind, edition: Edition): boolean {
  return kind === 'pat' && edition >= '2021';
}

/** Whether a nonterminal can be a single identifier (rustc's `may_be_ident`). */
function ntMayBeIdent(t: Token): boolean {
  if (t.kind !== 'interpolated') return false;
  const tag = t.nt.tag;
  return tag !== 'item' && tag !== 'block' && tag !== 'vis' && tag !== 'lifetime';
}

/**
 * rustc's `nonterminal_may_begin_with`: false is a promise that the fragment never starts
 * with this token, so the matcher may drop that position without asking the parser.
 */
export function fragMayBeginWith(kind: FragKind, t: Token, p: Parser, edition: Edition): boolean {
  if (t.kind === 'eof') return false;
  switch (kind) {
    case 'expr':
    case 'expr_2021': {
      if (!p.canBeginExpr(t)) return false;
      if (t.kind === 'ident' && !t.raw && t.sym === kw.Let) return false;
      const legacy = kind === 'expr_2021' || edition < '2024';
      if (legacy && t.kind === 'ident' && !t.raw && (t.sym === kw.Const || t.sym === kw.Underscore)) return false;
      return true;
    }
    case 'ty':
      return p.canBeginType(t);
    case 'ident':
      return t.kind === 'ident' && (t.raw || t.sym !== kw.Underscore);
    case 'literal':
      if (t.kind === 'literal') return true;
      if (t.kind === 'punct') return t.p === '-';
      if (t.kind === 'ident') return !t.raw && (t.sym === kw.True || t.sym === kw.False);
      return t.kind === 'interpolated' && (t.nt.tag === 'literal' || (t.nt.tag === 'expr' && isLitExpr(t.nt.expr)));
    case 'vis':
      if (t.kind === 'punct' && t.p === ',') return true;
      if (t.kind === 'ident' || t.kind === 'interpolated') return true;
      return p.canBeginType(t);
    case 'block':
      if (t.kind === 'open') return t.delim === '{';
      if (t.kind === 'interpolated') {
        const g = t.nt.tag;
        return !(g === 'item' || g === 'pat' || g === 'ty' || g === 'ident' || g === 'meta' || g === 'path' || g === 'vis');
      }
      return false;
    case 'path':
    case 'meta':
      if (t.kind === 'punct') return t.p === '::';
      if (t.kind === 'ident') return true;
      if (t.kind === 'interpolated') return t.nt.tag === 'path' || t.nt.tag === 'meta' || ntMayBeIdent(t);
      return false;
    case 'pat':
    case 'pat_param':
      switch (t.kind) {
        case 'ident': case 'literal': return true;
        case 'open': return t.delim === '(' || t.delim === '[';
        case 'punct':
          switch (t.p) {
            case '&': case '-': case '&&': case '..': case '...': case '..=': case '::': case '<': case '<<': return true;
            case '|': return patAllowsTopOr(kind, edition);
            default: return false;
          }
        case 'interpolated': return ntMayBeIdent(t);
        default: return false;
      }
    case 'lifetime':
      return t.kind === 'lifetime';
    case 'tt':
    case 'item':
    case 'stmt':
      return t.kind !== 'close';
  }
}

function isLitExpr(e: import('../../syntax/ast/expr.ts').Expr): boolean {
  if (e.kind.tag === 'Lit') return true;
  return e.kind.tag === 'Unary' && e.kind.op === 'Neg' && e.kind.expr.kind.tag === 'Lit';
}

/**
 * Parses one fragment at the parser's position. Throws PErr (not yet emitted) when the
 * tokens are not a fragment of that kind.
 */
export function parseFragment(p: Parser, kind: FragKind, edition: Edition): NamedMatch {
  const lo = p.token.span;
  const nt = (x: Nonterminal): NamedMatch => ({ tag: 'Nt', nt: x, span: p.sp(lo) });
  switch (kind) {
    case 'tt':
      return { tag: 'Tt', tt: p.parseTokenTree() };
    case 'item': {
      const item = p.parseItem();
      if (item === null) throw new PErr(p.err('expected an item keyword').primary(p.token.span));
      return nt({ tag: 'item', item });
    }
    case 'block':
      return nt({ tag: 'block', block: p.parseBlock() });
    case 'stmt': {
      const stmt = parseStmtForRecovery(p);
      if (stmt === null) throw new PErr(p.err('expected a statement').primary(p.token.span));
      return nt({ tag: 'stmt', stmt });
    }
    case 'pat':
    case 'pat_param':
      return nt({ tag: 'pat', pat: patAllowsTopOr(kind, edition) ? p.parsePat() : p.parsePatNoTopAlt() });
    case 'expr':
    case 'expr_2021':
      return nt({ tag: 'expr', expr: p.parseExpr() });
    case 'literal': {
      const t = p.token.kind === 'punct' && p.token.p === '-' ? p.look(1) : p.token;
      const isLit = t.kind === 'literal' || (t.kind === 'ident' && !t.raw && (t.sym === kw.True || t.sym === kw.False)) ||
        (t.kind === 'interpolated' && (t.nt.tag === 'literal' || t.nt.tag === 'expr'));
      if (!isLit) throw new PErr(p.err(`unexpected token: \`${tokenToString(t)}\``).primary(t.span));
      return nt({ tag: 'literal', expr: p.parseLiteral() });
    }
    case 'ty':
      return nt({ tag: 'ty', ty: p.parseTy() });
    case 'ident': {
      const t = p.token;
      if (t.kind === 'ident' && (t.raw || t.sym !== kw.Underscore)) {
        p.bump();
        return nt({ tag: 'ident', ident: { name: t.sym, span: t.span }, raw: t.raw });
      }
      throw new PErr(p.err(`expected ident, found ${tokenToString(t)}`).primary(t.span));
    }
    case 'path':
      return nt({ tag: 'path', path: p.parsePath('type') });
    case 'meta': {
      // Attribute consumers (cfg, derive, doc...) read tokens: keep the fragment's own.
      const start = p.pos;
      const attr = p.parseAttrItem();
      return { tag: 'Nt', nt: { tag: 'meta', attr }, span: p.sp(lo), tokens: buildTrees(p.toks, p.match, start, p.pos) };
    }
    case 'vis':
      return nt({ tag: 'vis', vis: p.parseVisibility() });
    case 'lifetime': {
      const t = p.token;
      if (t.kind !== 'lifetime') throw new PErr(p.err(`expected a lifetime, found \`${tokenToString(t)}\``).primary(t.span));
      return nt({ tag: 'lifetime', lifetime: p.parseLifetime() });
    }
  }
}

/** For messages: `$name:kind`. */
export function metaVarDeclStr(name: import('../../syntax/symbol.ts').Symbol, kind: FragKind | null): string {
  return `$${symStr(name)}:${kind ?? ''}`;
}
