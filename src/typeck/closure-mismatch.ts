// What E0308 says about closures, as rustc words it: "found closure" / "expected closure,
// found a different closure", the closures' heads labelled, a note that no two closures have
// the same type, and "use parentheses to call this closure" when calling it would fit.
import type { DiagBuilder } from '../diagnostics/diagnostic.ts';
import type { Expr } from '../hir/expr.ts';
import { closureSig } from '../ty/closure.ts';
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import type { FnCtxt } from './fn-ctxt.ts';

function closureOf(fcx: FnCtxt, t: Ty): Extract<ReturnType<typeof tyKind>, { tag: 'Closure' }> | null {
  const k = tyKind(fcx.resolve(t));
  return k.tag === 'Closure' ? k : null;
}

/** The primary label's "expected X, found Y" when a closure is involved (null: the usual one). */
export function closureMismatchLabel(fcx: FnCtxt, expected: Ty, found: Ty): string | null {
  const e = closureOf(fcx, expected);
  const f = closureOf(fcx, found);
  if (e && f) return 'expected closure, found a different closure';
  if (f) return `expected ${fcx.descr(expected)}, found closure`;
  if (e) return `expected closure, found ${fcx.descr(found)}`;
  return null;
}

/** Labels, notes and the call suggestion for a mismatch involving closures. */
export function closureMismatchExtras(fcx: FnCtxt, d: DiagBuilder, expected: Ty, found: Ty, expr: Expr | undefined): void {
  const e = closureOf(fcx, expected);
  const f = closureOf(fcx, found);
  if (!e && !f) return;
  if (e && f) {
    d.label(fcx.tcx.identSpan(e.def), 'the expected closure');
    return;
  }
  if (f) {
    d.label(fcx.tcx.identSpan(f.def), 'the found closure');
    // Calling the closure would give the expected type.
    const sig = closureSig(f.args);
    let fits = false;
    fcx.infcx.probe(() => {
      fits = fcx.infcx.unify(sig.output, expected);
      return false;
    });
    if (expr && fits) {
      const at = { lo: expr.span.hi, hi: expr.span.hi, ctxt: expr.span.ctxt };
      const args = sig.inputs.map((t) => `/* ${fcx.tyStr(t)} */`).join(', ');
      d.help('use parentheses to call this closure', undefined, [{ span: at, replacement: `(${args})`, applicability: 'HasPlaceholders', style: 'verbose' }]);
    }
  }
}

/** Notes after "expected/found": two closures never have the same type. */
export function closureMismatchNotes(fcx: FnCtxt, d: DiagBuilder, expected: Ty, found: Ty): void {
  if (closureOf(fcx, expected) && closureOf(fcx, found)) {
    d.note('no two closures, even if identical, have the same type');
    d.help('consider boxing your closure and/or using it as a trait object');
  }
}
