// Token trees of one matcher or transcriber -> MbeTT: `$name:kind`, `$name`, `$crate` and
// `$( ... ) sep op` made explicit, with rustc's errors for malformed ones.
import type { DiagCtxt } from '../../diagnostics/handler.ts';
import type { Span } from '../../diagnostics/span.ts';
import { intern, kw, symStr } from '../../syntax/symbol.ts';
import type { Token, TokenTree } from '../../syntax/token.ts';
import { tokenToString } from '../../syntax/token-text.ts';
import { FRAG_KINDS, type FragKind, type KleeneOp, type MbeTT } from './mbe.ts';

const VALID_FRAGMENTS_HELP =
  'valid fragment specifiers are `ident`, `block`, `stmt`, `expr`, `pat`, `ty`, `lifetime`, `literal`, `path`, `meta`, `tt`, `item` and `vis`, along with `expr_2021` and `pat_param` for edition compatibility';

function treeSpan(tt: TokenTree): Span {
  return tt.kind === 'token' ? tt.token.span : { lo: tt.open.lo, hi: tt.close.hi, ctxt: tt.open.ctxt };
}

function isPunct(tt: TokenTree | undefined, p: string): tt is { kind: 'token'; token: Token & { kind: 'punct' } } {
  return tt !== undefined && tt.kind === 'token' && tt.token.kind === 'punct' && tt.token.p === p;
}

function kleeneOf(tt: TokenTree | undefined): KleeneOp | null {
  if (tt === undefined || tt.kind !== 'token' || tt.token.kind !== 'punct') return null;
  const p = tt.token.p;
  return p === '*' || p === '+' || p === '?' ? p : null;
}

/** Parses a matcher (`patterns`) or a transcriber. Errors are reported; `ok` turns false. */
export class QuotedParser {
  ok = true;

  constructor(
    private readonly dcx: DiagCtxt,
    private readonly patterns: boolean,
  ) {}

  private error(span: Span, msg: string): void {
    this.ok = false;
    this.dcx.err(msg).primary(span).emit();
  }

  parse(tts: readonly TokenTree[]): MbeTT[] {
    const out: MbeTT[] = [];
    let i = 0;
    while (i < tts.length) {
      const tt = tts[i]!;
      i++;
      if (tt.kind === 'delimited') {
        if (tt.delim === 'invisible') out.push(...this.parse(tt.tts));
        else out.push({ tag: 'Delimited', delim: tt.delim, open: tt.open, close: tt.close, tts: this.parse(tt.tts) });
        continue;
      }
      if (!(tt.token.kind === 'punct' && tt.token.p === '$')) {
        out.push({ tag: 'Token', token: tt.token });
        continue;
      }
      const dollar = tt.token.span;
      const next = tts[i];
      if (next === undefined) {
        out.push({ tag: 'Token', token: tt.token });
        continue;
      }
      i++;
      if (next.kind === 'delimited') {
        if (next.delim !== '(') {
          const sp = treeSpan(next);
          if (this.patterns) {
            this.error(sp, `unexpected token: ${next.delim}`);
          } else if (next.delim === '{') {
            this.error(sp, 'meta-variable expressions are unstable');
            continue;
          } else {
            this.error(sp, `expected \`(\` or \`{\`, found \`${next.delim}\``);
          }
        }
        const inner = this.parse(next.tts);
        const r = this.sepAndOp(tts, i, treeSpan(next));
        i = r.next;
        out.push({
          tag: 'Sequence', open: next.open, close: next.close, tts: inner, sep: r.sep, op: r.op,
          numCaptures: this.patterns ? countDecls(inner) : 0,
        });
        continue;
      }
      const t = next.token;
      if (t.kind === 'ident') {
        const span: Span = { lo: dollar.lo, hi: t.span.hi, ctxt: t.span.ctxt };
        if (t.sym === kw.Crate && !t.raw) {
          out.push({ tag: 'Token', token: { kind: 'ident', sym: kw.DollarCrate, raw: false, span } });
          continue;
        }
        if (!this.patterns) {
          out.push({ tag: 'MetaVar', span, name: t.sym });
          continue;
        }
        i = this.metaVarDecl(tts, i, t.sym, span, out);
        continue;
      }
      if (t.kind === 'punct' && t.p === '$') {
        if (this.patterns) this.error(t.span, 'unexpected token: $');
        else this.error(t.span, 'meta-variable expressions are unstable');
        out.push({ tag: 'Token', token: t });
        continue;
      }
      this.error(t.span, `expected identifier, found \`${tokenToString(t)}\``);
      out.push({ tag: 'MetaVar', span: t.span, name: intern('') });
    }
    return out;
  }

  /** After `$name` in a matcher: `:kind`, or a missing-specifier error. */
  private metaVarDecl(tts: readonly TokenTree[], i: number, name: import('../../syntax/symbol.ts').Symbol, start: Span, out: MbeTT[]): number {
    const colon = tts[i];
    const frag = tts[i + 1];
    if (isPunct(colon, ':') && frag?.kind === 'token' && frag.token.kind === 'ident') {
      const fs = symStr(frag.token.sym);
      const span: Span = { lo: start.lo, hi: frag.token.span.hi, ctxt: start.ctxt };
      let kind: FragKind;
      if ((FRAG_KINDS as readonly string[]).includes(fs)) kind = fs as FragKind;
      else {
        this.ok = false;
        this.dcx.err(`invalid fragment specifier \`${fs}\``).primary(span).help(VALID_FRAGMENTS_HELP).emit();
        kind = 'ident';
      }
      out.push({ tag: 'MetaVarDecl', span, name, kind });
      return i + 2;
    }
    this.ok = false;
    this.dcx
      .err('missing fragment specifier')
      .primary(start)
      .note('fragment specifiers must be provided')
      .help(VALID_FRAGMENTS_HELP)
      .help('try adding a specifier here', { lo: start.hi, hi: start.hi, ctxt: start.ctxt }, [
        { span: { lo: start.hi, hi: start.hi, ctxt: start.ctxt }, replacement: ':spec', applicability: 'MaybeIncorrect', style: 'verbose' },
      ])
      .emit();
    out.push({ tag: 'MetaVarDecl', span: start, name, kind: null });
    return i;
  }

  /** `sep? op` after `$( ... )`. */
  private sepAndOp(tts: readonly TokenTree[], i: number, seqSpan: Span): { sep: Token | null; op: KleeneOp; next: number } {
    const first = tts[i];
    const op1 = kleeneOf(first);
    if (op1 !== null) return { sep: null, op: op1, next: i + 1 };
    if (first !== undefined && first.kind === 'token') {
      const second = tts[i + 1];
      const op2 = kleeneOf(second);
      if (op2 === '?') {
        this.error(first.token.span, 'the `?` macro repetition operator does not take a separator');
        return { sep: null, op: '*', next: i + 2 };
      }
      if (op2 !== null) return { sep: first.token, op: op2, next: i + 2 };
      this.error(second === undefined ? first.token.span : treeSpan(second), 'expected one of: `*`, `+`, or `?`');
      return { sep: null, op: '*', next: i + 1 };
    }
    this.error(first === undefined ? seqSpan : treeSpan(first), 'expected one of: `*`, `+`, or `?`');
    return { sep: null, op: '*', next: i };
  }
}

export function countDecls(tts: readonly MbeTT[]): number {
  let n = 0;
  for (const tt of tts) {
    if (tt.tag === 'MetaVarDecl') n++;
    else if (tt.tag === 'Sequence') n += tt.numCaptures;
    else if (tt.tag === 'Delimited') n += countDecls(tt.tts);
  }
  return n;
}
