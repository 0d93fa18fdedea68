// Compare expected annotations with reported diagnostics.
// An annotation is met by a diagnostic on the same line, of the same kind (or any kind when
// the annotation names none), whose message contains the annotation's text.
// Unannotated ERRORs fail the test; unannotated warnings, notes and helps do not (a looser
// rule than compiletest's, on purpose: we measure errors, not lint wording).
// rustc upstream runs these tests with `-Z deduplicate-diagnostics=no`, so a few tests
// annotate the same diagnostic twice; a repeat of an annotation that was met counts as met.

import type { Actual, DiagKind, Expected } from './types.ts';

export interface ErrorCheck {
  missing: Expected[];
  unexpected: Actual[];
}

export function checkErrors(
  expected: readonly Expected[],
  actual: readonly Actual[],
  opts: { allowUnexpectedErrors: boolean },
): ErrorCheck {
  const found = expected.map(() => false);
  const unexpected: Actual[] = [];
  for (const a of actual) {
    const i = expected.findIndex(
      (e, idx) => !found[idx] && e.line === a.line && (e.kind === undefined || e.kind === a.kind) && a.msg.includes(e.msg),
    );
    if (i >= 0) found[i] = true;
    else if (a.kind === 'error' && !opts.allowUnexpectedErrors) unexpected.push(a);
  }
  const met = (e: Expected) =>
    expected.some((o, idx) => found[idx] && o.line === e.line && o.kind === e.kind && o.msg === e.msg);
  const missing = expected.filter((e, idx) => !found[idx] && !met(e));
  return { missing, unexpected };
}

function kindWord(kind: DiagKind | undefined): string {
  return kind === undefined ? 'diagnostic' : kind.toUpperCase();
}

/** A one-line summary such as `missing ERROR at 12 "E0308"; unexpected ERROR at 14 "..."`. */
export function describeErrorCheck(check: ErrorCheck, limit = 3): string {
  const parts: string[] = [];
  for (const e of check.missing.slice(0, limit)) parts.push(`missing ${kindWord(e.kind)} at ${e.line} "${e.msg}"`);
  if (check.missing.length > limit) parts.push(`${check.missing.length - limit} more missing`);
  for (const a of check.unexpected.slice(0, limit)) parts.push(`unexpected ${kindWord(a.kind)} at ${a.line} "${a.msg}"`);
  if (check.unexpected.length > limit) parts.push(`${check.unexpected.length - limit} more unexpected`);
  return parts.join('; ');
}
