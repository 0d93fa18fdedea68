// Header directives: the `// name` and `// name: value` comments at the top of a ui test.
// Like compiletest, the header is every `//` line before the first line starting with
// `fn` or `mod`; `//[rev] directive` applies to one revision (or a comma list of them).

import type { Gate, Mode, NormalizeRule, TestProps } from './types.ts';

export interface HeaderLine {
  /** Revisions the line is restricted to; undefined applies to all. */
  revs: string[] | undefined;
  text: string;
}

/** Values substituted for `{{name}}` in directive values. */
export type Vars = Readonly<Record<string, string>>;

const MODES: readonly Mode[] = [
  'check-pass',
  'build-pass',
  'run-pass',
  'check-fail',
  'build-fail',
  'run-fail',
];

export function headerLines(source: string): HeaderLine[] {
  const out: HeaderLine[] = [];
  for (const raw of source.split('\n')) {
    const ln = raw.trim();
    if (ln.startsWith('fn') || ln.startsWith('mod')) break;
    if (!ln.startsWith('//')) continue;
    const rest = ln.slice(2).trimStart();
    if (rest.startsWith('[')) {
      const close = rest.indexOf(']');
      if (close < 0) continue;
      const revs = rest
        .slice(1, close)
        .split(',')
        .map((r) => r.trim())
        .filter((r) => r !== '');
      out.push({ revs, text: rest.slice(close + 1).trimStart() });
    } else {
      out.push({ revs: undefined, text: rest });
    }
  }
  return out;
}

/** `name` alone or followed by `:` or a space (so `run-pass` does not match `run-passes`). */
export function isNameDirective(text: string, name: string): boolean {
  if (!text.startsWith(name)) return false;
  const next = text.charAt(name.length);
  return next === '' || next === ' ' || next === ':' || next === '\t';
}

/** The trimmed value of `name: value`, or undefined. */
export function valueDirective(text: string, name: string, vars: Vars = {}): string | undefined {
  if (!text.startsWith(name)) return undefined;
  const rest = text.slice(name.length).trimStart();
  if (!rest.startsWith(':')) return undefined;
  return expandVars(rest.slice(1).trim(), vars);
}

function expandVars(value: string, vars: Vars): string {
  return value.replace(/\{\{([a-z-]+)\}\}/g, (whole, name: string) => vars[name] ?? whole);
}

function splitWords(s: string): string[] {
  return s.split(/\s+/).filter((w) => w !== '');
}

function keyValue(s: string): [string, string] {
  const eq = s.indexOf('=');
  return eq < 0 ? [s, ''] : [s.slice(0, eq), s.slice(eq + 1)];
}

/** `"regex" -> "replacement"` as written in normalize-* directives. */
export function parseNormalizeValue(value: string): [string, string] | undefined {
  const m = /^"((?:[^"\\]|\\.)*)"\s*->\s*"((?:[^"\\]|\\.)*)"\s*$/.exec(value);
  if (!m) return undefined;
  // The directive text is a Rust string literal body: only `\"` and `\\` need unescaping
  // here; other backslashes belong to the regex.
  const unescape = (s: string) => s.replace(/\\(["\\])/g, '$1');
  return [unescape(m[1] ?? ''), unescape(m[2] ?? '')];
}

export function emptyProps(): TestProps {
  return {
    mode: undefined,
    compileFlags: [],
    edition: undefined,
    auxBuilds: [],
    auxCrates: [],
    revisions: [],
    errorPatterns: [],
    forbidOutput: [],
    checkRunResults: false,
    checkStdout: false,
    execEnv: [],
    unsetExecEnv: [],
    rustcEnv: [],
    unsetRustcEnv: [],
    runFlags: [],
    failureStatus: undefined,
    dontCheckFailureStatus: false,
    knownBug: false,
    shouldIce: false,
    shouldFail: false,
    noPreferDynamic: false,
    gates: [],
    normalize: [],
  };
}

/** Props for one revision (undefined: the test without revisions, or the shared part). */
export function parseProps(source: string, revision: string | undefined, vars: Vars = {}): TestProps {
  const props = emptyProps();
  for (const line of headerLines(source)) {
    if (line.revs !== undefined && (revision === undefined || !line.revs.includes(revision))) continue;
    applyDirective(props, line.text, line.revs === undefined, vars);
  }
  return props;
}

function applyDirective(props: TestProps, text: string, shared: boolean, vars: Vars): void {
  for (const mode of MODES) {
    if (isNameDirective(text, mode)) {
      props.mode = mode;
      return;
    }
  }
  let v: string | undefined;
  if ((v = valueDirective(text, 'compile-flags', vars)) !== undefined) {
    props.compileFlags.push(...splitWords(v));
  } else if ((v = valueDirective(text, 'edition', vars)) !== undefined) {
    props.edition = v;
  } else if ((v = valueDirective(text, 'aux-build', vars)) !== undefined) {
    props.auxBuilds.push(v);
  } else if ((v = valueDirective(text, 'aux-crate', vars)) !== undefined) {
    // `aux-crate:priv:name=file.rs` marks a private dependency; the privacy is a nightly
    // flag we do not pass, the crate is still needed.
    const [name, file] = keyValue(v.replace(/^priv:/, ''));
    props.auxCrates.push({ name: name.trim(), file: file.trim() });
  } else if ((v = valueDirective(text, 'revisions', vars)) !== undefined) {
    if (shared) props.revisions.push(...splitWords(v));
  } else if ((v = valueDirective(text, 'error-pattern', vars)) !== undefined) {
    props.errorPatterns.push(v);
  } else if ((v = valueDirective(text, 'forbid-output', vars)) !== undefined) {
    props.forbidOutput.push(v);
  } else if ((v = valueDirective(text, 'exec-env', vars)) !== undefined) {
    props.execEnv.push(keyValue(v));
  } else if ((v = valueDirective(text, 'unset-exec-env', vars)) !== undefined) {
    props.unsetExecEnv.push(v);
  } else if ((v = valueDirective(text, 'rustc-env', vars)) !== undefined) {
    props.rustcEnv.push(keyValue(v));
  } else if ((v = valueDirective(text, 'unset-rustc-env', vars)) !== undefined) {
    props.unsetRustcEnv.push(v);
  } else if ((v = valueDirective(text, 'run-flags', vars)) !== undefined) {
    props.runFlags.push(...splitWords(v));
  } else if ((v = valueDirective(text, 'failure-status', vars)) !== undefined) {
    const n = Number.parseInt(v, 10);
    if (Number.isFinite(n)) props.failureStatus = n;
  } else if (isNameDirective(text, 'dont-check-failure-status')) {
    props.dontCheckFailureStatus = true;
  } else if (isNameDirective(text, 'known-bug')) {
    props.knownBug = true;
  } else if (isNameDirective(text, 'should-ice')) {
    props.shouldIce = true;
  } else if (isNameDirective(text, 'should-fail')) {
    props.shouldFail = true;
  } else if (isNameDirective(text, 'check-run-results')) {
    props.checkRunResults = true;
  } else if (isNameDirective(text, 'check-stdout')) {
    props.checkStdout = true;
  } else if (isNameDirective(text, 'no-prefer-dynamic')) {
    props.noPreferDynamic = true;
  } else if ((v = valueDirective(text, 'min-llvm-version', vars)) !== undefined) {
    props.gates.push({ kind: 'min-llvm-version', value: v });
  } else if ((v = valueDirective(text, 'ignore-llvm-version', vars)) !== undefined) {
    props.gates.push({ kind: 'ignore-llvm-version', value: v });
  } else if (text.startsWith('normalize-')) {
    const rule = parseNormalize(text, vars);
    if (rule) props.normalize.push(rule);
  } else {
    const gate = parseGate(text);
    if (gate) props.gates.push(gate);
  }
}

function parseNormalize(text: string, vars: Vars): NormalizeRule | undefined {
  // The colon is optional in practice: `normalize-stdout-test "a" -> "b"` is common.
  const m = /^normalize-(stdout|stderr)-([A-Za-z0-9_.-]+?)\s*(?::|\s)(.*)$/.exec(text);
  if (!m) return undefined;
  const pair = parseNormalizeValue(expandVars((m[3] ?? '').trim(), vars));
  if (!pair) return undefined;
  return { stream: m[1] === 'stdout' ? 'stdout' : 'stderr', cfg: m[2] ?? '', from: pair[0], to: pair[1] };
}

/** `ignore-X`, `only-X`, `needs-X[: value]`; the name runs to the first `:` or blank. */
function parseGate(text: string): Gate | undefined {
  const m = /^(ignore|only|needs)-([^\s:]+)\s*(?::(.*))?$/.exec(text) ?? /^(ignore|only|needs)-([^\s:]+)/.exec(text);
  if (!m) return undefined;
  const name = m[2] ?? '';
  switch (m[1]) {
    case 'ignore':
      return { kind: 'ignore', name };
    case 'only':
      return { kind: 'only', name };
    default:
      return { kind: 'needs', name, value: (m[3] ?? '').trim() };
  }
}
