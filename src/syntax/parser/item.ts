// Items: functions, structs/enums/unions, traits, impls, type aliases, consts/statics,
// modules, use trees, extern crates and blocks, macro_rules! and macro invocations; also
// visibility and fn signatures (shared with trait/impl/foreign items and fn pointer types).
import type { Span } from '../../diagnostics/span.ts';
import type { Attribute, DelimArgs, MacCall } from '../ast/attr.ts';
import type {
  AssocItemKind, FieldDef, Fn, FnHeader, ForeignItemKind, Item, ItemKind, Param, UseTree, UseTreeKind, Variant,
  VariantData, Visibility,
} from '../ast/item.ts';
import type { Generics } from '../ast/generics.ts';
import type { Ident, Safety } from '../ast/node.ts';
import type { Path } from '../ast/path.ts';
import type { Ty } from '../ast/ty.ts';
import type { Token, TokenTree } from '../token.ts';
import { kw, symStr } from '../symbol.ts';
import { kwExtra } from '../keywords.ts';
import type { Parser } from './parser.ts';
import { PErr } from './parser.ts';
import { parseInnerAttributes, parseOuterAttributes, parseDelimArgs } from './attr.ts';
import { parsePath, parsePathSegmentIdent } from './path.ts';
import { parseTy, parseRetTy, parseTyForParam, mkTy } from './ty.ts';
import { parseGenerics, parseGenericBounds, parseWhereClause, emptyGenerics } from './generics.ts';
import { parsePatNoTopAlt, mkPat } from './pat.ts';
import { parseExpr } from './expr.ts';
import { parseBlockCommon, expectSemi, docCommentDoesNotDocument } from './stmt.ts';
import { litFromToken } from './lit.ts';
import { commaSeq } from './seq.ts';

export type ItemCtx = 'mod' | 'stmt' | 'trait' | 'impl' | 'foreign';

/** Span of the `default` keyword just eaten by `parseItemCommon` (for impl diagnostics). */
let lastDefaultSpan: Span | null = null;

const INHERITED = (p: Parser): Visibility => ({ kind: { tag: 'Inherited' }, span: { lo: p.span.lo, hi: p.span.lo, ctxt: p.span.ctxt } });

export function parseVisibility(p: Parser): Visibility {
  const t = p.token;
  if (t.kind === 'interpolated' && t.nt.tag === 'vis') {
    p.bump();
    return t.nt.vis;
  }
  if (!p.isKw(kw.Pub)) {
    p.expected.push('`pub`');
    return INHERITED(p);
  }
  const lo = p.span;
  p.bump();
  if (p.isOpen('(')) {
    const a = p.look(1);
    const b = p.look(2);
    if ((p.isKw(kw.Crate, a) || p.isKw(kw.SelfLower, a) || p.isKw(kw.Super, a)) && p.isClose('(', b)) {
      p.bump();
      const seg = parsePathSegmentIdent(p);
      p.bump();
      const path: Path = { span: seg.span, segments: [{ id: p.id(), ident: seg, args: null }], global: false };
      return { kind: { tag: 'Restricted', path, id: p.id(), shorthand: true }, span: p.sp(lo) };
    }
    if (p.isKw(kw.In, a)) {
      p.bump();
      p.bump();
      const path = parsePath(p, 'mod');
      p.expectClose('(');
      return { kind: { tag: 'Restricted', path, id: p.id(), shorthand: false }, span: p.sp(lo) };
    }
    if (p.isClose('(', b) && a.kind === 'ident') {
      // `pub(foo)`: rustc reports an incorrect restriction and treats it as `pub(in foo)`.
      p.bump();
      const path = parsePath(p, 'mod');
      p.expectClose('(');
      const s = symStr((a as Token & { kind: 'ident' }).sym);
      p.emit(
        p
          .err('incorrect visibility restriction', 'E0704')
          .primary(path.span)
          .help(
            `some possible visibility restrictions are:\n\`pub(crate)\`: visible only on the current crate\n\`pub(super)\`: visible only in the current module's parent\n\`pub(in path::to::module)\`: visible only on the specified path`,
          )
          .help('make this visible only to module `' + s + '` with `in`', path.span, [
            { span: path.span, replacement: `in ${s}`, applicability: 'MachineApplicable', style: 'verbose' },
          ]),
      );
      return { kind: { tag: 'Restricted', path, id: p.id(), shorthand: false }, span: p.sp(lo) };
    }
  }
  return { kind: { tag: 'Public' }, span: p.sp(lo) };
}

/** Module-level item, or null if the next tokens do not start one. */
export function parseItem(p: Parser): Item | null {
  const attrs = parseOuterAttributes(p);
  return parseItemCommon(p, attrs, 'mod');
}

/** `union U`, `auto trait`, `async fn` (2015), `macro_rules! m`: items that look like paths. */
export function isPathStartItem(p: Parser): boolean {
  if (p.isKw(kw.Union) && p.isIdent(p.look(1))) return true;
  if (p.isKw(kw.Auto) && p.isKw(kw.Trait, p.look(1))) return true;
  if (p.isKw(kw.Unsafe) && p.isKw(kw.Auto, p.look(1))) return true;
  if (p.isKw(kw.Async) && (p.isKw(kw.Fn, p.look(1)) || p.isKw(kw.Unsafe, p.look(1)))) return true;
  if (isMacroRulesItem(p)) return true;
  if (p.isKw(kw.Default) && (isItemKwAt(p, 1) || p.isKw(kw.Unsafe, p.look(1)))) return true;
  if (p.isKw(kwExtra.Safe) && (p.isKw(kw.Fn, p.look(1)) || p.isKw(kw.Static, p.look(1)))) return true;
  return false;
}

function isItemKwAt(p: Parser, n: number): boolean {
  const t = p.look(n);
  return p.isKw(kw.Fn, t) || p.isKw(kw.Impl, t) || p.isKw(kw.Const, t) || p.isKw(kw.Type, t) || p.isKw(kw.Async, t) || p.isKw(kw.Extern, t);
}

function isMacroRulesItem(p: Parser): boolean {
  return p.isKw(kw.MacroRules) && p.isPunct('!', p.look(1)) && p.look(2).kind === 'ident';
}

/**
 * Items after their outer attributes. `ctx` selects what is allowed (bodies in trait
 * items are optional, foreign items have none). Returns null when nothing item-like starts.
 */
export function parseItemCommon(p: Parser, attrs: Attribute[], ctx: ItemCtx): Item | null {
  const t = p.token;
  if (t.kind === 'interpolated' && t.nt.tag === 'item') {
    p.bump();
    const it = t.nt.item;
    return attrs.length ? { ...it, attrs: [...attrs, ...it.attrs] } : it;
  }
  const lo = p.span;
  const vis = parseVisibility(p);
  let defaultness: 'final' | 'default' = 'final';
  if (p.isKw(kw.Default) && (isItemKwAt(p, 1) || p.isKw(kw.Unsafe, p.look(1)) || p.isKw(kw.Pub, p.look(1)))) {
    p.bump();
    defaultness = 'default';
    lastDefaultSpan = p.prevSpan;
  }
  const r = parseItemKind(p, attrs, lo, vis, defaultness, ctx);
  if (r === null) {
    if (vis.kind.tag !== 'Inherited') {
      const b = p.err(`visibility \`${p.sess.sourceMap.snippet(vis.span)}\` is not followed by an item`).primary(vis.span, 'the visibility');
      b.help(`you likely meant to define an item, e.g., \`${p.sess.sourceMap.snippet(vis.span)} fn foo() {}\``);
      throw new PErr(b);
    }
    if (defaultness === 'default') {
      throw new PErr(p.err('`default` is not followed by an item').primary(p.prevSpan, 'the `default` qualifier').note('only `fn`, `const`, `type`, or `impl` items may be prefixed by `default`'));
    }
    return null;
  }
  return { id: p.id(), attrs: r.attrs, vis, ident: r.ident, kind: r.kind, span: p.sp(lo) };
}

interface ItemParts {
  ident: Ident;
  kind: ItemKind;
  attrs: Attribute[];
}

function noIdent(p: Parser): Ident {
  return { name: kw.Empty, span: { lo: p.span.lo, hi: p.span.lo, ctxt: 0 } };
}

/** rustc's `check_fn_front_matter`. */
function isFnFrontMatter(p: Parser): boolean {
  if (p.isKw(kw.Fn)) return true;
  const quals = [kw.Const, kw.Async, kw.Unsafe, kwExtra.Safe, kw.Extern, kw.Gen];
  const t = p.token;
  if (t.kind === 'ident' && !t.raw && quals.includes(t.sym)) {
    const n = p.look(1);
    if (p.isKw(kw.Fn, n)) return true;
    if (n.kind === 'ident' && !n.raw && quals.includes(n.sym) && isReservedQual(p, n)) {
      // Rule out `unsafe extern {`, `const unsafe trait`, `async gen {`.
      if (t.sym === kw.Unsafe && n.sym === kw.Extern && (p.isOpen('{', p.look(2)) || (p.look(2).kind === 'literal' && p.isOpen('{', p.look(3))))) return false;
      if (p.isKw(kw.Auto, p.look(2)) || p.isKw(kw.Trait, p.look(2)) || p.isKw(kw.Impl, p.look(2))) return false;
      if (t.sym === kw.Async && n.sym === kw.Gen && !p.isKw(kw.Fn, p.look(2))) return false;
      if (t.sym === kw.Unsafe && n.sym === kw.Extern && p.look(2).kind === 'literal' && !p.isKw(kw.Fn, p.look(3))) return false;
      return true;
    }
    if (t.sym === kw.Extern && n.kind === 'literal' && p.isKw(kw.Fn, p.look(2))) return true;
  }
  return false;
}

function isReservedQual(p: Parser, t: Token & { kind: 'ident' }): boolean {
  if (t.sym === kw.Async) return p.ed >= '2018';
  if (t.sym === kw.Gen) return p.ed >= '2024';
  if (t.sym === kwExtra.Safe) return true;
  return true;
}

function parseItemKind(
  p: Parser,
  attrs: Attribute[],
  lo: Span,
  vis: Visibility,
  defaultness: 'final' | 'default',
  ctx: ItemCtx,
): ItemParts | null {
  void vis;
  if (isFnFrontMatter(p)) {
    const { ident, fn, innerAttrs } = parseFn(p, lo, defaultness, ctx);
    return { ident, kind: fn, attrs: innerAttrs.length ? [...attrs, ...innerAttrs] : attrs };
  }
  if (p.isKw(kw.Extern)) {
    if (p.isKw(kw.Crate, p.look(1))) {
      p.bump();
      p.bump();
      return parseExternCrate(p, attrs);
    }
    if (p.isOpen('{', p.look(1)) || (p.look(1).kind === 'literal' && p.isOpen('{', p.look(2)))) {
      p.bump();
      return parseForeignMod(p, attrs, 'default');
    }
  }
  if (p.isKw(kw.Unsafe) && p.isKw(kw.Extern, p.look(1)) && (p.isOpen('{', p.look(2)) || (p.look(2).kind === 'literal' && p.isOpen('{', p.look(3))))) {
    p.bump();
    p.bump();
    return parseForeignMod(p, attrs, 'unsafe');
  }
  if (isStaticItem(p)) {
    let safety: Safety = 'default';
    if (p.eatKw(kw.Unsafe)) safety = 'unsafe';
    else if (p.eatContextualKw(kwExtra.Safe)) safety = 'safe';
    p.bump(); // static
    const mutbl = p.eatKw(kw.Mut) ? 'mut' : 'not';
    const ident = p.parseIdent();
    const { ty, expr } = parseConstRest(p, 'static', ident, ctx === 'foreign');
    return { ident, kind: { tag: 'Static', ty, mutbl, safety, expr }, attrs };
  }
  if (p.isKw(kw.Const) && (p.isIdent(p.look(1)) || p.isKw(kw.Underscore, p.look(1))) && !p.isPunct('::', p.look(2))) {
    p.bump();
    const ident = p.isKw(kw.Underscore) ? (p.bump(), { name: kw.Underscore, span: p.prevSpan }) : p.parseIdent();
    let generics = parseGenerics(p);
    const { ty, expr, where } = parseConstRest(p, 'const', ident, false, generics);
    generics = where;
    return { ident, kind: { tag: 'Const', defaultness, generics, ty, expr }, attrs };
  }
  if (isTraitItemStart(p)) return parseTrait(p, attrs);
  if (isImplStart(p)) return parseImpl(p, attrs, defaultness);
  if (p.isKw(kw.Use)) {
    p.bump();
    const tree = parseUseTree(p);
    expectSemi(p);
    return { ident: noIdent(p), kind: { tag: 'Use', tree }, attrs };
  }
  if (p.isKw(kw.Mod) || (p.isKw(kw.Unsafe) && p.isKw(kw.Mod, p.look(1)))) {
    const safety: Safety = p.eatKw(kw.Unsafe) ? 'unsafe' : 'default';
    p.bump();
    return parseMod(p, attrs, safety);
  }
  if (p.isKw(kw.Type)) {
    p.bump();
    return parseTyAlias(p, attrs, defaultness);
  }
  if (p.isKw(kw.Enum)) {
    p.bump();
    return parseEnum(p, attrs);
  }
  if (p.isKw(kw.Struct)) {
    p.bump();
    return parseStructOrUnion(p, attrs, 'Struct');
  }
  if (p.isKw(kw.Union) && p.isIdent(p.look(1))) {
    p.bump();
    return parseStructOrUnion(p, attrs, 'Union');
  }
  if (p.isKw(kw.Macro) && (p.isIdent(p.look(1)))) {
    p.bump();
    return parseDeclMacro(p, attrs);
  }
  if (isMacroRulesItem(p)) {
    complainIfPubMacro(p, vis, true);
    p.bump();
    p.bump();
    const ident = p.parseIdent();
    const body = parseDelimArgs(p);
    if (body.delim !== '{') expectSemi(p);
    return { ident, kind: { tag: 'MacroDef', body, macroRules: true }, attrs };
  }
  if (ctx !== 'stmt' && (p.isPathStart() && !p.isPunct('<') && !p.isPunct('<<'))) {
    // A macro invocation in item position (`foo!(...);`, `foo! { ... }`).
    const mlo = p.span;
    const path = parsePath(p, 'mod');
    if (!p.isPunct('!')) {
      p.expected.push('`!`');
      p.expectedOneOfNotFound();
    }
    p.bump();
    complainIfPubMacro(p, vis, false);
    const args = parseDelimArgs(p);
    if (args.delim !== '{') expectSemi(p);
    const mac: MacCall = { path, args, span: p.sp(mlo) };
    return { ident: noIdent(p), kind: { tag: 'MacCall', mac }, attrs };
  }
  return null;
}

/** rustc's `complain_if_pub_macro`. */
function complainIfPubMacro(p: Parser, vis: Visibility, macroRules: boolean): void {
  if (vis.kind.tag === 'Inherited') return;
  const v = p.sess.sourceMap.snippet(vis.span).trimEnd();
  if (macroRules) {
    p.emit(
      p
        .err(`can't qualify macro_rules invocation with \`${v}\``)
        .primary(vis.span)
        .help('try exporting the macro', vis.span, [{ span: vis.span, replacement: '#[macro_export]', applicability: 'MaybeIncorrect', style: 'verbose' }]),
    );
  } else {
    p.emit(
      p
        .err(`can't qualify macro invocation with \`${v}\``)
        .primary(vis.span)
        .help('try adjusting the macro to put `pub` inside the invocation')
        .help('remove the visibility', vis.span, [{ span: vis.span, replacement: '', applicability: 'MachineApplicable', style: 'verbose' }]),
    );
  }
}

function isStaticItem(p: Parser): boolean {
  if (p.isKw(kw.Static)) {
    const n = p.look(1);
    // `static ||` and `static move ||` are closures.
    return !(p.isPunct('|', n) || p.isPunct('||', n) || p.isKw(kw.Move, n) || p.isKw(kw.Async, n));
  }
  if ((p.isKw(kw.Unsafe) || p.isKw(kwExtra.Safe)) && p.isKw(kw.Static, p.look(1))) return true;
  return false;
}

/** `: Ty = expr;` after a const/static name (type optional only with errors). */
function parseConstRest(
  p: Parser,
  what: 'const' | 'static',
  ident: Ident,
  noInit: boolean,
  generics?: Generics,
): { ty: Ty; expr: import('../ast/expr.ts').Expr | null; where: Generics } {
  let ty: Ty;
  if (p.eat(':')) {
    ty = parseTy(p);
  } else {
    // rustc: "missing type for `const` item", recovered with `_`.
    const sp: Span = { lo: ident.span.hi, hi: ident.span.hi, ctxt: 0 };
    const b = p.err(`missing type for \`${what}\` item`).primary(sp);
    b.help('provide a type for the item', sp, [{ span: sp, replacement: ': <type>', applicability: 'HasPlaceholders', style: 'verbose' }]);
    p.emit(b);
    ty = mkTy(p, sp, { tag: 'Infer' });
  }
  let where = generics ?? emptyGenerics(p);
  if (generics) where = parseWhereClause(p, where);
  let expr = null;
  if (p.eat('=')) expr = parseExpr(p);
  void noInit;
  if (generics) where = parseWhereClause(p, where);
  expectSemi(p);
  return { ty, expr, where };
}

// ---- functions --------------------------------------------------------------------------

export interface FnParamOpts {
  readonly reqName: boolean;
  readonly allowCVariadic: boolean;
  readonly isSelfAllowed: boolean;
}

function parseFnHeader(p: Parser): FnHeader {
  let constness: 'not' | 'const' = 'not';
  let asyncness = false;
  let safety: Safety = 'default';
  let ext: FnHeader['ext'] = null;
  if (p.isKw(kw.Const) && !p.isOpen('{', p.look(1))) {
    p.bump();
    constness = 'const';
  }
  if (p.isKw(kw.Async)) {
    const sp = p.span;
    p.bump();
    asyncness = true;
    if (p.ed === '2015') {
      p.emit(p.err('`async fn` is not permitted in Rust 2015', 'E0670').primary(sp, 'to use `async fn`, switch to Rust 2018 or later').help('pass `--edition 2024` to `rustc`').note('for more on editions, read https://doc.rust-lang.org/edition-guide'));
    }
  }
  if (p.isKw(kw.Gen)) p.bump();
  if (p.eatKw(kw.Unsafe)) safety = 'unsafe';
  else if (p.isKw(kwExtra.Safe)) {
    p.bump();
    safety = 'safe';
  }
  if (p.isKw(kw.Extern)) {
    const elo = p.span;
    p.bump();
    const abi = parseAbi(p);
    ext = { abi, span: p.sp(elo) };
  }
  if (!p.isKw(kw.Fn)) {
    p.expected.push('`fn`');
    throw p.unexpectedErr();
  }
  p.bump();
  return { safety, asyncness, constness, ext };
}

/** An ABI string after `extern` (`"C"`), or null when absent. */
export function parseAbi(p: Parser): string | null {
  const t = p.token;
  if (t.kind === 'literal') {
    p.bump();
    const lit = litFromToken(t.lit, t.span);
    if (lit.value.tag === 'Str') return lit.value.value;
    p.emit(p.err('non-string ABI literal').primary(t.span));
    return 'C';
  }
  return null;
}

function parseFn(p: Parser, lo: Span, defaultness: 'final' | 'default', ctx: ItemCtx): { ident: Ident; fn: Fn; innerAttrs: Attribute[] } {
  const header = parseFnHeader(p);
  const ident = p.parseIdent();
  let generics = parseGenerics(p);
  const reqName = ctx !== 'trait' || p.ed >= '2018';
  const inputs = parseFnParams(p, { reqName, allowCVariadic: ctx === 'foreign' || header.ext !== null || header.safety === 'unsafe', isSelfAllowed: true });
  const output = parseRetTy(p, true);
  generics = parseWhereClause(p, generics);
  let sigHi = p.prevSpan;
  let body = null;
  let innerAttrs: Attribute[] = [];
  const reqBody = ctx !== 'trait' && ctx !== 'foreign';
  if (reqBody ? p.isPunct(';') : p.check(';')) {
    p.bump();
    sigHi = p.prevSpan;
  } else if (p.checkOpen('{') || (p.token.kind === 'interpolated' && p.token.nt.tag === 'block')) {
    const r = parseBlockCommon(p, 'default', true);
    body = r.block;
    innerAttrs = r.attrs;
  } else {
    throw p.unexpectedErr();
  }
  const sig = { header, decl: { inputs, output }, span: { lo: lo.lo, hi: sigHi.hi, ctxt: lo.ctxt } };
  return { ident, fn: { tag: 'Fn', defaultness, generics, sig, body }, innerAttrs };
}

/** `( params )` of a fn, closure-less: `self` forms, patterns with types, `...`. */
export function parseFnParams(p: Parser, opts: FnParamOpts): Param[] {
  if (!p.checkOpen('(')) throw p.unexpectedErr();
  p.bump();
  let first = true;
  const params = commaSeq(p, '(', () => {
    const r = parseParam(p, opts, first);
    first = false;
    return r;
  }).items;
  p.expectClose('(');
  return params;
}

function isNamedParam(p: Parser): boolean {
  let off = 0;
  if (p.isPunct('&') || p.isPunct('&&') || p.isKw(kw.Mut)) off = 1;
  const t = p.look(off);
  return t.kind === 'ident' && p.isPunct(':', p.look(off + 1)) && !p.isPunct('::', p.look(off + 1));
}

function parseParam(p: Parser, opts: FnParamOpts, first: boolean): Param {
  const attrs = parseOuterAttributes(p);
  const lo = p.span;
  if (first && opts.isSelfAllowed) {
    const sp = parseSelfParam(p, attrs);
    if (sp) return sp;
  }
  if (!opts.reqName && !isNamedParam(p)) {
    // Anonymous parameter (2015 trait methods, fn pointer types): a type alone.
    if (p.isPunct('...') && opts.allowCVariadic) {
      p.bump();
      const ty = mkTy(p, p.prevSpan, { tag: 'CVarArgs' });
      const pat = mkPat(p, { lo: lo.lo, hi: lo.lo, ctxt: 0 }, { tag: 'Ident', mode: { byRef: null, mutbl: 'not' }, ident: { name: kw.Empty, span: { lo: lo.lo, hi: lo.lo, ctxt: 0 } }, sub: null });
      return { id: p.id(), attrs, ty, pat, span: p.sp(lo), isPlaceholder: false };
    }
    const ty = parseTyForParam(p, opts.allowCVariadic);
    const pat = mkPat(p, { lo: ty.span.lo, hi: ty.span.lo, ctxt: 0 }, { tag: 'Ident', mode: { byRef: null, mutbl: 'not' }, ident: { name: kw.Empty, span: { lo: ty.span.lo, hi: ty.span.lo, ctxt: 0 } }, sub: null });
    return { id: p.id(), attrs, ty, pat, span: p.sp(lo), isPlaceholder: false };
  }
  if (p.isPunct('...') && opts.allowCVariadic) {
    p.bump();
    const ty = mkTy(p, p.prevSpan, { tag: 'CVarArgs' });
    const pat = mkPat(p, { lo: lo.lo, hi: lo.lo, ctxt: 0 }, { tag: 'Ident', mode: { byRef: null, mutbl: 'not' }, ident: { name: kw.Empty, span: { lo: lo.lo, hi: lo.lo, ctxt: 0 } }, sub: null });
    return { id: p.id(), attrs, ty, pat, span: p.sp(lo), isPlaceholder: false };
  }
  const pat = parsePatNoTopAlt(p);
  if (!p.eat(':')) {
    // rustc: "expected one of `:`, `@`, or `|`, found ..." with anonymous-parameter help.
    p.expected.push('`@`', '`|`');
    const err = p.expectedOneOfDiag();
    if (opts.reqName && (p.isPunct(',') || p.isPunct('<') || p.isClose('('))) {
      let pk = pat.kind;
      let refPrefix: string | null = null;
      if (pk.tag === 'Ref' && pk.pat.kind.tag === 'Ident') {
        refPrefix = pk.mutbl === 'mut' ? '&mut ' : '&';
        pk = pk.pat.kind;
      }
      if (pk.tag === 'Ident') {
        const name = symStr(pk.ident.name);
        const lo0 = { lo: pat.span.lo, hi: pat.span.lo, ctxt: 0 };
        const hi0 = { lo: pat.span.hi, hi: pat.span.hi, ctxt: 0 };
        if (!p.isPunct('<')) {
          err.help('if this is a parameter name, give it a type', refPrefix ? pat.span : hi0, [
            refPrefix
              ? { span: pat.span, replacement: `${name}: ${refPrefix}TypeName`, applicability: 'HasPlaceholders', style: 'verbose' }
              : { span: hi0, replacement: ': TypeName', applicability: 'HasPlaceholders', style: 'verbose' },
          ]);
        }
        err.help('if this is a type, explicitly ignore the parameter name', lo0, [{ span: lo0, replacement: '_: ', applicability: 'MachineApplicable', style: 'verbose' }]);
        if (!p.isPunct('<')) {
          p.emit(err);
          const ty = mkTy(p, hi0, { tag: 'Err' });
          return { id: p.id(), attrs, ty, pat, span: p.sp(lo), isPlaceholder: false };
        }
      }
    }
    throw new PErr(err);
  }
  const ty = parseTyForParam(p, opts.allowCVariadic);
  return { id: p.id(), attrs, ty, pat, span: p.sp(lo), isPlaceholder: false };
}

/** `self`, `mut self`, `&self`, `&mut self`, `&'a self`, `&'a mut self`, `self: T`. */
function parseSelfParam(p: Parser, attrs: Attribute[]): Param | null {
  const lo = p.span;
  const isSelfAt = (n: number): boolean => p.isKw(kw.SelfLower, p.look(n)) && !p.isPunct('::', p.look(n + 1));
  let refKind: { lifetime: import('../ast/path.ts').Lifetime | null; mutbl: 'not' | 'mut' } | null = null;
  let mutbl: 'not' | 'mut' = 'not';
  if (p.isPunct('&')) {
    const t1 = p.look(1);
    if (isSelfAt(1)) {
      p.bump();
      refKind = { lifetime: null, mutbl: 'not' };
    } else if (p.isKw(kw.Mut, t1) && isSelfAt(2)) {
      p.bump();
      p.bump();
      refKind = { lifetime: null, mutbl: 'mut' };
    } else if (t1.kind === 'lifetime' && isSelfAt(2)) {
      p.bump();
      p.bump();
      refKind = { lifetime: { id: p.id(), ident: { name: t1.sym, span: t1.span } }, mutbl: 'not' };
    } else if (t1.kind === 'lifetime' && p.isKw(kw.Mut, p.look(2)) && isSelfAt(3)) {
      p.bump();
      p.bump();
      p.bump();
      refKind = { lifetime: { id: p.id(), ident: { name: t1.sym, span: t1.span } }, mutbl: 'mut' };
    } else return null;
  } else if (p.isKw(kw.Mut) && isSelfAt(1)) {
    p.bump();
    mutbl = 'mut';
  } else if (!isSelfAt(0)) {
    return null;
  }
  const selfSpan = p.span;
  p.bump(); // self
  const ident: Ident = { name: kw.SelfLower, span: selfSpan };
  const patSpan = refKind ? selfSpan : p.sp(lo);
  const pat = mkPat(p, patSpan, { tag: 'Ident', mode: { byRef: null, mutbl }, ident, sub: null });
  let ty: Ty;
  if (refKind) {
    const implicit = mkTy(p, selfSpan, { tag: 'ImplicitSelf' });
    ty = mkTy(p, p.sp(lo), { tag: 'Ref', lifetime: refKind.lifetime, mutbl: refKind.mutbl, ty: implicit });
  } else if (p.eat(':')) {
    ty = parseTy(p);
  } else {
    ty = mkTy(p, selfSpan, { tag: 'ImplicitSelf' });
  }
  return { id: p.id(), attrs, ty, pat, span: p.sp(lo), isPlaceholder: false };
}

// ---- other items ------------------------------------------------------------------------

function parseExternCrate(p: Parser, attrs: Attribute[]): ItemParts {
  let orig: Ident;
  if (p.isKw(kw.SelfLower)) {
    p.bump();
    orig = { name: kw.SelfLower, span: p.prevSpan };
  } else orig = p.parseIdent();
  let ident = orig;
  let origSym = null;
  if (p.eatKw(kw.As)) {
    if (p.isKw(kw.Underscore)) {
      p.bump();
      ident = { name: kw.Underscore, span: p.prevSpan };
    } else ident = p.parseIdent();
    origSym = orig.name;
  }
  expectSemi(p);
  return { ident, kind: { tag: 'ExternCrate', orig: origSym }, attrs };
}

function parseForeignMod(p: Parser, attrs: Attribute[], safety: Safety): ItemParts {
  const abi = parseAbi(p);
  const { items, innerAttrs } = parseItemList(p, 'foreign');
  return { ident: noIdent(p), kind: { tag: 'ForeignMod', safety, abi, items: items as Item<ForeignItemKind>[] }, attrs: [...attrs, ...innerAttrs] };
}

/** `{ inner-attrs items }` of a trait, impl or extern block, with rustc's recovery. */
function parseItemList(p: Parser, ctx: 'trait' | 'impl' | 'foreign'): { items: Item<AssocItemKind | ForeignItemKind>[]; innerAttrs: Attribute[] } {
  const openSpan = p.span;
  if (!p.checkOpen('{')) throw p.unexpectedErr();
  const openIdx = p.pos;
  p.bump();
  const innerAttrs = parseInnerAttributes(p);
  const items: Item<AssocItemKind | ForeignItemKind>[] = [];
  while (!p.eatClose('{')) {
    if (p.isEof()) break;
    let item: Item | null;
    try {
      const a = parseOuterAttributes(p);
      item = parseItemCommon(p, a, ctx);
    } catch (e) {
      if (!(e instanceof PErr) || p.speculative) throw e;
      consumeToClose(p, openIdx);
      e.diag.label(openSpan, 'while parsing this item list starting here');
      e.diag.label(p.prevSpan, 'the item list ends here');
      e.diag.emit();
      break;
    }
    if (item === null) {
      if (p.isPunct(';')) {
        // A stray `;` in an item list is accepted with an error, as in rustc.
        const sp = p.span;
        p.bump();
        p.emit(p.err('expected item, found `;`').primary(sp).help('remove this semicolon', sp, [{ span: sp, replacement: '', applicability: 'MachineApplicable', style: 'verbose' }]));
        continue;
      }
      const nonItem = p.span;
      const isLet = p.isKw(kw.Let);
      consumeToClose(p, openIdx);
      const b = p.err('non-item in item list').primary(nonItem);
      if (isLet) {
        b.help('consider using `const` instead of `let` for associated const', nonItem, [
          { span: nonItem, replacement: 'const', applicability: 'MachineApplicable', style: 'verbose' },
        ]);
      } else {
        b.label(openSpan, 'item list starts here');
        b.label(nonItem, 'non-item starts here');
        b.label(p.prevSpan, 'item list ends here');
      }
      p.emit(b);
      break;
    }
    items.push(toAssoc(p, item, ctx));
  }
  return { items, innerAttrs };
}

/** Skip to just after the `}` matching the open brace at index `openIdx`. */
function consumeToClose(p: Parser, openIdx: number): void {
  const end = p.closeOf(openIdx);
  if (end < 0) return;
  p.pos = end;
  p.token = p.toks[end]!;
  p.bump();
}

/** Checks an item parsed in a trait/impl/extern block is allowed there. */
function toAssoc(p: Parser, item: Item, ctx: 'trait' | 'impl' | 'foreign'): Item<AssocItemKind | ForeignItemKind> {
  const k = item.kind;
  switch (k.tag) {
    case 'Fn': case 'MacCall':
      return item as Item<AssocItemKind>;
    case 'Const':
      if (ctx === 'foreign') {
        p.emit(p.err('extern items cannot be `const`').primary(item.span));
        return { ...item, kind: { tag: 'Static', ty: k.ty, mutbl: 'not', safety: 'default', expr: k.expr } } as Item<ForeignItemKind>;
      }
      return item as Item<AssocItemKind>;
    case 'TyAlias':
      return item as Item<AssocItemKind>;
    case 'Static':
      if (ctx !== 'foreign') {
        p.emit(p.err('associated `static` items are not allowed').primary(item.span));
        return { ...item, kind: { tag: 'Const', defaultness: 'final', generics: emptyGenerics(p), ty: k.ty, expr: k.expr } } as Item<AssocItemKind>;
      }
      return item as Item<ForeignItemKind>;
    default: {
      const what = ctx === 'foreign' ? 'extern' : ctx === 'trait' ? 'trait' : 'impl';
      p.emit(p.err(`${itemDescr(k)} is not supported in \`${what}\`s`).primary(item.span).help(`consider moving the ${itemDescrShort(k)} out to a nearby module scope`));
      return { ...item, kind: { tag: 'MacCall', mac: { path: { span: item.span, segments: [], global: false }, args: { dspan: { open: item.span, close: item.span }, delim: '(', tokens: [] }, span: item.span } } };
    }
  }
}

export function itemDescrShort(k: ItemKind): string {
  switch (k.tag) {
    case 'ExternCrate': return 'extern crate';
    case 'Use': return '`use` import';
    case 'Static': return 'static item';
    case 'Const': return 'constant item';
    case 'Fn': return 'function';
    case 'Mod': return 'module';
    case 'ForeignMod': return 'extern block';
    case 'GlobalAsm': return 'global asm item';
    case 'TyAlias': return 'type alias';
    case 'Enum': return 'enum';
    case 'Struct': return 'struct';
    case 'Union': return 'union';
    case 'Trait': return 'trait';
    case 'TraitAlias': return 'trait alias';
    case 'Impl': return 'implementation';
    case 'MacCall': return 'item macro invocation';
    case 'MacroDef': return 'macro definition';
  }
}

function itemDescr(k: ItemKind): string {
  const s = itemDescrShort(k);
  return /^[aeiou`]/.test(s) && !s.startsWith('`use') ? `${s.startsWith('e') || s.startsWith('i') ? 'an' : 'a'} ${s}` : `a ${s}`;
}

function isTraitItemStart(p: Parser): boolean {
  if (p.isKw(kw.Trait)) return true;
  if (p.isKw(kw.Auto) && p.isKw(kw.Trait, p.look(1))) return true;
  if (p.isKw(kw.Unsafe)) {
    const n = p.look(1);
    return p.isKw(kw.Trait, n) || (p.isKw(kw.Auto, n) && p.isKw(kw.Trait, p.look(2)));
  }
  if (p.isKw(kw.Const) && p.isKw(kw.Trait, p.look(1))) return true;
  return false;
}

function parseTrait(p: Parser, attrs: Attribute[]): ItemParts {
  p.eatKw(kw.Const);
  const safety: Safety = p.eatKw(kw.Unsafe) ? 'unsafe' : 'default';
  const isAuto = p.eatContextualKw(kw.Auto);
  p.expectKw(kw.Trait);
  const ident = p.parseIdent();
  let generics = parseGenerics(p);
  let bounds: import('../ast/generics.ts').GenericBound[] = [];
  if (p.eat(':')) bounds = parseGenericBounds(p);
  if (p.eat('=')) {
    // Trait alias `trait A = B + C where ...;`
    const abounds = parseGenericBounds(p);
    generics = parseWhereClause(p, generics);
    expectSemi(p);
    return { ident, kind: { tag: 'TraitAlias', generics, bounds: abounds }, attrs };
  }
  generics = parseWhereClause(p, generics);
  const { items, innerAttrs } = parseItemList(p, 'trait');
  return {
    ident,
    kind: { tag: 'Trait', isAuto, safety, generics, bounds, items: items as Item<AssocItemKind>[] },
    attrs: innerAttrs.length ? [...attrs, ...innerAttrs] : attrs,
  };
}

function isImplStart(p: Parser): boolean {
  if (p.isKw(kw.Impl)) return true;
  if (p.isKw(kw.Unsafe) && p.isKw(kw.Impl, p.look(1))) return true;
  if (p.isKw(kw.Const) && p.isKw(kw.Impl, p.look(1))) return true;
  return false;
}

/** rustc's `choose_generics_over_qpath`: after `impl`, `<` starts generics unless `<T>::X`. */
function chooseGenericsOverQPath(p: Parser): boolean {
  if (!p.isPunct('<')) return false;
  const t1 = p.look(1);
  if (p.isPunct('#', t1) || p.isPunct('>', t1)) return true;
  if (t1.kind === 'lifetime' || t1.kind === 'ident') {
    const t2 = p.look(2);
    if (p.isPunct('>', t2) || p.isPunct(',', t2) || p.isPunct(':', t2) || p.isPunct('=', t2) || p.isPunct('?', t2)) return true;
  }
  return p.isKw(kw.Const, t1);
}

function parseImpl(p: Parser, attrs: Attribute[], defaultness: 'final' | 'default'): ItemParts {
  const defaultSpan = lastDefaultSpan;
  let constSpan: Span | null = null;
  let constness: 'not' | 'const' = p.eatKw(kw.Const) ? ((constSpan = p.prevSpan), 'const') : 'not';
  const safety: Safety = p.eatKw(kw.Unsafe) ? 'unsafe' : 'default';
  const unsafeSpan = p.prevSpan;
  p.expectKw(kw.Impl);
  let generics = chooseGenericsOverQPath(p) ? parseGenerics(p) : emptyGenerics(p);
  if (p.eatKw(kw.Const)) {
    constness = 'const';
    constSpan = p.prevSpan;
  }
  let polarity: 'positive' | 'negative' = 'positive';
  let negSpan: Span | null = null;
  if (p.isPunct('!') && p.canBeginType(p.look(1))) {
    p.bump();
    polarity = 'negative';
    negSpan = p.prevSpan;
  }
  const tyFirst = parseTy(p);
  const hasFor = p.eatKw(kw.For);
  let tySecond: Ty | null = null;
  if (hasFor || p.canBeginType()) tySecond = parseTy(p);
  generics = parseWhereClause(p, generics);
  const { items, innerAttrs } = parseItemList(p, 'impl');
  let ofTrait = null;
  let selfTy = tyFirst;
  if (tySecond) {
    if (tyFirst.kind.tag === 'Path' && tyFirst.kind.qself === null) {
      ofTrait = { path: tyFirst.kind.path, refId: tyFirst.id };
    } else {
      p.emit(p.err('expected a trait, found type').primary(tyFirst.span));
      ofTrait = { path: { span: tyFirst.span, segments: [], global: false }, refId: tyFirst.id };
    }
    selfTy = tySecond;
  } else {
    // Modifiers that only make sense on trait impls (rustc checks them while parsing).
    const error = (modifier: string, name: string, sp: Span, code: string | null = null): void => {
      p.emit(
        p
          .err(`inherent impls cannot be ${modifier}`, code)
          .primary(selfTy.span, 'inherent impl for this type')
          .label(sp, `${modifier} because of this`)
          .note(`only trait implementations may be annotated with \`${name}\``),
      );
    };
    if (safety === 'unsafe') error('unsafe', 'unsafe', unsafeSpan, 'E0197');
    if (negSpan) error('negative', '!', negSpan);
    if (defaultness === 'default' && defaultSpan) error('default', 'default', defaultSpan);
    if (constSpan) error('const', 'const', constSpan);
  }
  return {
    ident: noIdent(p),
    kind: { tag: 'Impl', defaultness, safety, generics, constness, polarity, ofTrait, selfTy, items: items as Item<AssocItemKind>[] },
    attrs: innerAttrs.length ? [...attrs, ...innerAttrs] : attrs,
  };
}

function parseUseTree(p: Parser): UseTree {
  const lo = p.span;
  let prefix: Path = { span: { lo: lo.lo, hi: lo.lo, ctxt: lo.ctxt }, segments: [], global: false };
  let kind: UseTreeKind;
  const isCoupler = p.isPunct('::') && (p.isOpen('{', p.look(1)) || p.isPunct('*', p.look(1)));
  if (p.isOpen('{') || p.isPunct('*') || isCoupler) {
    if (p.eat('::')) prefix = { ...prefix, global: true };
    kind = parseUseTreeGlobOrNested(p);
  } else {
    prefix = parsePath(p, 'mod');
    if (p.eat('::')) kind = parseUseTreeGlobOrNested(p);
    else kind = { tag: 'Simple', rename: parseRename(p) };
  }
  return { id: p.id(), prefix, kind, span: p.sp(lo) };
}

function parseUseTreeGlobOrNested(p: Parser): UseTreeKind {
  if (p.eat('*')) return { tag: 'Glob' };
  const lo = p.span;
  if (!p.checkOpen('{')) {
    p.expected.push('`*`');
    throw p.unexpectedErr();
  }
  p.bump();
  const items: UseTree[] = commaSeq(p, '{', () => parseUseTree(p)).items;
  p.expectClose('{');
  return { tag: 'Nested', items, span: p.sp(lo) };
}

function parseRename(p: Parser): Ident | null {
  if (!p.eatKw(kw.As)) return null;
  if (p.isKw(kw.Underscore)) {
    p.bump();
    return { name: kw.Underscore, span: p.prevSpan };
  }
  return p.parseIdent();
}

function parseMod(p: Parser, attrs: Attribute[], safety: Safety): ItemParts {
  const ident = p.parseIdent();
  if (p.isPunct(';')) {
    p.bump();
    return { ident, kind: { tag: 'Mod', safety, mod: { tag: 'Unloaded' } }, attrs };
  }
  const lo = p.span;
  if (!p.checkOpen('{')) {
    p.expected.push('`;`');
    throw p.unexpectedErr();
  }
  p.bump();
  const { attrs: inner, items } = parseModContents(p, true);
  return { ident, kind: { tag: 'Mod', safety, mod: { tag: 'Loaded', items, inline: true, innerSpan: p.sp(lo), file: null } }, attrs: [...attrs, ...inner] };
}

/** Inner attributes and items up to `}` (inline module) or end of file. */
export function parseModContents(p: Parser, braced: boolean): { attrs: Attribute[]; items: Item[] } {
  const attrs = parseInnerAttributes(p);
  const items: Item[] = [];
  for (;;) {
    while (maybeConsumeIncorrectSemicolon(p, items[items.length - 1])) {
      /* eat all stray semicolons */
    }
    const item = parseItem(p);
    if (!item) break;
    items.push(item);
  }
  if (braced ? !p.eatClose('{') : !p.isEof()) {
    if (!maybeConsumeIncorrectSemicolon(p, items[items.length - 1])) {
      const isLet = p.isKw(kw.Let);
      const b = p.err(`expected item, found ${p.descr()}`).primary(p.span, isLet ? '`let` cannot be used for global variables' : 'expected item');
      if (isLet) {
        b.help('consider using `static` or `const` instead of `let`', p.span, [{ span: p.span, replacement: 'static', applicability: 'MaybeIncorrect', style: 'hideCodeInline' }]);
      }
      b.note('for a full list of items that can appear in modules, see <https://doc.rust-lang.org/reference/items.html>');
      throw new PErr(b);
    }
    return parseModContentsRest(p, braced, attrs, items);
  }
  return { attrs, items };
}

function parseModContentsRest(p: Parser, braced: boolean, attrs: Attribute[], items: Item[]): { attrs: Attribute[]; items: Item[] } {
  const more = parseModContents(p, braced);
  return { attrs: [...attrs, ...more.attrs], items: [...items, ...more.items] };
}

function maybeConsumeIncorrectSemicolon(p: Parser, prev: Item | undefined): boolean {
  if (!p.isPunct(';')) return false;
  const sp = p.span;
  const b = p.err('expected item, found `;`').primary(sp);
  b.help('remove this semicolon', sp, [{ span: sp, replacement: '', applicability: 'MachineApplicable', style: 'verbose' }]);
  if (prev) {
    const name = prev.kind.tag === 'Struct' ? 'braced struct' : itemDescrShort(prev.kind);
    b.help(`${name} declarations are not followed by a semicolon`);
  }
  p.bump();
  p.emit(b);
  return true;
}

function parseTyAlias(p: Parser, attrs: Attribute[], defaultness: 'final' | 'default'): ItemParts {
  const ident = p.parseIdent();
  let generics = parseGenerics(p);
  let bounds: import('../ast/generics.ts').GenericBound[] = [];
  if (p.eat(':')) bounds = parseGenericBounds(p);
  generics = parseWhereClause(p, generics);
  let ty: Ty | null = null;
  if (p.eat('=')) ty = parseTy(p);
  generics = parseWhereClause(p, generics);
  expectSemi(p);
  return { ident, kind: { tag: 'TyAlias', defaultness, generics, bounds, ty }, attrs };
}

function parseEnum(p: Parser, attrs: Attribute[]): ItemParts {
  const ident = p.parseIdent();
  let generics = parseGenerics(p);
  generics = parseWhereClause(p, generics);
  if (!p.checkOpen('{')) throw p.unexpectedErr();
  p.bump();
  const variants: Variant[] = commaSeq(p, '{', () => parseVariant(p)).items;
  p.expectClose('{');
  return { ident, kind: { tag: 'Enum', variants, generics }, attrs };
}

function parseVariant(p: Parser): Variant {
  const attrs = parseOuterAttributes(p);
  const lo = p.span;
  const vis = parseVisibility(p);
  const ident = p.parseIdent();
  let data: VariantData;
  if (p.checkOpen('{')) data = { tag: 'Struct', fields: parseRecordFields(p, { span: ident.span, what: 'variant' }), recovered: false };
  else if (p.checkOpen('(')) data = { tag: 'Tuple', fields: parseTupleFields(p), id: p.id() };
  else data = { tag: 'Unit', id: p.id() };
  let disrExpr = null;
  if (p.eat('=')) disrExpr = { id: p.id(), value: parseExpr(p) };
  return { id: p.id(), attrs, vis, ident, data, disrExpr, span: p.sp(lo) };
}

function parseStructOrUnion(p: Parser, attrs: Attribute[], tag: 'Struct' | 'Union'): ItemParts {
  const ident = p.parseIdent();
  let generics = parseGenerics(p);
  let data: VariantData;
  if (p.isKw(kw.Where)) {
    generics = parseWhereClause(p, generics);
    if (p.eat(';')) data = { tag: 'Unit', id: p.id() };
    else data = { tag: 'Struct', fields: parseRecordFields(p, { span: ident.span, what: tag.toLowerCase() }), recovered: false };
  } else if (tag === 'Struct' && p.eat(';')) {
    data = { tag: 'Unit', id: p.id() };
  } else if (p.isOpen('{')) {
    data = { tag: 'Struct', fields: parseRecordFields(p, { span: ident.span, what: tag.toLowerCase() }), recovered: false };
  } else if (tag === 'Struct' && p.isOpen('(')) {
    const fields = parseTupleFields(p);
    generics = parseWhereClause(p, generics);
    expectSemi(p);
    data = { tag: 'Tuple', fields, id: p.id() };
  } else {
    const what = tag === 'Struct' ? 'struct' : 'union';
    const b = p
      .err(`expected \`where\`, \`{\`, \`(\`, or \`;\` after ${what} name, found ${p.descr()}`.replace(tag === 'Union' ? '`(`, or `;`' : '', tag === 'Union' ? '' : ''))
      .primary(p.span, `expected \`where\`, \`{\`, \`(\`, or \`;\` after ${what} name`);
    throw new PErr(b);
  }
  return { ident, kind: { tag, data, generics }, attrs };
}

/** `{ fields }`; an error in a field is reported and the rest of the body skipped. */
function parseRecordFields(p: Parser, owner: { span: Span; what: string } | null = null): FieldDef[] {
  if (!p.checkOpen('{')) throw p.unexpectedErr();
  const openIdx = p.pos;
  p.bump();
  const fields: FieldDef[] = [];
  try {
    parseRecordFieldsInner(p, fields);
  } catch (e) {
    if (!(e instanceof PErr) || p.speculative || !owner) throw e;
    const end = p.closeOf(openIdx);
    p.pos = end;
    p.token = p.toks[end]!;
    e.diag.label(owner.span, `while parsing this ${owner.what}`);
    e.diag.emit();
  }
  p.expectClose('{');
  return fields;
}

function parseRecordFieldsInner(p: Parser, fields: FieldDef[]): void {
  while (!p.isClose('{')) {
    if (p.isEof()) break;
    const attrs = parseOuterAttributes(p);
    const lo = p.span;
    const vis = parseVisibility(p);
    const ident = p.parseIdent();
    if (!p.eat(':')) p.expectedOneOfNotFound();
    const ty = parseTy(p);
    if (p.eat('=')) parseExpr(p); // default field values (unstable): parsed, not kept
    fields.push({ id: p.id(), attrs, vis, ident, ty, span: p.sp(lo) });
    // rustc's `parse_single_struct_field` separator handling.
    if (p.isPunct(';')) {
      const sp = p.span;
      p.bump();
      const b = p.err('struct fields are separated by `,`').primary(sp);
      b.help('replace `;` with `,`', sp, [{ span: sp, replacement: ',', applicability: 'MachineApplicable', style: 'hideCodeInline' }]);
      throw new PErr(b);
    }
    if (p.isPunct(',')) p.bump();
    else if (p.isClose('{')) {
      /* end */
    } else if (p.token.kind === 'doc') {
      const b = docCommentDoesNotDocument(p, p.span);
      p.bump();
      if (p.eat(',') || p.isClose('{')) p.emit(b);
      else throw new PErr(b);
    } else {
      const sp = { lo: p.prevSpan.hi, hi: p.prevSpan.hi, ctxt: 0 };
      const b = p.err(`expected \`,\`, or \`}\`, found ${p.descr()}`).primary(sp);
      if (p.token.kind === 'ident' || (p.isPunct('#') && p.isOpen('[', p.look(1)))) {
        b.help('try adding a comma', sp, [{ span: sp, replacement: ',', applicability: 'MachineApplicable' }]);
        p.emit(b);
      } else throw new PErr(b);
    }
  }
}

function parseTupleFields(p: Parser): FieldDef[] {
  p.bump();
  const fields = commaSeq(p, '(', () => {
    const attrs = parseOuterAttributes(p);
    const lo = p.span;
    const vis = parseVisibility(p);
    const ty = parseTy(p);
    return { id: p.id(), attrs, vis, ident: null, ty, span: p.sp(lo) } as FieldDef;
  }).items;
  p.expectClose('(');
  return fields;
}

/** `macro m($x:expr) { ... }` (one rule) or `macro m { rules }`: the body as macro_rules-like. */
function parseDeclMacro(p: Parser, attrs: Attribute[]): ItemParts {
  const ident = p.parseIdent();
  let body: DelimArgs;
  if (p.isOpen('{')) {
    body = parseDelimArgs(p);
  } else if (p.isOpen('(')) {
    const params = parseDelimArgs(p);
    const inner = parseDelimArgs(p);
    if (inner.delim !== '{') throw new PErr(p.err('macros that expand to items must be delimited with braces or followed by a semicolon').primary(inner.dspan.open));
    const arrow: TokenTree = { kind: 'token', token: { kind: 'punct', p: '=>', span: { lo: params.dspan.close.hi, hi: params.dspan.close.hi, ctxt: 0 }, joint: false } };
    const tokens: TokenTree[] = [
      { kind: 'delimited', delim: '(', open: params.dspan.open, close: params.dspan.close, tts: params.tokens },
      arrow,
      { kind: 'delimited', delim: '{', open: inner.dspan.open, close: inner.dspan.close, tts: inner.tokens },
    ];
    body = { dspan: { open: params.dspan.open, close: inner.dspan.close }, delim: '{', tokens };
  } else {
    p.expected.push('`(`', '`{`');
    throw p.unexpectedErr();
  }
  return { ident, kind: { tag: 'MacroDef', body, macroRules: false }, attrs };
}

export { parseVisibility as parseVis };
export type { Param };
