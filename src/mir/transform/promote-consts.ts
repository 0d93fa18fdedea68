import type { Body, Local } from '../mir.ts';
import { promoteCandidates } from './promote/promoter.ts';
import { collectTempsAndCandidates } from './promote/temps.ts';
import { Validator, type ValidateCx } from './promote/validate.ts';

// Constant promotion (rustc's PromoteTemps, run after building and before borrowck): a
// borrow of a temporary holding a constant expression (`&0`, `&[1, 2, 3]`, `&None`,
// `&CONST`) becomes a borrow of a `'static` value computed at compile time, so the
// reference may outlive the function (`fn f() -> &'static [u8] { &[1, 2] }`). The value
// lives in a promoted body of its own (`body.promoted`), which codegen evaluates into a
// read-only global. Applied to fn and closure bodies; const and static initializers are
// evaluated as a whole and keep their temporaries.

export type PromoteCx = ValidateCx;

/**
 * `explicit`: temporaries holding the value of a reference constant (`const T: &[u8] = ..`),
 * promoted whatever their value (rustc interns the constant's memory instead).
 */
export function promoteConsts(body: Body, cx: PromoteCx, explicit: ReadonlySet<Local> = new Set()): Body {
  const { temps, candidates } = collectTempsAndCandidates(body);
  if (candidates.length === 0) return body;
  const v = new Validator(body, cx, temps, explicit);
  const ok = candidates.filter((c) => v.validateCandidate(c));
  return ok.length === 0 ? body : promoteCandidates(body, temps, ok);
}
