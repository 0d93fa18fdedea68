import type { Span } from '../diagnostics/span.ts';
import type { FnCtxt } from './fn-ctxt.ts';

/**
 * rustc's warn_if_unreachable: an expression or statement checked after a sibling diverged
 * gets the `unreachable_code` lint, once per diverging sequence (then the divergence counts
 * as warned, rustc's Diverges::WarnedAlways).
 */
export function warnIfUnreachable(fcx: FnCtxt, hirId: number, span: Span, kind: 'expression' | 'statement'): void {
  if (!fcx.diverges || fcx.divergeWarned || fcx.divergeSpan === null) return;
  fcx.divergeWarned = true;
  const orig = fcx.divergeSpan;
  const lint = fcx.tcx.lint;
  lint.emit('unreachable_code', lint.hirScope(hirId), span, `unreachable ${kind}`, (d) => {
    d.label(span, `unreachable ${kind}`);
    d.label(orig, 'any code following this expression is unreachable');
  });
}
