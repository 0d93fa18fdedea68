// The parser as the later stations use it: grammar entry points as methods, plus the
// token-level helpers builtin macros need to parse their arguments.
import type { Span } from '../../diagnostics/span.ts';
import type { Attribute } from '../ast/attr.ts';
import type { Expr } from '../ast/expr.ts';
import type { Item, Visibility } from '../ast/item.ts';
import type { Ident } from '../ast/node.ts';
import type { Pat } from '../ast/pat.ts';
import type { Lifetime, Path } from '../ast/path.ts';
import type { Block, Stmt } from '../ast/stmt.ts';
import type { Ty } from '../ast/ty.ts';
import type { Lit } from '../ast/lit.ts';
import type { PunctKind, Token, TokenTree } from '../token.ts';
import type { Symbol } from '../symbol.ts';
import { Parser as Cursor, PErr } from './parser.ts';
import * as attr from './attr.ts';
import * as expr from './expr.ts';
import * as item from './item.ts';
import * as pat from './pat.ts';
import * as path from './path.ts';
import * as stmt from './stmt.ts';
import * as ty from './ty.ts';
import { litFromToken } from './lit.ts';

export { PErr };
export type PathStyle = path.PathStyle;

export class Parser extends Cursor {
  parseExpr(): Expr {
    return expr.parseExpr(this);
  }

  parseTy(): Ty {
    return ty.parseTy(this);
  }

  /** A pattern with top-level `|` allowed (`pat` fragment in 2021+). */
  parsePat(): Pat {
    return pat.parsePatAllowTopAlt(this);
  }

  /** A pattern without top-level `|` (`pat_param` fragment). */
  parsePatNoTopAlt(): Pat {
    return pat.parsePatNoTopAlt(this);
  }

  /** An item with its outer attributes, or null if none starts here. */
  parseItem(): Item | null {
    return item.parseItem(this);
  }

  /** One statement with its `;`, or null at a `}` / end. */
  parseStmt(): Stmt | null {
    if (this.isEof()) return null;
    return stmt.parseFullStmt(this);
  }

  parseBlock(): Block {
    return stmt.parseBlock(this);
  }

  /** Statements up to the end of the token stream (a macro expanding to statements). */
  parseBlockContents(): Stmt[] {
    const out: Stmt[] = [];
    while (!this.isEof()) {
      const s = stmt.parseFullStmt(this);
      if (s) out.push(s);
      else if (!this.isEof()) throw this.unexpectedErr();
    }
    return out;
  }

  /** Items up to the end of the token stream (a macro expanding to items). */
  parseItems(): Item[] {
    return item.parseModContents(this, false).items;
  }

  parseOuterAttributes(): Attribute[] {
    return attr.parseOuterAttributes(this);
  }

  parseInnerAttributes(): Attribute[] {
    return attr.parseInnerAttributes(this);
  }

  parseAttribute(style: 'outer' | 'inner'): Attribute {
    return attr.parseAttribute(this, style);
  }

  /** The inside of `#[...]` (a `meta` fragment). */
  parseAttrItem(): Attribute {
    const lo = this.span;
    const { path: p, args } = attr.parseAttrItem(this);
    return { id: this.id(), kind: { tag: 'Normal', path: p, args }, style: 'outer', span: this.sp(lo) };
  }

  parsePath(style: PathStyle = 'expr'): Path {
    return path.parsePath(this, style);
  }

  parseVisibility(): Visibility {
    return item.parseVisibility(this);
  }

  parseLifetime(): Lifetime {
    const t = this.token;
    if (t.kind !== 'lifetime') {
      this.expected.push('lifetime');
      throw this.unexpectedErr();
    }
    this.bump();
    return { id: this.id(), ident: { name: t.sym, span: t.span } };
  }

  /** A literal expression (also `-1` and `true`), as the `literal` fragment accepts. */
  parseLiteral(): Expr {
    const lo = this.span;
    if (this.isPunct('-')) {
      this.bump();
      const e = expr.parseLitExpr(this);
      return expr.mkExpr(this, this.sp(lo), { tag: 'Unary', op: 'Neg', expr: e });
    }
    return expr.parseLitExpr(this);
  }

  /** A string literal (plain or raw) with its value, e.g. a format string or ABI. */
  parseStrLit(): { value: string; span: Span; lit: Lit } | null {
    const t = this.token;
    if (t.kind === 'literal' && (t.lit.kind === 'str' || t.lit.kind === 'strRaw')) {
      this.bump();
      const lit = litFromToken(t.lit, t.span);
      if (lit.value.tag !== 'Str') return null;
      return { value: lit.value.value, span: t.span, lit };
    }
    if (t.kind === 'interpolated' && (t.nt.tag === 'expr' || t.nt.tag === 'literal')) {
      const e = t.nt.expr;
      if (e.kind.tag === 'Lit' && e.kind.lit.value.tag === 'Str') {
        this.bump();
        return { value: e.kind.lit.value.value, span: e.span, lit: e.kind.lit };
      }
    }
    return null;
  }

  peek(n = 0): Token {
    return n === 0 ? this.token : this.look(n);
  }

  eatKeyword(sym: Symbol): boolean {
    return this.eatKw(sym);
  }

  /** An identifier (keywords excluded), or null without consuming. */
  eatIdent(): Ident | null {
    if (!this.isIdent()) return null;
    return this.parseIdent();
  }

  /** Any identifier token including keywords (asm! operand names like `in`, `const`). */
  eatAnyIdent(): Ident | null {
    const t = this.token;
    if (t.kind !== 'ident') return null;
    this.bump();
    return { name: t.sym, span: t.span };
  }

  checkPunct(p: PunctKind): boolean {
    return this.check(p);
  }

  /** All remaining token trees. */
  parseTokenTreesToEnd(): TokenTree[] {
    const out: TokenTree[] = [];
    while (!this.isEof()) out.push(this.parseTokenTree());
    return out;
  }

  /** Runs `f`; on a parse error emits it and returns null (rustc's `.map_err(|e| e.emit())`). */
  recover<T>(f: (p: this) => T): T | null {
    try {
      return f(this);
    } catch (e) {
      if (e instanceof PErr) {
        e.diag.emit();
        return null;
      }
      throw e;
    }
  }

  /** Error unless the whole input was consumed (macro arguments with trailing tokens). */
  expectEof(): void {
    if (!this.isEof()) throw this.unexpectedErr();
  }
}
