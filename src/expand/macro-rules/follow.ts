// Follow-set restrictions checked when a macro is defined (the Reference, "Follow-set
// Ambiguity Restrictions"): a fragment that can grow in future Rust versions (expr, ty,
// pat, path, stmt, vis) may only be followed by tokens that can never continue it.
import type { DiagCtxt } from '../../diagnostics/handler.ts';
import type { Span } from '../../diagnostics/span.ts';
import type { Edition } from '../../syntax/edition.ts';
import { kw, symStr } from '../../syntax/symbol.ts';
import type { Token } from '../../syntax/token.ts';
import { tokenToString } from '../../syntax/token-text.ts';
import type { Parser } from '../../syntax/index.ts';
import { mbeSpan, type FragKind, type MbeTT } from './mbe.ts';

/** An element of a FIRST/LAST set: a matcher token tree or an implicit token (delimiter, separator). */
type Elem = { readonly tag: 'Tt'; readonly tt: MbeTT } | { readonly tag: 'Tok'; readonly token: Token };

interface TokenSet {
  elems: Elem[];
  maybeEmpty: boolean;
}

const empty = (): TokenSet => ({ elems: [], maybeEmpty: true });

function elemKey(e: Elem): string {
  const t = e.tag === 'Tok' ? e.token : e.tt.tag === 'Token' ? e.tt.token : null;
  if (t !== null) return `t:${t.kind}:${tokenToString(t)}`;
  const tt = e.tag === 'Tt' ? e.tt : null;
  if (tt?.tag === 'MetaVarDecl') return `d:${symStr(tt.name)}:${tt.kind}`;
  if (tt?.tag === 'MetaVar') return `v:${symStr(tt.name)}`;
  return 'x';
}

function addOne(s: TokenSet, e: Elem, markNonEmpty: boolean): void {
  const k = elemKey(e);
  if (!s.elems.some((x) => elemKey(x) === k)) s.elems.push(e);
  if (markNonEmpty) s.maybeEmpty = false;
}

function addAll(s: TokenSet, o: TokenSet): void {
  for (const e of o.elems) addOne(s, e, false);
  if (!o.maybeEmpty) s.maybeEmpty = false;
}

function openTok(tt: MbeTT & { tag: 'Delimited' }): Elem {
  return { tag: 'Tok', token: { kind: 'open', delim: tt.delim, span: tt.open } };
}

/** FIRST of a token tree sequence (rustc's FirstSets::first, computed directly). */
function first(tts: readonly MbeTT[]): TokenSet {
  const s = empty();
  for (const tt of tts) {
    switch (tt.tag) {
      case 'Token': case 'MetaVar': case 'MetaVarDecl':
        addOne(s, { tag: 'Tt', tt }, true);
        return s;
      case 'Delimited':
        addOne(s, openTok(tt), true);
        return s;
      case 'Sequence': {
        const sub = first(tt.tts);
        if (tt.sep && sub.maybeEmpty) addOne(s, { tag: 'Tok', token: tt.sep }, false);
        addAll(s, sub);
        if (sub.maybeEmpty || tt.op !== '+') {
          s.maybeEmpty = true;
          continue;
        }
        return s;
      }
    }
  }
  return s;
}

function canBeFollowedByAny(kind: FragKind): boolean {
  return kind === 'item' || kind === 'block' || kind === 'ident' || kind === 'literal' || kind === 'meta' || kind === 'lifetime' || kind === 'tt';
}

type Follow = { readonly ok: true } | { readonly ok: false; readonly allowed: readonly string[] };
const YES: Follow = { ok: true };

function elemToken(e: Elem): Token | null {
  if (e.tag === 'Tok') return e.token;
  return e.tt.tag === 'Token' ? e.tt.token : null;
}

function isKwTok(t: Token, sym: import('../../syntax/symbol.ts').Symbol): boolean {
  return t.kind === 'ident' && !t.raw && t.sym === sym;
}

/** rustc's `is_in_follow`. */
function isInFollow(e: Elem, kind: FragKind, edition: Edition, p: Parser): Follow {
  const t = elemToken(e);
  if (t !== null && t.kind === 'close') return YES;
  const punct = t !== null && t.kind === 'punct' ? t.p : null;
  switch (kind) {
    case 'item': case 'block': case 'ident': case 'lifetime': case 'literal': case 'meta': case 'tt':
      return YES;
    case 'stmt': case 'expr': case 'expr_2021':
      return punct === '=>' || punct === ',' || punct === ';' ? YES : { ok: false, allowed: ['`=>`', '`,`', '`;`'] };
    case 'pat': case 'pat_param': {
      const orPat = kind === 'pat' && edition >= '2021';
      if (punct === '=>' || punct === ',' || punct === '=' || (!orPat && punct === '|')) return YES;
      if (t !== null && (isKwTok(t, kw.If) || isKwTok(t, kw.In))) return YES;
      return { ok: false, allowed: orPat ? ['`=>`', '`,`', '`=`', '`if`', '`in`'] : ['`=>`', '`,`', '`=`', '`|`', '`if`', '`in`'] };
    }
    case 'path': case 'ty': {
      if (t !== null && t.kind === 'open' && (t.delim === '{' || t.delim === '[')) return YES;
      if (punct === ',' || punct === '=>' || punct === ':' || punct === '=' || punct === '>' || punct === '>>' || punct === ';' || punct === '|') return YES;
      if (t !== null && (isKwTok(t, kw.As) || isKwTok(t, kw.Where))) return YES;
      if (e.tag === 'Tt' && e.tt.tag === 'MetaVarDecl' && e.tt.kind === 'block') return YES;
      return { ok: false, allowed: ['`{`', '`[`', '`=>`', '`,`', '`>`', '`=`', '`:`', '`;`', '`|`', '`as`', '`where`'] };
    }
    case 'vis': {
      const allowed = ['`,`', 'an ident', 'a type'];
      if (t !== null) {
        if (punct === ',') return YES;
        if (t.kind === 'ident') return t.raw || symStr(t.sym) !== 'priv' ? YES : { ok: false, allowed };
        return p.canBeginType(t) ? YES : { ok: false, allowed };
      }
      if (e.tag === 'Tt' && e.tt.tag === 'MetaVarDecl' && (e.tt.kind === 'ident' || e.tt.kind === 'ty' || e.tt.kind === 'path')) return YES;
      return { ok: false, allowed };
    }
  }
}

function elemStr(e: Elem): string {
  const t = elemToken(e);
  if (t !== null) return tokenToString(t);
  if (e.tag === 'Tt' && e.tt.tag === 'MetaVarDecl') return `$${symStr(e.tt.name)}:${e.tt.kind ?? ''}`;
  if (e.tag === 'Tt' && e.tt.tag === 'MetaVar') return `$${symStr(e.tt.name)}`;
  return '';
}

function elemSpan(e: Elem): Span {
  return e.tag === 'Tok' ? e.token.span : mbeSpan(e.tt);
}

/** Checks a matcher; reports violations and returns false if there were any. */
export function checkMatcherFollow(dcx: DiagCtxt, matcher: readonly MbeTT[], edition: Edition, p: Parser): boolean {
  let ok = true;
  const report = (decl: MbeTT & { tag: 'MetaVarDecl' }, next: Elem, kind: FragKind, mayBe: boolean, allowed: readonly string[]): void => {
    ok = false;
    const sp = elemSpan(next);
    const name = symStr(decl.name);
    const b = dcx
      .err(`\`$${name}:${kind}\` ${mayBe ? 'may be' : 'is'} followed by \`${elemStr(next)}\`, which is not allowed for \`${kind}\` fragments`)
      .primary(sp, `not allowed after \`${kind}\` fragments`);
    const nt = elemToken(next);
    if (kind === 'pat' && edition >= '2021' && nt !== null && nt.kind === 'punct' && nt.p === '|') {
      b.help('try a `pat_param` fragment specifier instead', decl.span, [
        { span: decl.span, replacement: `$${name}:pat_param`, applicability: 'MaybeIncorrect' },
      ]);
    }
    if (allowed.length === 1) b.note(`only ${allowed[0]} is allowed after \`${kind}\` fragments`);
    else if (allowed.length > 1) b.note(`allowed there are: ${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`);
    b.emit();
  };

  /** rustc's check_matcher_core: returns the LAST set of `tts`. */
  const core = (tts: readonly MbeTT[], follow: TokenSet): TokenSet => {
    let last = empty();
    for (let i = 0; i < tts.length; i++) {
      const tt = tts[i]!;
      const suffixFirst = (): TokenSet => {
        const s = first(tts.slice(i + 1));
        if (s.maybeEmpty) addAll(s, follow);
        return s;
      };
      let sf: TokenSet;
      switch (tt.tag) {
        case 'Token': case 'MetaVar': case 'MetaVarDecl':
          if (tt.tag !== 'MetaVarDecl' || tt.kind === null || canBeFollowedByAny(tt.kind)) {
            last = { elems: [], maybeEmpty: false };
            continue;
          }
          last = { elems: [{ tag: 'Tt', tt }], maybeEmpty: false };
          sf = suffixFirst();
          break;
        case 'Delimited':
          core(tt.tts, { elems: [{ tag: 'Tok', token: { kind: 'close', delim: tt.delim, span: tt.close } }], maybeEmpty: false });
          last = { elems: [], maybeEmpty: false };
          continue;
        case 'Sequence': {
          sf = suffixFirst();
          let mine = sf;
          if (tt.sep) {
            mine = { elems: [...sf.elems], maybeEmpty: sf.maybeEmpty };
            addOne(mine, { tag: 'Tok', token: tt.sep }, false);
          }
          const next = core(tt.tts, mine);
          if (next.maybeEmpty) addAll(last, next);
          else last = next;
          continue;
        }
      }
      for (const e of last.elems) {
        if (e.tag !== 'Tt' || e.tt.tag !== 'MetaVarDecl' || e.tt.kind === null) continue;
        const decl = e.tt;
        const kind = e.tt.kind;
        for (const n of sf.elems) {
          const r = isInFollow(n, kind, edition, p);
          if (!r.ok) report(decl, n, kind, !(last.elems.length === 1 && sf.elems.length === 1), r.allowed);
        }
      }
    }
    return last;
  };
  core(matcher, empty());
  return ok;
}
