// The lints of one body that need its borrow-checked MIR, run right after borrowck as rustc
// does: unused_mut, then unused_variables / unused_assignments.
import type { Body as HirBody } from '../hir/item.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import type { Body } from '../mir/mir.ts';
import type { DefId } from '../ty/def-id.ts';
import { BodyVars, lintLiveness } from './liveness.ts';
import { lintUnusedMut } from './unused-mut.ts';
import { lintDeadCode } from './dead-code.ts';
import { runLateLints } from './late.ts';

/** Lints that are checked by rustc's `unfulfilled_lint_expectations` bookkeeping: what tsrustc implements. */
const IMPLEMENTED = new Set([
  'unused_variables', 'unused_assignments', 'unused_mut', 'unused_imports', 'dead_code', 'unused_must_use',
  'non_snake_case', 'non_camel_case_types', 'non_upper_case_globals', 'while_true', 'unused_parens', 'path_statements',
  'overflowing_literals', 'unreachable_patterns',
]);

/** The crate-wide lints after all bodies are checked: dead code, the late pass, `#[expect]`s. */
export function runCrateLints(tcx: TcxImpl): void {
  lintDeadCode(tcx);
  runLateLints(tcx);
  tcx.lint.reportUnfulfilledExpectations(IMPLEMENTED);
}

const bodiesCache = new WeakMap<TcxImpl, Map<DefId, HirBody>>();

function hirBodyOf(tcx: TcxImpl, def: DefId): HirBody | null {
  let m = bodiesCache.get(tcx);
  if (!m) {
    m = new Map();
    for (const o of tcx.hir.bodyOwners) {
      const b = tcx.hir.bodies.get(o.body);
      if (b) m.set(o.def, b);
    }
    bodiesCache.set(tcx, m);
  }
  return m.get(def) ?? null;
}

export function lintBody(tcx: TcxImpl, def: DefId, mir: Body): void {
  const lcx = tcx.lint;
  if (!lcx.enabled('unused_mut', lcx.defScope(def)) && !lcx.enabled('unused_variables', lcx.defScope(def)) && !lcx.enabled('unused_assignments', lcx.defScope(def))) {
    // Statement-level attributes could still enable them; only skip when nothing can.
    if (lcx.nodeScopes.size === 0) return;
  }
  const hir = hirBodyOf(tcx, def);
  const r = tcx.typeck(def);
  if (!hir || r.taintedByErrors) return;
  const vars = new BodyVars(tcx.hir, hir, r);
  lintUnusedMut(lcx, mir, vars);
  lintLiveness(lcx, mir, vars);
}
