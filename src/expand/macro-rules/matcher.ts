// Matching a macro call's tokens against one rule's matcher: rustc's "macro parser", an
// NFA over matcher positions that advances all live positions one token at a time. When
// exactly one position waits for a fragment and no other can take the token, the real
// parser parses that fragment and the match commits to it (no backtracking into fragments).
import type { Span } from '../../diagnostics/span.ts';
import type { Edition } from '../../syntax/edition.ts';
import { PErr, type Parser } from '../../syntax/index.ts';
import { symStr, type Symbol } from '../../syntax/symbol.ts';
import type { Token } from '../../syntax/token.ts';
import { fragMayBeginWith, parseFragment } from './fragment.ts';
import type { FragKind, KleeneOp, MbeTT, NamedMatch } from './mbe.ts';

/** The matcher flattened: each position the "dot" can be at (rustc's MatcherLoc). */
export type MatcherLoc =
  | { readonly tag: 'Token'; readonly token: Token }
  | { readonly tag: 'Delimited' }
  | {
      readonly tag: 'Sequence';
      readonly op: KleeneOp;
      readonly numDecls: number;
      readonly idxFirstAfter: number;
      readonly nextMetavar: number;
      readonly depth: number;
    }
  | { readonly tag: 'SeqOpNoSep'; readonly op: KleeneOp; readonly idxFirst: number }
  | { readonly tag: 'SeqSep'; readonly sep: Token }
  | { readonly tag: 'SeqOpAfterSep'; readonly idxFirst: number }
  | {
      readonly tag: 'MetaVarDecl';
      readonly span: Span;
      readonly name: Symbol;
      readonly kind: FragKind;
      readonly nextMetavar: number;
      readonly depth: number;
    }
  | { readonly tag: 'Eof' };

export function computeLocs(matcher: readonly MbeTT[]): MatcherLoc[] {
  const locs: MatcherLoc[] = [];
  let nextMetavar = 0;
  const inner = (tts: readonly MbeTT[], depth: number): void => {
    for (const tt of tts) {
      switch (tt.tag) {
        case 'Token':
          locs.push({ tag: 'Token', token: tt.token });
          break;
        case 'Delimited':
          locs.push({ tag: 'Delimited' });
          locs.push({ tag: 'Token', token: { kind: 'open', delim: tt.delim, span: tt.open } });
          inner(tt.tts, depth);
          locs.push({ tag: 'Token', token: { kind: 'close', delim: tt.delim, span: tt.close } });
          break;
        case 'Sequence': {
          const idxSeq = locs.length;
          locs.push({ tag: 'Eof' });
          const firstMetavar = nextMetavar;
          const idxFirst = locs.length;
          inner(tt.tts, depth + 1);
          if (tt.sep) {
            locs.push({ tag: 'SeqSep', sep: tt.sep });
            locs.push({ tag: 'SeqOpAfterSep', idxFirst });
          } else {
            locs.push({ tag: 'SeqOpNoSep', op: tt.op, idxFirst });
          }
          locs[idxSeq] = { tag: 'Sequence', op: tt.op, numDecls: tt.numCaptures, idxFirstAfter: locs.length, nextMetavar: firstMetavar, depth };
          break;
        }
        case 'MetaVarDecl':
          // Definitions with missing specifiers are rejected before any matching.
          locs.push({ tag: 'MetaVarDecl', span: tt.span, name: tt.name, kind: tt.kind ?? 'tt', nextMetavar, depth });
          nextMetavar++;
          break;
        case 'MetaVar':
          break;
      }
    }
  };
  inner(matcher, 0);
  locs.push({ tag: 'Eof' });
  return locs;
}

/**
 * A match under construction. Positions share these, so they are persistent: a repetition
 * keeps its entries as a list with the newest first, making an append O(depth) however
 * long the repetition grows (tt munchers over thousands of tokens).
 */
type PartialMatch = { readonly tag: 'One'; readonly m: NamedMatch } | { readonly tag: 'Rep'; readonly newest: Cons | null };
interface Cons {
  readonly head: PartialMatch;
  readonly tail: Cons | null;
}

interface MatcherPos {
  readonly idx: number;
  /** One entry per metavariable declared so far; shared between positions, never mutated. */
  readonly matches: readonly PartialMatch[];
}

const EMPTY_REP: PartialMatch = { tag: 'Rep', newest: null };

/** Appends `m` for metavariable `mv` at repetition depth `depth`. */
function pushMatch(matches: readonly PartialMatch[], mv: number, depth: number, m: PartialMatch): PartialMatch[] {
  const out = matches.slice();
  if (depth === 0) {
    out[mv] = m;
    return out;
  }
  const add = (cur: PartialMatch, d: number): PartialMatch => {
    if (cur.tag !== 'Rep') throw new Error('macro matcher: repetition state out of shape');
    if (d === 1) return { tag: 'Rep', newest: { head: m, tail: cur.newest } };
    if (cur.newest === null) throw new Error('macro matcher: repetition state out of shape');
    return { tag: 'Rep', newest: { head: add(cur.newest.head, d - 1), tail: cur.newest.tail } };
  };
  out[mv] = add(out[mv]!, depth);
  return out;
}

function finish(pm: PartialMatch): NamedMatch {
  if (pm.tag === 'One') return pm.m;
  const items: NamedMatch[] = [];
  for (let c = pm.newest; c !== null; c = c.tail) items.push(finish(c.head));
  items.reverse();
  return { tag: 'Seq', items };
}

/** rustc's `token_name_eq`: identifiers compare by name (not hygiene), fragments never equal. */
export function tokenNameEq(a: Token, b: Token): boolean {
  switch (a.kind) {
    case 'ident': return b.kind === 'ident' && a.sym === b.sym && a.raw === b.raw;
    case 'lifetime': return b.kind === 'lifetime' && a.sym === b.sym;
    case 'punct': return b.kind === 'punct' && a.p === b.p;
    case 'literal':
      return b.kind === 'literal' && a.lit.kind === b.lit.kind && a.lit.symbol === b.lit.symbol && a.lit.suffix === b.lit.suffix &&
        (a.lit.rawHashes ?? 0) === (b.lit.rawHashes ?? 0);
    case 'open': case 'close': return b.kind === a.kind && a.delim === b.delim;
    case 'doc': return b.kind === 'doc' && a.sym === b.sym && a.style === b.style;
    case 'eof': return b.kind === 'eof';
    case 'interpolated': return false;
  }
}

export type MatchResult =
  | { readonly tag: 'Success'; readonly bindings: Map<Symbol, NamedMatch> }
  /** No position could take `token`; `remaining` is the matcher element to name in the note. */
  | { readonly tag: 'Failure'; readonly token: Token; readonly pos: number; readonly remaining: MatcherLoc | null }
  | { readonly tag: 'Ambiguity'; readonly span: Span; readonly message: string }
  /** A fragment failed to parse; the error was reported. */
  | { readonly tag: 'ErrorReported' };

/**
 * Matches from the parser's current position to its end. `name` is the macro's name, for
 * the ambiguity message.
 */
export function matchRule(p: Parser, locs: readonly MatcherLoc[], edition: Edition, name: string, quiet = false): MatchResult {
  let cur: MatcherPos[] = [{ idx: 0, matches: [] }];
  // The furthest attempted matcher element (non-Eof first), for "while trying to match".
  let best: { eof: number; pos: number; idx: number } | null = null;
  const trying = (idx: number): void => {
    const loc = locs[idx]!;
    if (loc.tag !== 'Token' && loc.tag !== 'SeqSep' && loc.tag !== 'MetaVarDecl' && loc.tag !== 'Eof') return;
    const k = { eof: loc.tag === 'Eof' ? 0 : 1, pos: p.pos, idx };
    if (best === null || k.eof > best.eof || (k.eof === best.eof && (k.pos > best.pos || (k.pos === best.pos && k.idx > best.idx)))) best = k;
  };

  for (;;) {
    const next: MatcherPos[] = [];
    let special: MatcherPos | null = null;
    const specials: MatcherPos[] = [];
    const token = p.token;
    while (cur.length > 0) {
      const mp = cur.pop()!;
      const loc = locs[mp.idx]!;
      trying(mp.idx);
      switch (loc.tag) {
        case 'Token':
          if (loc.token.kind === 'doc') cur.push({ idx: mp.idx + 1, matches: mp.matches });
          else if (tokenNameEq(loc.token, token)) next.push({ idx: mp.idx + 1, matches: mp.matches });
          break;
        case 'Delimited':
          cur.push({ idx: mp.idx + 1, matches: mp.matches });
          break;
        case 'Sequence': {
          let m = mp.matches;
          for (let mv = loc.nextMetavar; mv < loc.nextMetavar + loc.numDecls; mv++) m = pushMatch(m, mv, loc.depth, EMPTY_REP);
          if (loc.op !== '+') cur.push({ idx: loc.idxFirstAfter, matches: m });
          cur.push({ idx: mp.idx + 1, matches: m });
          break;
        }
        case 'SeqOpNoSep':
          cur.push({ idx: mp.idx + 1, matches: mp.matches });
          if (loc.op !== '?') cur.push({ idx: loc.idxFirst, matches: mp.matches });
          break;
        case 'SeqSep':
          cur.push({ idx: mp.idx + 2, matches: mp.matches });
          if (tokenNameEq(token, loc.sep)) next.push({ idx: mp.idx + 1, matches: mp.matches });
          break;
        case 'SeqOpAfterSep':
          cur.push({ idx: loc.idxFirst, matches: mp.matches });
          break;
        case 'MetaVarDecl':
          if (fragMayBeginWith(loc.kind, token, p, edition)) {
            specials.push(mp);
            special ??= mp;
          }
          break;
        case 'Eof':
          if (token.kind === 'eof') {
            specials.push(mp);
            special ??= mp;
          }
          break;
      }
    }

    if (special !== null) {
      if (specials.length > 1 || next.length > 0) return ambiguity(locs, specials, next.length, token, name);
      const loc = locs[special.idx]!;
      if (loc.tag === 'Eof') return { tag: 'Success', bindings: nameize(locs, special.matches) };
      if (loc.tag !== 'MetaVarDecl') throw new Error('macro matcher: unexpected special position');
      let m: NamedMatch;
      // Quiet matching (trying a suggestion) must not report anything: recovered parse
      // errors abort instead while the parser is speculative.
      if (quiet) p.speculative++;
      try {
        m = parseFragment(p, loc.kind, edition);
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
        if (!quiet) e.diag.label(loc.span, `while parsing argument for this \`${loc.kind}\` macro fragment`).emit();
        return { tag: 'ErrorReported' };
      } finally {
        if (quiet) p.speculative--;
      }
      cur = [{ idx: special.idx + 1, matches: pushMatch(special.matches, loc.nextMetavar, loc.depth, { tag: 'One', m }) }];
      continue;
    }

    if (next.length === 0) {
      const b = best as { eof: number; pos: number; idx: number } | null;
      return { tag: 'Failure', token, pos: p.pos, remaining: b === null ? null : locs[b.idx]! };
    }
    cur = next;
    p.bump();
  }
}

function ambiguity(locs: readonly MatcherLoc[], specials: readonly MatcherPos[], nextCount: number, token: Token, name: string): MatchResult {
  if (token.kind === 'eof') return { tag: 'Ambiguity', span: token.span, message: 'ambiguity: multiple successful parses' };
  const nts = specials
    .map((mp) => locs[mp.idx]!)
    .filter((l): l is MatcherLoc & { tag: 'MetaVarDecl' } => l.tag === 'MetaVarDecl')
    .map((l) => `${l.kind} ('${symStr(l.name)}')`)
    .join(' or ');
  const rest = nextCount === 0 ? `built-in NTs ${nts}.` : `built-in NTs ${nts} or ${nextCount} other option${nextCount === 1 ? '' : 's'}.`;
  return { tag: 'Ambiguity', span: token.span, message: `local ambiguity when calling macro \`${name}\`: multiple parsing options: ${rest}` };
}

function nameize(locs: readonly MatcherLoc[], matches: readonly PartialMatch[]): Map<Symbol, NamedMatch> {
  const out = new Map<Symbol, NamedMatch>();
  for (const loc of locs) {
    if (loc.tag === 'MetaVarDecl') out.set(loc.name, finish(matches[loc.nextMetavar]!));
  }
  return out;
}
