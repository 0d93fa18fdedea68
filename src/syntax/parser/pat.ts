// Patterns: or-patterns, ranges, slices and rest `..`, bindings with `@`, ref/mut, box,
// struct, tuple-struct and path patterns, literals (negative too), macros.
import type { Span } from '../../diagnostics/span.ts';
import type { Pat, PatField, PatKind, RangeEnd } from '../ast/pat.ts';
import type { Expr } from '../ast/expr.ts';
import type { Mutability } from '../ast/node.ts';
import type { Path, QSelf } from '../ast/path.ts';
import { kw } from '../symbol.ts';
import type { Parser } from './parser.ts';
import { PErr } from './parser.ts';
import { parsePath, parseQPath } from './path.ts';
import { parseOuterAttributes, parseDelimArgs } from './attr.ts';
import { commaSeq } from './seq.ts';
import { patToString } from '../pretty/print.ts';
import { mkExpr, parseLitExpr, parseBlockExprAfterKw } from './expr.ts';

export function mkPat(p: Parser, span: Span, kind: PatKind): Pat {
  return { id: p.id(), kind, span };
}

/** A top-level pattern: or-patterns allowed, with an optional leading `|`. */
export function parsePatAllowTopAlt(p: Parser): Pat {
  const lo = p.span;
  const leadingVert = p.eat('|');
  void leadingVert;
  const first = parsePatNoTopAlt(p);
  if (!p.isPunct('|')) {
    p.expected.push('`|`');
    return first;
  }
  const pats = [first];
  while (p.eat('|')) pats.push(parsePatNoTopAlt(p));
  return mkPat(p, p.sp(pats[0]!.span.lo === lo.lo ? lo : pats[0]!.span), { tag: 'Or', pats });
}

/** A pattern without top-level `|` (closure params, `let` in 2015 style...). */
export function parsePatNoTopAlt(p: Parser): Pat {
  const t = p.token;
  const lo = t.span;
  if (t.kind === 'interpolated') {
    if (t.nt.tag === 'pat') {
      p.bump();
      return t.nt.pat;
    }
    if (t.nt.tag === 'expr' || t.nt.tag === 'literal') {
      p.bump();
      const e = t.nt.expr;
      return maybeRange(p, lo, e);
    }
  }
  let kind: PatKind;
  if (p.isKw(kw.Underscore)) {
    p.bump();
    kind = { tag: 'Wild' };
  } else if (p.isPunct('!')) {
    p.bump();
    kind = { tag: 'Never' };
  } else if (p.isPunct('&') || p.isPunct('&&')) {
    return parsePatDeref(p, lo);
  } else if (p.isOpen('(')) {
    const pats = parsePatTupleElems(p, '(');
    if (pats.pats.length === 1 && !pats.trailingComma && pats.pats[0]!.kind.tag !== 'Rest') {
      kind = { tag: 'Paren', pat: pats.pats[0]! };
    } else {
      kind = { tag: 'Tuple', pats: pats.pats };
    }
  } else if (p.isOpen('[')) {
    kind = { tag: 'Slice', pats: parsePatTupleElems(p, '[').pats };
  } else if (p.isPunct('..')) {
    p.bump();
    if (isPatRangeEndStart(p)) {
      const end = parsePatRangeEnd(p);
      kind = { tag: 'Range', start: null, end, rangeEnd: '..' };
    } else {
      kind = { tag: 'Rest' };
    }
  } else if (p.isPunct('..=') || p.isPunct('...')) {
    const re: RangeEnd = p.isPunct('..=') ? '..=' : '...';
    p.bump();
    const end = parsePatRangeEnd(p);
    kind = { tag: 'Range', start: null, end, rangeEnd: re };
  } else if (p.isKw(kw.Ref) || (p.isKw(kw.Mut) && !p.isPunct('::', p.look(1)))) {
    return parsePatIdentWithMode(p, lo);
  } else if (p.isKw(kw.Box)) {
    // `box` always starts a box pattern (feature-gated later), as in rustc.
    p.bump();
    const boxSpan = p.prevSpan;
    const t1 = p.token;
    if (p.isPunct('=') || p.isPunct(':') || p.isPunct(',') || p.isPunct(';') || p.isClose('(')) {
      p.emit(p.err(`expected pattern, found ${p.descr(t1)}`).primary(t1.span, 'expected pattern'));
      let sub: Pat | null = null;
      if (p.eat('@')) sub = parsePatNoTopAlt(p);
      kind = { tag: 'Ident', mode: { byRef: null, mutbl: 'not' }, ident: { name: kw.Box, span: boxSpan }, sub };
    } else {
      const inner = parsePatNoTopAlt(p);
      kind = { tag: 'Box', pat: inner };
    }
  } else if (p.isKw(kw.Const) && p.isOpen('{', p.look(1))) {
    p.bump();
    const e = parseBlockExprAfterKw(p, lo, 'const');
    return maybeRange(p, lo, e);
  } else if (isLiteralStart(p)) {
    const e = parseLitMaybeNeg(p);
    return maybeRange(p, lo, e);
  } else if (canBeIdentPat(p)) {
    const ident = p.parseIdent();
    let sub: Pat | null = null;
    if (p.eat('@')) sub = parsePatNoTopAlt(p);
    kind = { tag: 'Ident', mode: { byRef: null, mutbl: 'not' }, ident, sub };
  } else if (p.isPunct('<') || p.isPunct('<<')) {
    const { qself, path } = parseQPath(p, 'expr');
    return parsePathPatRest(p, lo, qself, path);
  } else if (p.isPathStart()) {
    const path = parsePath(p, 'expr');
    return parsePathPatRest(p, lo, null, path);
  } else {
    p.expected.push('pattern');
    throw new PErr(p.err(`expected pattern, found ${p.descr()}`).primary(p.span, 'expected pattern'));
  }
  return mkPat(p, p.sp(lo), kind);
}

/** rustc's `can_be_ident_pat`: keywords pass too (and are then reported as such). */
function canBeIdentPat(p: Parser): boolean {
  const t = p.token;
  if (t.kind !== 'ident') return false;
  if (!t.raw && (t.sym === kw.True || t.sym === kw.False || t.sym === kw.In || p.isPathSegmentKw(t))) return false;
  return isPlainBindingFollow(p);
}

/** After a plain identifier: is it a binding (not a path, struct, tuple-struct, macro, range)? */
function isPlainBindingFollow(p: Parser): boolean {
  const n = p.look(1);
  if (n.kind === 'open') return n.delim !== '(' && n.delim !== '{';
  if (n.kind === 'punct') return !(n.p === '::' || n.p === '!' || n.p === '..' || n.p === '..=' || n.p === '...' || n.p === '<');
  return true;
}

function isLiteralStart(p: Parser): boolean {
  const t = p.token;
  if (t.kind === 'literal') return true;
  if (p.isKw(kw.True) || p.isKw(kw.False)) return true;
  if (p.isPunct('-')) {
    const n = p.look(1);
    return n.kind === 'literal';
  }
  return false;
}

function parseLitMaybeNeg(p: Parser): Expr {
  const lo = p.span;
  if (p.isPunct('-')) {
    p.bump();
    const e = parseLitExpr(p);
    return mkExpr(p, p.sp(lo), { tag: 'Unary', op: 'Neg', expr: e });
  }
  return parseLitExpr(p);
}

/** `a..=b`, `a..b`, `a...b`, `a..` after the start expression; else a literal pattern. */
function maybeRange(p: Parser, lo: Span, start: Expr): Pat {
  const t = p.token;
  if (t.kind === 'punct' && (t.p === '..=' || t.p === '...' || t.p === '..')) {
    const re = t.p as RangeEnd;
    p.bump();
    let end: Expr | null = null;
    if (isPatRangeEndStart(p)) end = parsePatRangeEnd(p);
    else if (re !== '..') {
      throw new PErr(p.err(`expected a pattern range bound, found ${p.descr()}`).primary(p.span));
    }
    return mkPat(p, p.sp(lo), { tag: 'Range', start, end, rangeEnd: re });
  }
  return mkPat(p, p.sp(lo), { tag: 'Lit', expr: start });
}

function isPatRangeEndStart(p: Parser): boolean {
  const t = p.token;
  if (t.kind === 'literal') return true;
  if (p.isPunct('-') && p.look(1).kind === 'literal') return true;
  if (p.isKw(kw.True) || p.isKw(kw.False)) return true;
  if (p.isKw(kw.Const) && p.isOpen('{', p.look(1))) return true;
  if (t.kind === 'interpolated' && (t.nt.tag === 'expr' || t.nt.tag === 'literal' || t.nt.tag === 'path')) return true;
  return p.isPathStart() && !p.isKw(kw.Underscore);
}

function parsePatRangeEnd(p: Parser): Expr {
  const t = p.token;
  const lo = t.span;
  if (t.kind === 'interpolated' && (t.nt.tag === 'expr' || t.nt.tag === 'literal')) {
    p.bump();
    return t.nt.expr;
  }
  if (p.isKw(kw.Const) && p.isOpen('{', p.look(1))) {
    p.bump();
    return parseBlockExprAfterKw(p, lo, 'const');
  }
  if (isLiteralStart(p)) return parseLitMaybeNeg(p);
  if (p.isPunct('<') || p.isPunct('<<')) {
    const { qself, path } = parseQPath(p, 'expr');
    return mkExpr(p, p.sp(lo), { tag: 'Path', qself, path });
  }
  const path = parsePath(p, 'expr');
  return mkExpr(p, p.sp(lo), { tag: 'Path', qself: null, path });
}

function parsePathPatRest(p: Parser, lo: Span, qself: QSelf | null, path: Path): Pat {
  if (qself === null && p.isPunct('!') && !p.isPunct('=', p.look(1))) {
    p.bump();
    const args = parseDelimArgs(p);
    return mkPat(p, p.sp(lo), { tag: 'MacCall', mac: { path, args, span: p.sp(lo) } });
  }
  if (p.isOpen('(')) {
    const { pats } = parsePatTupleElems(p, '(');
    return mkPat(p, p.sp(lo), { tag: 'TupleStruct', qself, path, pats });
  }
  if (p.isOpen('{')) {
    return parsePatStruct(p, lo, qself, path);
  }
  const t = p.token;
  if (t.kind === 'punct' && (t.p === '..=' || t.p === '...' || t.p === '..')) {
    const e = mkExpr(p, path.span, { tag: 'Path', qself, path });
    return maybeRange(p, lo, e);
  }
  return mkPat(p, p.sp(lo), { tag: 'Path', qself, path });
}

function parsePatStruct(p: Parser, lo: Span, qself: QSelf | null, path: Path): Pat {
  p.bump(); // `{`
  const fields: PatField[] = [];
  let rest = false;
  while (!p.isClose('{')) {
    const attrs = parseOuterAttributes(p);
    const flo = p.span;
    if (p.isPunct('..')) {
      p.bump();
      rest = true;
      // `..` must be last; rustc reports anything after it.
      if (!p.isClose('{')) {
        p.eat(',');
        if (!p.isClose('{')) {
          p.expected.push('`}`');
          p.expectedOneOfNotFound();
        }
      }
      break;
    }
    let field: PatField;
    const t = p.token;
    if ((t.kind === 'ident' || t.kind === 'literal') && p.isPunct(':', p.look(1))) {
      // `name: pat` or `0: pat`
      let ident;
      if (t.kind === 'literal') {
        p.bump();
        ident = { name: t.lit.symbol, span: t.span };
      } else ident = p.parseIdent();
      p.bump(); // `:`
      const pat = parsePatAllowTopAlt(p);
      field = { id: p.id(), ident, pat, isShorthand: false, attrs, span: p.sp(flo) };
    } else {
      // Shorthand: `box? ref? mut? ident`
      const isBox = p.isKw(kw.Box) && p.isIdentOrAny(p.look(1));
      if (isBox) p.bump();
      const byRef: Mutability | null = p.eatKw(kw.Ref) ? (p.eatKw(kw.Mut) ? 'mut' : 'not') : null;
      const mutbl: Mutability = p.eatKw(kw.Mut) ? 'mut' : 'not';
      const ident = p.parseIdent();
      let pat = mkPat(p, p.sp(isBox ? { ...ident.span, lo: flo.lo } : flo), { tag: 'Ident', mode: { byRef, mutbl }, ident, sub: null });
      if (isBox) pat = mkPat(p, p.sp(flo), { tag: 'Box', pat });
      field = { id: p.id(), ident, pat, isShorthand: true, attrs, span: p.sp(flo) };
    }
    fields.push(field);
    if (!p.eat(',')) break;
  }
  p.expectClose('{');
  return mkPat(p, p.sp(lo), { tag: 'Struct', qself, path, fields, rest });
}

/** `ref mut x @ pat`, `mut x`. */
function parsePatIdentWithMode(p: Parser, lo: Span): Pat {
  let byRef: Mutability | null = null;
  if (p.eatKw(kw.Ref)) byRef = p.eatKw(kw.Mut) ? 'mut' : 'not';
  else if (p.isKw(kw.Mut)) return parsePatIdentMut(p, lo);
  const mutbl: Mutability = p.eatKw(kw.Mut) ? 'mut' : 'not';
  const ident = p.parseIdent();
  let sub: Pat | null = null;
  if (p.eat('@')) sub = parsePatNoTopAlt(p);
  return mkPat(p, p.sp(lo), { tag: 'Ident', mode: { byRef, mutbl }, ident, sub });
}

/** rustc's `parse_pat_ident_mut`: `mut` applies to a binding; `mut (a, b)` is reported. */
function parsePatIdentMut(p: Parser, lo: Span): Pat {
  p.bump(); // mut
  let byRef: Mutability | null = null;
  if (p.eatKw(kw.Ref)) byRef = p.eatKw(kw.Mut) ? 'mut' : 'not';
  const pat = parsePatNoTopAlt(p);
  const k = pat.kind;
  if (k.tag === 'Ident' && k.mode.byRef === null && k.mode.mutbl === 'not') {
    return mkPat(p, p.sp(lo), { tag: 'Ident', mode: { byRef, mutbl: 'mut' }, ident: k.ident, sub: k.sub });
  }
  let changed = false;
  const addMut = (q: Pat): Pat => {
    const qk = q.kind;
    switch (qk.tag) {
      case 'Ident': {
        const mode = qk.mode.byRef === null && qk.mode.mutbl === 'not' ? ((changed = true), { byRef: null, mutbl: 'mut' as const }) : qk.mode;
        return { ...q, kind: { ...qk, mode, sub: qk.sub ? addMut(qk.sub) : null } };
      }
      case 'Struct': return { ...q, kind: { ...qk, fields: qk.fields.map((f) => ({ ...f, pat: addMut(f.pat) })) } };
      case 'TupleStruct': return { ...q, kind: { ...qk, pats: qk.pats.map(addMut) } };
      case 'Or': return { ...q, kind: { ...qk, pats: qk.pats.map(addMut) } };
      case 'Tuple': return { ...q, kind: { ...qk, pats: qk.pats.map(addMut) } };
      case 'Slice': return { ...q, kind: { ...qk, pats: qk.pats.map(addMut) } };
      case 'Box': case 'Deref': case 'Ref': case 'Paren': return { ...q, kind: { ...qk, pat: addMut(qk.pat) } };
      default: return q;
    }
  };
  const fixed = addMut(pat);
  const note = '`mut` may be followed by `variable` and `variable @ pattern`';
  if (changed) {
    const span = { lo: lo.lo, hi: pat.span.hi, ctxt: 0 };
    p.emit(
      p
        .err('`mut` must be attached to each individual binding')
        .primary(span)
        .note(note)
        .help('add `mut` to each binding', span, [{ span, replacement: patToString(fixed, { edition: p.ed }), applicability: 'MachineApplicable', style: 'verbose' }]),
    );
  } else {
    const span = { lo: lo.lo, hi: pat.span.lo, ctxt: 0 };
    p.emit(
      p
        .err('`mut` must be followed by a named binding')
        .primary(span)
        .note(note)
        .help('remove the `mut` prefix', span, [{ span, replacement: '', applicability: 'MachineApplicable', style: 'verbose' }]),
    );
  }
  return fixed;
}

function parsePatDeref(p: Parser, lo: Span): Pat {
  if (p.isPunct('&&')) {
    // `&&pat` is `&(&pat)`: split the token; the inner `&` is parsed as usual.
    p.breakAndEat('&');
    const inner = parsePatDeref(p, p.span);
    return mkPat(p, p.sp(lo), { tag: 'Ref', pat: inner, mutbl: 'not' });
  }
  p.bump();
  const mutbl: Mutability = p.eatKw(kw.Mut) ? 'mut' : 'not';
  const sub = parsePatNoRange(p);
  return mkPat(p, p.sp(lo), { tag: 'Ref', pat: sub, mutbl });
}

/** The operand of `&`: rustc parses a full pattern but rejects bare ranges; we accept. */
function parsePatNoRange(p: Parser): Pat {
  return parsePatNoTopAlt(p);
}

/** `( p, q, .. )` or `[ ... ]`: elements are full patterns (or-patterns allowed). */
function parsePatTupleElems(p: Parser, delim: '(' | '['): { pats: Pat[]; trailingComma: boolean } {
  p.bump();
  const r = commaSeq(p, delim, () => parsePatAllowTopAlt(p));
  p.expectClose(delim);
  return { pats: r.items, trailingComma: r.trailing };
}
