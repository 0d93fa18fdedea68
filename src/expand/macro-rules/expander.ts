// `macro_rules!` in the expander: definitions entering scope as the walker meets them, and
// calls matched, transcribed and parsed back in the context of the call (expression,
// statements, items, pattern, type, associated items).
import { FatalError } from '../../diagnostics/handler.ts';
import type { Span } from '../../diagnostics/span.ts';
import type { Attribute, Crate, Expr, Item, MacCall, Pat, Stmt, Ty } from '../../syntax/ast/index.ts';
import { parseItemCommon } from '../../syntax/parser/item.ts';
import { Parser, PErr, type ParseSess } from '../../syntax/index.ts';
import { intern, kw, symStr, type Symbol } from '../../syntax/symbol.ts';
import type { TokenTree } from '../../syntax/token.ts';
import { attrName, attrStrValue, attrTokens } from '../attrs.ts';
import type { ExpandCtx } from '../expand-ctx.ts';
import { compileMacroDef } from './compile-def.ts';
import { desugarDocComments } from './doc-comments.ts';
import { originNote, reportExpansionParseError, reportTrailingTokens, type CallContext, type ExpansionSite } from './expansion-errors.ts';
import { collectImports, type ImportMap } from './imports.ts';
import { computeLocs, matchRule, type MatcherLoc, type MatchResult } from './matcher.ts';
import type { MacroRulesDef, MbeTT } from './mbe.ts';
import type { ExternMacro } from './metadata.ts';
import { reportNoMatch } from './no-match.ts';
import { MacroScopes, type ScopeMark } from './scope.ts';
import { TranscribeError, transcribe } from './transcribe.ts';

export type { CallContext } from './expansion-errors.ts';

const DEFAULT_RECURSION_LIMIT = 128;

function hasAttr(item: Item, name: string): boolean {
  return item.attrs.some((a) => attrName(a) === name);
}

interface Prepared extends ExpansionSite {
  readonly parser: Parser;
  readonly def: MacroRulesDef;
}

export class MacroRulesExpander {
  private readonly scopes = new MacroScopes();
  private readonly compiled = new WeakMap<Item, MacroRulesDef>();
  private readonly attrsOf = new WeakMap<MacroRulesDef, readonly Attribute[]>();
  private readonly externCompiled = new Map<string, MacroRulesDef | null>();
  /** Expansion depth of each syntax context this expander created. */
  private readonly depth = new Map<number, number>();
  /** The outermost call an expansion's context descends from ("in this macro invocation"). */
  private readonly rootCall = new Map<number, Span>();
  private readonly sess: ParseSess;
  private readonly probe: Parser;
  private readonly limit: number;
  /** Crates whose exported macros are in scope by bare name (std's, `#[macro_use] extern crate`). */
  /** Crates whose macros bare names see: std/core, and `#[macro_use] extern crate`s (with `#[macro_use(a, b)]`, only those). */
  private readonly macroUseCrates: { readonly crate: string; readonly only: ReadonlySet<string> | null }[] = [];
  /** Calls no macro answered, reported after expansion as rustc does. */
  private readonly unresolved: { mac: MacCall; module: string }[] = [];
  /** Names of the crate root's modules and `extern crate` items (paths like `m::mac!()` start there). */
  private readonly rootNames = new Set<string>();
  /** `extern crate alloc as alloc_crate;`: alias -> crate. */
  private readonly crateAliases = new Map<string, string>();
  private readonly matcherCache = new WeakMap<object, MatcherLoc[]>();
  private readonly saved: { mark: ScopeMark; blockDepth: number }[] = [];
  /** Nesting of blocks inside the current function body (0: at module level). */
  private blockDepth = 0;
  private readonly parents = new Map<number, number | null>();
  private readonly exportedItems: Item[] = [];
  /** `use` declarations of each module being walked (innermost last): name -> path. */
  private readonly imports: ImportMap[] = [];

  constructor(
    private readonly cx: ExpandCtx,
    crate: Crate,
  ) {
    this.sess = { sourceMap: cx.sm, dcx: cx.dcx, edition: cx.edition, nextNodeId: () => cx.nextNodeId() };
    this.probe = new Parser(this.sess, []);
    let limit = DEFAULT_RECURSION_LIMIT;
    for (const a of crate.attrs) {
      if (a.style !== 'inner' || attrName(a) !== 'recursion_limit') continue;
      const v = attrStrValue(a);
      if (v !== null && /^\d+$/.test(v)) limit = Number(v);
    }
    this.limit = limit;
    const std = cx.stdRoot?.global ? 'std' : cx.coreRoot.global ? 'core' : null;
    if (std !== null) this.macroUseCrates.push({ crate: std, only: null });
    for (const it of crate.items) {
      if (it.kind.tag !== 'ExternCrate') continue;
      for (const a of it.attrs) {
        if (attrName(a) !== 'macro_use') continue;
        const tts = attrTokens(a);
        const only = tts === null ? null : new Set(tts.flatMap((t) => (t.kind === 'token' && t.token.kind === 'ident' ? [symStr(t.token.sym)] : [])));
        this.macroUseCrates.push({ crate: symStr(it.kind.orig ?? it.ident.name), only });
      }
    }
    for (const it of crate.items) {
      if (it.kind.tag === 'Mod' || it.kind.tag === 'ExternCrate') this.rootNames.add(symStr(it.ident.name));
      if (it.kind.tag === 'ExternCrate') this.crateAliases.set(symStr(it.ident.name), symStr(it.kind.orig ?? it.ident.name));
    }
    this.prescanExported(crate.items);
    this.imports.push(collectImports(crate.items));
  }

  /** `#[macro_export]` macros are reachable by path before their definition (path scoping). */
  private prescanExported(items: readonly Item[]): void {
    for (const it of items) {
      if (it.kind.tag === 'MacroDef' && it.kind.macroRules && hasAttr(it, 'macro_export')) {
        const def = this.compile(it);
        this.scopes.exported.set(def.name, def);
      } else if (it.kind.tag === 'Mod' && it.kind.mod.tag === 'Loaded') this.prescanExported(it.kind.mod.items);
    }
  }

  private compile(item: Item): MacroRulesDef {
    let def = this.compiled.get(item);
    if (def) return def;
    const body = item.kind.tag === 'MacroDef' ? item.kind.body.tokens : [];
    const headSpan: Span = { lo: item.span.lo, hi: item.ident.span.hi, ctxt: item.span.ctxt };
    def = compileMacroDef(this.cx.dcx, {
      name: item.ident.name, body, span: item.span, headSpan, edition: this.cx.edition, crate: null, exported: hasAttr(item, 'macro_export'),
      defSite: this.blockDepth > 0 ? item.ident.span.ctxt : null,
    }, this.probe);
    this.compiled.set(item, def);
    this.attrsOf.set(def, item.attrs);
    return def;
  }

  // ---- scopes (driven by the walker) ----------------------------------------------------

  /** A `macro_rules!` item met in order; returns whether it stays in the expanded AST. */
  defineItem(item: Item, module: string): boolean {
    if (item.kind.tag !== 'MacroDef' || !item.kind.macroRules) return true;
    const def = this.compile(item);
    this.scopes.define(def, item.ident.span);
    void module;
    // Non-exported macro_rules! have done their job (shadowing definitions would otherwise
    // look like duplicate items to name resolution); exported ones move to the crate root,
    // where they live for `use crate::m;` and for other crates.
    if (def.exported) this.exportedItems.push(item);
    return false;
  }

  /** `#[macro_export]` definitions, to be placed at the crate root of the expanded crate. */
  exportedDefinitions(): readonly Item[] {
    return this.exportedItems;
  }

  /** Blocks end the textual scope of the definitions inside them. */
  enterBlock(): void {
    this.saved.push({ mark: this.scopes.mark(), blockDepth: this.blockDepth });
    this.blockDepth++;
  }

  exitBlock(): void {
    const s = this.saved.pop()!;
    this.scopes.restore(s.mark);
    this.blockDepth = s.blockDepth;
  }

  enterModule(items: readonly Item[]): void {
    this.saved.push({ mark: this.scopes.mark(), blockDepth: this.blockDepth });
    this.blockDepth = 0;
    this.imports.push(collectImports(items));
  }

  /** `#[macro_use] mod m` keeps the module's definitions in scope after it. */
  exitModule(macroUse: boolean): void {
    const s = this.saved.pop()!;
    if (!macroUse) this.scopes.restore(s.mark);
    this.blockDepth = s.blockDepth;
    this.imports.pop();
  }

  /**
   * For each expansion's syntax context: the context whose local variables its identifiers
   * may also see (the macro's definition site), or null. Only macros defined inside a
   * function body have one; a module-level macro sees no local variables but its own.
   */
  hygieneParents(): ReadonlyMap<number, number | null> {
    return this.parents;
  }

  /** Exported macros of this crate (for crate metadata). */
  exported(): MacroRulesDef[] {
    return [...this.scopes.exported.values()];
  }

  /** Local non-exported `macro_rules!` no call used (rustc's unused_macros), in definition order. */
  unusedMacros(): { readonly name: Symbol; readonly span: Span; readonly attrs: readonly Attribute[] }[] {
    return this.scopes.seen
      .filter((s) => s.def.crate === null && !s.def.exported && !this.scopes.used.has(s.def))
      .map((s) => ({ name: s.def.name, span: s.span, attrs: this.attrsOf.get(s.def) ?? [] }));
  }

  // ---- lookup ---------------------------------------------------------------------------

  private externDef(crate: string, name: string): MacroRulesDef | null {
    const key = `${crate}::${name}`;
    const hit = this.externCompiled.get(key);
    if (hit !== undefined) return hit;
    const m: ExternMacro | undefined = this.cx.externMacros?.(crate)?.find((x) => x.name === name);
    const def = m === undefined ? null : compileMacroDef(this.cx.dcx, {
      name: intern(m.name), body: m.tokens, span: m.span, headSpan: m.span, edition: m.edition, crate: m.crate ?? crate, exported: true, defSite: null,
    }, this.probe);
    this.externCompiled.set(key, def);
    return def;
  }

  private lookup(mac: MacCall, module: string): MacroRulesDef | null {
    const segs = mac.path.segments.map((s) => s.ident.name);
    const atRoot = !module.includes('::');
    if (segs.length === 1 && !mac.path.global) {
      const name = segs[0]!;
      const t = this.scopes.lookupTextual(name);
      if (t !== null) return t;
      const imp = this.imports[this.imports.length - 1]?.get(name);
      if (imp) {
        const d = this.lookupPath(imp.segs, imp.global, atRoot);
        if (d !== null) return d;
      }
      if (atRoot) {
        const e = this.scopes.exported.get(name);
        if (e) return e;
      }
      for (const c of this.macroUseCrates) {
        if (c.only !== null && !c.only.has(symStr(name))) continue;
        const d = this.externDef(c.crate, symStr(name));
        if (d !== null) return d;
      }
      return null;
    }
    return this.lookupPath(segs, mac.path.global, atRoot);
  }

  /** `crate::m`, `$crate::m`, `self::m` at the root, `dep::m` / `::dep::m`. */
  private lookupPath(segs: readonly Symbol[], global: boolean, atRoot: boolean): MacroRulesDef | null {
    if (segs.length !== 2) return null;
    const [first, name] = [segs[0]!, segs[1]!];
    if (!global && (first === kw.Crate || first === kw.DollarCrate || (first === kw.SelfLower && atRoot))) {
      return this.scopes.exported.get(name) ?? null;
    }
    if (first === kw.Crate || first === kw.SelfLower || first === kw.Super) return null;
    return this.externDef(symStr(first), symStr(name));
  }

  // ---- expansion ------------------------------------------------------------------------

  /**
   * Matches and transcribes a call. undefined: no macro_rules! macro of that name (the
   * caller tries built-in macros); null: an error was reported.
   */
  private prepare(mac: MacCall, module: string): Prepared | null | undefined {
    const def = this.lookup(mac, module);
    if (def === null) return undefined;
    this.scopes.used.add(def);
    const root = this.rootCall.get(mac.path.span.ctxt) ?? mac.span;
    const name = symStr(mac.path.segments[mac.path.segments.length - 1]!.ident.name);
    if (!def.valid) return null;
    const callDepth = this.depth.get(mac.path.span.ctxt) ?? this.depth.get(mac.span.ctxt) ?? 0;
    if (callDepth >= this.limit) {
      const b = this.cx.dcx.err(`recursion limit reached while expanding \`${name}!\``).primary(mac.span);
      if (root !== mac.span) b.label(root, 'in this macro invocation');
      b.help(`consider increasing the recursion limit by adding a \`#![recursion_limit = "${this.limit * 2}"]\` attribute to your crate (\`${this.cx.crateName}\`)`);
      if (root !== mac.span) b.note(originNote(name));
      b.emit();
      throw new FatalError();
    }
    // The end of the arguments is reported after their last token, or at the call when empty.
    const args = new Parser(this.sess, desugarDocComments(mac.args.tokens), mac.args.tokens.length === 0 ? mac.span : undefined);
    const start = args.snapshot();
    let best: (MatchResult & { tag: 'Failure' }) | null = null;
    for (const rule of def.rules) {
      args.restore(start);
      const locs = this.locsOf(rule.lhs);
      const r = matchRule(args, locs, def.edition, name);
      if (r.tag === 'Success') {
        const ctxt = this.cx.freshCtxt();
        this.cx.sm.expansions.set(ctxt, { callSite: mac.span, name, external: def.crate !== null });
        this.depth.set(ctxt, callDepth + 1);
        this.rootCall.set(ctxt, root);
        this.parents.set(ctxt, def.defSite);
        let tts: TokenTree[];
        try {
          tts = transcribe(rule.rhs, r.bindings, {
            ctxt,
            nextId: () => this.cx.nextNodeId(),
            dollarCrate: (sp) => this.dollarCrate(def, sp),
          });
        } catch (e) {
          if (!(e instanceof TranscribeError)) throw e;
          this.cx.dcx.err(e.message).primary(e.span).emit();
          return null;
        }
        // The end of an expansion is reported right after its last token, at the call if empty.
        return { parser: new Parser(this.sess, tts, tts.length === 0 ? mac.span : undefined), def, mac, name, root, tts, rhsSpan: rule.rhsSpan };
      }
      if (r.tag === 'ErrorReported') return null;
      if (r.tag === 'Ambiguity') {
        this.cx.dcx.err(r.message).primary(r.span).emit();
        return null;
      }
      if (best === null || r.pos > best.pos) best = r;
    }
    if (best !== null) {
      reportNoMatch({
        dcx: this.cx.dcx,
        edition: this.cx.edition,
        wouldMatch: (d, tts, eof) => d.rules.some((r) => matchRule(new Parser(this.sess, tts, eof), this.locsOf(r.lhs), d.edition, name, true).tag === 'Success'),
      }, def, best, mac.args.tokens);
    }
    return null;
  }

  private locsOf(lhs: readonly MbeTT[]): MatcherLoc[] {
    let l = this.matcherCache.get(lhs);
    if (!l) {
      l = computeLocs(lhs);
      this.matcherCache.set(lhs, l);
    }
    return l;
  }

  private dollarCrate(def: MacroRulesDef, sp: Span): TokenTree[] {
    if (def.crate === null) return [{ kind: 'token', token: { kind: 'ident', sym: kw.Crate, raw: false, span: sp } }];
    return [
      { kind: 'token', token: { kind: 'punct', p: '::', span: { lo: sp.lo, hi: sp.lo, ctxt: sp.ctxt }, joint: true } },
      { kind: 'token', token: { kind: 'ident', sym: intern(def.crate), raw: false, span: sp } },
    ];
  }

  private run<T>(mac: MacCall, module: string, ctx: CallContext, parse: (p: Parser) => T): T | null | undefined {
    const prep = this.prepare(mac, module);
    if (prep === undefined) {
      return undefined;
    }
    if (prep === null) return null;
    const p = prep.parser;
    try {
      const r = parse(p);
      if (!p.isEof()) reportTrailingTokens(this.cx.dcx, this.cx.edition, p, prep, ctx);
      return r;
    } catch (e) {
      if (!(e instanceof PErr)) throw e;
      reportExpansionParseError(this.cx.dcx, this.sess, e, p, prep, ctx);
      return null;
    }
  }

  /** The outermost macro call `sp` was written by (itself when not from an expansion). */
  expansionCause(sp: Span): Span {
    return this.rootCall.get(sp.ctxt) ?? sp;
  }

  /** Records a call nothing answered; reported by `reportUnresolved`. */
  noteUnresolved(mac: MacCall, module: string): void {
    this.unresolved.push({ mac, module });
  }

  reportUnresolved(): void {
    for (const { mac } of this.unresolved) {
      if (this.reportUnresolvedPath(mac)) continue;
      const path = mac.path.segments.map((s) => symStr(s.ident.name)).join('::');
      const b = this.cx.dcx.err(`cannot find macro \`${path}\` in this scope`);
      const name = mac.path.segments[mac.path.segments.length - 1]?.ident.name;
      // rustc points at a same-named macro nobody used (it "appears later").
      const later = mac.path.segments.length === 1 ? this.scopes.seen.find((s) => s.def.name === name && !this.scopes.used.has(s.def)) : undefined;
      if (later) {
        b.primary(mac.path.span, `consider moving the definition of \`${path}\` before this call`);
        b.note('a macro with the same name exists, but it appears later', later.span);
      } else {
        b.primary(mac.path.span);
        if (mac.path.segments.length === 1 && this.scopes.seen.some((s) => s.def.name === name)) b.help('have you added the `#[macro_use]` on the module/import?');
      }
      b.emit();
    }
    this.unresolved.length = 0;
  }

  /**
   * `a::m!()` naming no macro: rustc's E0433 from path resolution, either for a first
   * segment that names no crate or root module, or for the missing last segment.
   */
  private reportUnresolvedPath(mac: MacCall): boolean {
    const segs = mac.path.segments;
    if (segs.length !== 2 || mac.path.global) return false;
    const first = segs[0]!.ident;
    if (first.name === kw.Crate || first.name === kw.SelfLower || first.name === kw.Super || first.name === kw.DollarCrate) return false;
    const name = symStr(first.name);
    const known = this.rootNames.has(name) || (this.cx.externMacros?.(this.crateAliases.get(name) ?? name) ?? null) !== null;
    if (!known) {
      this.cx.dcx
        .err(`cannot find module or crate \`${name}\` in this scope`, 'E0433')
        .primary(first.span, `use of unresolved module or unlinked crate \`${name}\``)
        .emit();
      return true;
    }
    const last = segs[1]!.ident;
    const m = symStr(last.name);
    this.cx.dcx.err(`cannot find \`${m}\` in \`${name}\``, 'E0433').primary(last.span, `could not find \`${m}\` in \`${name}\``).emit();
    return true;
  }

  expandExpr(mac: MacCall, module: string): Expr | null | undefined {
    return this.run(mac, module, 'expr', (p) => {
      const e = p.parseExpr();
      // One trailing `;` is tolerated in expression position (`m!()` expanding to `f();`).
      if (p.isPunct(';')) p.bump();
      return e;
    });
  }

  /** Statement position; `semi` when the call was followed by `;`. */
  expandStmts(mac: MacCall, module: string, semi: boolean): Stmt[] | null | undefined {
    const r = this.run(mac, module, 'stmts', (p) => p.parseBlockContents());
    if (!r || !semi) return r;
    // The call's own `;` ends the last statement, or stands alone as an empty statement
    // (so `{ true } empty!();` does not turn `{ true }` into the block's value).
    const empty: Stmt = { id: this.cx.nextNodeId(), span: mac.span, kind: { tag: 'Empty' } };
    const last = r[r.length - 1];
    if (last === undefined || last.kind.tag === 'Semi' || last.kind.tag === 'Empty' || (last.kind.tag === 'MacCall' && last.kind.style === 'semicolon')) r.push(empty);
    else if (last.kind.tag === 'Expr') r[r.length - 1] = { ...last, kind: { tag: 'Semi', expr: last.kind.expr } };
    else if (last.kind.tag === 'MacCall') r[r.length - 1] = { ...last, kind: { ...last.kind, style: 'semicolon' } };
    return r;
  }

  expandItems(mac: MacCall, module: string): Item[] | null | undefined {
    return this.run(mac, module, 'items', (p) => p.parseItems());
  }

  expandPat(mac: MacCall, module: string): Pat | null | undefined {
    return this.run(mac, module, 'pat', (p) => p.parsePat());
  }

  expandTy(mac: MacCall, module: string): Ty | null | undefined {
    return this.run(mac, module, 'ty', (p) => p.parseTy());
  }

  /**
   * Inside `impl`, `trait` and `extern` blocks: the expansion is parsed as that block's
   * items, one by one, with trailing tokens reported as in other positions.
   */
  expandAssocItems<K>(mac: MacCall, module: string, ctx: 'impl' | 'trait' | 'foreign'): Item<K>[] | null | undefined {
    return this.run(mac, module, ctx, (p) => {
      const out: Item<K>[] = [];
      while (!p.isEof()) {
        const snap = p.snapshot();
        const attrs = p.parseOuterAttributes();
        const item = parseItemCommon(p, attrs, ctx);
        if (item === null) {
          p.restore(snap);
          break;
        }
        out.push(item as unknown as Item<K>);
      }
      return out;
    });
  }
}

