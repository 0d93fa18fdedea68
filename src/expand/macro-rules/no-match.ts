// rustc's report for a call no rule matched: the furthest failing token, the matcher element
// it was tried against ("while trying to match"), and a missing-comma suggestion.
import type { DiagCtxt } from '../../diagnostics/handler.ts';
import type { Span } from '../../diagnostics/span.ts';
import type { Edition } from '../../syntax/edition.ts';
import { isReservedIdent } from '../../syntax/keywords.ts';
import { symStr } from '../../syntax/symbol.ts';
import type { TokenTree } from '../../syntax/token.ts';
import { tokenDescr } from '../../syntax/token-text.ts';
import type { MatcherLoc, MatchResult } from './matcher.ts';
import type { MacroRulesDef } from './mbe.ts';

export interface NoMatchCx {
  readonly dcx: DiagCtxt;
  readonly edition: Edition;
  /** Whether `args` would match one of the rules (quietly). */
  wouldMatch(def: MacroRulesDef, args: readonly TokenTree[], eof: Span): boolean;
}

export function reportNoMatch(cx: NoMatchCx, def: MacroRulesDef, f: MatchResult & { tag: 'Failure' }, args: readonly TokenTree[]): void {
  const eof = f.token.kind === 'eof';
  // Running out of arguments is reported right after the last one (at the call when empty).
  const span = eof && args.length > 0 ? { lo: f.token.span.lo, hi: f.token.span.lo, ctxt: f.token.span.ctxt } : f.token.span;
  const msg = eof ? 'unexpected end of macro invocation' : `no rules expected ${tokenDescr(f.token, cx.edition)}`;
  const b = cx.dcx.err(msg).primary(span, eof ? 'missing tokens in macro arguments' : 'no rules expected this token in macro call');
  if (def.crate === null) b.label(def.headSpan, 'when calling this macro');
  const loc = f.remaining;
  if (loc !== null) {
    const sp = locSpan(loc);
    if (sp) b.note(`while trying to match ${locDescr(loc, cx.edition)}`, sp);
    else b.note(`while trying to match ${locDescr(loc, cx.edition)}`);
  }
  // `m!(a b)` where `m!(a, b)` would match: suggest the comma (rustc's add_comma).
  const comma = withMissingComma(args, cx.edition);
  if (comma !== null && cx.wouldMatch(def, comma.tts, comma.sp)) {
    b.help('missing comma here', comma.sp, [{ span: comma.sp, replacement: ', ', applicability: 'MachineApplicable', style: 'hideCodeInline' }]);
  }
  b.emit();
}

function isIdentOrLit(tt: TokenTree, ed: Edition): boolean {
  if (tt.kind !== 'token') return false;
  const t = tt.token;
  return t.kind === 'literal' || (t.kind === 'ident' && (t.raw || !isReservedIdent(t.sym, ed)));
}

/** rustc's TokenStream::add_comma: the arguments with a comma after the last `a b` pair. */
function withMissingComma(tts: readonly TokenTree[], ed: Edition): { tts: TokenTree[]; sp: Span } | null {
  let at = -1;
  let sp: Span | null = null;
  for (let i = 0; i + 1 < tts.length; i++) {
    const l = tts[i]!;
    const r = tts[i + 1]!;
    if (r.kind === 'token' && r.token.kind === 'punct' && r.token.p === ',') continue;
    if (l.kind === 'token' && isIdentOrLit(l, ed) && isIdentOrLit(r, ed)) sp = l.token.span;
    else if (l.kind === 'delimited') sp = { lo: l.open.lo, hi: l.close.hi, ctxt: l.open.ctxt };
    else continue;
    at = i;
  }
  if (at < 0 || sp === null) return null;
  const hi: Span = { lo: sp.hi, hi: sp.hi, ctxt: sp.ctxt };
  const comma: TokenTree = { kind: 'token', token: { kind: 'punct', p: ',', span: hi, joint: false } };
  return { tts: [...tts.slice(0, at + 1), comma, ...tts.slice(at + 1)], sp: hi };
}

function locDescr(loc: MatcherLoc, edition: Edition): string {
  switch (loc.tag) {
    case 'Token': return tokenDescr(loc.token, edition);
    case 'SeqSep': return tokenDescr(loc.sep, edition);
    case 'MetaVarDecl': return `meta-variable \`$${symStr(loc.name)}:${loc.kind}\``;
    case 'Eof': return 'end of macro';
    case 'Delimited': return 'delimiter';
    case 'Sequence': return 'sequence start';
    case 'SeqOpNoSep': case 'SeqOpAfterSep': return 'sequence end';
  }
}

function locSpan(loc: MatcherLoc): Span | null {
  if (loc.tag === 'Token') return loc.token.span;
  if (loc.tag === 'MetaVarDecl') return loc.span;
  return null;
}
