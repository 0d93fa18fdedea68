// rustc's `parse_seq_to_before_tokens`: comma-separated elements up to a closing delimiter,
// recovering from a missing `,` when the next element parses ("help: missing `,`").
import type { Delim } from '../token.ts';
import type { Parser } from './parser.ts';
import { PErr } from './parser.ts';

/**
 * Elements up to (not including) the `close` delimiter. With `closeAlt` (closure params)
 * the sequence also ends at that token. Returns whether a trailing comma was seen.
 */
export function commaSeq<T>(p: Parser, close: Delim | '|', f: () => T): { items: T[]; trailing: boolean } {
  const items: T[] = [];
  let first = true;
  let trailing = false;
  const atClose = (): boolean => {
    if (close === '|') return p.checkBreakable('|') || (p.expected.push('`|`'), false);
    return p.checkClose(close);
  };
  while (!atClose()) {
    if (p.token.kind === 'close' || p.isEof()) break;
    if (first) first = false;
    else if (!p.eat(',')) {
      const expectErr = new PErr(p.expectedOneOfDiag());
      const sp = { lo: p.prevSpan.hi, hi: p.prevSpan.hi, ctxt: p.prevSpan.ctxt };
      let t: T;
      p.speculative++;
      try {
        t = f();
      } catch (e) {
        p.speculative--;
        if (!(e instanceof PErr)) throw e;
        if (p.isPunct(':') || close === '(') throw expectErr;
        p.emit(expectErr.diag);
        break;
      }
      p.speculative--;
      // The element parsed: most likely only the separator is missing.
      expectErr.diag.help('missing `,`', sp, [{ span: sp, replacement: ',', applicability: 'MaybeIncorrect', style: 'hideCodeInline' }]);
      p.emit(expectErr.diag);
      items.push(t);
      continue;
    }
    if (atClose()) {
      trailing = true;
      break;
    }
    items.push(f());
    trailing = false;
  }
  return { items, trailing };
}

/** `( elems )` with the open delimiter current: bumps both delimiters. */
export function parenSeq<T>(p: Parser, open: Delim, f: () => T): { items: T[]; trailing: boolean } {
  p.bump();
  const r = commaSeq(p, open, f);
  if (p.isClose(open as Delim)) p.bump();
  return r;
}
