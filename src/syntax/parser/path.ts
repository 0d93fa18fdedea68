// Paths, qualified paths and generic arguments, in rustc's three styles: `expr` (generic
// args only after `::`), `type` (`Vec<T>`, `Fn(A) -> B`) and `mod` (no generic args).
import type { Span } from '../../diagnostics/span.ts';
import type { AngleBracketedArg, AnonConst, GenericArg, GenericArgs, Path, PathSegment, QSelf } from '../ast/path.ts';
import type { Ident } from '../ast/node.ts';
import type { FnRetTy, Ty } from '../ast/ty.ts';
import { kw } from '../symbol.ts';
import type { Parser } from './parser.ts';
import { PErr, R } from './parser.ts';
import { parseTy, parseRetTy, parseTyNoPlus } from './ty.ts';
import { parseGenericBounds } from './generics.ts';
import { parseBlock } from './stmt.ts';
import { parseExprRes, mkExpr, parseLitExpr } from './expr.ts';
import { isPathSegmentKeyword } from '../keywords.ts';
import { commaSeq } from './seq.ts';

export type PathStyle = 'expr' | 'type' | 'mod' | 'pat';

/** `<T as Trait>::rest` starting at `<` (or `<<`). */
export function parseQPath(p: Parser, style: PathStyle): { qself: QSelf; path: Path } {
  const lo = p.span;
  p.breakAndEat('<') || p.expectedOneOfNotFound();
  const ty = parseTy(p);
  let traitSegs: PathSegment[] = [];
  let global = false;
  let pathLo = p.span;
  if (p.eatKw(kw.As)) {
    pathLo = p.span;
    const tp = parsePathInner(p, 'type');
    traitSegs = [...tp.segments];
    global = tp.global;
  } else {
    pathLo = { lo: p.prevSpan.hi, hi: p.prevSpan.hi, ctxt: 0 };
  }
  p.expectGt();
  const pathSpan = p.sp(pathLo);
  const qself: QSelf = { ty, pathSpan, position: traitSegs.length };
  // `<T>::x`: the `::` is mandatory (rustc recovers a missing one; we require it).
  if (!p.eat('::')) {
    // `<T as Trait>` alone is only meaningful in recovery; rustc requires `::` here.
    p.expectedOneOfNotFound();
  }
  const segs = traitSegs;
  parsePathSegments(p, segs, style);
  return { qself, path: { span: p.sp(lo), segments: segs, global } };
}

export function isQPathStart(p: Parser): boolean {
  return p.isPunct('<') || p.isPunct('<<');
}

export function parsePath(p: Parser, style: PathStyle): Path {
  return parsePathInner(p, style);
}

function parsePathInner(p: Parser, style: PathStyle): Path {
  const t = p.token;
  if (t.kind === 'interpolated') {
    if (t.nt.tag === 'path') {
      p.bump();
      return t.nt.path;
    }
    if (t.nt.tag === 'ty' && t.nt.ty.kind.tag === 'Path' && t.nt.ty.kind.qself === null && style !== 'mod') {
      p.bump();
      return t.nt.ty.kind.path;
    }
  }
  const lo = p.span;
  const global = p.eat('::');
  const segs: PathSegment[] = [];
  parsePathSegments(p, segs, style);
  return { span: p.sp(lo), segments: segs, global };
}

export function parsePathSegments(p: Parser, segs: PathSegment[], style: PathStyle): void {
  for (;;) {
    segs.push(parsePathSegment(p, style));
    if (p.isPunct('::') && isSegmentStartAfterColons(p)) {
      p.bump();
      continue;
    }
    if (!p.isPunct('::')) p.expected.push('`::`');
    return;
  }
}

function isSegmentStartAfterColons(p: Parser): boolean {
  const t = p.look(1);
  // `a::{...}` and `a::*` belong to use trees; `a::<T>` is handled in the segment.
  return t.kind === 'ident' || (t.kind === 'interpolated' && t.nt.tag === 'ident');
}

export function parsePathSegmentIdent(p: Parser): Ident {
  const t = p.token;
  if (t.kind === 'ident' && !t.raw && isPathSegmentKeyword(t.sym)) {
    p.bump();
    return { name: t.sym, span: t.span };
  }
  return p.parseIdent();
}

export function parsePathSegment(p: Parser, style: PathStyle): PathSegment {
  const ident = parsePathSegmentIdent(p);
  const id = p.id();
  if (style === 'mod') return { id, ident, args: null };
  // Generic args: `::<` always; `<` and `(` directly only in type paths.
  if (style === 'type') {
    p.expected.push('`<`', '`(`');
    const t = p.token;
    if ((t.kind === 'punct' && (t.p === '<' || t.p === '<<')) || (t.kind === 'open' && t.delim === '(')) {
      return { id, ident, args: parseGenericArgs(p, style) };
    }
  }
  if (p.isPunct('::') && (p.isPunct('<', p.look(1)) || p.isPunct('<<', p.look(1)) || p.isOpen('(', p.look(1)))) {
    p.bump();
    return { id, ident, args: parseGenericArgs(p, style) };
  }
  p.expected.push('`::`');
  return { id, ident, args: null };
}

function parseGenericArgs(p: Parser, style: PathStyle): GenericArgs {
  const lo = p.span;
  if (p.isOpen('(')) {
    // `Fn(A, B) -> C` or return-type notation `method(..)`.
    p.bump();
    if (p.isPunct('..') && p.isClose('(', p.look(1))) {
      p.bump();
      p.bump();
      return { tag: 'ParenthesizedElided', span: p.sp(lo) };
    }
    const inputs: Ty[] = commaSeq(p, '(', () => parseTy(p)).items;
    p.expectClose('(');
    const inputsSpan = p.sp(lo);
    // As rustc: no `+` in the output, so `impl Fn() -> u32 + '_` bounds the `impl`.
    const output: FnRetTy = parseRetTy(p, false);
    void style;
    return { tag: 'Parenthesized', span: output.tag === 'Ty' ? p.sp(lo) : inputsSpan, inputs, output };
  }
  p.breakAndEat('<') || p.expectedOneOfNotFound();
  const args: AngleBracketedArg[] = [];
  while (!p.checkBreakable('>')) {
    if (p.isEof()) break;
    args.push(parseAngleArg(p));
    if (!p.eat(',')) break;
  }
  p.expectGt();
  return { tag: 'AngleBracketed', span: p.sp(lo), args };
}

export function parseAngleArgsOnly(p: Parser): GenericArgs {
  return parseGenericArgs(p, 'expr');
}

function parseAngleArg(p: Parser): AngleBracketedArg {
  const lo = p.span;
  // Associated item constraints: `Item = T`, `Item: Bound`, `Item<'a> = T`.
  if (p.isIdent()) {
    const next = p.look(1);
    if (p.isPunct('=', next) || (p.isPunct(':', next) && !p.isPunct('::', next))) {
      const ident = p.parseIdent();
      return parseConstraintRest(p, lo, ident, null);
    }
    if (p.isPunct('<', next) || p.isPunct('<<', next) || p.isOpen('(', next)) {
      const snap = p.snapshot();
      p.speculative++;
      try {
        const ident = p.parseIdent();
        const args = parseGenericArgs(p, 'type');
        if (p.isPunct('=') || (p.isPunct(':') && !p.isPunct('::'))) {
          p.speculative--;
          return parseConstraintRest(p, lo, ident, args);
        }
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
      }
      p.speculative--;
      p.restore(snap);
    }
  }
  return { tag: 'Arg', arg: parseGenericArg(p) };
}

function parseConstraintRest(p: Parser, lo: Span, ident: Ident, genArgs: GenericArgs | null): AngleBracketedArg {
  if (p.eat(':')) {
    const bounds = parseGenericBounds(p);
    return { tag: 'Constraint', id: p.id(), ident, genArgs, kind: { tag: 'Bound', bounds }, span: p.sp(lo) };
  }
  p.expect('=');
  if (isConstArgStart(p)) {
    const value = parseConstArg(p);
    return { tag: 'Constraint', id: p.id(), ident, genArgs, kind: { tag: 'Equality', term: { tag: 'Const', value } }, span: p.sp(lo) };
  }
  const ty = parseTy(p);
  return { tag: 'Constraint', id: p.id(), ident, genArgs, kind: { tag: 'Equality', term: { tag: 'Ty', ty } }, span: p.sp(lo) };
}

function isConstArgStart(p: Parser): boolean {
  const t = p.token;
  if (t.kind === 'literal') return true;
  if (t.kind === 'open' && t.delim === '{') return true;
  if (p.isPunct('-') && p.look(1).kind === 'literal') return true;
  if (p.isKw(kw.True) || p.isKw(kw.False)) return true;
  if (t.kind === 'interpolated' && (t.nt.tag === 'expr' || t.nt.tag === 'literal' || t.nt.tag === 'block')) return true;
  return false;
}

function parseConstArg(p: Parser): AnonConst {
  const t = p.token;
  if (t.kind === 'open' && t.delim === '{') {
    const block = parseBlock(p);
    return { id: p.id(), value: mkExpr(p, block.span, { tag: 'Block', block, label: null }) };
  }
  if (t.kind === 'interpolated' && (t.nt.tag === 'expr' || t.nt.tag === 'literal')) {
    p.bump();
    return { id: p.id(), value: t.nt.expr };
  }
  if (p.isPunct('-')) {
    const lo = p.span;
    p.bump();
    const e = parseLitExpr(p);
    return { id: p.id(), value: mkExpr(p, p.sp(lo), { tag: 'Unary', op: 'Neg', expr: e }) };
  }
  return { id: p.id(), value: parseLitExpr(p) };
}

function parseGenericArg(p: Parser): GenericArg {
  const t = p.token;
  if (t.kind === 'lifetime' && !p.isPunct('+', p.look(1))) {
    p.bump();
    return { tag: 'Lifetime', lifetime: { id: p.id(), ident: { name: t.sym, span: t.span } } };
  }
  if (isConstArgStart(p)) return { tag: 'Const', value: parseConstArg(p) };
  if (p.canBeginType()) return { tag: 'Type', ty: parseTy(p) };
  if (p.canBeginExpr()) {
    // rustc: an expression argument needs braces; parse it for recovery and report.
    const lo = p.span;
    const e = parseExprRes(p, R.None);
    p.emit(
      p
        .err('expressions must be enclosed in braces to be used as const generic arguments')
        .primary(p.sp(lo))
        .help('enclose the `const` expression in braces'),
    );
    return { tag: 'Const', value: { id: p.id(), value: e } };
  }
  p.expected.push('lifetime', 'type', 'a const expression');
  throw p.unexpectedErr();
}

/** Used by `impl` headers and bounds: a path in type style, with `Fn()` sugar. */
export function parseTypePath(p: Parser): Path {
  return parsePathInner(p, 'type');
}

export { parseTyNoPlus };
