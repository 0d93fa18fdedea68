// Lint levels as rustc keeps them (rustc_middle::lint::LintLevelSets): a tree of sets, set 0
// from the command line, each attribute-bearing node with lint attributes a child set of its
// parent's. A lint's level at a node is the first spec found walking up from the node's set,
// else the lint's default; then `warnings` may raise a warning, and `--cap-lints` caps it.
import type { Span } from '../diagnostics/span.ts';
import { LINTS, minLevel, type Level, type LintDef } from './lint-store.ts';

export type LevelSource =
  | { readonly tag: 'Default' }
  /** An attribute: `name` as written (a lint or group), `span` the name inside the attribute. */
  | { readonly tag: 'Node'; readonly name: string; readonly span: Span; readonly reason: string | null }
  /** `-A/-W/-D/-F name`: `level` as the flag said (before `--cap-lints`). */
  | { readonly tag: 'CommandLine'; readonly name: string; readonly level: Level };

export interface LevelAndSource {
  readonly level: Level;
  readonly src: LevelSource;
  /** For `expect`: which `#[expect]` this is (index into the expectations). */
  readonly expectation?: number;
}

export interface LintSet {
  readonly parent: number;
  /** By lint name (`warnings` for the pseudo-group). */
  readonly specs: ReadonlyMap<string, LevelAndSource>;
}

/** A set index: where a node's lint levels come from. */
export type LintScope = number;

export const COMMAND_LINE: LintScope = 0;

/** A `-A/-W/-D/-F/--force-warn` flag, in command-line order. */
export interface LintFlag {
  readonly level: Level;
  readonly name: string;
}

/** An `#[expect(lint)]`: fulfilled when that lint would have been emitted under it. */
export interface Expectation {
  /** The lints the expectation covers (a group's members). */
  readonly lints: readonly string[];
  /** The lint name inside the attribute (where "this lint expectation is unfulfilled" points). */
  readonly span: Span;
  readonly reason: string | null;
  /** The scope the `#[expect]` itself sits in (where `unfulfilled_lint_expectations` is leveled). */
  readonly scope: LintScope;
  fulfilled: boolean;
}

export class LintLevelSets {
  readonly sets: LintSet[] = [];
  readonly expectations: Expectation[] = [];
  /** Unknown lint names on the command line (rustc warns about them). */
  readonly unknownFlags: LintFlag[] = [];

  constructor(flags: readonly LintFlag[], readonly cap: Level = 'forbid') {
    const specs = new Map<string, LevelAndSource>();
    for (const f of flags) {
      const found = LINTS.find(f.name);
      const src: LevelSource = { tag: 'CommandLine', name: f.name.replace(/-/g, '_'), level: f.level };
      const members = found.tag === 'lint' ? [found.def.name] : found.tag === 'group' ? found.members : found.tag === 'warnings' ? ['warnings'] : [];
      if (found.tag === 'unknown') this.unknownFlags.push(f);
      for (const m of members) {
        // A forbidden lint stays forbidden whatever a later flag says.
        if (specs.get(m)?.level === 'forbid' && f.level !== 'forbid') continue;
        specs.set(m, { level: f.level, src });
      }
    }
    this.sets.push({ parent: COMMAND_LINE, specs });
  }

  push(parent: LintScope, specs: ReadonlyMap<string, LevelAndSource>): LintScope {
    this.sets.push({ parent, specs });
    return this.sets.length - 1;
  }

  /** The nearest spec for `name` at `scope`, or null when only the default applies. */
  spec(name: string, scope: LintScope): LevelAndSource | null {
    for (let idx = scope; ; ) {
      const set = this.sets[idx]!;
      const s = set.specs.get(name);
      if (s) return s;
      if (idx === COMMAND_LINE) return null;
      idx = set.parent;
    }
  }

  /** rustc's get_lint_level: the level `lint` has at `scope`, and why. */
  level(lint: LintDef, scope: LintScope): LevelAndSource {
    // `--force-warn` wins over every attribute and over `--cap-lints`.
    const forced = this.sets[COMMAND_LINE]!.specs.get(lint.name);
    if (forced?.level === 'force-warn') return forced;
    const found = this.spec(lint.name, scope);
    let out: LevelAndSource = found ?? { level: lint.defaultLevel, src: { tag: 'Default' } };
    // A warning is subject to `#[allow/deny(warnings)]` in scope.
    if (out.level === 'warn' && lint.name !== 'forbidden_lint_groups') {
      const w = this.spec('warnings', scope);
      if (w && w.level !== 'warn') out = w.level === 'expect' ? { ...w } : { level: w.level, src: w.src };
    }
    if (!(out.src.tag === 'CommandLine' && out.src.level === 'force-warn')) {
      const capped = minLevel(out.level, this.cap);
      if (capped !== out.level) out = { ...out, level: capped };
    }
    return out;
  }

  /** Whether warnings can be printed at all (`-A warnings` or `--cap-lints allow` silence them). */
  warningsAllowed(): boolean {
    const w = this.sets[COMMAND_LINE]!.specs.get('warnings');
    return this.cap !== 'allow' && w?.level !== 'allow';
  }
}
