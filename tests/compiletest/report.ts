// The per-directory table and the pass-rate summary.

import type { Category, Status, TestResult } from './types.ts';

export interface Counts {
  total: number;
  pass: number;
  fail: number;
  nightly: number;
  unsupported: number;
  ignored: number;
}

export function count(results: readonly TestResult[]): Counts {
  const c: Counts = { total: 0, pass: 0, fail: 0, nightly: 0, unsupported: 0, ignored: 0 };
  for (const r of results) {
    c.total++;
    c[r.status satisfies Status]++;
  }
  return c;
}

/** Passed among the tests that ran (skipped and ignored tests do not count). */
export function passRate(c: Counts): string {
  const ran = c.pass + c.fail;
  return ran === 0 ? '-' : `${((100 * c.pass) / ran).toFixed(1)}%`;
}

function groupBy<K>(results: readonly TestResult[], key: (r: TestResult) => K): Map<K, TestResult[]> {
  const m = new Map<K, TestResult[]>();
  for (const r of results) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

const COLUMNS = ['total', 'passed', 'failed', 'nightly', 'unsupported', 'ignored', 'pass rate'] as const;

function row(name: string, c: Counts): string[] {
  return [name, ...[c.total, c.pass, c.fail, c.nightly, c.unsupported, c.ignored].map(String), passRate(c)];
}

export const CATEGORY_LABELS: Record<Category, string> = {
  run: 'run tests (run-pass, run-fail)',
  error: 'error tests (check-fail, build-fail, default)',
  'compile-pass': 'compile-pass tests (check-pass, build-pass)',
};

function tableRows(results: readonly TestResult[]): { dirs: string[][]; total: string[]; categories: string[][] } {
  const byDir = groupBy(results, (r) => r.dir);
  const dirs = [...byDir.keys()].sort().map((d) => row(d, count(byDir.get(d) ?? [])));
  const byCat = groupBy(results, (r) => r.category);
  const categories = (['run', 'error', 'compile-pass'] as const).map((k) => row(CATEGORY_LABELS[k], count(byCat.get(k) ?? [])));
  return { dirs, total: row('TOTAL', count(results)), categories };
}

function pad(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '));
}

/** The plain-text report: directory table, category summary, and the `N passed, M failed` line. */
export function formatReport(results: readonly TestResult[]): string {
  const { dirs, total, categories } = tableRows(results);
  const header = ['directory', ...COLUMNS];
  const lines = pad([header, ...dirs, total]);
  const rule = '-'.repeat(lines[0]?.length ?? 0);
  const out = [lines[0] ?? '', rule, ...lines.slice(1, -1), rule, lines[lines.length - 1] ?? '', ''];
  out.push(...pad([['category', ...COLUMNS], ...categories]), '');
  const c = count(results);
  out.push(`${c.pass} passed, ${c.fail} failed`);
  return out.join('\n') + '\n';
}

/** The same numbers as Markdown, for the README: categories first, directories folded. */
export function formatMarkdown(results: readonly TestResult[], command: string): string {
  const { dirs, total, categories } = tableRows(results);
  const md = (rows: string[][], first: string) => {
    const head = `| ${first} | ${COLUMNS.join(' | ')} |`;
    const sep = `|${' --- |'.repeat(COLUMNS.length + 1)}`;
    return [head, sep, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  };
  return [
    md([...categories, total], 'category'),
    '',
    `Regenerate with \`${command}\`.`,
    '',
    '<details><summary>Per directory</summary>',
    '',
    md([...dirs, total], 'directory'),
    '',
    '</details>',
    '',
  ].join('\n');
}
