// Plain data shared by the compiletest modules.

/** What a test expects from compiling (and maybe running) it. */
export type Mode =
  | 'check-pass'
  | 'build-pass'
  | 'run-pass'
  | 'check-fail'
  | 'build-fail'
  | 'run-fail';

/** The three groups the report gives pass rates for. */
export type Category = 'run' | 'compile-pass' | 'error';

/** An `ignore-*`, `only-*`, `needs-*` or LLVM-version header, evaluated later against the host. */
export type Gate =
  | { kind: 'ignore'; name: string }
  | { kind: 'only'; name: string }
  | { kind: 'needs'; name: string; value: string }
  | { kind: 'min-llvm-version'; value: string }
  | { kind: 'ignore-llvm-version'; value: string };

/** Header directives that apply to one revision (or to the test when it has none). */
export interface TestProps {
  /** Explicit mode, if a directive named one. */
  mode: Mode | undefined;
  compileFlags: string[];
  edition: string | undefined;
  auxBuilds: string[];
  /** `aux-crate: name=file.rs`: built like aux-build, passed with `--extern`. */
  auxCrates: { name: string; file: string }[];
  revisions: string[];
  errorPatterns: string[];
  forbidOutput: string[];
  checkRunResults: boolean;
  checkStdout: boolean;
  execEnv: [string, string][];
  unsetExecEnv: string[];
  rustcEnv: [string, string][];
  unsetRustcEnv: string[];
  runFlags: string[];
  failureStatus: number | undefined;
  dontCheckFailureStatus: boolean;
  knownBug: boolean;
  shouldIce: boolean;
  /** Upstream's own check that compiletest rejects a bad test; not about the compiler. */
  shouldFail: boolean;
  noPreferDynamic: boolean;
  gates: Gate[];
  normalize: NormalizeRule[];
}

/** `normalize-stderr-<cfg>: "regex" -> "replacement"`, applied when `<cfg>` matches the host. */
export interface NormalizeRule {
  stream: 'stdout' | 'stderr';
  cfg: string;
  from: string;
  to: string;
}

export type DiagKind = 'error' | 'warning' | 'note' | 'help' | 'suggestion';

/** One `//~` annotation: a diagnostic expected at a line. */
export interface Expected {
  line: number;
  /** undefined: any kind matches (the annotation had no ERROR/WARN/... word). */
  kind: DiagKind | undefined;
  msg: string;
}

/** One diagnostic the compiler reported, flattened the way compiletest compares them. */
export interface Actual {
  line: number;
  kind: DiagKind | undefined;
  /** Message text; carries ` [E0308]` when the diagnostic had a code. */
  msg: string;
}

export type Status = 'pass' | 'fail' | 'nightly' | 'unsupported' | 'ignored';

export interface TestResult {
  /** Path relative to the suite, `/`-separated, plus `#rev` for a revision. */
  id: string;
  /** Top-level directory under the suite, or `(root)`. */
  dir: string;
  category: Category;
  status: Status;
  /** Why it failed or was skipped; empty for a pass. */
  reason: string;
  /** Compiler or program output behind a failure, trimmed, for `--verbose` and `--json`. */
  detail?: string;
  ms: number;
}
