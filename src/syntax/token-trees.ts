// Tokens -> token trees: delimiter matching with rustc's diagnostics for unclosed, unexpected
// and mismatched delimiters. Delimiter errors are fatal, as in rustc: the file is not parsed.
import type { DiagCtxt } from '../diagnostics/handler.ts';
import { FatalError } from '../diagnostics/handler.ts';
import type { SourceFile } from '../diagnostics/source-map.ts';
import type { Span } from '../diagnostics/span.ts';
import type { DiagBuilder } from '../diagnostics/diagnostic.ts';
import type { Delim, Token, TokenTree } from './token.ts';

const CLOSE_OF: Record<Delim, string> = { '(': ')', '[': ']', '{': '}', invisible: '' };

interface Open {
  readonly delim: Delim;
  readonly span: Span;
  readonly idx: number;
}

/** Leading whitespace width of the line holding `pos` (rustc's `span_to_margin`). */
function margin(file: SourceFile, pos: number): number {
  const rel = pos - file.startPos;
  let lo = 0;
  let hi = file.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (file.lineStarts[mid]! <= rel) lo = mid;
    else hi = mid - 1;
  }
  let i = file.lineStarts[lo]!;
  let n = 0;
  for (;;) {
    const c = file.src.charCodeAt(i);
    if (c === 32 || c === 9) {
      n++;
      i++;
    } else return n;
  }
}

/**
 * Matches delimiters in a flat token list (ending with `eof`). Returns, for each `open`
 * token index, the index of its `close` token (and the reverse). Reports and throws
 * FatalError on any imbalance.
 */
export function matchDelims(tokens: readonly Token[], file: SourceFile | null, dcx: DiagCtxt): Int32Array {
  // Fast path: a stack of open indices; the diagnostic pass below runs only on imbalance.
  const match = new Int32Array(tokens.length);
  const st = new Int32Array(tokens.length);
  let sp = 0;
  let ok = true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'open') st[sp++] = i;
    else if (t.kind === 'close') {
      if (sp === 0) {
        ok = false;
        break;
      }
      const o = st[--sp]!;
      if ((tokens[o] as Token & { kind: 'open' }).delim !== t.delim) {
        ok = false;
        break;
      }
      match[o] = i;
      match[i] = o;
    }
  }
  if (ok && sp === 0) return match;
  return matchDelimsReport(tokens, file, dcx);
}

function matchDelimsReport(tokens: readonly Token[], file: SourceFile | null, dcx: DiagCtxt): Int32Array {
  const match = new Int32Array(tokens.length).fill(-1);
  const stack: Open[] = [];
  const matchingBlocks: [Span, Span][] = [];
  const emptyBlocks: Span[] = [];
  const errs: DiagBuilder[] = [];
  const sameIndent = (a: Span, b: Span): boolean => (file ? margin(file, a.lo) === margin(file, b.lo) : false);
  const isMultiline = (lo: number, hi: number): boolean => {
    if (!file) return false;
    const s = file.src;
    for (let i = lo - file.startPos; i < hi - file.startPos; i++) if (s.charCodeAt(i) === 10) return true;
    return false;
  };
  let lastUnclosedFound = -1;

  const suspicious = (b: DiagBuilder, delim: Delim): void => {
    const matched = matchingBlocks
      .map(([o, c]) => ({ span: { lo: o.lo, hi: c.lo, ctxt: 0 } as Span, same: sameIndent(o, c) }))
      .sort((x, y) => x.span.lo - y.span.lo);
    for (let i = 0; i < matched.length; i++) {
      if (!matched[i]!.same) continue;
      const outer = matched[i]!.span;
      for (let j = i + 1; j < matched.length; j++) {
        const inner = matched[j]!;
        if (outer.lo <= inner.span.lo && inner.span.hi <= outer.hi && !inner.same) matched[j] = { span: inner.span, same: true };
      }
    }
    let cand: Span | null = null;
    for (let i = matched.length - 1; i >= 0; i--) {
      if (!matched[i]!.same) {
        cand = matched[i]!.span;
        break;
      }
    }
    if (cand) {
      b.label({ lo: cand.lo, hi: cand.lo, ctxt: 0 }, 'this delimiter might not be properly closed...');
      b.label({ lo: cand.hi, hi: cand.hi, ctxt: 0 }, '...as it matches this but it has different indentation');
      if (delim === '{') {
        for (const e of emptyBlocks) {
          if (cand.lo <= e.lo && e.hi <= cand.hi) {
            b.label(e, 'block is empty, you might have not meant to close it');
            break;
          }
        }
      }
    } else {
      const parent = matchingBlocks[matchingBlocks.length - 1];
      if (parent && stack.length === 0 && emptyBlocks.every((e) => !(e.lo === parent[0].lo && e.hi === parent[1].hi))) {
        b.label(parent[0], 'this opening brace...');
        b.label(parent[1], '...matches this closing brace');
      }
    }
  };

  const mismatches: DiagBuilder[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'open') {
      stack.push({ delim: t.delim, span: t.span, idx: i });
    } else if (t.kind === 'close') {
      const top = stack[stack.length - 1];
      if (top === undefined) {
        const b = dcx.err(`unexpected closing delimiter: \`${CLOSE_OF[t.delim]}\``).primary(t.span);
        suspicious(b, t.delim);
        b.label(t.span, 'unexpected closing delimiter');
        errs.push(b);
        // rustc stops at the first unexpected closer at top level.
        break;
      }
      if (top.delim === t.delim) {
        stack.pop();
        match[top.idx] = i;
        match[i] = top.idx;
        if (t.delim === '{') {
          if (top.idx + 1 === i && !isMultiline(top.span.lo, t.span.hi)) emptyBlocks.push({ lo: top.span.lo, hi: t.span.hi, ctxt: 0 });
          matchingBlocks.push([top.span, t.span]);
        }
        continue;
      }
      // Mismatched: report once per closing token; the innermost open is the culprit.
      if (lastUnclosedFound !== t.span.lo) {
        lastUnclosedFound = t.span.lo;
        let candidate: Span | null = null;
        for (const o of stack) if (o.delim === t.delim && sameIndent(t.span, o.span)) candidate = o.span;
        const b = dcx.err(`mismatched closing delimiter: \`${CLOSE_OF[t.delim]}\``);
        b.primary(t.span, 'mismatched closing delimiter');
        b.primary(top.span, 'unclosed delimiter');
        if (candidate) b.label(candidate, 'closing delimiter possibly meant for this');
        mismatches.push(b);
      }
      stack.pop();
      // If an outer open matches this closer, let it close that one instead.
      if (stack.some((o) => o.delim === t.delim)) i--;
    } else if (t.kind === 'eof') {
      if (stack.length > 0) {
        const b = dcx.err('this file contains an unclosed delimiter').primary(t.span);
        const limit = 5;
        for (const o of stack.slice(0, limit)) b.label(o.span, 'unclosed delimiter');
        const extra = stack[limit];
        if (extra) {
          b.label(
            extra.span,
            stack.length >= limit + 2 ? `another ${stack.length - limit} unclosed delimiters begin from here` : 'another 1 unclosed delimiter begins from here',
          );
        }
        suspicious(b, stack[stack.length - 1]!.delim);
        errs.push(b);
      }
    }
  }
  if (mismatches.length > 0 || errs.length > 0) {
    for (const b of mismatches) b.emit();
    for (const b of errs) b.emit();
    throw new FatalError();
  }
  return match;
}

/** Builds trees for tokens[from, to) (balanced, as checked by matchDelims). */
export function buildTrees(tokens: readonly Token[], match: Int32Array, from: number, to: number): TokenTree[] {
  const out: TokenTree[] = [];
  // Explicit stack: deeply nested input must not overflow the JS call stack.
  const stack: { tts: TokenTree[]; open: Token & { kind: 'open' } }[] = [];
  let cur = out;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'open') {
      stack.push({ tts: cur, open: t });
      cur = [];
    } else if (t.kind === 'close') {
      const fr = stack.pop();
      if (!fr) continue;
      fr.tts.push({ kind: 'delimited', delim: fr.open.delim, open: fr.open.span, close: t.span, tts: cur });
      cur = fr.tts;
    } else if (t.kind !== 'eof') {
      cur.push({ kind: 'token', token: t });
    }
  }
  void match;
  return out;
}
