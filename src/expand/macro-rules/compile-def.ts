// A `macro_rules!` item's body -> its rules, checked as rustc checks a definition: the
// `(matcher) => {transcriber};` shape, fragment specifiers, empty repetitions, duplicate
// bindings and follow-set restrictions. Errors are reported once, here.
import type { DiagCtxt } from '../../diagnostics/handler.ts';
import type { Span } from '../../diagnostics/span.ts';
import type { Edition } from '../../syntax/edition.ts';
import type { Parser } from '../../syntax/index.ts';
import type { Symbol } from '../../syntax/symbol.ts';
import type { TokenTree } from '../../syntax/token.ts';
import { tokenDescr } from '../../syntax/token-text.ts';
import { checkMatcherFollow } from './follow.ts';
import { mbeSpan, type MacroRule, type MacroRulesDef, type MbeTT } from './mbe.ts';
import { QuotedParser } from './quoted.ts';

export interface DefSource {
  readonly name: Symbol;
  /** Tokens inside the definition's outer delimiters. */
  readonly body: readonly TokenTree[];
  readonly span: Span;
  readonly headSpan: Span;
  readonly edition: Edition;
  readonly crate: string | null;
  readonly exported: boolean;
  /** Syntax context of the definition when it is inside a function body (see MacroRulesDef). */
  readonly defSite: number | null;
}

function ttSpan(tt: TokenTree): Span {
  return tt.kind === 'token' ? tt.token.span : { lo: tt.open.lo, hi: tt.close.hi, ctxt: tt.open.ctxt };
}

function isPunct(tt: TokenTree | undefined, p: string): boolean {
  return tt !== undefined && tt.kind === 'token' && tt.token.kind === 'punct' && tt.token.p === p;
}

/** `probe` is any parser of the session (used for "can this token begin a type"). */
export function compileMacroDef(dcx: DiagCtxt, src: DefSource, probe: Parser): MacroRulesDef {
  let valid = true;
  const err = (sp: Span, msg: string, label?: string): void => {
    valid = false;
    dcx.err(msg).primary(sp, label ?? null).emit();
  };
  const found = (tt: TokenTree | undefined): string => (tt === undefined ? 'end of macro arguments' : tt.kind === 'token' ? tokenDescr(tt.token, src.edition) : `\`${tt.delim}\``);
  const rules: MacroRule[] = [];
  const tts = src.body;
  const lastHi = tts.length > 0 ? ttSpan(tts[tts.length - 1]!).hi : src.span.hi;
  const endSp: Span = { lo: lastHi, hi: lastHi, ctxt: src.span.ctxt };
  let i = 0;
  if (tts.length === 0) err(src.span, 'macros must contain at least one rule');
  while (i < tts.length) {
    const lhs = tts[i++]!;
    const arrow = tts[i];
    if (!isPunct(arrow, '=>')) {
      if (lhs.kind !== 'delimited') err(ttSpan(lhs), 'invalid macro matcher; matchers must be contained in balanced delimiters');
      const at = arrow === undefined ? endSp : ttSpan(arrow);
      err(at, `expected \`=>\`, found ${found(arrow)}`, 'expected `=>`');
      break;
    }
    i++;
    const rhs = tts[i++];
    if (rhs === undefined) {
      err(endSp, 'unexpected end of macro invocation', 'missing tokens in macro arguments');
      break;
    }
    let ruleOk = true;
    if (lhs.kind !== 'delimited') {
      err(ttSpan(lhs), 'invalid macro matcher; matchers must be contained in balanced delimiters');
      ruleOk = false;
    }
    if (rhs.kind !== 'delimited') {
      err(ttSpan(rhs), 'macro rhs must be delimited');
      ruleOk = false;
    }
    if (ruleOk && lhs.kind === 'delimited' && rhs.kind === 'delimited') {
      const qm = new QuotedParser(dcx, true);
      const matcher = qm.parse(lhs.tts);
      const qt = new QuotedParser(dcx, false);
      const transcriber = qt.parse(rhs.tts);
      let ok = qm.ok && qt.ok;
      ok = checkNoEmptySeq(dcx, matcher) && ok;
      ok = checkDuplicateBindings(dcx, matcher) && ok;
      if (ok) ok = checkMatcherFollow(dcx, matcher, src.edition, probe);
      if (!ok) valid = false;
      rules.push({ lhs: matcher, lhsSpan: ttSpan(lhs), rhs: transcriber, rhsSpan: ttSpan(rhs) });
    }
    if (i >= tts.length) break;
    if (!isPunct(tts[i], ';')) {
      err(ttSpan(tts[i]!), `expected \`;\`, found ${found(tts[i])}`, 'expected `;`');
      break;
    }
    i++;
  }
  return { name: src.name, rules, span: src.span, headSpan: src.headSpan, edition: src.edition, crate: src.crate, valid, exported: src.exported, body: src.body, defSite: src.defSite };
}

/** rustc's check_lhs_no_empty_seq: `$()*`, `$($(a)*)*` would loop forever. */
function checkNoEmptySeq(dcx: DiagCtxt, tts: readonly MbeTT[]): boolean {
  for (const tt of tts) {
    if (tt.tag === 'Delimited' && !checkNoEmptySeq(dcx, tt.tts)) return false;
    if (tt.tag !== 'Sequence') continue;
    const canBeEmpty = tt.sep === null && tt.tts.every((s) => (s.tag === 'MetaVarDecl' && s.kind === 'vis') || (s.tag === 'Sequence' && s.op !== '+'));
    if (canBeEmpty) {
      dcx.err('repetition matches empty token tree').primary(mbeSpan(tt)).emit();
      return false;
    }
    if (!checkNoEmptySeq(dcx, tt.tts)) return false;
  }
  return true;
}

function checkDuplicateBindings(dcx: DiagCtxt, tts: readonly MbeTT[]): boolean {
  const seen = new Map<Symbol, Span>();
  let ok = true;
  const walk = (xs: readonly MbeTT[]): void => {
    for (const tt of xs) {
      if (tt.tag === 'Delimited' || tt.tag === 'Sequence') walk(tt.tts);
      else if (tt.tag === 'MetaVarDecl') {
        const prev = seen.get(tt.name);
        if (prev !== undefined) {
          ok = false;
          dcx.err('duplicate matcher binding').primary(tt.span, 'duplicate binding').label(prev, 'previous binding').emit();
        } else seen.set(tt.name, tt.span);
      }
    }
  };
  walk(tts);
  return ok;
}
