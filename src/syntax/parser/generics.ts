// Generic parameters, bounds (`?Sized`, `for<'a>`, `~const`, `use<..>`) and where clauses.
import type { Span } from '../../diagnostics/span.ts';
import type { GenericBound, GenericParam, Generics, TraitBoundModifier, WhereClause, WherePredicate } from '../ast/generics.ts';
import type { Lifetime, AnonConst } from '../ast/path.ts';
import type { Ident } from '../ast/node.ts';
import type { Token } from '../token.ts';
import { kw } from '../symbol.ts';
import type { Parser } from './parser.ts';
import { parseOuterAttributes } from './attr.ts';
import { parsePath } from './path.ts';
import { parseTy } from './ty.ts';
import { parseBlock } from './stmt.ts';
import { mkExpr, parseLitExpr } from './expr.ts';

export function emptyGenerics(p: Parser): Generics {
  const sp: Span = { lo: p.prevSpan.hi, hi: p.prevSpan.hi, ctxt: 0 };
  return { params: [], whereClause: { hasWhereToken: false, predicates: [], span: sp }, span: sp };
}

/** `<...>` after an item name (or nothing). The where clause is filled in later. */
export function parseGenerics(p: Parser): Generics {
  const lo = p.span;
  let params: GenericParam[] = [];
  if (p.isPunct('<') || p.isPunct('<<')) {
    p.breakAndEat('<');
    params = parseGenericParams(p);
    p.expectGt();
    const span = p.sp(lo);
    const wsp: Span = { lo: p.prevSpan.hi, hi: p.prevSpan.hi, ctxt: 0 };
    return { params, whereClause: { hasWhereToken: false, predicates: [], span: wsp }, span };
  }
  p.expected.push('`<`');
  const sp: Span = { lo: p.prevSpan.hi, hi: p.prevSpan.hi, ctxt: 0 };
  return { params, whereClause: { hasWhereToken: false, predicates: [], span: sp }, span: sp };
}

export function parseGenericParams(p: Parser): GenericParam[] {
  const params: GenericParam[] = [];
  for (;;) {
    const attrs = parseOuterAttributes(p);
    const lo = p.span;
    const t = p.token;
    if (t.kind === 'lifetime') {
      p.bump();
      const ident: Ident = { name: t.sym, span: t.span };
      const bounds: GenericBound[] = [];
      if (p.eat(':')) bounds.push(...parseLtBounds(p));
      params.push({ id: p.id(), ident, attrs, bounds, kind: { tag: 'Lifetime' }, span: p.sp(lo) });
    } else if (p.isKw(kw.Const)) {
      const kwSpan = p.span;
      p.bump();
      const ident = p.parseIdent();
      p.expect(':');
      const ty = parseTy(p);
      let def: AnonConst | null = null;
      if (p.eat('=')) def = parseConstDefault(p);
      params.push({ id: p.id(), ident, attrs, bounds: [], kind: { tag: 'Const', ty, kwSpan, default: def }, span: p.sp(lo) });
    } else if (p.isIdent()) {
      const ident = p.parseIdent();
      let bounds: GenericBound[] = [];
      if (p.eat(':')) bounds = parseGenericBounds(p);
      let def = null;
      if (p.eat('=')) def = parseTy(p);
      params.push({ id: p.id(), ident, attrs, bounds, kind: { tag: 'Type', default: def }, span: p.sp(lo) });
    } else {
      if (attrs.length > 0) {
        p.emit(p.err('attribute without generic parameters').primary({ lo: attrs[0]!.span.lo, hi: attrs[attrs.length - 1]!.span.hi, ctxt: 0 }, 'attributes are only permitted when preceding parameters'));
      }
      break;
    }
    if (!p.eat(',')) break;
  }
  return params;
}

function parseConstDefault(p: Parser): AnonConst {
  if (p.isOpen('{')) {
    const block = parseBlock(p);
    return { id: p.id(), value: mkExpr(p, block.span, { tag: 'Block', block, label: null }) };
  }
  if (p.isPunct('-')) {
    const lo = p.span;
    p.bump();
    const e = parseLitExpr(p);
    return { id: p.id(), value: mkExpr(p, p.sp(lo), { tag: 'Unary', op: 'Neg', expr: e }) };
  }
  // `const M: usize = N`: an unbraced parameter or constant name, as rustc accepts.
  if (p.isIdent() && !p.isKw(kw.True) && !p.isKw(kw.False)) {
    const lo = p.span;
    const path = parsePath(p, 'expr');
    return { id: p.id(), value: mkExpr(p, p.sp(lo), { tag: 'Path', qself: null, path }) };
  }
  return { id: p.id(), value: parseLitExpr(p) };
}

/** `'a + 'b` after `'x:`. */
function parseLtBounds(p: Parser): GenericBound[] {
  const out: GenericBound[] = [];
  for (;;) {
    const t = p.token;
    if (t.kind !== 'lifetime') break;
    p.bump();
    out.push({ tag: 'Outlives', lifetime: { id: p.id(), ident: { name: t.sym, span: t.span } } });
    if (!p.eat('+')) break;
  }
  return out;
}

/** `for<'a, 'b>` */
export function parseLateBoundLifetimeDefs(p: Parser): GenericParam[] {
  if (!p.eatKw(kw.For)) return [];
  p.breakAndEat('<') || p.expectedOneOfNotFound();
  const params = parseGenericParams(p);
  p.expectGt();
  return params;
}

export function canBeginBound(p: Parser, t: Token): boolean {
  if (t.kind === 'lifetime') return true;
  if (t.kind === 'punct') return t.p === '?' || t.p === '~' || t.p === '::' || t.p === '<' || t.p === '!';
  if (t.kind === 'open') return t.delim === '(' || t.delim === '[';
  if (t.kind === 'ident') return p.isPathStart(t) || (!t.raw && (t.sym === kw.For || t.sym === kw.Const || t.sym === kw.Async || t.sym === kw.Use || t.sym === kw.Dyn));
  return t.kind === 'interpolated' && (t.nt.tag === 'path' || t.nt.tag === 'ty');
}

/** Bounds separated by `+`. `noPlus`: a single bound (for `&dyn A` without parens). */
export function parseGenericBounds(p: Parser, noPlus = false): GenericBound[] {
  const out: GenericBound[] = [];
  while (canBeginBound(p, p.token)) {
    out.push(parseGenericBound(p));
    if (noPlus || !p.eat('+')) break;
  }
  return out;
}

function parseGenericBound(p: Parser): GenericBound {
  const lo = p.span;
  const t = p.token;
  if (t.kind === 'lifetime') {
    p.bump();
    return { tag: 'Outlives', lifetime: { id: p.id(), ident: { name: t.sym, span: t.span } } };
  }
  if (p.isKw(kw.Use) && (p.isPunct('<', p.look(1)) || p.isPunct('<<', p.look(1)))) {
    p.bump();
    p.breakAndEat('<');
    const args: (Lifetime | Ident)[] = [];
    while (!p.checkBreakable('>') && !p.isEof()) {
      const a = p.token;
      if (a.kind === 'lifetime') {
        p.bump();
        args.push({ id: p.id(), ident: { name: a.sym, span: a.span } });
      } else if (a.kind === 'ident') {
        p.bump();
        args.push({ name: a.sym, span: a.span });
      } else break;
      if (!p.eat(',')) break;
    }
    p.expectGt();
    return { tag: 'Use', args, span: p.sp(lo) };
  }
  const inParens = p.isOpen('(');
  if (inParens) p.bump();
  const boundGenericParams = parseLateBoundLifetimeDefs(p);
  let modifier: TraitBoundModifier = 'none';
  if (p.isPunct('~') && p.isKw(kw.Const, p.look(1))) {
    p.bump();
    p.bump();
    modifier = 'maybeConst';
  } else if (p.isOpen('[') && p.isKw(kw.Const, p.look(1))) {
    // `[const] Trait` (newer spelling of `~const`).
    p.bump();
    p.bump();
    p.expectClose('[');
    modifier = 'maybeConst';
  } else if (p.isKw(kw.Const)) {
    p.bump();
    modifier = 'const';
  }
  if (p.isKw(kw.Async) && p.ed >= '2018') p.bump();
  if (p.eat('?')) modifier = 'maybe';
  else if (p.eat('!')) modifier = 'negative';
  // `for<'a>` may also follow the modifiers.
  const more = boundGenericParams.length === 0 ? parseLateBoundLifetimeDefs(p) : [];
  if (p.isKw(kw.Dyn)) p.bump(); // `(dyn Trait)` inside parens of bounds
  const path = parsePath(p, 'type');
  if (inParens) p.expectClose('(');
  return {
    tag: 'Trait',
    poly: { boundGenericParams: boundGenericParams.length ? boundGenericParams : more, traitRef: { path, refId: p.id() }, span: p.sp(lo) },
    modifier,
  };
}

/** `where ...` (or nothing): fills the where clause of `g`. */
export function parseWhereClause(p: Parser, g: Generics): Generics {
  if (!p.isKw(kw.Where)) {
    p.expected.push('`where`');
    return g;
  }
  const lo = p.span;
  p.bump();
  const predicates: WherePredicate[] = [];
  for (;;) {
    // Attributes on where predicates are allowed (cfg).
    parseOuterAttributes(p);
    const plo = p.span;
    const t = p.token;
    if (t.kind === 'lifetime') {
      p.bump();
      const lifetime: Lifetime = { id: p.id(), ident: { name: t.sym, span: t.span } };
      p.expect(':');
      const bounds = parseLtBounds(p);
      predicates.push({ tag: 'Region', span: p.sp(plo), lifetime, bounds });
    } else if (p.canBeginType() || p.isKw(kw.For)) {
      const bgp = p.isKw(kw.For) && (p.isPunct('<', p.look(1)) || p.isPunct('<<', p.look(1))) && !isForTy(p) ? parseLateBoundLifetimeDefs(p) : [];
      const ty = parseTy(p);
      if (p.eat(':')) {
        const bounds = parseGenericBounds(p);
        predicates.push({ tag: 'Bound', span: p.sp(plo), boundGenericParams: bgp, boundedTy: ty, bounds });
      } else if (p.eat('=') || p.eat('==')) {
        const rhs = parseTy(p);
        predicates.push({ tag: 'Eq', span: p.sp(plo), lhs: ty, rhs });
      } else {
        p.expected.push('`:`');
        p.expectedOneOfNotFound();
      }
    } else break;
    if (!p.eat(',')) break;
  }
  const wc: WhereClause = { hasWhereToken: true, predicates, span: p.sp(lo) };
  return { params: g.params, whereClause: wc, span: g.span };
}

/** `for<'a> fn(...)` in a where clause is a type, not a binder. */
function isForTy(p: Parser): boolean {
  // Scan past the `<...>` to see whether `fn`/`unsafe`/`extern` follows.
  let depth = 0;
  for (let i = 1; i < 64; i++) {
    const t = p.look(i);
    if (t.kind === 'eof') return false;
    if (t.kind === 'punct') {
      if (t.p === '<') depth++;
      else if (t.p === '<<') depth += 2;
      else if (t.p === '>') depth--;
      else if (t.p === '>>') depth -= 2;
      if (depth <= 0) {
        const n = p.look(i + 1);
        return p.isKw(kw.Fn, n) || p.isKw(kw.Unsafe, n) || p.isKw(kw.Extern, n);
      }
    }
  }
  return false;
}
