// Transcription: the matched rule's right-hand side with metavariables substituted and
// repetitions unrolled in lockstep. Tokens written in the macro get the expansion's syntax
// context (hygiene); substituted fragments keep the caller's spans.
import type { Span } from '../../diagnostics/span.ts';
import type { NodeId } from '../../syntax/ast/node.ts';
import { kw, symStr, type Symbol } from '../../syntax/symbol.ts';
import type { Token, TokenTree } from '../../syntax/token.ts';
import { cloneFresh } from './clone-ast.ts';
import { mbeSpan, type MbeTT, type NamedMatch } from './mbe.ts';

export class TranscribeError {
  constructor(
    readonly span: Span,
    readonly message: string,
  ) {}
}

export interface TranscribeCx {
  /** Syntax context given to the tokens the macro itself writes. */
  readonly ctxt: number;
  readonly nextId: () => NodeId;
  /** What `$crate` becomes (its span already marked). */
  dollarCrate(span: Span): TokenTree[];
}

type Size = { tag: 'Unconstrained' } | { tag: 'Constraint'; len: number; name: Symbol } | { tag: 'Contradiction'; msg: string };

const UNCONSTRAINED: Size = { tag: 'Unconstrained' };

function plural(n: number): string {
  return n === 1 ? '' : 's';
}

function combine(a: Size, b: Size): Size {
  if (a.tag === 'Unconstrained') return b;
  if (a.tag === 'Contradiction') return a;
  if (b.tag === 'Unconstrained') return a;
  if (b.tag === 'Contradiction') return b;
  if (a.len === b.len) return a;
  return {
    tag: 'Contradiction',
    msg: `meta-variable \`${symStr(a.name)}\` repeats ${a.len} time${plural(a.len)}, but \`${symStr(b.name)}\` repeats ${b.len} time${plural(b.len)}`,
  };
}

function lookup(bindings: ReadonlyMap<Symbol, NamedMatch>, name: Symbol, repeats: readonly { idx: number }[]): NamedMatch | undefined {
  let m = bindings.get(name);
  if (m === undefined) return undefined;
  for (const r of repeats) {
    if (m.tag !== 'Seq') break;
    m = m.items[r.idx]!;
  }
  return m;
}

function lockstepSize(tt: MbeTT, bindings: ReadonlyMap<Symbol, NamedMatch>, repeats: readonly { idx: number }[]): Size {
  switch (tt.tag) {
    case 'Delimited':
    case 'Sequence':
      return tt.tts.reduce<Size>((s, t) => combine(s, lockstepSize(t, bindings, repeats)), UNCONSTRAINED);
    case 'MetaVar':
    case 'MetaVarDecl': {
      const m = lookup(bindings, tt.name, repeats);
      return m?.tag === 'Seq' ? { tag: 'Constraint', len: m.items.length, name: tt.name } : UNCONSTRAINED;
    }
    case 'Token':
      return UNCONSTRAINED;
  }
}

function mark(sp: Span, ctxt: number): Span {
  return { lo: sp.lo, hi: sp.hi, ctxt };
}

function markToken(t: Token, ctxt: number): Token {
  return { ...t, span: mark(t.span, ctxt) } as Token;
}

function hasInterpolated(tt: TokenTree): boolean {
  if (tt.kind === 'token') return tt.token.kind === 'interpolated';
  return tt.tts.some(hasInterpolated);
}

/** Transcribes `rhs`; throws TranscribeError (to be reported at its span). */
export function transcribe(rhs: readonly MbeTT[], bindings: ReadonlyMap<Symbol, NamedMatch>, cx: TranscribeCx): TokenTree[] {
  const repeats: { idx: number; len: number }[] = [];
  const out: TokenTree[] = [];

  const emitMatch = (m: NamedMatch, at: Span, res: TokenTree[]): void => {
    if (m.tag === 'Tt') {
      res.push(hasInterpolated(m.tt) ? cloneFresh(m.tt, cx.nextId) : m.tt);
      return;
    }
    if (m.tag !== 'Nt') return;
    if (m.tokens) {
      for (const tt of m.tokens) res.push(hasInterpolated(tt) ? cloneFresh(tt, cx.nextId) : tt);
      return;
    }
    const nt = m.nt;
    // Single-token fragments become plain tokens again, keeping the caller's span.
    if (nt.tag === 'ident') {
      res.push({ kind: 'token', token: { kind: 'ident', sym: nt.ident.name, raw: nt.raw, span: nt.ident.span } });
      return;
    }
    if (nt.tag === 'lifetime') {
      res.push({ kind: 'token', token: { kind: 'lifetime', sym: nt.lifetime.ident.name, span: nt.lifetime.ident.span } });
      return;
    }
    res.push({ kind: 'token', token: { kind: 'interpolated', nt: cloneFresh(nt, cx.nextId), span: mark(at, cx.ctxt) } });
  };

  const walk = (tts: readonly MbeTT[], res: TokenTree[]): void => {
    for (const tt of tts) {
      switch (tt.tag) {
        case 'Token':
          if (tt.token.kind === 'ident' && tt.token.sym === kw.DollarCrate) res.push(...cx.dollarCrate(mark(tt.token.span, cx.ctxt)));
          else res.push({ kind: 'token', token: markToken(tt.token, cx.ctxt) });
          break;
        case 'Delimited': {
          const inner: TokenTree[] = [];
          walk(tt.tts, inner);
          res.push({ kind: 'delimited', delim: tt.delim, open: mark(tt.open, cx.ctxt), close: mark(tt.close, cx.ctxt), tts: inner });
          break;
        }
        case 'MetaVar':
        case 'MetaVarDecl': {
          const m = lookup(bindings, tt.name, repeats);
          if (m === undefined) {
            // Not a metavariable of this rule: `$x` stays as written (e.g. a nested macro_rules!).
            const sp = mark(tt.span, cx.ctxt);
            const dollarEnd = tt.span.hi - symStr(tt.name).length;
            res.push({ kind: 'token', token: { kind: 'punct', p: '$', span: { lo: sp.lo, hi: Math.max(sp.lo, dollarEnd), ctxt: cx.ctxt }, joint: false } });
            res.push({ kind: 'token', token: { kind: 'ident', sym: tt.name, raw: false, span: { lo: Math.max(sp.lo, dollarEnd), hi: sp.hi, ctxt: cx.ctxt } } });
            break;
          }
          if (m.tag === 'Seq') throw new TranscribeError(tt.span, `variable \`${symStr(tt.name)}\` is still repeating at this depth`);
          emitMatch(m, tt.span, res);
          break;
        }
        case 'Sequence': {
          const seqSpan = mbeSpan(tt);
          const size = lockstepSize(tt, bindings, repeats);
          if (size.tag === 'Unconstrained') {
            throw new TranscribeError(seqSpan, 'attempted to repeat an expression containing no syntax variables matched as repeating at this depth');
          }
          if (size.tag === 'Contradiction') throw new TranscribeError(seqSpan, size.msg);
          if (size.len === 0) {
            if (tt.op === '+') throw new TranscribeError(seqSpan, 'this must repeat at least once');
            break;
          }
          const r = { idx: 0, len: size.len };
          repeats.push(r);
          for (; r.idx < r.len; r.idx++) {
            if (r.idx > 0 && tt.sep) res.push({ kind: 'token', token: markToken(tt.sep, cx.ctxt) });
            walk(tt.tts, res);
          }
          repeats.pop();
          break;
        }
      }
    }
  };
  walk(rhs, out);
  return out;
}
