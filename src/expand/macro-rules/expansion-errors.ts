// Errors met while parsing an expansion in the context of its call, worded as rustc's
// ensure_complete_parse and emit_frag_parse_err word them.
import type { DiagCtxt } from '../../diagnostics/handler.ts';
import type { Span } from '../../diagnostics/span.ts';
import type { MacCall } from '../../syntax/ast/index.ts';
import type { Edition } from '../../syntax/edition.ts';
import { Parser, PErr, type ParseSess } from '../../syntax/index.ts';
import type { TokenTree } from '../../syntax/token.ts';
import { tokenDescr } from '../../syntax/token-text.ts';

/** The syntactic position of a call, deciding how its expansion is parsed. */
export type CallContext = 'expr' | 'stmts' | 'items' | 'pat' | 'ty' | 'impl' | 'trait' | 'foreign';

const CONTEXT_NAME: Record<CallContext, string> = {
  expr: 'expression', stmts: 'statement', items: 'item', pat: 'pattern', ty: 'type', impl: 'impl item', trait: 'trait item', foreign: 'foreign item',
};

/** What is known about the expansion whose parse failed. */
export interface ExpansionSite {
  readonly mac: MacCall;
  /** The macro's name as called. */
  readonly name: string;
  /** The outermost call it descends from. */
  readonly root: Span;
  /** The transcription and the matched rule's right-hand side. */
  readonly tts: readonly TokenTree[];
  readonly rhsSpan: Span;
}

export function originNote(name: string): string {
  return `this error originates in the macro \`${name}\` (in Nightly builds, run with -Z macro-backtrace for more info)`;
}

/** Tokens left after the expansion was parsed. */
export function reportTrailingTokens(dcx: DiagCtxt, edition: Edition, p: Parser, site: ExpansionSite, ctx: CallContext): void {
  dcx
    .err(`macro expansion ignores ${tokenDescr(p.token, edition)} and any tokens following`)
    .primary(p.token.span)
    .label(site.mac.span, 'caused by the macro expansion here')
    .note(`the usage of \`${site.name}!\` is likely invalid in ${CONTEXT_NAME[ctx]} context`)
    .emit();
}

/**
 * A parse error in an expansion: running out of tokens reads "macro expansion ends with an
 * incomplete expression"; other errors get the macro backtrace label and note; an
 * expression position whose expansion parses as statements gets a hint to add `;`.
 */
export function reportExpansionParseError(dcx: DiagCtxt, sess: ParseSess, e: PErr, p: Parser, site: ExpansionSite, ctx: CallContext): void {
  const d = e.diag.build();
  const eofSuffix = ', found `<eof>`';
  let b = e.diag;
  if (p.isEof() && d.message.endsWith(eofSuffix)) {
    const empty = site.tts.length === 0;
    b = dcx.err(`macro expansion ends with an incomplete expression: ${d.message.slice(0, -eofSuffix.length)}`, d.code);
    for (const sl of d.spans) {
      if (sl.primary) b.primary(empty ? site.mac.span : sl.span, sl.label);
      else if (sl.label !== null) b.label(sl.span, sl.label);
    }
    if (empty) b.label(site.rhsSpan, 'in this macro arm');
    for (const c of d.children) {
      if (c.level === 'note') b.note(c.message, c.spans[0]?.span);
      else if (c.level === 'help') b.help(c.message, c.spans[0]?.span, c.suggestions ? [...c.suggestions] : undefined);
    }
  } else {
    b.label(site.root, 'in this macro invocation');
    b.note(originNote(site.name));
  }
  if (ctx === 'expr' && parsesAsStatements(sess, site.tts, site.mac.span)) {
    const sp = site.mac.span;
    b.note("the macro call doesn't expand to an expression, but it can expand to a statement");
    const at = { lo: sp.hi, hi: sp.hi, ctxt: sp.ctxt };
    b.help('add `;` to interpret the expansion as a statement', at, [{ span: at, replacement: ';', applicability: 'MaybeIncorrect', style: 'verbose' }]);
  }
  b.emit();
}

/** Whether tokens parse as statements, without reporting anything. */
function parsesAsStatements(sess: ParseSess, tts: readonly TokenTree[], sp: Span): boolean {
  const q = new Parser(sess, tts, tts.length === 0 ? sp : undefined);
  q.speculative++;
  try {
    q.parseBlockContents();
    return q.isEof();
  } catch (e) {
    if (e instanceof PErr) return false;
    throw e;
  }
}
