// The ratchet: a sorted list of test ids that pass. A listed test that stops passing is a
// regression; a passing test not listed yet is progress to record.

import * as fs from 'node:fs';
import type { Status, TestResult } from './types.ts';

export function parseBaseline(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

export function readBaseline(file: string): string[] {
  return parseBaseline(fs.readFileSync(file, 'utf8'));
}

export function formatBaseline(ids: Iterable<string>): string {
  const sorted = [...new Set(ids)].sort();
  return sorted.map((id) => id + '\n').join('');
}

export interface Regression {
  id: string;
  /** What happened now; `missing` when the test is in scope but no longer exists. */
  status: Status | 'missing';
  reason: string;
}

export interface BaselineDiff {
  regressions: Regression[];
  newlyPassing: string[];
}

/** Compare a run with the baseline, looking only at ids the run covered (`inScope`). */
export function compareBaseline(
  baseline: readonly string[],
  results: readonly TestResult[],
  inScope: (id: string) => boolean,
): BaselineDiff {
  const byId = new Map(results.map((r) => [r.id, r]));
  const listed = new Set(baseline);
  const regressions: Regression[] = [];
  for (const id of listed) {
    if (!inScope(id)) continue;
    const r = byId.get(id);
    if (r === undefined) regressions.push({ id, status: 'missing', reason: 'test no longer exists' });
    else if (r.status !== 'pass') regressions.push({ id, status: r.status, reason: r.reason });
  }
  const newlyPassing = results.filter((r) => r.status === 'pass' && !listed.has(r.id)).map((r) => r.id);
  regressions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  newlyPassing.sort();
  return { regressions, newlyPassing };
}

/** The new baseline: this run's passes inside its scope, earlier entries outside it. */
export function mergeBaseline(
  existing: readonly string[],
  results: readonly TestResult[],
  inScope: (id: string) => boolean,
): string[] {
  const kept = existing.filter((id) => !inScope(id));
  const passing = results.filter((r) => r.status === 'pass').map((r) => r.id);
  return [...new Set([...kept, ...passing])].sort();
}
