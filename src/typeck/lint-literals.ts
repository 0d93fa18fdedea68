import type { Expr } from '../hir/expr.ts';
import type { Span } from '../diagnostics/span.ts';
import { tyKind } from '../ty/interner.ts';
import type { FnCtxt } from './fn-ctxt.ts';

/** An integer literal seen while checking, with the span of `-lit` when negated. */
export interface IntLit {
  readonly lit: Expr;
  span: Span;
  negated: boolean;
}

function bitsOf(name: string, pointerWidth: number): number {
  return name.endsWith('size') ? pointerWidth : Number(name.slice(1));
}

/** rustc's `get_type_suggestion`: a wider type the literal fits in (signed types only). */
function suggestion(name: string, v: bigint, negative: boolean, pw: number): string | null {
  const order = ['8', '16', '32', '64', '128'];
  if (!name.startsWith('i') || name === 'isize') return null;
  const w = name.slice(1);
  if (!negative && v <= (1n << BigInt(Number(w))) - 1n) return `u${w}`;
  for (const c of order.slice(order.indexOf(w) + 1)) {
    if (v <= (1n << BigInt(Number(c) - 1)) - 1n + (negative ? 1n : 0n)) return `i${c}`;
  }
  void pw;
  return null;
}

/**
 * The deny-by-default `overflowing_literals` lint on integer literals, judged once the body's
 * types are known and reported by the late lint pass when it reaches the literal (rustc's
 * TypeLimits is a late lint); `queue` is unused.
 */
export function lintIntLiterals(fcx: FnCtxt, lits: readonly IntLit[], queue?: (emit: () => void) => void): void {
  void queue;
  const pw = fcx.tcx.sess.target.pointerWidth;
  for (const l of lits) {
    const v = l.lit.kind.tag === 'Lit' && l.lit.kind.lit.value.tag === 'Int' ? l.lit.kind.lit.value.value : null;
    if (v === null) continue;
    const t = fcx.resolve(fcx.nodeTy(l.lit.hirId));
    const k = tyKind(t);
    if (k.tag !== 'Int' && k.tag !== 'Uint') continue;
    const name = k.tag === 'Int' ? k.int : k.uint;
    const bits = bitsOf(name, pw);
    const signed = k.tag === 'Int';
    const min = signed ? -(1n << BigInt(bits - 1)) : 0n;
    const max = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
    const value = l.negated ? -v : v;
    if (value >= min && value <= max) continue;
    if (!signed && l.negated) continue; // E0600 already
    const text = (l.negated ? '-' : '') + fcx.tcx.sess.sourceMap.snippet(l.lit.span);
    const help = signed ? suggestion(name, v, l.negated, pw) : null;
    const lint = fcx.tcx.lint;
    lint.deferToLatePass(l.lit.hirId, () =>
      lint.emit('overflowing_literals', lint.hirScope(l.lit.hirId), l.span, `literal out of range for \`${name}\``, (d) => {
        d.note(`the literal \`${text}\` does not fit into the type \`${name}\` whose range is \`${min}..=${max}\``);
        if (help) d.help(`consider using the type \`${help}\` instead`);
      }),
    );
  }
}
