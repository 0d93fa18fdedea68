import type { DiagBuilder } from '../diagnostics/diagnostic.ts';
import type { Span } from '../diagnostics/span.ts';
import type { Expr } from '../hir/expr.ts';
import type { Ty } from '../ty/ty.ts';
import { tryCoerce } from './coercion.ts';
import type { FnCtxt } from './fn-ctxt.ts';

/** Where a type error about `e` points: the tail expression of a block, else `e`. */
export function mismatchSpan(e: Expr): Span {
  if (e.kind.tag === 'Block' && e.kind.block.expr) return mismatchSpan(e.kind.block.expr);
  return e.span;
}

/** E0308 `mismatched types` with rustc's "expected X, found Y" label. */
export function reportMismatch(fcx: FnCtxt, span: Span, expected: Ty, found: Ty, extra?: (d: DiagBuilder) => void, message = 'mismatched types'): void {
  if (fcx.isError(expected) || fcx.isError(found)) return;
  const d = fcx.err(message, 'E0308').primary(span, `expected ${fcx.descr(expected)}, found ${fcx.descr(found)}`);
  extra?.(d);
  d.emit();
}

/** Coerces `e` (of type `found`) to `expected`, reporting E0308 on failure. */
export function coerceOrReport(fcx: FnCtxt, e: Expr, found: Ty, expected: Ty, extra?: (d: DiagBuilder) => void): boolean {
  if (tryCoerce(fcx, e.hirId, found, expected)) return true;
  reportMismatch(fcx, mismatchSpan(e), expected, found, extra);
  return false;
}

/** Unifies (no coercion), reporting E0308 on failure. */
export function demandEq(fcx: FnCtxt, span: Span, expected: Ty, found: Ty, extra?: (d: DiagBuilder) => void): boolean {
  if (fcx.infcx.probe(() => fcx.infcx.unify(expected, found))) return true;
  reportMismatch(fcx, span, expected, found, extra);
  return false;
}
