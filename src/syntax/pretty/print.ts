// `-Z unpretty=normal`: the AST printed back as Rust source. One item or statement per
// line, four-space indentation, expressions on one line with the parentheses the AST
// records. Parsing the output gives the same AST (spans and node ids aside).
import type { Attribute, DelimArgs, MacCall, AttrArgs } from '../ast/attr.ts';
import type { Arm, Expr, ExprField, Label } from '../ast/expr.ts';
import type { GenericArgs, GenericArg, AngleBracketedArg, Path, QSelf, Lifetime, AnonConst } from '../ast/path.ts';
import type { GenericBound, GenericParam, Generics, WhereClause } from '../ast/generics.ts';
import type {
  AssocItem, Crate, FieldDef, Fn, FnDecl, FnHeader, ForeignItem, Item, Param, UseTree, Variant, VariantData, Visibility,
} from '../ast/item.ts';
import type { Ident } from '../ast/node.ts';
import type { Pat } from '../ast/pat.ts';
import type { Block, Local, Stmt } from '../ast/stmt.ts';
import type { FnRetTy, Ty } from '../ast/ty.ts';
import type { Delim, Token, TokenTree, PunctKind } from '../token.ts';
import { kw, symStr, type Symbol } from '../symbol.ts';
import { litToString } from '../token-text.ts';
import { isPathSegmentKeyword, isReservedIdent } from '../keywords.ts';
import type { Edition } from '../edition.ts';

export interface PrintOptions {
  /** Edition used to decide which identifiers must be printed raw (`r#try`). */
  readonly edition?: Edition;
}

export function printCrate(krate: Crate, opts: PrintOptions = {}): string {
  const p = new Printer(opts.edition ?? '2021');
  p.innerAttrs(krate.attrs);
  for (const it of krate.items) p.item(it);
  return p.finish();
}

export function exprToString(e: Expr, opts: PrintOptions = {}): string {
  return new Printer(opts.edition ?? '2021').exprStr(e);
}

export function tyToString(t: Ty, opts: PrintOptions = {}): string {
  return new Printer(opts.edition ?? '2021').tyStr(t);
}

export function patToString(pt: Pat, opts: PrintOptions = {}): string {
  return new Printer(opts.edition ?? '2021').patStr(pt);
}

export function pathToString(pa: Path, opts: PrintOptions = {}): string {
  return new Printer(opts.edition ?? '2021').pathStr(pa, false);
}

export function tokensToString(tts: readonly TokenTree[]): string {
  return new Printer('2021').tts(tts);
}

const CLOSE: Record<Delim, string> = { '(': ')', '[': ']', '{': '}', invisible: '' };
const GLUED = new Set<string>([
  '<=', '==', '!=', '>=', '&&', '||', '<<', '>>', '+=', '-=', '*=', '/=', '%=', '^=', '&=', '|=', '<<=', '>>=', '..',
  '...', '..=', '::', '->', '=>', '<-',
]);

class Printer {
  private out: string[] = [];
  private ind = 0;

  constructor(private readonly ed: Edition) {}

  finish(): string {
    return this.out.join('');
  }

  private line(s: string): void {
    this.out.push('    '.repeat(this.ind) + s + '\n');
  }

  // ---- identifiers and tokens ------------------------------------------------------------

  ident(id: Ident | Symbol): string {
    const name = typeof id === 'number' ? id : id.name;
    const s = symStr(name);
    if (name !== kw.Empty && name !== kw.Underscore && !isPathSegmentKeyword(name) && isReservedIdent(name, this.ed) && !s.startsWith("'")) {
      return 'r#' + s;
    }
    return s;
  }

  private tokenStr(t: Token): string {
    switch (t.kind) {
      case 'punct': return t.p;
      case 'ident': return (t.raw ? 'r#' : '') + symStr(t.sym);
      case 'lifetime': return symStr(t.sym);
      case 'literal': return litToString(t.lit);
      case 'doc': {
        const body = symStr(t.sym);
        if (t.comment === 'line') return (t.style === 'inner' ? '//!' : '///') + body + '\n';
        return (t.style === 'inner' ? '/*!' : '/**') + body + '*/';
      }
      case 'interpolated': return this.ntStr(t);
      case 'open': return t.delim === 'invisible' ? '' : t.delim;
      case 'close': return CLOSE[t.delim];
      case 'eof': return '';
    }
  }

  private ntStr(t: Token & { kind: 'interpolated' }): string {
    const nt = t.nt;
    switch (nt.tag) {
      case 'item': return this.sub((p) => p.item(nt.item)).trim();
      case 'block': return this.blockStr(nt.block);
      case 'stmt': return this.sub((p) => p.stmt(nt.stmt)).trim();
      case 'pat': return this.patStr(nt.pat);
      case 'expr': case 'literal': return this.exprStr(nt.expr);
      case 'ty': return this.tyStr(nt.ty);
      case 'ident': return (nt.raw ? 'r#' : '') + symStr(nt.ident.name);
      case 'lifetime': return symStr(nt.lifetime.ident.name);
      case 'meta': return this.attrInner(nt.attr);
      case 'path': return this.pathStr(nt.path, false);
      case 'vis': return this.visStr(nt.vis).trim();
    }
  }

  /** Token trees separated by spaces, except where the source glued them (joint puncts). */
  tts(tts: readonly TokenTree[]): string {
    let s = '';
    let prevJoint: PunctKind | null = null;
    for (let i = 0; i < tts.length; i++) {
      const tt = tts[i]!;
      let piece: string;
      let joint: PunctKind | null = null;
      if (tt.kind === 'token') {
        piece = this.tokenStr(tt.token);
        if (tt.token.kind === 'punct' && tt.token.joint) joint = tt.token.p;
      } else {
        const open = tt.delim === 'invisible' ? '' : tt.delim;
        piece = open + this.tts(tt.tts) + CLOSE[tt.delim];
      }
      if (s.length > 0 && !s.endsWith('\n')) {
        const next = tt.kind === 'token' && tt.token.kind === 'punct' ? tt.token.p : null;
        const prevTok = tts[i - 1]!;
        const afterDollar = prevTok.kind === 'token' && prevTok.token.kind === 'punct' && prevTok.token.p === '$' && tt.kind === 'token' && tt.token.kind === 'ident';
        // A joint punct stays adjacent when that cannot glue into a different token.
        const adjacent =
          (prevJoint !== null && next !== null && !GLUED.has(prevJoint + next) && !GLUED.has(prevJoint + next[0])) ||
          ((next === ',' || next === ';') && prevJoint === null) ||
          afterDollar;
        if (!adjacent) s += ' ';
      }
      s += piece;
      prevJoint = joint;
    }
    return s;
  }

  private delimArgs(d: DelimArgs): string {
    const open = d.delim === 'invisible' ? '(' : d.delim;
    const close = d.delim === 'invisible' ? ')' : CLOSE[d.delim];
    const inner = this.tts(d.tokens);
    if (d.delim === '{') return `{ ${inner} }`.replace('{  }', '{}');
    return open + inner + close;
  }

  macStr(m: MacCall): string {
    return `${this.pathStr(m.path, false)}!${this.delimArgs(m.args)}`;
  }

  // ---- attributes ---------------------------------------------------------------------

  private attrInner(a: Attribute): string {
    if (a.kind.tag === 'DocComment') return '';
    return this.pathStr(a.kind.path, false) + this.attrArgs(a.kind.args);
  }

  private attrArgs(args: AttrArgs): string {
    switch (args.tag) {
      case 'Empty': return '';
      case 'Delimited': return this.delimArgs(args.args);
      case 'Eq': return ' = ' + this.exprStr(args.expr);
    }
  }

  private attrStr(a: Attribute): string {
    if (a.kind.tag === 'DocComment') {
      const body = symStr(a.kind.sym);
      if (a.kind.comment === 'line') return (a.style === 'inner' ? '//!' : '///') + body;
      return (a.style === 'inner' ? '/*!' : '/**') + body + '*/';
    }
    return (a.style === 'inner' ? '#![' : '#[') + this.attrInner(a) + ']';
  }

  outerAttrs(attrs: readonly Attribute[]): void {
    for (const a of attrs) if (a.style === 'outer') this.attrLines(a);
  }

  innerAttrs(attrs: readonly Attribute[]): void {
    for (const a of attrs) if (a.style === 'inner') this.attrLines(a);
  }

  private attrLines(a: Attribute): void {
    // A block doc comment may span lines; print it verbatim.
    const s = this.attrStr(a);
    if (s.includes('\n')) this.out.push('    '.repeat(this.ind) + s + '\n');
    else this.line(s);
  }

  /** Outer attributes inline (for expressions, fields, params...). */
  private inlineAttrs(attrs: readonly Attribute[]): string {
    let s = '';
    for (const a of attrs) {
      const t = this.attrStr(a);
      s += a.kind.tag === 'DocComment' && a.kind.comment === 'line' ? t + '\n' : t + ' ';
    }
    return s;
  }

  // ---- items ----------------------------------------------------------------------------

  private visStr(v: Visibility): string {
    switch (v.kind.tag) {
      case 'Public': return 'pub ';
      case 'Inherited': return '';
      case 'Restricted': {
        const path = this.pathStr(v.kind.path, false);
        return v.kind.shorthand ? `pub(${path}) ` : `pub(in ${path}) `;
      }
    }
  }

  private sub(f: (p: Printer) => void): string {
    const p = new Printer(this.ed);
    p.ind = this.ind;
    f(p);
    return p.finish();
  }

  item(it: Item): void {
    this.outerAttrs(it.attrs);
    const vis = this.visStr(it.vis);
    const k = it.kind;
    const name = this.ident(it.ident);
    switch (k.tag) {
      case 'ExternCrate':
        this.line(`${vis}extern crate ${k.orig !== null ? `${this.ident(k.orig)} as ${name}` : name};`);
        return;
      case 'Use':
        this.line(`${vis}use ${this.useTreeStr(k.tree)};`);
        return;
      case 'Static':
        this.line(
          `${vis}${k.safety === 'unsafe' ? 'unsafe ' : k.safety === 'safe' ? 'safe ' : ''}static ${k.mutbl === 'mut' ? 'mut ' : ''}${name}: ${this.tyStr(k.ty)}${k.expr ? ' = ' + this.exprStr(k.expr) : ''};`,
        );
        return;
      case 'Const':
        this.line(
          `${vis}${k.defaultness === 'default' ? 'default ' : ''}const ${name}${this.genericParamsStr(k.generics)}: ${this.tyStr(k.ty)}${k.expr ? ' = ' + this.exprStr(k.expr) : ''}${this.whereStr(k.generics.whereClause)};`,
        );
        return;
      case 'Fn':
        this.fn(vis, name, k, it.attrs);
        return;
      case 'Mod': {
        const unsafe = k.safety === 'unsafe' ? 'unsafe ' : '';
        if (k.mod.tag === 'Unloaded') {
          this.line(`${vis}${unsafe}mod ${name};`);
          return;
        }
        this.line(`${vis}${unsafe}mod ${name} {`);
        this.ind++;
        this.innerAttrs(it.attrs);
        for (const i of k.mod.items) this.item(i);
        this.ind--;
        this.line('}');
        return;
      }
      case 'ForeignMod': {
        const unsafe = k.safety === 'unsafe' ? 'unsafe ' : '';
        this.line(`${unsafe}extern ${k.abi !== null ? JSON.stringify(k.abi) + ' ' : ''}{`);
        this.ind++;
        this.innerAttrs(it.attrs);
        for (const i of k.items) this.foreignItem(i);
        this.ind--;
        this.line('}');
        return;
      }
      case 'GlobalAsm':
        this.line('global_asm!();');
        return;
      case 'TyAlias':
        this.line(
          `${vis}${k.defaultness === 'default' ? 'default ' : ''}type ${name}${this.genericParamsStr(k.generics)}${k.bounds.length ? ': ' + this.boundsStr(k.bounds) : ''}${this.whereStr(k.generics.whereClause)}${k.ty ? ' = ' + this.tyStr(k.ty) : ''};`,
        );
        return;
      case 'Enum': {
        this.line(`${vis}enum ${name}${this.genericParamsStr(k.generics)}${this.whereStr(k.generics.whereClause)} {`);
        this.ind++;
        for (const v of k.variants) this.variant(v);
        this.ind--;
        this.line('}');
        return;
      }
      case 'Struct':
      case 'Union':
        this.structLike(vis, k.tag === 'Struct' ? 'struct' : 'union', name, k.generics, k.data);
        return;
      case 'Trait': {
        const unsafe = k.safety === 'unsafe' ? 'unsafe ' : '';
        const auto = k.isAuto ? 'auto ' : '';
        this.line(`${vis}${unsafe}${auto}trait ${name}${this.genericParamsStr(k.generics)}${k.bounds.length ? ': ' + this.boundsStr(k.bounds) : ''}${this.whereStr(k.generics.whereClause)} {`);
        this.ind++;
        this.innerAttrs(it.attrs);
        for (const i of k.items) this.assocItem(i);
        this.ind--;
        this.line('}');
        return;
      }
      case 'TraitAlias':
        this.line(`${vis}trait ${name}${this.genericParamsStr(k.generics)} = ${this.boundsStr(k.bounds)}${this.whereStr(k.generics.whereClause)};`);
        return;
      case 'Impl': {
        let head = `${k.defaultness === 'default' ? 'default ' : ''}${k.safety === 'unsafe' ? 'unsafe ' : ''}impl${this.genericParamsStr(k.generics)} ${k.constness === 'const' ? 'const ' : ''}`;
        if (k.polarity === 'negative') head += '!';
        if (k.ofTrait) head += `${this.pathStr(k.ofTrait.path, false)} for `;
        head += this.tyStr(k.selfTy) + this.whereStr(k.generics.whereClause);
        this.line(`${vis}${head} {`);
        this.ind++;
        this.innerAttrs(it.attrs);
        for (const i of k.items) this.assocItem(i);
        this.ind--;
        this.line('}');
        return;
      }
      case 'MacCall': {
        const m = this.macStr(k.mac);
        this.line(k.mac.args.delim === '{' ? m : m + ';');
        return;
      }
      case 'MacroDef': {
        if (k.macroRules) {
          const body = this.delimArgs(k.body);
          this.line(`${vis}macro_rules! ${name} ${body}${k.body.delim === '{' ? '' : ';'}`);
        } else {
          this.line(`${vis}macro ${name} { ${this.tts(k.body.tokens)} }`);
        }
        return;
      }
    }
  }

  private assocItem(it: AssocItem): void {
    this.item(it as unknown as Item);
  }

  private foreignItem(it: ForeignItem): void {
    this.item(it as unknown as Item);
  }

  private structLike(vis: string, kwd: string, name: string, g: Generics, data: VariantData): void {
    const gp = this.genericParamsStr(g);
    const wc = this.whereStr(g.whereClause);
    switch (data.tag) {
      case 'Unit':
        this.line(`${vis}${kwd} ${name}${gp}${wc};`);
        return;
      case 'Tuple':
        this.line(`${vis}${kwd} ${name}${gp}(${data.fields.map((f) => this.fieldStr(f)).join(', ')})${wc};`);
        return;
      case 'Struct':
        this.line(`${vis}${kwd} ${name}${gp}${wc} {`);
        this.ind++;
        for (const f of data.fields) this.line(this.fieldStr(f) + ',');
        this.ind--;
        this.line('}');
    }
  }

  private fieldStr(f: FieldDef): string {
    const attrs = this.inlineAttrs(f.attrs);
    return `${attrs}${this.visStr(f.vis)}${f.ident ? this.ident(f.ident) + ': ' : ''}${this.tyStr(f.ty)}`;
  }

  private variant(v: Variant): void {
    const attrs = this.inlineAttrs(v.attrs);
    let s = `${attrs}${this.visStr(v.vis)}${this.ident(v.ident)}`;
    if (v.data.tag === 'Tuple') s += `(${v.data.fields.map((f) => this.fieldStr(f)).join(', ')})`;
    else if (v.data.tag === 'Struct') s += ` { ${v.data.fields.map((f) => this.fieldStr(f)).join(', ')} }`;
    if (v.disrExpr) s += ' = ' + this.exprStr(v.disrExpr.value);
    this.line(s + ',');
  }

  private headerStr(h: FnHeader): string {
    let s = '';
    if (h.constness === 'const') s += 'const ';
    if (h.asyncness) s += 'async ';
    if (h.safety === 'unsafe') s += 'unsafe ';
    if (h.safety === 'safe') s += 'safe ';
    if (h.ext) s += h.ext.abi !== null ? `extern ${JSON.stringify(h.ext.abi)} ` : 'extern ';
    return s;
  }

  private fn(vis: string, name: string, f: Fn, attrs: readonly Attribute[]): void {
    const sig = `${vis}${f.defaultness === 'default' ? 'default ' : ''}${this.headerStr(f.sig.header)}fn ${name}${this.genericParamsStr(f.generics)}${this.declStr(f.sig.decl)}${this.whereStr(f.generics.whereClause)}`;
    if (!f.body) {
      this.line(sig + ';');
      return;
    }
    this.line(sig + ' {');
    this.ind++;
    this.innerAttrs(attrs);
    for (const s of f.body.stmts) this.stmt(s);
    this.ind--;
    this.line('}');
  }

  private declStr(d: FnDecl): string {
    return `(${d.inputs.map((p) => this.paramStr(p)).join(', ')})${this.retStr(d.output)}`;
  }

  private paramStr(p: Param): string {
    const attrs = this.inlineAttrs(p.attrs);
    const pk = p.pat.kind;
    if (pk.tag === 'Ident' && pk.ident.name === kw.SelfLower && pk.sub === null) {
      const t = p.ty.kind;
      if (t.tag === 'ImplicitSelf') return `${attrs}${pk.mode.mutbl === 'mut' ? 'mut ' : ''}self`;
      if (t.tag === 'Ref' && t.ty.kind.tag === 'ImplicitSelf') {
        return `${attrs}&${t.lifetime ? symStr(t.lifetime.ident.name) + ' ' : ''}${t.mutbl === 'mut' ? 'mut ' : ''}self`;
      }
    }
    if (pk.tag === 'Ident' && pk.ident.name === kw.Empty) return attrs + this.tyStr(p.ty);
    if (p.ty.kind.tag === 'CVarArgs' && pk.tag === 'Ident' && pk.ident.name === kw.Empty) return attrs + '...';
    return `${attrs}${this.patStr(p.pat)}: ${this.tyStr(p.ty)}`;
  }

  private retStr(r: FnRetTy): string {
    return r.tag === 'Ty' ? ' -> ' + this.tyStr(r.ty) : '';
  }

  private useTreeStr(t: UseTree): string {
    const prefix = (t.prefix.global ? '::' : '') + t.prefix.segments.map((s) => this.ident(s.ident)).join('::');
    switch (t.kind.tag) {
      case 'Simple': {
        const r = t.kind.rename;
        return prefix + (r ? ' as ' + this.ident(r) : '');
      }
      case 'Glob':
        return prefix + (t.prefix.segments.length ? '::*' : '*');
      case 'Nested': {
        const inner = `{${t.kind.items.map((i) => this.useTreeStr(i)).join(', ')}}`;
        return t.prefix.segments.length ? prefix + '::' + inner : prefix + inner;
      }
    }
  }

  // ---- generics -------------------------------------------------------------------------

  genericParamsStr(g: Generics): string {
    if (g.params.length === 0) return '';
    return `<${g.params.map((p) => this.genericParamStr(p)).join(', ')}>`;
  }

  private genericParamStr(p: GenericParam): string {
    const attrs = this.inlineAttrs(p.attrs);
    const name = this.ident(p.ident);
    switch (p.kind.tag) {
      case 'Lifetime':
        return `${attrs}${symStr(p.ident.name)}${p.bounds.length ? ': ' + this.boundsStr(p.bounds) : ''}`;
      case 'Type':
        return `${attrs}${name}${p.bounds.length ? ': ' + this.boundsStr(p.bounds) : ''}${p.kind.default ? ' = ' + this.tyStr(p.kind.default) : ''}`;
      case 'Const':
        return `${attrs}const ${name}: ${this.tyStr(p.kind.ty)}${p.kind.default ? ' = ' + this.anonConstStr(p.kind.default) : ''}`;
    }
  }

  private anonConstStr(c: AnonConst): string {
    return this.exprStr(c.value);
  }

  private whereStr(w: WhereClause): string {
    if (!w.hasWhereToken) return '';
    const preds = w.predicates.map((p) => {
      switch (p.tag) {
        case 'Bound': {
          const b = p.boundGenericParams.length ? `for<${p.boundGenericParams.map((x) => this.genericParamStr(x)).join(', ')}> ` : '';
          return `${b}${this.tyStr(p.boundedTy)}: ${this.boundsStr(p.bounds)}`;
        }
        case 'Region':
          return `${symStr(p.lifetime.ident.name)}: ${this.boundsStr(p.bounds)}`;
        case 'Eq':
          return `${this.tyStr(p.lhs)} = ${this.tyStr(p.rhs)}`;
      }
    });
    return ` where ${preds.join(', ')}`;
  }

  boundsStr(bs: readonly GenericBound[]): string {
    return bs.map((b) => this.boundStr(b)).join(' + ');
  }

  private boundStr(b: GenericBound): string {
    switch (b.tag) {
      case 'Outlives':
        return symStr(b.lifetime.ident.name);
      case 'Use':
        return `use<${b.args.map((a) => ('ident' in a ? symStr(a.ident.name) : this.ident(a))).join(', ')}>`;
      case 'Trait': {
        const bgp = b.poly.boundGenericParams.length ? `for<${b.poly.boundGenericParams.map((x) => this.genericParamStr(x)).join(', ')}> ` : '';
        const m = b.modifier === 'maybe' ? '?' : b.modifier === 'negative' ? '!' : b.modifier === 'const' ? 'const ' : b.modifier === 'maybeConst' ? '~const ' : '';
        return `${m}${bgp}${this.pathStr(b.poly.traitRef.path, false)}`;
      }
    }
  }

  // ---- paths ----------------------------------------------------------------------------

  pathStr(p: Path, exprStyle: boolean): string {
    let s = p.global ? '::' : '';
    s += p.segments
      .map((seg) => {
        let t = this.ident(seg.ident);
        if (seg.args) t += (exprStyle ? '::' : '') + this.genericArgsStr(seg.args);
        return t;
      })
      .join('::');
    return s;
  }

  private qpathStr(q: QSelf, p: Path, exprStyle: boolean): string {
    const traitSegs = p.segments.slice(0, q.position);
    const rest = p.segments.slice(q.position);
    let s = `<${this.tyStr(q.ty)}`;
    if (q.position > 0) s += ` as ${this.pathStr({ span: p.span, segments: traitSegs, global: p.global }, false)}`;
    s += '>';
    for (const seg of rest) {
      s += '::' + this.ident(seg.ident);
      if (seg.args) s += (exprStyle ? '::' : '') + this.genericArgsStr(seg.args);
    }
    return s;
  }

  private genericArgsStr(a: GenericArgs): string {
    switch (a.tag) {
      case 'AngleBracketed':
        return `<${a.args.map((x) => this.angleArgStr(x)).join(', ')}>`;
      case 'Parenthesized':
        return `(${a.inputs.map((t) => this.tyStr(t)).join(', ')})${this.retStr(a.output)}`;
      case 'ParenthesizedElided':
        return '(..)';
    }
  }

  private angleArgStr(a: AngleBracketedArg): string {
    if (a.tag === 'Arg') return this.genericArgStr(a.arg);
    const g = a.genArgs ? this.genericArgsStr(a.genArgs) : '';
    if (a.kind.tag === 'Bound') return `${this.ident(a.ident)}${g}: ${this.boundsStr(a.kind.bounds)}`;
    const term = a.kind.term.tag === 'Ty' ? this.tyStr(a.kind.term.ty) : this.exprStr(a.kind.term.value.value);
    return `${this.ident(a.ident)}${g} = ${term}`;
  }

  private genericArgStr(a: GenericArg): string {
    switch (a.tag) {
      case 'Lifetime': return symStr(a.lifetime.ident.name);
      case 'Type': return this.tyStr(a.ty);
      case 'Const': return this.exprStr(a.value.value);
    }
  }

  // ---- types ----------------------------------------------------------------------------

  tyStr(t: Ty): string {
    const k = t.kind;
    switch (k.tag) {
      case 'Slice': return `[${this.tyStr(k.ty)}]`;
      case 'Array': return `[${this.tyStr(k.ty)}; ${this.exprStr(k.len.value)}]`;
      case 'Ptr': return `*${k.mutbl === 'mut' ? 'mut' : 'const'} ${this.tyStr(k.ty)}`;
      case 'Ref': return `&${k.lifetime ? symStr(k.lifetime.ident.name) + ' ' : ''}${k.mutbl === 'mut' ? 'mut ' : ''}${this.tyStr(k.ty)}`;
      case 'BareFn': {
        const b = k.genericParams.length ? `for<${k.genericParams.map((x) => this.genericParamStr(x)).join(', ')}> ` : '';
        const safety = k.safety === 'unsafe' ? 'unsafe ' : '';
        const abi = k.abi !== null ? `extern ${JSON.stringify(k.abi)} ` : '';
        return `${b}${safety}${abi}fn${this.declStr(k.decl)}`;
      }
      case 'Never': return '!';
      case 'Tup': return k.tys.length === 1 ? `(${this.tyStr(k.tys[0]!)},)` : `(${k.tys.map((x) => this.tyStr(x)).join(', ')})`;
      case 'Path': return k.qself ? this.qpathStr(k.qself, k.path, false) : this.pathStr(k.path, false);
      case 'TraitObject': return (k.syntax === 'dyn' ? 'dyn ' : '') + this.boundsStr(k.bounds);
      case 'ImplTrait': return 'impl ' + this.boundsStr(k.bounds);
      case 'Paren': return `(${this.tyStr(k.ty)})`;
      case 'Typeof': return `typeof(${this.exprStr(k.expr.value)})`;
      case 'Infer': return '_';
      case 'ImplicitSelf': return 'Self';
      case 'MacCall': return this.macStr(k.mac);
      case 'CVarArgs': return '...';
      case 'Err': return '_';
    }
  }

  // ---- patterns -------------------------------------------------------------------------

  patStr(p: Pat): string {
    const k = p.kind;
    switch (k.tag) {
      case 'Wild': return '_';
      case 'Ident': {
        let s = '';
        if (k.mode.byRef) s += k.mode.byRef === 'mut' ? 'ref mut ' : 'ref ';
        if (k.mode.mutbl === 'mut') s += 'mut ';
        s += this.ident(k.ident);
        if (k.sub) s += ' @ ' + this.patStr(k.sub);
        return s;
      }
      case 'Struct': {
        const path = k.qself ? this.qpathStr(k.qself, k.path, true) : this.pathStr(k.path, true);
        const fields = k.fields.map((f) => {
          const attrs = this.inlineAttrs(f.attrs);
          if (f.isShorthand) return attrs + this.patStr(f.pat);
          return `${attrs}${this.ident(f.ident)}: ${this.patStr(f.pat)}`;
        });
        if (k.rest) fields.push('..');
        return fields.length ? `${path} { ${fields.join(', ')} }` : `${path} {}`;
      }
      case 'TupleStruct': {
        const path = k.qself ? this.qpathStr(k.qself, k.path, true) : this.pathStr(k.path, true);
        return `${path}(${k.pats.map((x) => this.patStr(x)).join(', ')})`;
      }
      case 'Or': return k.pats.map((x) => this.patStr(x)).join(' | ');
      case 'Path': return k.qself ? this.qpathStr(k.qself, k.path, true) : this.pathStr(k.path, true);
      case 'Tuple': return k.pats.length === 1 && k.pats[0]!.kind.tag !== 'Rest' ? `(${this.patStr(k.pats[0]!)},)` : `(${k.pats.map((x) => this.patStr(x)).join(', ')})`;
      case 'Box': return 'box ' + this.patStr(k.pat);
      case 'Deref': return `deref!(${this.patStr(k.pat)})`;
      case 'Ref': return `&${k.mutbl === 'mut' ? 'mut ' : ''}${this.patStr(k.pat)}`;
      case 'Lit': return this.exprStr(k.expr);
      case 'Range': return `${k.start ? this.exprStr(k.start) : ''}${k.rangeEnd}${k.end ? this.exprStr(k.end) : ''}`;
      case 'Slice': return `[${k.pats.map((x) => this.patStr(x)).join(', ')}]`;
      case 'Rest': return '..';
      case 'Never': return '!';
      case 'Paren': return `(${this.patStr(k.pat)})`;
      case 'MacCall': return this.macStr(k.mac);
      case 'Err': return '_';
    }
  }

  // ---- statements and blocks ------------------------------------------------------------

  stmt(s: Stmt): void {
    const k = s.kind;
    switch (k.tag) {
      case 'Let':
        this.local(k.local);
        return;
      case 'Item':
        this.item(k.item);
        return;
      case 'Expr':
        this.exprStmt(k.expr, '');
        return;
      case 'Semi':
        this.exprStmt(k.expr, ';');
        return;
      case 'Empty':
        this.line(';');
        return;
      case 'MacCall': {
        this.outerAttrs(k.attrs);
        const m = this.macStr(k.mac);
        this.line(k.style === 'semicolon' ? m + ';' : m);
        return;
      }
    }
  }

  private exprStmt(e: Expr, semi: string): void {
    // Outer attributes of a statement expression go on their own lines; inner ones stay
    // inside the expression's block.
    const outer = e.attrs.filter((a) => a.style === 'outer');
    for (const a of outer) this.attrLines(a);
    const bare = outer.length ? { ...e, attrs: e.attrs.filter((a) => a.style === 'inner') } : e;
    this.multiline(this.exprStr(bare) + semi);
  }

  /** A statement whose nested blocks were printed with absolute indentation already. */
  private multiline(s: string): void {
    this.out.push('    '.repeat(this.ind) + s + '\n');
  }

  private local(l: Local): void {
    for (const a of l.attrs) this.attrLines(a);
    let s = `let ${this.patStr(l.pat)}`;
    if (l.ty) s += ': ' + this.tyStr(l.ty);
    if (l.init.tag === 'Init') s += ' = ' + this.exprStr(l.init.expr);
    else if (l.init.tag === 'InitElse') s += ' = ' + this.exprStr(l.init.expr) + ' else ' + this.blockStr(l.init.els);
    this.multiline(s + ';');
  }

  /** A block as a string; its inner lines are indented relative to the current line. */
  blockStr(b: Block, innerAttrs: readonly Attribute[] = []): string {
    const unsafe = b.rules === 'unsafe' ? 'unsafe ' : '';
    const inner = innerAttrs.filter((a) => a.style === 'inner');
    if (b.stmts.length === 0 && inner.length === 0) return unsafe + '{}';
    const p = new Printer(this.ed);
    p.ind = this.ind + 1;
    p.innerAttrs(inner);
    for (const s of b.stmts) p.stmt(s);
    return `${unsafe}{\n${p.finish()}${'    '.repeat(this.ind)}}`;
  }

  // ---- expressions ----------------------------------------------------------------------

  exprStr(e: Expr): string {
    const attrs = e.attrs.filter((a) => a.style === 'outer');
    const innerAttrs = e.attrs.filter((a) => a.style === 'inner');
    const pre = attrs.length ? this.inlineAttrs(attrs) : '';
    return pre + this.exprKindStr(e, innerAttrs);
  }

  private labelStr(l: Label | null): string {
    return l ? symStr(l.ident.name) + ': ' : '';
  }

  private exprKindStr(e: Expr, innerAttrs: readonly Attribute[]): string {
    const k = e.kind;
    switch (k.tag) {
      case 'Array': return `[${k.elems.map((x) => this.exprStr(x)).join(', ')}]`;
      case 'ConstBlock': {
        const v = k.block.value;
        return v.kind.tag === 'Block' ? 'const ' + this.blockStr(v.kind.block, v.attrs) : `const { ${this.exprStr(v)} }`;
      }
      case 'Call': return `${this.exprStr(k.func)}(${k.args.map((x) => this.exprStr(x)).join(', ')})`;
      case 'MethodCall': {
        const args = k.seg.args ? '::' + this.genericArgsStr(k.seg.args) : '';
        return `${this.exprStr(k.receiver)}.${this.ident(k.seg.ident)}${args}(${k.args.map((x) => this.exprStr(x)).join(', ')})`;
      }
      case 'Tup': return k.elems.length === 1 ? `(${this.exprStr(k.elems[0]!)},)` : `(${k.elems.map((x) => this.exprStr(x)).join(', ')})`;
      case 'Binary': return `${this.exprStr(k.lhs)} ${k.op} ${this.exprStr(k.rhs)}`;
      case 'Unary': {
        const op = k.op === 'Deref' ? '*' : k.op === 'Not' ? '!' : '-';
        return op + this.exprStr(k.expr);
      }
      case 'Lit': return litToString(k.lit.token);
      case 'Cast': return `${this.exprStr(k.expr)} as ${this.tyStr(k.ty)}`;
      case 'Type': return `builtin # type_ascribe(${this.exprStr(k.expr)}, ${this.tyStr(k.ty)})`;
      case 'Let': return `let ${this.patStr(k.pat)} = ${this.exprStr(k.expr)}`;
      case 'If': {
        let s = `if ${this.exprStr(k.cond)} ${this.blockStr(k.then)}`;
        if (k.else) s += ' else ' + this.exprStr(k.else);
        return s;
      }
      case 'While': return `${this.labelStr(k.label)}while ${this.exprStr(k.cond)} ${this.blockStr(k.body, innerAttrs)}`;
      case 'ForLoop': return `${this.labelStr(k.label)}for ${this.patStr(k.pat)} in ${this.exprStr(k.iter)} ${this.blockStr(k.body, innerAttrs)}`;
      case 'Loop': return `${this.labelStr(k.label)}loop ${this.blockStr(k.body, innerAttrs)}`;
      case 'Match': {
        const p = new Printer(this.ed);
        p.ind = this.ind + 1;
        p.innerAttrs(innerAttrs);
        for (const a of k.arms) p.arm(a);
        const body = p.finish();
        const head = `match ${this.exprStr(k.scrutinee)} `;
        return body === '' ? head + '{}' : `${head}{\n${body}${'    '.repeat(this.ind)}}`;
      }
      case 'Closure': {
        let s = '';
        if (k.binder) s += `for<${k.binder.map((x) => this.genericParamStr(x)).join(', ')}> `;
        if (k.constness) s += 'const ';
        if (k.isStatic) s += 'static ';
        if (k.coroutine) s += k.coroutine + ' ';
        if (k.capture === 'move') s += 'move ';
        const params = k.decl.inputs.map((p) => {
          const attrs = this.inlineAttrs(p.attrs);
          return p.ty.kind.tag === 'Infer' && p.ty.span.lo === p.ty.span.hi ? attrs + this.patStr(p.pat) : `${attrs}${this.patStr(p.pat)}: ${this.tyStr(p.ty)}`;
        });
        s += `|${params.join(', ')}|`;
        s += this.retStr(k.decl.output);
        return s + ' ' + this.exprStr(k.body);
      }
      case 'Block': return this.labelStr(k.label) + this.blockStr(k.block, innerAttrs);
      case 'Gen': return `${k.kind} ${k.capture === 'move' ? 'move ' : ''}${this.blockStr(k.block, innerAttrs)}`;
      case 'Await': return `${this.exprStr(k.expr)}.await`;
      case 'TryBlock': return 'try ' + this.blockStr(k.block);
      case 'Assign': return `${this.exprStr(k.lhs)} = ${this.exprStr(k.rhs)}`;
      case 'AssignOp': return `${this.exprStr(k.lhs)} ${k.op}= ${this.exprStr(k.rhs)}`;
      case 'Field': {
        const base = this.exprStr(k.expr);
        const f = symStr(k.ident.name);
        // `1.0.field` needs no care; an integer literal base needs a space (`1 .field`).
        const needsSpace = k.expr.kind.tag === 'Lit' && /^[0-9][0-9_]*$/.test(base);
        return `${base}${needsSpace ? ' ' : ''}.${/^[0-9]/.test(f) ? f : this.ident(k.ident)}`;
      }
      case 'Index': return `${this.exprStr(k.expr)}[${this.exprStr(k.index)}]`;
      case 'Range': return `${k.start ? this.exprStr(k.start) : ''}${k.limits === 'Closed' ? '..=' : '..'}${k.end ? this.exprStr(k.end) : ''}`;
      case 'Underscore': return '_';
      case 'Path': return k.qself ? this.qpathStr(k.qself, k.path, true) : this.pathStr(k.path, true);
      case 'AddrOf': {
        const m = k.raw ? (k.mutbl === 'mut' ? 'raw mut ' : 'raw const ') : k.mutbl === 'mut' ? 'mut ' : '';
        return `&${m}${this.exprStr(k.expr)}`;
      }
      case 'Break': return `break${k.label ? ' ' + symStr(k.label.ident.name) : ''}${k.expr ? ' ' + this.exprStr(k.expr) : ''}`;
      case 'Continue': return `continue${k.label ? ' ' + symStr(k.label.ident.name) : ''}`;
      case 'Ret': return `return${k.expr ? ' ' + this.exprStr(k.expr) : ''}`;
      case 'InlineAsm': return 'asm!()';
      case 'OffsetOf': return `builtin # offset_of(${this.tyStr(k.container)}, ${k.fields.map((f) => symStr(f.name)).join('.')})`;
      case 'MacCall': return this.macStr(k.mac);
      case 'Struct': {
        const path = k.qself ? this.qpathStr(k.qself, k.path, true) : this.pathStr(k.path, true);
        const fields = k.fields.map((f) => this.fieldExprStr(f));
        if (k.rest) fields.push(k.rest.tag === 'Base' ? '..' + this.exprStr(k.rest.expr) : '..');
        return fields.length ? `${path} { ${fields.join(', ')} }` : `${path} {}`;
      }
      case 'Repeat': return `[${this.exprStr(k.elem)}; ${this.exprStr(k.count.value)}]`;
      case 'Paren': return `(${this.exprStr(k.expr)})`;
      case 'Try': return `${this.exprStr(k.expr)}?`;
      case 'Yield': return `yield${k.expr ? ' ' + this.exprStr(k.expr) : ''}`;
      case 'Become': return `become ${this.exprStr(k.expr)}`;
      case 'FormatArgs': return 'format_args!()';
      case 'Err': return '(/*ERROR*/)';
    }
  }

  private fieldExprStr(f: ExprField): string {
    const attrs = this.inlineAttrs(f.attrs);
    const name = symStr(f.ident.name);
    if (f.isShorthand) return attrs + this.ident(f.ident);
    return `${attrs}${/^[0-9]/.test(name) ? name : this.ident(f.ident)}: ${this.exprStr(f.expr)}`;
  }

  private arm(a: Arm): void {
    for (const at of a.attrs) this.attrLines(at);
    let s = this.patStr(a.pat);
    if (a.guard) s += ' if ' + this.exprStr(a.guard);
    if (a.body) s += ' => ' + this.exprStr(a.body) + ',';
    else s += ',';
    this.multiline(s);
  }
}
