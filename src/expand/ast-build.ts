import type { Span } from '../diagnostics/span.ts';
import type { Block, Expr, ExprKind, Ident, Lit, Local, Pat, Path, Stmt } from '../syntax/ast/index.ts';
import { intern } from '../syntax/symbol.ts';

/** Builds AST nodes for macro expansions, each with a fresh NodeId and the given span. */
export class AstBuilder {
  constructor(
    private readonly nextId: () => number,
    readonly span: Span,
  ) {}

  ident(name: string): Ident {
    return { name: intern(name), span: this.span };
  }

  path(segments: readonly string[], global: boolean): Path {
    return {
      span: this.span,
      global,
      segments: segments.map((s) => ({ id: this.nextId(), ident: this.ident(s), args: null })),
    };
  }

  expr(kind: ExprKind, span: Span = this.span): Expr {
    return { id: this.nextId(), kind, span, attrs: [] };
  }

  pathExpr(segments: readonly string[], global: boolean): Expr {
    return this.expr({ tag: 'Path', qself: null, path: this.path(segments, global) });
  }

  call(func: Expr, args: readonly Expr[], span: Span = this.span): Expr {
    return this.expr({ tag: 'Call', func, args }, span);
  }

  methodCall(receiver: Expr, name: string, args: readonly Expr[]): Expr {
    return this.expr({
      tag: 'MethodCall',
      receiver,
      seg: { id: this.nextId(), ident: this.ident(name), args: null },
      args,
      span: this.span,
    });
  }

  lit(lit: Lit, span: Span = this.span): Expr {
    return this.expr({ tag: 'Lit', lit }, span);
  }

  strLit(value: string, span: Span = this.span): Expr {
    const lit: Lit = {
      token: { kind: 'str', symbol: intern(escapeStr(value)), suffix: null },
      value: { tag: 'Str', value, raw: false },
      span,
    };
    return this.lit(lit, span);
  }

  /** An integer literal with an explicit suffix so its type is fixed. */
  intLit(value: number | bigint, suffix: 'u32' | 'usize' | 'i32', span: Span = this.span): Expr {
    const v = BigInt(value);
    const lit: Lit = {
      token: { kind: 'integer', symbol: intern(v.toString()), suffix: intern(suffix) },
      value: { tag: 'Int', value: v, suffix },
      span,
    };
    return this.lit(lit, span);
  }

  /** `&expr`; `span` lets errors about the borrowed value point at the user's expression. */
  addrOf(expr: Expr, mutbl: 'not' | 'mut' = 'not', span: Span = this.span): Expr {
    return this.expr({ tag: 'AddrOf', raw: false, mutbl, expr }, span);
  }

  field(expr: Expr, name: string): Expr {
    return this.expr({ tag: 'Field', expr, ident: this.ident(name) });
  }

  tuple(elems: readonly Expr[]): Expr {
    return this.expr({ tag: 'Tup', elems });
  }

  bindingPat(name: string, mutable: boolean): Pat {
    return {
      id: this.nextId(),
      span: this.span,
      kind: { tag: 'Ident', mode: { byRef: null, mutbl: mutable ? 'mut' : 'not' }, ident: this.ident(name), sub: null },
    };
  }

  letStmt(name: string, mutable: boolean, init: Expr): Stmt {
    const local: Local = {
      id: this.nextId(),
      pat: this.bindingPat(name, mutable),
      ty: null,
      init: { tag: 'Init', expr: init },
      attrs: [],
      span: this.span,
    };
    return { id: this.nextId(), kind: { tag: 'Let', local }, span: this.span };
  }

  semi(expr: Expr): Stmt {
    return { id: this.nextId(), kind: { tag: 'Semi', expr }, span: expr.span };
  }

  tail(expr: Expr): Stmt {
    return { id: this.nextId(), kind: { tag: 'Expr', expr }, span: expr.span };
  }

  block(stmts: readonly Stmt[], rules: 'default' | 'unsafe' = 'default'): Block {
    return { id: this.nextId(), stmts, rules, span: this.span };
  }

  blockExpr(stmts: readonly Stmt[]): Expr {
    return this.expr({ tag: 'Block', block: this.block(stmts), label: null });
  }
}

/** The source form of a string literal's contents (the token keeps text as written). */
function escapeStr(value: string): string {
  let out = '';
  for (const ch of value) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c === 0) out += '\\0';
    else if (c < 0x20 || c === 0x7f) out += `\\u{${c.toString(16)}}`;
    else out += ch;
  }
  return out;
}
