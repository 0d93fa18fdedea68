// Types: references, raw pointers, slices, arrays, tuples, fn pointers, `dyn`/`impl`
// bounds, qualified paths, never, inferred, macros.
import type { Span } from '../../diagnostics/span.ts';
import type { FnRetTy, Ty, TyKind } from '../ast/ty.ts';
import type { GenericBound, GenericParam } from '../ast/generics.ts';
import type { Lifetime } from '../ast/path.ts';
import type { Safety } from '../ast/node.ts';
import { kw } from '../symbol.ts';
import type { Parser } from './parser.ts';
import { PErr as PErrCtor } from './parser.ts';
import { parsePath, parseQPath } from './path.ts';
import { parseExpr } from './expr.ts';
import { parseGenericBounds, parseLateBoundLifetimeDefs, canBeginBound } from './generics.ts';
import { parseDelimArgs } from './attr.ts';
import { parseFnParams, parseAbi } from './item.ts';
import { kwExtra } from '../keywords.ts';
import { commaSeq } from './seq.ts';

export function mkTy(p: Parser, span: Span, kind: TyKind): Ty {
  return { id: p.id(), kind, span };
}

export function parseTy(p: Parser): Ty {
  return parseTyCommon(p, true, false);
}

export function parseTyNoPlus(p: Parser): Ty {
  return parseTyCommon(p, false, false);
}

/** Type of a fn parameter: `...` is allowed for C-variadic functions. */
export function parseTyForParam(p: Parser, allowCVariadic: boolean): Ty {
  return parseTyCommon(p, true, allowCVariadic);
}

/** `-> Ty` or nothing. */
export function parseRetTy(p: Parser, allowPlus: boolean): FnRetTy {
  if (p.eat('->')) return { tag: 'Ty', ty: parseTyCommon(p, allowPlus, false) };
  return { tag: 'Default', span: { lo: p.span.lo, hi: p.span.lo, ctxt: p.span.ctxt } };
}

function parseTyCommon(p: Parser, allowPlus: boolean, allowCVariadic: boolean): Ty {
  const t = p.token;
  const lo = t.span;
  if (t.kind === 'interpolated' && t.nt.tag === 'ty') {
    p.bump();
    return t.nt.ty;
  }
  let kind: TyKind;
  if (t.kind === 'open' && t.delim === '(') {
    return parseTyTupleOrParens(p, lo, allowPlus);
  } else if (p.eat('!')) {
    kind = { tag: 'Never' };
  } else if (p.isPunct('*')) {
    p.bump();
    const star = p.prevSpan;
    let mutbl: 'not' | 'mut' = 'not';
    if (p.eatKw(kw.Mut)) mutbl = 'mut';
    else if (!p.eatKw(kw.Const)) {
      const at = { lo: star.hi, hi: star.hi, ctxt: star.ctxt };
      const b = p
        .err('expected `mut` or `const` keyword in raw pointer type')
        .primary(star)
        .help('add `mut` or `const` here', at, [
          { span: at, replacement: 'mut ', applicability: 'HasPlaceholders', style: 'verbose' },
          { span: at, replacement: 'const ', applicability: 'HasPlaceholders', style: 'verbose' },
        ]);
      p.emit(b);
    }
    const ty = parseTyNoPlus(p);
    kind = { tag: 'Ptr', mutbl, ty };
  } else if (t.kind === 'open' && t.delim === '[') {
    p.bump();
    const elt = parseTy(p);
    if (p.eat(';')) {
      const len = parseExpr(p);
      p.expectClose('[');
      kind = { tag: 'Array', ty: elt, len: { id: p.id(), value: len } };
    } else {
      p.expectClose('[');
      kind = { tag: 'Slice', ty: elt };
    }
  } else if (p.isPunct('&') || p.isPunct('&&')) {
    return parseBorrowedTy(p, lo);
  } else if (p.isKw(kw.Underscore)) {
    p.bump();
    kind = { tag: 'Infer' };
  } else if (isBareFnStart(p)) {
    kind = parseBareFn(p, []);
  } else if (p.isKw(kw.For)) {
    // `for<'a> fn(&'a u8)` or `for<'a> Trait<'a>` (a bound).
    const params = parseLateBoundLifetimeDefs(p);
    if (isBareFnStart(p)) {
      kind = parseBareFn(p, params);
    } else {
      const path = parsePath(p, 'type');
      const first: GenericBound = {
        tag: 'Trait',
        poly: { boundGenericParams: params, traitRef: { path, refId: p.id() }, span: p.sp(lo) },
        modifier: 'none',
      };
      const bounds: GenericBound[] = [first];
      if (allowPlus && p.eat('+')) bounds.push(...parseGenericBounds(p));
      kind = { tag: 'TraitObject', bounds, syntax: 'none' };
    }
  } else if (p.isKw(kw.Impl)) {
    p.bump();
    const bounds = parseBoundsForTy(p, allowPlus);
    kind = { tag: 'ImplTrait', id: p.id(), bounds };
  } else if (isExplicitDyn(p)) {
    p.bump();
    const bounds = parseBoundsForTy(p, allowPlus);
    kind = { tag: 'TraitObject', bounds, syntax: 'dyn' };
  } else if (p.isKw(kwExtra.Typeof)) {
    p.bump();
    p.expectOpen('(');
    const e = parseExpr(p);
    p.expectClose('(');
    kind = { tag: 'Typeof', expr: { id: p.id(), value: e } };
  } else if (p.isPunct('<') || p.isPunct('<<')) {
    const { qself, path } = parseQPath(p, 'type');
    kind = { tag: 'Path', qself, path };
  } else if (p.isPathStart()) {
    return parsePathStartTy(p, lo, allowPlus);
  } else if (p.isPunct('...') && allowCVariadic) {
    p.bump();
    kind = { tag: 'CVarArgs' };
  } else if (t.kind === 'lifetime' || p.isPunct('?') || p.isPunct('~')) {
    // Bare trait object (2015): `'a + Trait`, `?Sized`.
    const bounds = parseBoundsForTy(p, allowPlus);
    kind = { tag: 'TraitObject', bounds, syntax: 'none' };
  } else {
    expectedTypeErr(p, p.descr());
  }
  return mkTy(p, p.sp(lo), kind);
}

function expectedTypeErr(p: Parser, d: string): never {
  const b = p.err(`expected type, found ${d}`).primary(p.span, 'expected type');
  throw new PErrCtor(b);
}


function parseBoundsForTy(p: Parser, allowPlus: boolean): GenericBound[] {
  if (allowPlus) return parseGenericBounds(p);
  return parseGenericBounds(p, true);
}

function isExplicitDyn(p: Parser): boolean {
  if (!p.isKw(kw.Dyn)) return false;
  if (p.ed >= '2018') return true;
  // 2015: `dyn` is a contextual keyword when a bound follows.
  const t = p.look(1);
  if (p.isPunct('::', t) || p.isPunct('<', t)) return false;
  return t.kind === 'lifetime' || p.isPunct('?', t) || p.isKw(kw.For, t) || p.isPunct('*', t) || (t.kind === 'ident' && p.isPathStart(t)) || p.isOpen('(', t) || p.isPunct('::', t);
}

function isBareFnStart(p: Parser): boolean {
  if (p.isKw(kw.Fn)) return true;
  if (p.isKw(kw.Unsafe)) {
    const t = p.look(1);
    return p.isKw(kw.Fn, t) || p.isKw(kw.Extern, t);
  }
  if (p.isKw(kw.Extern)) {
    const t = p.look(1);
    return p.isKw(kw.Fn, t) || (t.kind === 'literal' && p.isKw(kw.Fn, p.look(2)));
  }
  return false;
}

function parseBareFn(p: Parser, genericParams: GenericParam[]): TyKind {
  const lo = p.span;
  let safety: Safety = 'default';
  if (p.eatKw(kw.Unsafe)) safety = 'unsafe';
  let abi: string | null = null;
  if (p.eatKw(kw.Extern)) abi = parseAbi(p) ?? 'C';
  p.expectKw(kw.Fn);
  const inputs = parseFnParams(p, { reqName: false, allowCVariadic: true, isSelfAllowed: false });
  const output = parseRetTy(p, false);
  const declSpan = p.sp(lo);
  return { tag: 'BareFn', safety, abi, genericParams, decl: { inputs, output }, declSpan };
}

function parseBorrowedTy(p: Parser, lo: Span): Ty {
  // `&&T` is a reference to a reference.
  if (p.isPunct('&&')) {
    p.breakAndEat('&');
    const inner = parseBorrowedTy(p, p.span);
    return mkTy(p, p.sp(lo), { tag: 'Ref', lifetime: null, mutbl: 'not', ty: inner });
  }
  p.bump();
  return parseBorrowedRest(p, lo);
}

function parseBorrowedRest(p: Parser, lo: Span): Ty {
  let lifetime: Lifetime | null = null;
  const t = p.token;
  if (t.kind === 'lifetime') {
    p.bump();
    lifetime = { id: p.id(), ident: { name: t.sym, span: t.span } };
  }
  const mutbl = p.eatKw(kw.Mut) ? 'mut' : 'not';
  const ty = parseTyNoPlus(p);
  return mkTy(p, p.sp(lo), { tag: 'Ref', lifetime, mutbl, ty });
}

function parsePathStartTy(p: Parser, lo: Span, allowPlus: boolean): Ty {
  const path = parsePath(p, 'type');
  if (p.eat('!')) {
    const args = parseDelimArgs(p);
    return mkTy(p, p.sp(lo), { tag: 'MacCall', mac: { path, args, span: p.sp(lo) } });
  }
  if (allowPlus) p.expected.push('`+`');
  if (allowPlus && p.isPunct('+') && canBeginBoundAfterPlus(p)) {
    // 2015 bare trait object `Trait + Send`.
    const first: GenericBound = {
      tag: 'Trait',
      poly: { boundGenericParams: [], traitRef: { path, refId: p.id() }, span: path.span },
      modifier: 'none',
    };
    p.bump();
    const rest = parseGenericBounds(p);
    return mkTy(p, p.sp(lo), { tag: 'TraitObject', bounds: [first, ...rest], syntax: 'none' });
  }
  return mkTy(p, p.sp(lo), { tag: 'Path', qself: null, path });
}

function canBeginBoundAfterPlus(p: Parser): boolean {
  const t = p.look(1);
  return canBeginBound(p, t);
}

function parseTyTupleOrParens(p: Parser, lo: Span, allowPlus: boolean): Ty {
  p.bump();
  const r = commaSeq(p, '(', () => parseTy(p));
  const tys: Ty[] = r.items;
  const trailingComma = r.trailing;
  p.expectClose('(');
  if (tys.length === 1 && !trailingComma) {
    const inner = tys[0]!;
    // `(Trait) + Send`: a parenthesized bound followed by more bounds.
    if (allowPlus && p.isPunct('+') && (inner.kind.tag === 'Path' || inner.kind.tag === 'TraitObject') && canBeginBoundAfterPlus(p)) {
      p.bump();
      const rest = parseGenericBounds(p);
      const first: GenericBound[] =
        inner.kind.tag === 'Path'
          ? [{ tag: 'Trait', poly: { boundGenericParams: [], traitRef: { path: inner.kind.path, refId: p.id() }, span: inner.span }, modifier: 'none' }]
          : [...(inner.kind as { bounds: readonly GenericBound[] }).bounds];
      return mkTy(p, p.sp(lo), { tag: 'TraitObject', bounds: [...first, ...rest], syntax: 'none' });
    }
    return mkTy(p, p.sp(lo), { tag: 'Paren', ty: inner });
  }
  return mkTy(p, p.sp(lo), { tag: 'Tup', tys });
}
