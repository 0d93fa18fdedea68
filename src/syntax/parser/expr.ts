// Expressions: precedence climbing over binary operators with rustc's precedences and
// associativity, prefix operators, postfix chains (`.f`, `.0.1`, `.m::<T>()`, `()`, `[]`,
// `?`, `.await`), and every primary form. Restrictions follow rustc: STMT_EXPR stops after a
// block-like expression at statement start, NO_STRUCT_LITERAL applies in `if`/`while`/
// `match`/`for` heads, ALLOW_LET permits `let` in conditions.
import type { Span } from '../../diagnostics/span.ts';
import type { Arm, AssignOpKind, BinOpKind, Expr, ExprField, ExprKind, Label } from '../ast/expr.ts';
import type { Attribute, MacCall } from '../ast/attr.ts';
import type { Block } from '../ast/stmt.ts';
import type { FnDecl, Param } from '../ast/item.ts';
import type { GenericParam } from '../ast/generics.ts';
import type { Path, PathSegment, QSelf } from '../ast/path.ts';
import type { Ident } from '../ast/node.ts';
import type { Ty } from '../ast/ty.ts';
import type { Token } from '../token.ts';
import { intern, kw } from '../symbol.ts';
import { kwExtra } from '../keywords.ts';
import type { Parser } from './parser.ts';
import { PErr, R } from './parser.ts';
import { parseOuterAttributes, parseInnerAttributes, parseDelimArgs } from './attr.ts';
import { parsePath, parseQPath, parseAngleArgsOnly } from './path.ts';
import { parseTy, parseTyNoPlus, parseRetTy, mkTy } from './ty.ts';
import { parsePatAllowTopAlt, parsePatNoTopAlt } from './pat.ts';
import { parseBlock, parseBlockCommon, recoverStmt } from './stmt.ts';
import { parseLateBoundLifetimeDefs } from './generics.ts';
import { litFromToken } from './lit.ts';
import { commaSeq } from './seq.ts';
import { blockNoOpeningBrace } from './stmt.ts';

// Precedences (rustc's ExprPrecedence order).
const P_ASSIGN = 2;
const P_RANGE = 4;
const P_LOR = 5;
const P_LAND = 6;
const P_COMPARE = 7;
const P_BITOR = 8;
const P_BITXOR = 9;
const P_BITAND = 10;
const P_SHIFT = 11;
const P_SUM = 12;
const P_PRODUCT = 13;
const P_CAST = 14;

type AssocOp =
  | { readonly k: 'bin'; readonly op: BinOpKind; readonly prec: number }
  | { readonly k: 'assign' }
  | { readonly k: 'assignOp'; readonly op: AssignOpKind }
  | { readonly k: 'range'; readonly closed: boolean; readonly dots3: boolean }
  | { readonly k: 'cast' };

const OPS = new Map<string, AssocOp>([
  ['+', { k: 'bin', op: '+', prec: P_SUM }],
  ['-', { k: 'bin', op: '-', prec: P_SUM }],
  ['*', { k: 'bin', op: '*', prec: P_PRODUCT }],
  ['/', { k: 'bin', op: '/', prec: P_PRODUCT }],
  ['%', { k: 'bin', op: '%', prec: P_PRODUCT }],
  ['<<', { k: 'bin', op: '<<', prec: P_SHIFT }],
  ['>>', { k: 'bin', op: '>>', prec: P_SHIFT }],
  ['&', { k: 'bin', op: '&', prec: P_BITAND }],
  ['^', { k: 'bin', op: '^', prec: P_BITXOR }],
  ['|', { k: 'bin', op: '|', prec: P_BITOR }],
  ['==', { k: 'bin', op: '==', prec: P_COMPARE }],
  ['!=', { k: 'bin', op: '!=', prec: P_COMPARE }],
  ['<', { k: 'bin', op: '<', prec: P_COMPARE }],
  ['<=', { k: 'bin', op: '<=', prec: P_COMPARE }],
  ['>', { k: 'bin', op: '>', prec: P_COMPARE }],
  ['>=', { k: 'bin', op: '>=', prec: P_COMPARE }],
  ['&&', { k: 'bin', op: '&&', prec: P_LAND }],
  ['||', { k: 'bin', op: '||', prec: P_LOR }],
  ['=', { k: 'assign' }],
  ['+=', { k: 'assignOp', op: '+' }],
  ['-=', { k: 'assignOp', op: '-' }],
  ['*=', { k: 'assignOp', op: '*' }],
  ['/=', { k: 'assignOp', op: '/' }],
  ['%=', { k: 'assignOp', op: '%' }],
  ['<<=', { k: 'assignOp', op: '<<' }],
  ['>>=', { k: 'assignOp', op: '>>' }],
  ['&=', { k: 'assignOp', op: '&' }],
  ['^=', { k: 'assignOp', op: '^' }],
  ['|=', { k: 'assignOp', op: '|' }],
  ['..', { k: 'range', closed: false, dots3: false }],
  ['..=', { k: 'range', closed: true, dots3: false }],
  ['...', { k: 'range', closed: true, dots3: true }],
]);
const CAST: AssocOp = { k: 'cast' };

function precOf(op: AssocOp): number {
  switch (op.k) {
    case 'bin': return op.prec;
    case 'assign': case 'assignOp': return P_ASSIGN;
    case 'range': return P_RANGE;
    case 'cast': return P_CAST;
  }
}

function assocOp(p: Parser): AssocOp | undefined {
  const t = p.token;
  if (t.kind === 'punct') return OPS.get(t.p);
  if (t.kind === 'ident' && t.sym === kw.As && !t.raw) return CAST;
  return undefined;
}

const NO_ATTRS: Attribute[] = [];

export function mkExpr(p: Parser, span: Span, kind: ExprKind, attrs: readonly Attribute[] = NO_ATTRS): Expr {
  return { id: p.id(), kind, span, attrs };
}

function withAttrs(e: Expr, attrs: readonly Attribute[]): Expr {
  if (attrs.length === 0) return e;
  return { ...e, attrs: [...attrs, ...e.attrs] };
}

/** rustc's `expr_requires_semi_to_be_stmt`: false for block-like expressions. */
export function exprRequiresSemi(e: Expr): boolean {
  switch (e.kind.tag) {
    case 'If': case 'Match': case 'Block': case 'While': case 'Loop': case 'ForLoop': case 'TryBlock': case 'ConstBlock':
      return false;
    case 'MacCall':
      return e.kind.mac.args.delim !== '{';
    default:
      return true;
  }
}

export function parseExpr(p: Parser): Expr {
  return parseExprRes(p, R.None);
}

export function parseExprRes(p: Parser, r: number): Expr {
  const old = p.restrictions;
  p.restrictions = r;
  try {
    return parseExprAssocWith(p, 0, false);
  } finally {
    p.restrictions = old;
  }
}

/** `expr` or `_` (used in call args and tuples where `_` means "infer" on assignment lhs). */
function parseExprInList(p: Parser): Expr {
  return parseExprRes(p, p.restrictions & R.AllowLet);
}

function exprIsComplete(p: Parser, e: Expr): boolean {
  return (p.restrictions & R.StmtExpr) !== 0 && !exprRequiresSemi(e);
}

/**
 * Parses an expression whose operators bind tighter than `minPrec` (`excl`: strictly).
 * Attributes before it are parsed here.
 */
function parseExprAssocWith(p: Parser, minPrec: number, excl: boolean): Expr {
  const attrs = parseOuterAttributes(p);
  let lhs: Expr;
  if (p.isPunct('..') || p.isPunct('..=') || p.isPunct('...')) {
    lhs = parseExprPrefixRange(p, attrs);
    return lhs;
  }
  lhs = parseExprPrefix(p, attrs);
  return parseExprAssocRest(p, minPrec, excl, lhs);
}

function shouldContinueAsAssoc(p: Parser, lhs: Expr): boolean {
  // After a block-like expression at statement start, an operator begins a new statement
  // (`{ .. } *x = 1;`), as in rustc.
  return !exprIsComplete(p, lhs);
}

export function parseExprAssocRest(p: Parser, minPrec: number, excl: boolean, lhs0: Expr): Expr {
  let lhs = lhs0;
  if (!shouldContinueAsAssoc(p, lhs)) return lhs;
  p.expected.push('an operator');
  for (;;) {
    const op = assocOp(p);
    if (!op) return lhs;
    const prec = precOf(op);
    if (excl ? prec <= minPrec : prec < minPrec) return lhs;
    const opTok = p.token;
    const opSpan = opTok.span;
    if (op.k === 'range' && op.dots3) {
      p.emit(
        p
          .err('unexpected token: `...`')
          .primary(opSpan)
          .help('use `..` for an exclusive range', opSpan, [{ span: opSpan, replacement: '..', applicability: 'MaybeIncorrect', style: 'verbose' }])
          .help('or `..=` for an inclusive range', opSpan, [{ span: opSpan, replacement: '..=', applicability: 'MaybeIncorrect', style: 'verbose' }]),
      );
    }
    p.bump();
    if (op.k === 'bin' && op.prec === P_COMPARE) {
      const r = checkNoChainedComparison(p, lhs, op.op, opSpan);
      if (r) return r;
    }
    if (op.k === 'cast') {
      const ty = parseAsCastTy(p);
      lhs = mkExpr(p, { lo: lhs.span.lo, hi: ty.span.hi, ctxt: lhs.span.ctxt }, { tag: 'Cast', expr: lhs, ty });
      continue;
    }
    if (op.k === 'range') {
      let rhs: Expr | null = null;
      if (isAtStartOfRangeRhs(p)) rhs = parseExprAssocWithRes(p, P_RANGE, true, p.restrictions & ~R.StmtExpr);
      const hi = rhs ? rhs.span.hi : opSpan.hi;
      return mkExpr(p, { lo: lhs.span.lo, hi, ctxt: lhs.span.ctxt }, { tag: 'Range', start: lhs, end: rhs, limits: op.closed ? 'Closed' : 'HalfOpen' });
    }
    const rightAssoc = op.k === 'assign' || op.k === 'assignOp';
    const r = rightAssoc ? p.restrictions & R.NoStructLiteral : p.restrictions;
    const rhs = parseExprAssocWithRes(p, prec, !rightAssoc, r & ~R.StmtExpr);
    const span: Span = { lo: lhs.span.lo, hi: rhs.span.hi, ctxt: lhs.span.ctxt };
    if (op.k === 'bin') lhs = mkExpr(p, span, { tag: 'Binary', op: op.op, opSpan, lhs, rhs });
    else if (op.k === 'assign') lhs = mkExpr(p, span, { tag: 'Assign', lhs, rhs, eqSpan: opSpan });
    else lhs = mkExpr(p, span, { tag: 'AssignOp', op: op.op, opSpan, lhs, rhs });
  }
}

function parseExprAssocWithRes(p: Parser, minPrec: number, excl: boolean, r: number): Expr {
  const old = p.restrictions;
  p.restrictions = r;
  try {
    return parseExprAssocWith(p, minPrec, excl);
  } finally {
    p.restrictions = old;
  }
}

/**
 * rustc's `check_no_chained_comparison`: `a < b < c` and friends. Either reports and goes
 * on (returning null), returns an error expression for the rest, or throws.
 */
function checkNoChainedComparison(p: Parser, lhs: Expr, outer: BinOpKind, outerSpan: Span): Expr | null {
  if (lhs.kind.tag !== 'Binary') return null;
  const inner = lhs.kind.op;
  const isCmp = (o: BinOpKind): boolean => o === '==' || o === '!=' || o === '<' || o === '<=' || o === '>' || o === '>=';
  if (!isCmp(inner)) return null;
  const l1 = lhs.kind.lhs;
  const r1 = lhs.kind.rhs;
  const b = p.err('comparison operators cannot be chained').primary(lhs.kind.opSpan).primary(outerSpan);
  const lt = (o: BinOpKind): boolean => o === '<' || o === '<=';
  const gt = (o: BinOpKind): boolean => o === '>' || o === '>=';
  const enclose = (a: Span, z: Span): void => {
    b.help('parenthesize the comparison', a, [
      {
        span: { lo: a.lo, hi: a.lo, ctxt: 0 },
        replacement: '(',
        applicability: 'MaybeIncorrect',
        style: 'verbose',
        parts: [
          { span: { lo: a.lo, hi: a.lo, ctxt: 0 }, replacement: '(' },
          { span: { lo: z.hi, hi: z.hi, ctxt: 0 }, replacement: ')' },
        ],
      },
    ]);
  };
  const speculate = (): Expr | null => {
    const snap = p.snapshot();
    p.speculative++;
    try {
      const e = parseExpr(p);
      p.speculative--;
      return e;
    } catch (e) {
      p.speculative--;
      if (!(e instanceof PErr)) throw e;
      p.restore(snap);
      return null;
    }
  };
  const suggest = (): boolean => {
    if ((inner === '==' && outer === '==') || (lt(inner) && lt(outer)) || (gt(inner) && gt(outer))) {
      const at = { lo: r1.span.hi, hi: r1.span.hi, ctxt: 0 };
      b.help('split the comparison into two', at, [
        { span: at, replacement: ` && ${p.sess.sourceMap.snippet(r1.span)}`, applicability: 'MaybeIncorrect', style: 'verbose' },
      ]);
      return false;
    }
    if (inner === '==' && (lt(outer) || gt(outer))) {
      const r2 = speculate();
      if (r2) enclose(r1.span, r2.span);
      return true;
    }
    if ((lt(inner) || gt(inner)) && outer === '==') {
      if (speculate()) {
        enclose(l1.span, r1.span);
        return true;
      }
      return false;
    }
    return false;
  };
  if ((inner === '<' && outer === '<') || outer === '>') {
    if (outer === '<') {
      // `foo<bar<...>>(` or `foo<bar>::` would be a missing turbofish; look past the args.
      const snap = p.snapshot();
      p.bump();
      let acc = 1;
      while (acc > 0 && !p.isEof()) {
        if (p.isPunct('<')) acc++;
        else if (p.isPunct('>')) acc--;
        else if (p.isPunct('>>')) acc -= 2;
        p.bump();
      }
      if (!p.isOpen('(') && !p.isPunct('::')) p.restore(snap);
    }
    if (!p.isPunct('::') && !p.isOpen('(')) {
      if (l1.kind.tag !== 'Lit' && r1.kind.tag !== 'Lit') {
        b.help('use `::<...>` instead of `<...>` to specify lifetime, type, or const arguments');
        b.help('or use `(...)` if you meant to specify fn arguments');
      }
      if (suggest()) {
        p.emit(b);
        return mkExpr(p, { lo: lhs.span.lo, hi: p.prevSpan.hi, ctxt: 0 }, { tag: 'Err' });
      }
      throw new PErr(b);
    }
    b.help('use `::<...>` instead of `<...>` to specify lifetime, type, or const arguments');
    throw new PErr(b);
  }
  const recovered = suggest();
  p.emit(b);
  if (recovered) return mkExpr(p, { lo: lhs.span.lo, hi: p.prevSpan.hi, ctxt: 0 }, { tag: 'Err' });
  return null;
}

function isAtStartOfRangeRhs(p: Parser): boolean {
  if (!p.canBeginExpr()) return false;
  if (p.isOpen('{')) return (p.restrictions & R.NoStructLiteral) === 0;
  return true;
}

function parseExprPrefixRange(p: Parser, attrs: readonly Attribute[]): Expr {
  const t = p.token as Token & { kind: 'punct' };
  const lo = t.span;
  if (t.p === '...') {
    p.emit(p.err('unexpected token: `...`').primary(lo).help('use `..` for an exclusive range').help('or `..=` for an inclusive range'));
  }
  const closed = t.p !== '..';
  p.bump();
  let end: Expr | null = null;
  if (isAtStartOfRangeRhs(p)) end = parseExprAssocWithRes(p, P_RANGE, true, p.restrictions & ~R.StmtExpr);
  const span = end ? { lo: lo.lo, hi: end.span.hi, ctxt: lo.ctxt } : lo;
  return mkExpr(p, span, { tag: 'Range', start: null, end, limits: closed ? 'Closed' : 'HalfOpen' }, attrs);
}

/** Type after `as`: no `+`; a following `<` would be a comparison, which rustc rejects. */
function parseAsCastTy(p: Parser): Ty {
  return parseTyNoPlus(p);
}

// ---- prefix ---------------------------------------------------------------------------

function parseExprPrefix(p: Parser, attrs: readonly Attribute[]): Expr {
  const t = p.token;
  const lo = t.span;
  if (t.kind === 'punct') {
    switch (t.p) {
      case '!': {
        p.bump();
        const e = parseExprPrefixOperand(p);
        return mkExpr(p, p.sp(lo), { tag: 'Unary', op: 'Not', expr: e }, attrs);
      }
      case '-': {
        p.bump();
        const e = parseExprPrefixOperand(p);
        return mkExpr(p, p.sp(lo), { tag: 'Unary', op: 'Neg', expr: e }, attrs);
      }
      case '*': {
        p.bump();
        const e = parseExprPrefixOperand(p);
        return mkExpr(p, p.sp(lo), { tag: 'Unary', op: 'Deref', expr: e }, attrs);
      }
      case '&': case '&&':
        return parseExprBorrow(p, lo, attrs);
      case '~': {
        p.bump();
        const e = parseExprPrefixOperand(p);
        p.emit(
          p
            .err('`~` cannot be used as a unary operator')
            .primary(lo)
            .help('use `!` to perform bitwise not', lo, [{ span: lo, replacement: '!', applicability: 'MachineApplicable', style: 'verbose' }]),
        );
        return mkExpr(p, p.sp(lo), { tag: 'Unary', op: 'Not', expr: e }, attrs);
      }
      case '+': {
        const b = p.err('leading `+` is not supported').primary(lo, 'unexpected `+`');
        b.help('try removing the `+`', lo, [{ span: lo, replacement: '', applicability: 'MachineApplicable', style: 'verbose' }]);
        p.bump();
        p.emit(b);
        return parseExprPrefix(p, attrs);
      }
    }
  }
  if (p.isKw(kw.Box) && p.canBeginExpr(p.look(1)) && !p.isPunct('::', p.look(1)) && !p.isPunct('!', p.look(1)) && !p.isOpen('{', p.look(1)) && !p.isPunct('.', p.look(1))) {
    p.bump();
    const e = parseExprPrefixOperand(p);
    const span = p.sp(lo);
    const code = p.sess.sourceMap.snippet(e.span);
    p.emit(
      p
        .err('`box_syntax` has been removed')
        .primary(span)
        .help('use `Box::new()` instead', span, [{ span, replacement: `Box::new(${code})`, applicability: 'MachineApplicable', style: 'verbose' }]),
    );
    return mkExpr(p, span, { tag: 'Err' }, attrs);
  }
  return parseExprDotOrCall(p, attrs);
}

function parseExprPrefixOperand(p: Parser): Expr {
  const attrs = parseOuterAttributes(p);
  return parseExprPrefix(p, attrs);
}

function parseExprBorrow(p: Parser, lo: Span, attrs: readonly Attribute[]): Expr {
  if (p.isPunct('&&')) {
    // `&&x` is `&(&x)`.
    p.breakAndEat('&');
    const inner = parseExprBorrow(p, p.span, NO_ATTRS);
    return mkExpr(p, p.sp(lo), { tag: 'AddrOf', raw: false, mutbl: 'not', expr: inner }, attrs);
  }
  p.bump();
  return parseBorrowRest(p, lo, attrs);
}

function parseBorrowRest(p: Parser, lo: Span, attrs: readonly Attribute[]): Expr {
  let raw = false;
  let mutbl: 'not' | 'mut' = 'not';
  if (p.isKw(kw.Raw) && (p.isKw(kw.Const, p.look(1)) || p.isKw(kw.Mut, p.look(1))) && !p.isPunct('::', p.look(1))) {
    p.bump();
    raw = true;
    mutbl = p.eatKw(kw.Mut) ? 'mut' : (p.bump(), 'not');
  } else if (p.eatKw(kw.Mut)) {
    mutbl = 'mut';
  }
  const e = parseExprPrefixOperand(p);
  return mkExpr(p, p.sp(lo), { tag: 'AddrOf', raw, mutbl, expr: e }, attrs);
}

// ---- postfix ----------------------------------------------------------------------------

function parseExprDotOrCall(p: Parser, attrs: readonly Attribute[]): Expr {
  const lo = p.span;
  const base = parseExprBottom(p);
  return parseExprDotOrCallWith(p, withAttrs(base, attrs), lo);
}

export function parseExprDotOrCallWith(p: Parser, e0: Expr, lo: Span): Expr {
  let e = e0;
  for (;;) {
    if (p.eat('?')) {
      e = mkExpr(p, p.sp(lo), { tag: 'Try', expr: e });
      continue;
    }
    if (p.eat('.')) {
      e = parseDotSuffix(p, lo, e);
      continue;
    }
    if (exprIsComplete(p, e)) return e;
    const t = p.token;
    if (t.kind === 'open' && t.delim === '(') {
      const args = parseParenExprList(p);
      e = mkExpr(p, p.sp(lo), { tag: 'Call', func: e, args });
      continue;
    }
    if (t.kind === 'open' && t.delim === '[') {
      const blo = t.span;
      p.bump();
      const idx = parseExpr(p);
      p.expectClose('[');
      e = mkExpr(p, p.sp(lo), { tag: 'Index', expr: e, index: idx, bracketSpan: p.sp(blo) });
      continue;
    }
    return e;
  }
}

/** `(a, b, c)` argument list. */
function parseParenExprList(p: Parser): Expr[] {
  p.bump();
  const args = commaSeq(p, '(', () => parseExprInList(p)).items;
  p.expectClose('(');
  return args;
}

function parseDotSuffix(p: Parser, lo: Span, base: Expr): Expr {
  const t = p.token;
  if (t.kind === 'ident' && t.sym === kw.Await && !t.raw && p.ed >= '2018') {
    p.bump();
    return mkExpr(p, p.sp(lo), { tag: 'Await', expr: base, kwSpan: t.span });
  }
  if (t.kind === 'literal' && (t.lit.kind === 'integer' || t.lit.kind === 'float')) {
    return parseTupleFieldAccess(p, lo, base, t);
  }
  if (t.kind === 'ident' && (t.raw || !p.isPathSegmentKw(t) || t.sym === kw.SelfLower)) {
    // `.field`, `.method(...)`, `.method::<T>(...)`
    const ident = p.parseIdent();
    let args = null;
    if (p.isPunct('::') && (p.isPunct('<', p.look(1)) || p.isPunct('<<', p.look(1)))) {
      p.bump();
      args = parseAngleArgsOnly(p);
    }
    if (p.isOpen('(')) {
      const seg: PathSegment = { id: p.id(), ident, args };
      const callArgs = parseParenExprList(p);
      const span = p.sp(ident.span);
      return mkExpr(p, p.sp(lo), { tag: 'MethodCall', receiver: base, seg, args: callArgs, span });
    }
    if (args) {
      p.emit(p.err('field expressions cannot have generic arguments').primary(args.span));
    }
    return mkExpr(p, p.sp(lo), { tag: 'Field', expr: base, ident });
  }
  p.expected.push('identifier');
  throw p.unexpectedErr();
}

/** `x.0`, and `x.0.1` which the lexer saw as the float `0.1`. */
function parseTupleFieldAccess(p: Parser, lo: Span, base: Expr, t: Token & { kind: 'literal' }): Expr {
  p.bump();
  const text = symStrOf(t.lit.symbol);
  if (t.lit.suffix !== null) {
    p.emit(p.err('suffixes on a tuple index are invalid').primary(t.span, `invalid suffix \`${symStrOf(t.lit.suffix)}\``));
  }
  const parts = text.split('.');
  let e = base;
  let pos = t.span.lo;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part === '') {
      // `x.0.` followed by more: the trailing dot starts another suffix.
      break;
    }
    if (!/^[0-9]+$/.test(part)) {
      p.emit(p.err(`unexpected token: \`${text}\``).primary(t.span));
      return mkExpr(p, p.sp(lo), { tag: 'Err' });
    }
    const ident: Ident = { name: intern(part), span: { lo: pos, hi: pos + part.length, ctxt: t.span.ctxt } };
    pos += part.length + 1;
    e = mkExpr(p, { lo: lo.lo, hi: ident.span.hi, ctxt: lo.ctxt }, { tag: 'Field', expr: e, ident });
  }
  if (text.endsWith('.') && parts.length === 2) {
    // `x.0.` then an identifier: continue with a field/method on the result.
    return parseDotSuffix(p, lo, e);
  }
  return e;
}

import { symStr as symStrOf } from '../symbol.ts';

// ---- primary expressions ---------------------------------------------------------------

export function parseLitExpr(p: Parser): Expr {
  const t = p.token;
  if (t.kind === 'literal') {
    p.bump();
    const lit = litFromToken(t.lit, t.span);
    return mkExpr(p, t.span, { tag: 'Lit', lit });
  }
  if (t.kind === 'ident' && !t.raw && (t.sym === kw.True || t.sym === kw.False)) {
    p.bump();
    return mkExpr(p, t.span, { tag: 'Lit', lit: { token: { kind: 'bool', symbol: t.sym, suffix: null }, value: { tag: 'Bool', value: t.sym === kw.True }, span: t.span } });
  }
  if (t.kind === 'interpolated' && (t.nt.tag === 'literal' || t.nt.tag === 'expr')) {
    p.bump();
    return t.nt.expr;
  }
  p.expected.push('literal');
  throw new PErr(p.err(`expected literal, found ${p.descr()}`).primary(p.span, 'expected literal'));
}

function parseLabel(p: Parser): Label {
  const t = p.token as Token & { kind: 'lifetime' };
  p.bump();
  return { ident: { name: t.sym, span: t.span } };
}

function parseExprBottom(p: Parser): Expr {
  const t = p.token;
  const lo = t.span;
  switch (t.kind) {
    case 'literal':
      return parseLitExpr(p);
    case 'interpolated': {
      const nt = t.nt;
      if (nt.tag === 'expr' || nt.tag === 'literal') {
        p.bump();
        return nt.expr;
      }
      if (nt.tag === 'block') {
        p.bump();
        return mkExpr(p, nt.block.span, { tag: 'Block', block: nt.block, label: null });
      }
      if (nt.tag === 'path') return parseExprPathStart(p);
      break;
    }
    case 'open':
      if (t.delim === '(') return parseExprTupleParens(p);
      if (t.delim === '[') return parseExprArray(p);
      if (t.delim === '{') return parseExprBlockLabeled(p, null, lo, 'default');
      break;
    case 'lifetime':
      return parseExprLabeled(p);
    case 'punct':
      if (t.p === '|' || t.p === '||') return parseExprClosure(p);
      if (t.p === '<' || t.p === '<<') {
        const { qself, path } = parseQPath(p, 'expr');
        return parseExprPathRest(p, lo, qself, path);
      }
      if (t.p === '::') return parseExprPathStart(p);
      break;
    case 'ident': {
      if (t.raw) return parseExprPathStart(p);
      const s = t.sym;
      if (s === kw.True || s === kw.False) return parseLitExpr(p);
      if (s === kw.If) return parseExprIf(p);
      if (s === kw.Match) return parseExprMatch(p);
      if (s === kw.Loop) return parseExprLoop(p, null, lo);
      if (s === kw.While) return parseExprWhile(p, null, lo);
      if (s === kw.For) {
        if (p.isPunct('<', p.look(1)) || p.isPunct('<<', p.look(1))) return parseExprClosure(p);
        return parseExprFor(p, null, lo);
      }
      if (s === kw.Unsafe && p.isOpen('{', p.look(1))) {
        p.bump();
        return parseExprBlockLabeled(p, null, lo, 'unsafe');
      }
      if (s === kw.Const && p.isOpen('{', p.look(1))) {
        p.bump();
        return parseBlockExprAfterKw(p, lo, 'const');
      }
      if (s === kw.Return) {
        p.bump();
        const e = p.canBeginExpr() ? parseExpr(p) : null;
        return mkExpr(p, p.sp(lo), { tag: 'Ret', expr: e });
      }
      if (s === kw.Break) return parseExprBreak(p);
      if (s === kw.Continue) {
        p.bump();
        const label = p.token.kind === 'lifetime' ? parseLabel(p) : null;
        return mkExpr(p, p.sp(lo), { tag: 'Continue', label });
      }
      if (s === kw.Yield) {
        p.bump();
        const e = p.canBeginExpr() ? parseExpr(p) : null;
        return mkExpr(p, p.sp(lo), { tag: 'Yield', expr: e });
      }
      if (s === kwExtra.Become) {
        p.bump();
        const e = parseExpr(p);
        return mkExpr(p, p.sp(lo), { tag: 'Become', expr: e });
      }
      if (s === kw.Let) return parseExprLet(p);
      if (s === kw.Underscore) {
        p.bump();
        return mkExpr(p, lo, { tag: 'Underscore' });
      }
      if (s === kw.Move || s === kw.Static) {
        if (s === kw.Move || isClosureAfter(p, 1)) return parseExprClosure(p);
      }
      if (s === kw.Const && (isClosureAfter(p, 1) || p.isKw(kw.Move, p.look(1)) || p.isKw(kw.Async, p.look(1)))) {
        return parseExprClosure(p);
      }
      if (s === kw.Async && p.ed >= '2018') {
        const n = p.look(1);
        if (p.isOpen('{', n) || (p.isKw(kw.Move, n) && p.isOpen('{', p.look(2)))) return parseExprGenBlock(p, 'async');
        if (p.isKw(kw.Gen, n) && p.ed >= '2024') return parseExprGenBlock(p, 'async gen');
        if (isClosureAfter(p, 1) || (p.isKw(kw.Move, n) && isClosureAfter(p, 2))) return parseExprClosure(p);
      }
      if (s === kw.Gen && p.ed >= '2024') {
        const n = p.look(1);
        if (p.isOpen('{', n) || (p.isKw(kw.Move, n) && p.isOpen('{', p.look(2)))) return parseExprGenBlock(p, 'gen');
      }
      if (s === kw.Try && p.ed >= '2018' && p.isOpen('{', p.look(1))) {
        p.bump();
        const block = parseBlock(p);
        return mkExpr(p, p.sp(lo), { tag: 'TryBlock', block });
      }
      if (s === kwExtra.Builtin && p.isPunct('#', p.look(1))) return parseExprBuiltin(p);
      if (p.isPathStart()) return parseExprPathStart(p);
      break;
    }
    default:
      break;
  }
  p.expected.push('expression');
  const b = p.err(`expected expression, found ${p.descr()}`).primary(p.span, 'expected expression');
  throw new PErr(b);
}

function isClosureAfter(p: Parser, n: number): boolean {
  const t = p.look(n);
  return p.isPunct('|', t) || p.isPunct('||', t);
}

function parseExprBuiltin(p: Parser): Expr {
  const lo = p.span;
  p.bump(); // builtin
  p.bump(); // #
  const name = p.parseIdent();
  p.expectOpen('(');
  let kind: ExprKind = { tag: 'Err' };
  if (name.name === kwExtra.OffsetOf) {
    const container = parseTy(p);
    p.expect(',');
    const fields: Ident[] = [];
    for (;;) {
      const t = p.token;
      if (t.kind === 'literal' && (t.lit.kind === 'integer' || t.lit.kind === 'float')) {
        p.bump();
        let pos = t.span.lo;
        for (const part of symStrOf(t.lit.symbol).split('.')) {
          fields.push({ name: intern(part), span: { lo: pos, hi: pos + part.length, ctxt: t.span.ctxt } });
          pos += part.length + 1;
        }
      } else fields.push(p.parseIdent());
      if (!p.eat('.')) break;
    }
    p.eat(',');
    kind = { tag: 'OffsetOf', container, fields };
  } else if (name.name === kwExtra.TypeAscribe) {
    const e = parseExpr(p);
    p.expect(',');
    const ty = parseTy(p);
    p.eat(',');
    kind = { tag: 'Type', expr: e, ty };
  } else {
    p.emit(p.err(`unknown \`builtin #\` construct \`${symStrOf(name.name)}\``).primary(name.span));
    while (!p.isClose('(') && !p.isEof()) p.parseTokenTree();
  }
  p.expectClose('(');
  return mkExpr(p, p.sp(lo), kind);
}

function parseExprPathStart(p: Parser): Expr {
  const lo = p.span;
  const path = parsePath(p, 'expr');
  return parseExprPathRest(p, lo, null, path);
}

/** After a path: macro call `path!(...)`, struct literal `path { ... }`, or a path. */
function parseExprPathRest(p: Parser, lo: Span, qself: QSelf | null, path: Path): Expr {
  if (p.eat('!')) {
    const args = parseDelimArgs(p);
    const span = p.sp(lo);
    const mac: MacCall = { path, args, span };
    return mkExpr(p, span, { tag: 'MacCall', mac });
  }
  if (p.checkOpen('{')) {
    const s = maybeParseStructExpr(p, lo, qself, path);
    if (s) return s;
  }
  return mkExpr(p, p.sp(lo), { tag: 'Path', qself, path });
}

/** rustc's `is_certainly_not_a_block`: `S { a: ...` or `S { a, ...` after a path. */
function isCertainlyNotABlock(p: Parser): boolean {
  const t1 = p.look(1);
  const t2 = p.look(2);
  if (!p.isIdent(t1) && !(t1.kind === 'literal' && t1.lit.kind === 'integer')) {
    return p.isPunct('..', t1) && p.isClose('{', t2) === false && false;
  }
  if (p.isPunct(',', t2)) return true;
  if (p.isPunct(':', t2)) {
    const t3 = p.look(3);
    // `S { x: y }` could be a block with type ascription in old Rust; rustc says struct
    // when the value looks like an expression followed by `,` or `}`.
    return !(t3.kind === 'ident' && p.isPunct(';', p.look(4)));
  }
  return false;
}

function maybeParseStructExpr(p: Parser, lo: Span, qself: QSelf | null, path: Path): Expr | null {
  const allowed = (p.restrictions & R.NoStructLiteral) === 0;
  if (allowed) return parseExprStruct(p, lo, qself, path);
  if (isCertainlyNotABlock(p)) {
    const e = parseExprStruct(p, lo, qself, path);
    const b = p
      .err('struct literals are not allowed here')
      .primary(e.span)
      .help('surround the struct literal with parentheses', e.span, [
        {
          span: { lo: e.span.lo, hi: e.span.lo, ctxt: 0 },
          replacement: '(',
          applicability: 'MachineApplicable',
          style: 'verbose',
          parts: [
            { span: { lo: e.span.lo, hi: e.span.lo, ctxt: 0 }, replacement: '(' },
            { span: { lo: e.span.hi, hi: e.span.hi, ctxt: 0 }, replacement: ')' },
          ],
        },
      ]);
    p.emit(b);
    return e;
  }
  return null;
}

export function parseExprStruct(p: Parser, lo: Span, qself: QSelf | null, path: Path): Expr {
  p.bump(); // `{`
  const fields: ExprField[] = [];
  let rest: { tag: 'Base'; expr: Expr } | { tag: 'Rest'; span: Span } | null = null;
  while (!p.isClose('{')) {
    if (p.isPunct('..')) {
      const dlo = p.span;
      p.bump();
      if (p.isClose('{')) {
        rest = { tag: 'Rest', span: dlo };
      } else {
        const base = parseExpr(p);
        rest = { tag: 'Base', expr: base };
      }
      if (p.isPunct(',')) {
        p.emit(p.err('cannot use a comma after the base struct').primary(p.span).note('the base struct must always be the last field'));
        p.bump();
      }
      break;
    }
    const attrs = parseOuterAttributes(p);
    const flo = p.span;
    const t = p.token;
    let field: ExprField;
    if ((p.isIdent(t) || (t.kind === 'literal' && t.lit.kind === 'integer')) && p.isPunct(':', p.look(1))) {
      let ident: Ident;
      if (t.kind === 'literal') {
        p.bump();
        ident = { name: t.lit.symbol, span: t.span };
      } else ident = p.parseIdent();
      p.bump(); // `:`
      const expr = parseExpr(p);
      field = { id: p.id(), attrs, ident, expr, isShorthand: false, span: p.sp(flo) };
    } else if (p.isIdent(t)) {
      const ident = p.parseIdent();
      const path: Path = { span: ident.span, segments: [{ id: p.id(), ident, args: null }], global: false };
      const expr = mkExpr(p, ident.span, { tag: 'Path', qself: null, path });
      field = { id: p.id(), attrs, ident, expr, isShorthand: true, span: p.sp(flo) };
    } else {
      p.expected.push('identifier');
      p.expectedOneOfNotFound(['`}`', '`..`']);
    }
    fields.push(field);
    if (!p.eat(',')) {
      if (!p.isClose('{')) {
        p.expectedOneOfNotFound(['`,`', '`}`']);
      }
      break;
    }
  }
  p.expectClose('{');
  return mkExpr(p, p.sp(lo), { tag: 'Struct', qself, path, fields, rest });
}

function parseExprTupleParens(p: Parser): Expr {
  const lo = p.span;
  p.bump();
  const r = p.restrictions & R.AllowLet;
  const { items: elems, trailing } = commaSeq(p, '(', () => parseExprRes(p, r));
  p.expectClose('(');
  const span = p.sp(lo);
  if (elems.length === 1 && !trailing) return mkExpr(p, span, { tag: 'Paren', expr: elems[0]! });
  return mkExpr(p, span, { tag: 'Tup', elems });
}

function parseExprArray(p: Parser): Expr {
  const lo = p.span;
  p.bump();
  if (p.isClose('[')) {
    p.bump();
    return mkExpr(p, p.sp(lo), { tag: 'Array', elems: [] });
  }
  const first = parseExpr(p);
  if (p.eat(';')) {
    const count = parseExpr(p);
    p.expectClose('[');
    return mkExpr(p, p.sp(lo), { tag: 'Repeat', elem: first, count: { id: p.id(), value: count } });
  }
  const elems = [first];
  if (p.eat(',')) elems.push(...commaSeq(p, '[', () => parseExpr(p)).items);
  else p.expected.push('`;`');
  if (!p.isClose('[')) {
    p.expected.push('`,`');
    p.expectClose('[');
  }
  p.bump();
  return mkExpr(p, p.sp(lo), { tag: 'Array', elems });
}

/** `{ ... }` as an expression (optionally labeled, `unsafe`). `lo` includes label/keyword. */
function parseExprBlockLabeled(p: Parser, label: Label | null, lo: Span, rules: 'default' | 'unsafe'): Expr {
  const { block, attrs } = parseBlockCommon(p, rules, true);
  return mkExpr(p, p.sp(lo), { tag: 'Block', block, label }, attrs);
}

export function parseBlockExprAfterKw(p: Parser, lo: Span, what: 'const'): Expr {
  void what;
  const block = parseBlock(p);
  const inner = mkExpr(p, block.span, { tag: 'Block', block, label: null });
  return mkExpr(p, p.sp(lo), { tag: 'ConstBlock', block: { id: p.id(), value: inner } });
}

function parseExprGenBlock(p: Parser, kind: 'async' | 'gen' | 'async gen'): Expr {
  const lo = p.span;
  p.bump();
  if (kind === 'async gen') p.bump();
  const capture = p.eatKw(kw.Move) ? 'move' : 'ref';
  const { block, attrs } = parseBlockCommon(p, 'default', true);
  return mkExpr(p, p.sp(lo), { tag: 'Gen', kind, capture, block }, attrs);
}

function parseExprLabeled(p: Parser): Expr {
  const lo = p.span;
  const label = parseLabel(p);
  if (!p.eat(':')) {
    const msg = 'expected `while`, `for`, `loop` or `{` after a label';
    const name = symStrOf(label.ident.name).slice(1);
    const t = p.token;
    const couldBeChar = [...name].length === 1;
    if ((t.kind === 'close' || p.isPunct(',') || t.kind === 'punct') && couldBeChar) {
      // `'a;` is most likely an unclosed char literal.
      const at = { lo: label.ident.span.hi, hi: label.ident.span.hi, ctxt: 0 };
      p.emit(
        p
          .err(msg)
          .primary(t.span, msg)
          .help("add `'` to close the char literal", at, [{ span: at, replacement: "'", applicability: 'MaybeIncorrect', style: 'verbose' }]),
      );
      const tl = { kind: 'char' as const, symbol: intern(name), suffix: null };
      return mkExpr(p, label.ident.span, { tag: 'Lit', lit: litFromToken(tl, label.ident.span) });
    }
    if (p.isPunct(',') || p.isPunct('>')) {
      p.emit(p.err(msg).primary(t.span, msg));
      return mkExpr(p, lo, { tag: 'Err' });
    }
    throw new PErr(p.err(msg).primary(t.span, msg));
  }
  if (p.isKw(kw.While)) return parseExprWhile(p, label, lo);
  if (p.isKw(kw.For)) return parseExprFor(p, label, lo);
  if (p.isKw(kw.Loop)) return parseExprLoop(p, label, lo);
  if (p.isOpen('{')) return parseExprBlockLabeled(p, label, lo, 'default');
  if (p.isKw(kw.Unsafe) && p.isOpen('{', p.look(1))) {
    p.bump();
    return parseExprBlockLabeled(p, label, lo, 'unsafe');
  }
  const b = p.err('expected `while`, `for`, `loop` or `{` after a label').primary(p.span, 'expected `while`, `for`, `loop` or `{` after a label');
  throw new PErr(b);
}

function parseExprBreak(p: Parser): Expr {
  const lo = p.span;
  p.bump();
  let label: Label | null = p.token.kind === 'lifetime' ? parseLabel(p) : null;
  let e: Expr | null = null;
  if (label && p.isPunct(':')) {
    // `break 'a: loop { ... }`: the value is a labeled loop (rustc warns; we accept).
    const innerLo = label.ident.span;
    p.bump();
    const l = label;
    label = null;
    if (p.isKw(kw.Loop)) e = parseExprLoop(p, l, innerLo);
    else if (p.isKw(kw.While)) e = parseExprWhile(p, l, innerLo);
    else if (p.isKw(kw.For)) e = parseExprFor(p, l, innerLo);
    else e = parseExprBlockLabeled(p, l, innerLo, 'default');
  } else if (!p.isOpen('{') || (p.restrictions & R.NoStructLiteral) === 0) {
    if (p.canBeginExpr()) e = parseExpr(p);
  }
  return mkExpr(p, p.sp(lo), { tag: 'Break', label, expr: e });
}

/** Condition of `if`/`while`: no struct literals, `let` allowed; let chains checked. */
function parseExprCond(p: Parser): Expr {
  const cond = parseExprRes(p, R.NoStructLiteral | R.AllowLet);
  checkCond(p, cond, true);
  return cond;
}

type ForbidLet = { tag: 'or'; span: Span } | { tag: 'parens'; span: Span } | { tag: 'other' } | null;

/**
 * rustc's `CondChecker`: `let` is allowed at the top of a condition and in `&&` chains
 * (Rust 2024+ only, unless `alwaysAllowChains`); anywhere else it is reported.
 */
function checkCond(p: Parser, cond: Expr, editionDependent: boolean): void {
  let depth = 0;
  let forbid: ForbidLet = null;
  const visit = (e: Expr): void => {
    depth++;
    const k = e.kind;
    const saved = forbid;
    switch (k.tag) {
      case 'Let':
        if (p.recoveredLets.has(e)) break;
        if (forbid) {
          if (forbid.tag === 'or') {
            p.emit(p.err('`||` operators are not supported in let chain conditions').primary(forbid.span));
          } else {
            const b = p.err('expected expression, found `let` statement').primary(e.span);
            if (forbid.tag === 'parens') {
              b.note('`let`s wrapped in parentheses are not supported in a context with let chains', forbid.span);
            } else {
              b.note('only supported directly in conditions of `if` and `while` expressions');
            }
            p.emit(b);
          }
          p.recoveredLets.add(e);
        } else if (depth > 1 && editionDependent && p.ed < '2024') {
          p.emit(p.err('let chains are only allowed in Rust 2024 or later').primary(e.span));
        }
        break;
      case 'Binary':
        if (k.op === '&&') {
          visit(k.lhs);
          visit(k.rhs);
        } else if (k.op === '||' && (forbid === null || forbid.tag === 'or')) {
          forbid = { tag: 'or', span: k.opSpan };
          visit(k.lhs);
          visit(k.rhs);
        } else {
          forbid = { tag: 'other' };
          visit(k.lhs);
          visit(k.rhs);
        }
        break;
      case 'Paren':
        forbid = forbid === null || forbid.tag === 'parens' ? { tag: 'parens', span: k.expr.span } : { tag: 'other' };
        visit(k.expr);
        break;
      case 'Assign': case 'AssignOp':
        forbid = { tag: 'other' };
        visit(k.lhs);
        visit(k.rhs);
        break;
      case 'Unary': case 'Await': case 'Try': case 'AddrOf': case 'Field': case 'Cast': case 'Type':
        forbid = { tag: 'other' };
        visit(k.expr);
        break;
      case 'Range':
        forbid = { tag: 'other' };
        if (k.start) visit(k.start);
        if (k.end) visit(k.end);
        break;
      case 'Index':
        forbid = { tag: 'other' };
        visit(k.expr);
        visit(k.index);
        break;
      case 'Call':
        forbid = { tag: 'other' };
        visit(k.func);
        for (const a of k.args) visit(a);
        break;
      case 'MethodCall':
        forbid = { tag: 'other' };
        visit(k.receiver);
        for (const a of k.args) visit(a);
        break;
      case 'Tup':
        forbid = { tag: 'other' };
        for (const a of k.elems) visit(a);
        break;
      default:
        break;
    }
    forbid = saved;
    depth--;
  };
  visit(cond);
}

function parseExprLet(p: Parser): Expr {
  const lo = p.span;
  p.bump();
  const forbidden = (p.restrictions & R.AllowLet) === 0;
  if (forbidden) {
    const b = p
      .err('expected expression, found `let` statement')
      .primary(lo)
      .note('only supported directly in conditions of `if` and `while` expressions');
    p.emit(b);
  }
  const pat = parsePatAllowTopAlt(p);
  p.expect('=');
  const old = p.restrictions;
  p.restrictions = old & ~R.AllowLet;
  let expr: Expr;
  try {
    expr = parseExprAssocWith(p, P_LAND, true);
  } finally {
    p.restrictions = old;
  }
  const span = p.sp(lo);
  const e = mkExpr(p, span, { tag: 'Let', pat, expr, span });
  if (forbidden) p.recoveredLets.add(e);
  return e;
}

function parseExprIf(p: Parser): Expr {
  const lo = p.span;
  p.bump();
  const cond = parseExprCond(p);
  let then: Block;
  if (!p.isOpen('{')) {
    const e = blockNoOpeningBrace(p);
    e.diag.note('the `if` expression is missing a block after this condition', cond.span);
    throw e;
  }
  then = parseBlock(p);
  let els: Expr | null = null;
  if (p.eatKw(kw.Else)) {
    const elo = p.span;
    if (p.isKw(kw.If)) els = parseExprIf(p);
    else if (p.isOpen('{')) els = parseExprBlockLabeled(p, null, elo, 'default');
    else throw blockNoOpeningBrace(p);
  }
  return mkExpr(p, p.sp(lo), { tag: 'If', cond, then, else: els });
}

function parseExprWhile(p: Parser, label: Label | null, lo: Span): Expr {
  p.bump();
  const cond = parseExprCond(p);
  const { block, attrs } = parseBlockCommon(p, 'default', true);
  return mkExpr(p, p.sp(lo), { tag: 'While', cond, body: block, label }, attrs);
}

function parseExprLoop(p: Parser, label: Label | null, lo: Span): Expr {
  p.bump();
  const { block, attrs } = parseBlockCommon(p, 'default', true);
  return mkExpr(p, p.sp(lo), { tag: 'Loop', body: block, label }, attrs);
}

function parseExprFor(p: Parser, label: Label | null, lo: Span): Expr {
  p.bump();
  const isAwait = p.ed >= '2018' && p.isKw(kw.Await) && false;
  const pat = parsePatAllowTopAlt(p);
  if (!p.eatKw(kw.In)) {
    // rustc reports the missing `in` and parses on as if it were there.
    const between = { lo: p.prevSpan.hi, hi: p.span.lo, ctxt: 0 };
    const b = p.err('missing `in` in `for` loop').primary(between);
    b.help('try adding `in` here', between, [{ span: between, replacement: ' in ', applicability: 'MaybeIncorrect', style: 'verbose' }]);
    p.emit(b);
  }
  const iter = parseExprRes(p, R.NoStructLiteral);
  const { block, attrs } = parseBlockCommon(p, 'default', true);
  return mkExpr(p, p.sp(lo), { tag: 'ForLoop', pat, iter, body: block, label, isAwait }, attrs);
}

function parseExprMatch(p: Parser): Expr {
  const lo = p.span;
  p.bump();
  const scrutinee = parseExprRes(p, R.NoStructLiteral);
  if (!p.checkOpen('{')) {
    const e = p.unexpectedErr();
    e.diag.label(lo, 'while parsing this `match` expression');
    throw e;
  }
  p.bump();
  const attrs = parseInnerAttributes(p);
  const arms: Arm[] = [];
  while (!p.isClose('{') && !p.isEof()) {
    try {
      arms.push(parseArm(p));
    } catch (e) {
      if (!(e instanceof PErr) || p.speculative) throw e;
      // rustc: report, skip to the end of the `match`, and keep the arms parsed so far.
      e.diag.emit();
      recoverStmt(p);
      const span = { lo: lo.lo, hi: p.span.hi, ctxt: lo.ctxt };
      if (p.isClose('{')) p.bump();
      const errPat = { id: p.id(), kind: { tag: 'Err' as const }, span };
      arms.push({ id: p.id(), attrs: [], pat: errPat, guard: null, body: mkExpr(p, span, { tag: 'Err' }), span });
      return mkExpr(p, span, { tag: 'Match', scrutinee, arms }, attrs);
    }
  }
  p.bump();
  return mkExpr(p, p.sp(lo), { tag: 'Match', scrutinee, arms }, attrs);
}

function parseArm(p: Parser): Arm {
  const attrs = parseOuterAttributes(p);
  const lo = p.span;
  const pat = parsePatAllowTopAlt(p);
  let guard: Expr | null = null;
  if (p.eatKw(kw.If)) {
    guard = parseExprRes(p, R.AllowLet | R.InIfGuard);
    checkCond(p, guard, false);
  }
  const arrowSpan = p.span;
  if (!p.eat('=>')) throw p.unexpectedErr();
  let body: Expr;
  try {
    body = parseExprRes(p, R.StmtExpr);
  } catch (e) {
    if (e instanceof PErr) e.diag.label(arrowSpan, 'while parsing the `match` arm starting here');
    throw e;
  }
  const requireComma = exprRequiresSemi(body) && !p.isClose('{');
  if (!requireComma) {
    p.eat(',');
  } else if (!p.eat(',')) {
    p.expected.push('`}`');
    const err = p.expectedOneOfDiag();
    if (!p.isPunct('=>')) {
      // If a pattern and `=>` follow, only the comma is missing.
      const snap = p.snapshot();
      p.speculative++;
      let patternFollows = false;
      try {
        parsePatAllowTopAlt(p);
        patternFollows = p.isPunct('=>');
      } catch (e) {
        if (!(e instanceof PErr)) throw e;
      }
      p.speculative--;
      p.restore(snap);
      if (patternFollows) {
        const at = { lo: body.span.hi, hi: body.span.hi, ctxt: 0 };
        p.emit(
          p
            .err('expected `,` following `match` arm')
            .primary(at)
            .help('missing a comma here to end this `match` arm', at, [{ span: at, replacement: ',', applicability: 'MachineApplicable', style: 'verbose' }]),
        );
        return { id: p.id(), attrs, pat, guard, body, span: p.sp(lo) };
      }
    }
    err.label(arrowSpan, 'while parsing the `match` arm starting here');
    throw new PErr(err);
  }
  return { id: p.id(), attrs, pat, guard, body, span: p.sp(lo) };
}

function parseExprClosure(p: Parser): Expr {
  const lo = p.span;
  let binder: GenericParam[] | null = null;
  if (p.isKw(kw.For)) binder = parseLateBoundLifetimeDefs(p);
  const constness = p.eatKw(kw.Const);
  const isStatic = p.eatKw(kw.Static);
  let coroutine: 'async' | 'gen' | 'async gen' | null = null;
  if (p.ed >= '2018' && p.isKw(kw.Async)) {
    p.bump();
    coroutine = 'async';
    if (p.ed >= '2024' && p.eatKw(kw.Gen)) coroutine = 'async gen';
  } else if (p.ed >= '2024' && p.isKw(kw.Gen) && !p.isPunct('::', p.look(1))) {
    p.bump();
    coroutine = 'gen';
  }
  const capture = p.eatKw(kw.Move) ? 'move' : 'ref';
  const declLo = p.span;
  let inputs: Param[] = [];
  if (p.isPunct('||')) {
    p.bump();
  } else {
    if (!p.eat('|')) {
      p.expected.push('`|`');
      throw p.unexpectedErr();
    }
    inputs = commaSeq(p, '|', () => parseClosureParam(p)).items;
    if (!p.breakAndEat('|')) p.expectedOneOfNotFound();
  }
  const output = parseRetTy(p, true);
  const decl: FnDecl = { inputs, output };
  const declSpan = p.sp(declLo);
  let body: Expr;
  if (output.tag === 'Ty') {
    // With an explicit return type the body must be a block; rustc recovers `-> T expr`.
    const blo = p.span;
    const tok = p.token;
    if (p.canBeginExpr() && !p.isOpen('{') && !(tok.kind === 'interpolated' && tok.nt.tag === 'block')) {
      const snap = p.snapshot();
      p.speculative++;
      let e: Expr | null = null;
      try {
        e = parseExprRes(p, p.restrictions & ~(R.StmtExpr | R.AllowLet));
      } catch (err) {
        if (!(err instanceof PErr)) throw err;
      }
      p.speculative--;
      if (e) {
        const lo0 = { lo: e.span.lo, hi: e.span.lo, ctxt: 0 };
        const hi0 = { lo: e.span.hi, hi: e.span.hi, ctxt: 0 };
        p.emit(
          p
            .err(`expected \`{\`, found ${p.descr(tok)}`)
            .primary(tok.span)
            .label(output.ty.span, 'explicit return type requires closure body to be enclosed in braces')
            .help('wrap the expression in curly braces', e.span, [
              { span: lo0, replacement: '{ ', applicability: 'MachineApplicable', parts: [{ span: lo0, replacement: '{ ' }, { span: hi0, replacement: ' }' }] },
            ]),
        );
        body = e;
        return mkExpr(p, { lo: lo.lo, hi: body.span.hi, ctxt: lo.ctxt }, { tag: 'Closure', binder, capture, constness, coroutine, isStatic, decl, body, declSpan });
      }
      p.restore(snap);
    }
    const { block, attrs } = parseBlockCommon(p, 'default', true);
    body = mkExpr(p, p.sp(blo), { tag: 'Block', block, label: null }, attrs);
  } else {
    body = parseExprRes(p, p.restrictions & ~(R.StmtExpr | R.AllowLet));
  }
  return mkExpr(p, { lo: lo.lo, hi: body.span.hi, ctxt: lo.ctxt }, {
    tag: 'Closure',
    binder,
    capture,
    constness,
    coroutine,
    isStatic,
    decl,
    body,
    declSpan,
  });
}

function parseClosureParam(p: Parser): Param {
  const attrs = parseOuterAttributes(p);
  const lo = p.span;
  const pat = parsePatNoTopAlt(p);
  let ty: Ty;
  if (p.eat(':')) ty = parseTy(p);
  else ty = mkTy(p, { lo: pat.span.hi, hi: pat.span.hi, ctxt: 0 }, { tag: 'Infer' });
  return { id: p.id(), attrs, ty, pat, span: p.sp(lo), isPlaceholder: false };
}

export type { Block };
