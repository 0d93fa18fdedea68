// Derive expansions are written as Rust source text (what `cargo expand` would show) and
// parsed into items, instead of being assembled node by node. Each piece of text carries
// the span its tokens get: the derive's trait name by default, a field's span for the code
// that touches that field (so "Clone is not implemented for NoClone" points at the field,
// as in rustc).
import type { Span } from '../../../diagnostics/span.ts';
import type { Item } from '../../../syntax/ast/index.ts';
import { Parser, PErr, type ParseSess } from '../../../syntax/index.ts';
import { tokenize } from '../../../syntax/lexer/lexer.ts';
import { buildTrees, matchDelims } from '../../../syntax/token-trees.ts';
import type { Token } from '../../../syntax/token.ts';
import type { ExpandCtx } from '../../expand-ctx.ts';

/** Source text under construction, with the span each stretch of it maps to. */
export class Quote {
  private text = '';
  private readonly ranges: { start: number; end: number; span: Span }[] = [];

  constructor(readonly span: Span) {}

  /** Appends text whose tokens get `span` (the derive's by default). */
  push(text: string, span: Span = this.span): this {
    const start = this.text.length;
    this.text += text;
    this.ranges.push({ start, end: this.text.length, span });
    return this;
  }

  get source(): string {
    return this.text;
  }

  /** The span a token starting at `offset` of the text gets. */
  spanAt(offset: number): Span {
    for (const r of this.ranges) if (offset >= r.start && offset < r.end) return r.span;
    return this.span;
  }
}

/** Lexes and parses the quoted text as items; null (after an ICE-style error) if it does not parse. */
export function parseQuotedItems(cx: ExpandCtx, q: Quote): Item[] | null {
  const sess: ParseSess = { sourceMap: cx.sm, dcx: cx.dcx, edition: cx.edition, nextNodeId: () => cx.nextNodeId() };
  const raw = tokenize(q.source, 0, { edition: cx.edition, dcx: cx.dcx });
  // Field spans place the tokens; the syntax context is always the derive's, so `self` and
  // the other names the expansion writes resolve alike when the item came from a macro.
  const tokens: Token[] = raw.map((t) => ({ ...t, span: { ...q.spanAt(t.span.lo), ctxt: q.span.ctxt } }) as Token);
  const match = matchDelims(tokens, null, cx.dcx);
  const tts = buildTrees(tokens, match, 0, tokens.length);
  try {
    return new Parser(sess, tts, q.span).parseItems();
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
    e.diag.emit();
    return null;
  }
}
