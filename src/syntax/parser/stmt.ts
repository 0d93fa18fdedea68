// Blocks and statements, with rustc's recovery: an error inside a statement is reported and
// the rest of the block is skipped; a missing `;` between two lines is reported once and
// parsing continues as if it were there.
import type { Span } from '../../diagnostics/span.ts';
import type { Attribute, MacCall } from '../ast/attr.ts';
import type { Block, Local, LocalInit, Stmt, StmtKind } from '../ast/stmt.ts';
import type { Expr } from '../ast/expr.ts';
import type { Ty } from '../ast/ty.ts';
import type { Path } from '../ast/path.ts';
import { kw } from '../symbol.ts';
import type { Parser } from './parser.ts';
import { PErr, R } from './parser.ts';
import { parseInnerAttributes, parseOuterAttributes, parseDelimArgs } from './attr.ts';
import { exprRequiresSemi, mkExpr, parseExprStruct, parseExpr, parseExprAssocRest, parseExprDotOrCallWith, parseExprRes } from './expr.ts';
import { parsePatAllowTopAlt } from './pat.ts';
import { parseTy } from './ty.ts';
import { parsePath } from './path.ts';
import { isPathStartItem, parseItemCommon } from './item.ts';

export function parseBlock(p: Parser): Block {
  return parseBlockCommon(p, 'default', false).block;
}

/** `{ inner-attrs stmts }`; returns the inner attributes separately (for fn bodies etc.). */
export function parseBlockCommon(p: Parser, rules: 'default' | 'unsafe', allowInner: boolean): { block: Block; attrs: Attribute[] } {
  const t = p.token;
  if (t.kind === 'interpolated' && t.nt.tag === 'block') {
    p.bump();
    return { block: t.nt.block, attrs: [] };
  }
  const lo = p.span;
  if (!p.checkOpen('{')) throw blockNoOpeningBrace(p);
  p.bump();
  const attrs = allowInner ? parseInnerAttributes(p) : parseInnerAttributes(p);
  const stmts = parseBlockTail(p);
  return { block: { id: p.id(), stmts, rules, span: p.sp(lo) }, attrs };
}

/**
 * rustc's `error_block_no_opening_brace`: "expected `{`, found X", and when a statement
 * follows (`if x return;`), a suggestion to wrap it in a block.
 */
export function blockNoOpeningBrace(p: Parser): PErr {
  const sp = p.span;
  const b = p.err(`expected \`{\`, found ${p.descr()}`).primary(sp);
  const doNotSuggest = p.isKw(kw.In) || p.isPunct(':') || p.isKw(kw.Raw, p.prevToken);
  const snap = p.snapshot();
  p.speculative++;
  try {
    const stmt = parseStmtWithoutRecovery(p);
    if (stmt && !(((!p.isKw(kw.Else) && p.isOpen('{', p.look(1))) || doNotSuggest)) && stmt.kind.tag !== 'Empty') {
      let stmtSpan = stmt.span;
      const ownLine = isLineBeforeEmpty(p, sp);
      if (ownLine && p.isPunct(';')) stmtSpan = { lo: stmt.span.lo, hi: p.span.hi, ctxt: 0 };
      const lo0 = { lo: stmtSpan.lo, hi: stmtSpan.lo, ctxt: 0 };
      const hi0 = { lo: stmtSpan.hi, hi: stmtSpan.hi, ctxt: 0 };
      b.help('you might have meant to write this as part of a block', stmtSpan, [
        { span: lo0, replacement: '{ ', applicability: 'MaybeIncorrect', parts: [{ span: lo0, replacement: '{ ' }, { span: hi0, replacement: ' }' }] },
      ]);
    }
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
  }
  p.speculative--;
  p.restore(snap);
  b.label(sp, 'expected `{`');
  return new PErr(b);
}

function isLineBeforeEmpty(p: Parser, sp: Span): boolean {
  const f = p.sess.sourceMap.fileAt(sp.lo);
  if (!f) return false;
  let i = sp.lo - f.startPos - 1;
  while (i >= 0 && f.src.charCodeAt(i) !== 10) {
    const c = f.src.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
    i--;
  }
  return true;
}

/** A statement parsed only to improve an error message (no `;` handling). */
export function parseStmtForRecovery(p: Parser): Stmt | null {
  return parseStmtWithoutRecovery(p);
}

/** Statements up to and including the closing `}`. */
export function parseBlockTail(p: Parser): Stmt[] {
  const stmts: Stmt[] = [];
  while (!p.eatClose('{')) {
    if (p.isEof()) break;
    let stmt: Stmt | null;
    try {
      stmt = parseFullStmt(p);
    } catch (e) {
      if (!(e instanceof PErr) || p.speculative) throw e;
      e.diag.emit();
      const sp = p.span;
      recoverStmt(p);
      stmt = { id: p.id(), kind: { tag: 'Expr', expr: mkExpr(p, sp, { tag: 'Err' }) }, span: sp };
    }
    if (stmt) stmts.push(stmt);
  }
  return stmts;
}

/** rustc's `recover_stmt_(Ignore, Ignore)`: skip to the `}` closing the current block. */
export function recoverStmt(p: Parser): void {
  for (;;) {
    const t = p.token;
    if (t.kind === 'eof') return;
    if (t.kind === 'close' && t.delim === '{') return;
    if (t.kind === 'open') p.skipGroup();
    else p.bump();
  }
}

function mkStmt(p: Parser, span: Span, kind: StmtKind): Stmt {
  return { id: p.id(), kind, span };
}

/** A statement with its trailing `;` handled (null for a stray `}` after attributes). */
export function parseFullStmt(p: Parser): Stmt | null {
  const t = p.token;
  if (t.kind === 'interpolated' && t.nt.tag === 'stmt') {
    p.bump();
    let s = t.nt.stmt;
    if (p.isPunct(';') && (s.kind.tag === 'Expr' || s.kind.tag === 'MacCall')) {
      p.bump();
      s = addSemi(p, s);
    }
    return s;
  }
  const stmt = parseStmtWithoutRecovery(p);
  if (!stmt) return null;
  let eatSemi = true;
  let addSemiNow = false;
  switch (stmt.kind.tag) {
    case 'Expr': {
      const e = stmt.kind.expr;
      if (!p.isEof() && exprRequiresSemi(e)) {
        if (!p.isPunct(';') && !p.isClose('{')) {
          p.expected.push('`;`', '`}`');
          if (recoverMissingSemi(p)) addSemiNow = true;
          else p.expectedOneOfNotFound();
        }
      }
      break;
    }
    case 'MacCall':
      break;
    case 'Let':
      if (!p.eat(';')) {
        p.expected.push('`;`');
        if (!recoverMissingSemi(p)) p.expectedOneOfNotFound();
      }
      eatSemi = false;
      return { ...stmt, span: p.sp(stmt.span) };
    default:
      eatSemi = false;
  }
  if (addSemiNow || (eatSemi && p.eat(';'))) return { ...addSemi(p, stmt), span: p.sp(stmt.span) };
  return stmt;
}

function addSemi(p: Parser, s: Stmt): Stmt {
  if (s.kind.tag === 'Expr') return { id: s.id, kind: { tag: 'Semi', expr: s.kind.expr }, span: s.span };
  if (s.kind.tag === 'MacCall') return { id: s.id, kind: { ...s.kind, style: 'semicolon' }, span: s.span };
  void p;
  return s;
}

/**
 * rustc's "expected `;`" recovery: when the next token starts a new line and could begin
 * a statement (or closes the block), report the missing `;` and go on as if it were there.
 * Returns true when it recovered.
 */
export function recoverMissingSemi(p: Parser): boolean {
  const t = p.token;
  const prev = p.prevToken;
  if (p.isPunct('?', prev)) return false;
  if (!p.isMultilineBetween(prev.span, t.span)) return false;
  const isCommaOrColon = p.isPunct(',') || p.isPunct(':');
  if (isCommaOrColon && p.isClose('(', prev)) return false;
  const n = p.look(1);
  if (isCommaOrColon && (p.isClose('{', n) || (p.canBeginExpr(n) && !p.isPunct(':', n)))) {
    const tokStr = p.descr();
    const b = p.err(`expected \`;\`, found ${tokStr}`).primary(t.span);
    b.help('change this to `;`', t.span, [{ span: t.span, replacement: ';', applicability: 'MachineApplicable', style: 'hideCodeInline' }]);
    p.emit(b);
    p.bump();
    return true;
  }
  const expected = p.expectedList();
  if (expected.includes('`,`')) return false;
  const ok =
    p.isClose('{') ||
    ((p.canBeginExpr() || p.canBeginItem()) && !p.isPunct(';') && !p.isPunct('#')) ||
    p.isPunct('#');
  if (!ok) return false;
  const at: Span = { lo: prev.span.hi, hi: prev.span.hi, ctxt: prev.span.ctxt };
  const b = p.err(`expected \`;\`, found ${p.descr()}`).primary(at);
  b.label(t.span, 'unexpected token');
  b.help('add `;` here', at, [{ span: at, replacement: ';', applicability: 'MachineApplicable', style: 'hideCodeInline' }]);
  p.emit(b);
  return true;
}

/** `;` after an item or declaration, with the missing-semicolon recovery. */
export function expectSemi(p: Parser): void {
  if (p.eat(';')) return;
  if (recoverMissingSemi(p)) return;
  p.expectedOneOfNotFound();
}

function parseStmtWithoutRecovery(p: Parser): Stmt | null {
  const lo = p.span;
  const attrs = parseOuterAttributes(p);
  if (p.isKw(kw.Let)) {
    p.bump();
    const local = parseLocal(p, lo, attrs);
    return mkStmt(p, p.sp(lo), { tag: 'Let', local });
  }
  if (p.isPathStart() && !p.isPunct('<') && !p.isPunct('<<') && !isPathStartItem(p) && !(p.isKw(kw.Mut) || p.isKw(kw.Ref))) {
    if (!(p.token.kind === 'ident' && !p.token.raw && p.token.sym === intern_builtin && p.isPunct('#', p.look(1)))) {
      return parseStmtPathStart(p, lo, attrs);
    }
  }
  const item = parseItemCommon(p, attrs, 'stmt');
  if (item) return mkStmt(p, p.sp(lo), { tag: 'Item', item });
  if (p.isPunct(';')) {
    p.bump();
    errorOuterAttrs(p, attrs);
    return mkStmt(p, p.sp(lo), { tag: 'Empty' });
  }
  if (p.isClose('{')) {
    errorOuterAttrs(p, attrs);
    return null;
  }
  const e = parseExprRes(p, R.StmtExpr);
  const withA = attrs.length ? { ...e, attrs: [...attrs, ...e.attrs] } : e;
  return mkStmt(p, p.sp(lo), { tag: 'Expr', expr: withA });
}

import { kwExtra } from '../keywords.ts';
const intern_builtin = kwExtra.Builtin;

function errorOuterAttrs(p: Parser, attrs: readonly Attribute[]): void {
  const last = attrs[attrs.length - 1];
  if (!last) return;
  if (last.kind.tag === 'DocComment') {
    p.emit(docCommentDoesNotDocument(p, last.span));
    return;
  }
  if (attrs.some((a) => a.style === 'outer')) p.emit(p.err('expected statement after outer attribute').primary(last.span));
}

export function docCommentDoesNotDocument(p: Parser, span: Span): import('../../diagnostics/diagnostic.ts').DiagBuilder {
  return p
    .err("found a documentation comment that doesn't document anything", 'E0585')
    .primary(span)
    .help('doc comments must come before what they document, if a comment was intended use `//`');
}

function parseStmtPathStart(p: Parser, lo: Span, attrs: readonly Attribute[]): Stmt {
  const path = parsePath(p, 'expr');
  if (p.isPunct('!') && !p.isPunct('=', p.look(1))) {
    p.bump();
    return parseStmtMac(p, lo, attrs, path);
  }
  let e: Expr;
  if (p.isOpen('{') && isStructAtStmt(p)) {
    // A struct literal is always allowed at statement start.
    const old = p.restrictions;
    p.restrictions = 0;
    try {
      e = parseExprStruct(p, lo, null, path);
    } finally {
      p.restrictions = old;
    }
  } else {
    e = mkExpr(p, p.sp(lo), { tag: 'Path', qself: null, path });
  }
  const old = p.restrictions;
  p.restrictions = R.StmtExpr;
  try {
    e = parseExprDotOrCallWith(p, e, lo);
    if (attrs.length) e = { ...e, attrs: [...attrs, ...e.attrs] };
    e = parseExprAssocRest(p, 0, false, e);
  } finally {
    p.restrictions = old;
  }
  return mkStmt(p, p.sp(lo), { tag: 'Expr', expr: e });
}

function isStructAtStmt(p: Parser): boolean {
  void p;
  return true;
}


function parseStmtMac(p: Parser, lo: Span, attrs: readonly Attribute[], path: Path): Stmt {
  const args = parseDelimArgs(p);
  const span = p.sp(lo);
  const mac: MacCall = { path, args, span };
  const braces = args.delim === '{';
  if ((braces && !p.isPunct('.') && !p.isPunct('?')) || p.isPunct(';') || p.isEof()) {
    return mkStmt(p, span, { tag: 'MacCall', mac, style: braces ? 'braces' : 'noBraces', attrs });
  }
  let e = mkExpr(p, span, { tag: 'MacCall', mac }, attrs);
  const old = p.restrictions;
  p.restrictions = R.StmtExpr;
  try {
    e = parseExprDotOrCallWith(p, e, lo);
    e = parseExprAssocRest(p, 0, false, e);
  } finally {
    p.restrictions = old;
  }
  return mkStmt(p, p.sp(lo), { tag: 'Expr', expr: e });
}

function parseLocal(p: Parser, lo: Span, attrs: readonly Attribute[]): Local {
  const pat = parsePatAllowTopAlt(p);
  let ty: Ty | null = null;
  if (p.eat(':')) ty = parseTy(p);
  else p.expected.push('`:`');
  let init: LocalInit = { tag: 'Decl' };
  if (p.eat('=')) {
    const expr = parseExpr(p);
    if (p.eatKw(kw.Else)) {
      if (!p.isOpen('{')) {
        p.expected.push('`{`');
        throw p.unexpectedErr();
      }
      const els = parseBlock(p);
      init = { tag: 'InitElse', expr, els };
    } else init = { tag: 'Init', expr };
  } else if (p.isPunct('==')) {
    // `let x == 1`: rustc suggests `=`; parse on as if it were `=`.
    const sp = p.span;
    p.bump();
    p.emit(
      p
        .err('unexpected `==`')
        .primary(sp)
        .help('try using `=` instead', sp, [{ span: sp, replacement: '=', applicability: 'MachineApplicable', style: 'verbose' }]),
    );
    init = { tag: 'Init', expr: parseExpr(p) };
  } else {
    p.expected.push('`=`');
  }
  return { id: p.id(), pat, ty, init, attrs, span: p.sp(lo) };
}
