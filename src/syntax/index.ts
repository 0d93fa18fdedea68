// Public API of the syntax station: source -> tokens -> token trees -> AST.
import type { SourceFile } from '../diagnostics/source-map.ts';
import type { Span } from '../diagnostics/span.ts';
import { FatalError } from '../diagnostics/handler.ts';
import type { Attribute } from './ast/attr.ts';
import type { Crate, Item } from './ast/item.ts';
import { CRATE_NODE_ID } from './ast/node.ts';
import type { Token, TokenTree } from './token.ts';
import type { ParseSess } from './parse-sess.ts';
import { tokenize } from './lexer/lexer.ts';
import { buildTrees, matchDelims } from './token-trees.ts';
import { Parser, PErr } from './parser/api.ts';
import { parseModContents } from './parser/item.ts';

export type { ParseSess } from './parse-sess.ts';
export { newParseSess } from './parse-sess.ts';
export type { Edition } from './edition.ts';
export { Parser, PErr } from './parser/api.ts';
export type { PathStyle } from './parser/api.ts';
export { tokenToString, tokenDescr, litToString } from './token-text.ts';
export { mkLit, litFromToken, checkLit } from './parser/lit.ts';

/** Lexes a file and checks its delimiters (FatalError after reporting imbalance). */
export function lexFile(sess: ParseSess, file: SourceFile): { tokens: Token[]; match: Int32Array } {
  const tokens = tokenize(file.src, file.startPos, { edition: sess.edition, dcx: sess.dcx });
  const match = matchDelims(tokens, file, sess.dcx);
  return { tokens, match };
}

export function lexToTokenTrees(sess: ParseSess, file: SourceFile): TokenTree[] {
  const { tokens, match } = lexFile(sess, file);
  return buildTrees(tokens, match, 0, tokens.length);
}

function fileSpan(file: SourceFile): Span {
  return { lo: file.startPos, hi: file.endPos, ctxt: 0 };
}

/** Parses a module file's contents: inner attributes and items. */
export function parseModFile(sess: ParseSess, file: SourceFile, lexed?: { tokens: Token[]; match: Int32Array }): { attrs: Attribute[]; items: Item[]; span: Span } {
  const { tokens, match } = lexed ?? lexFile(sess, file);
  const p = Parser.fromTokens(sess, tokens, match) as Parser;
  Object.setPrototypeOf(p, Parser.prototype);
  try {
    const { attrs, items } = parseModContents(p, false);
    return { attrs, items, span: fileSpan(file) };
  } catch (e) {
    if (e instanceof PErr) {
      e.diag.emit();
      throw new FatalError();
    }
    if (e instanceof RangeError && /call stack/.test(e.message)) {
      // Pathologically deep nesting: report instead of crashing.
      sess.dcx.err('this file is nested too deeply to be parsed').primary({ lo: file.startPos, hi: file.startPos, ctxt: 0 }).emit();
      throw new FatalError();
    }
    throw e;
  }
}

/** Parses a crate root. Recovered errors are reported and the crate is still returned. */
export function parseCrateFromFile(sess: ParseSess, file: SourceFile, lexed?: { tokens: Token[]; match: Int32Array }): Crate {
  const { attrs, items, span } = parseModFile(sess, file, lexed);
  return { id: CRATE_NODE_ID, attrs, items, span };
}
