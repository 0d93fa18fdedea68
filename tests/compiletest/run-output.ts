// `check-run-results`: a program's stdout/stderr against `<name>[.<rev>].run.stdout/.stderr`.

import type { NormalizeRule } from './types.ts';

export interface NormalizeContext {
  /** Directory of the test file: printed as `$DIR`. */
  testDir: string;
  /** Root of the Rust source tree: printed as `$SRC_DIR`. */
  srcDir: string | undefined;
  /** Per-test build directory: printed as `$TEST_BUILD_DIR`. */
  buildDir: string;
  rules: readonly NormalizeRule[];
}

/** Rust regex syntax that JS lacks, translated where the meaning is the same. */
export function toJsRegex(source: string): RegExp | undefined {
  let flags = 'g';
  let s = source;
  const inline = /^\(\?([imsx]+)\)/.exec(s);
  if (inline) {
    s = s.slice(inline[0].length);
    for (const f of inline[1] ?? '') if (f !== 'x' && !flags.includes(f)) flags += f;
  }
  s = s.replace(/\\A/g, '^').replace(/\\z/g, '$');
  try {
    return new RegExp(s, flags + 'u');
  } catch {
    try {
      return new RegExp(s, flags);
    } catch {
      return undefined;
    }
  }
}

/** Rust's replacement syntax (`$1`, `${name}`) is close to JS's; `$$` is a literal `$` in both. */
function toJsReplacement(to: string): string {
  return to.replace(/\$\{(\d+)\}/g, '$$$1');
}

/**
 * The 1.63 panic message `thread 'main' panicked at 'MSG', FILE:L:C` becomes today's
 * `thread 'main' panicked at FILE:L:C:\nMSG`, and the thread id newer std prints after the
 * name (`thread 'main' (1234)`) goes, so expectations from 1.63 and output of a current std
 * compare equal when they say the same thing.
 */
export function canonicalPanics(text: string): string {
  return text
    .replace(/thread '([^']*)' \(\d+\) panicked at /g, "thread '$1' panicked at ")
    .replace(/thread '([^']*)' panicked at '([\s\S]*?)', ([^\s']+:\d+:\d+)\n/g, "thread '$1' panicked at $3:\n$2\n");
}

/** The reverse, for `error-pattern`s written against the 1.63 format (one-line messages). */
export function legacyPanics(text: string): string {
  return canonicalPanics(text).replace(/thread '([^']*)' panicked at ([^\s']+:\d+:\d+):\n([^\n]*)/g, "thread '$1' panicked at '$3', $2");
}

export function normalizeOutput(text: string, stream: 'stdout' | 'stderr', ctx: NormalizeContext): string {
  let s = text.replace(/\r\n/g, '\n');
  const dir = ctx.testDir.replace(/\/+$/, '');
  s = s.split(dir + '/').join('$DIR/').split(dir).join('$DIR');
  if (ctx.srcDir !== undefined) {
    const src = ctx.srcDir.replace(/\/+$/, '');
    s = s.split(src + '/').join('$SRC_DIR/').split(src).join('$SRC_DIR');
  }
  s = s.split(ctx.buildDir).join('$TEST_BUILD_DIR');
  for (const rule of ctx.rules) {
    if (rule.stream !== stream) continue;
    const re = toJsRegex(rule.from);
    if (re) s = s.replace(re, toJsReplacement(rule.to));
  }
  return s;
}

/** Equal up to panic-message format and trailing whitespace at the end of the text. */
export function sameOutput(actual: string, expected: string): boolean {
  const tidy = (t: string) => canonicalPanics(t.endsWith('\n') ? t : t + '\n').trimEnd();
  return tidy(actual) === tidy(expected);
}

/** A short unified-style diff: the first differing lines, for failure messages. */
export function firstDifference(actual: string, expected: string, context = 2): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  let i = 0;
  while (i < a.length && i < e.length && a[i] === e[i]) i++;
  const from = Math.max(0, i - context);
  const lines: string[] = [`first difference at line ${i + 1}:`];
  for (let k = from; k < i; k++) lines.push(`  ${e[k]}`);
  for (let k = i; k < Math.min(e.length, i + context + 1); k++) lines.push(`- ${e[k]}`);
  for (let k = i; k < Math.min(a.length, i + context + 1); k++) lines.push(`+ ${a[k]}`);
  return lines.join('\n');
}
