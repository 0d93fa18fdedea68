// The lints tsrustc knows (rustc's LintStore): every builtin lint with its default level,
// the lint groups, and name lookup that tells a lint from a group from an unknown name.
import { BUILTIN_LINTS, LEGACY_LINT_NAMES, LINT_GROUPS } from './builtin-lints.ts';

/** Ordered as rustc's `Level`: a cap or a comparison takes the smaller. */
export type Level = 'allow' | 'expect' | 'warn' | 'force-warn' | 'deny' | 'forbid';

const RANK: Record<Level, number> = { allow: 0, expect: 1, warn: 2, 'force-warn': 3, deny: 4, forbid: 5 };

export function levelRank(l: Level): number {
  return RANK[l];
}

export function minLevel(a: Level, b: Level): Level {
  return RANK[a] <= RANK[b] ? a : b;
}

export interface LintDef {
  readonly name: string;
  readonly defaultLevel: Level;
  /** The group rustc names in its "on by default" note (`part of #[warn(unused)]`). */
  readonly group: string | null;
  /** Reported even inside expansions of other crates' macros (rustc's report_in_external_macro). */
  readonly reportInExternalMacro: boolean;
}

export type LintName =
  | { readonly tag: 'lint'; readonly def: LintDef }
  | { readonly tag: 'group'; readonly name: string; readonly members: readonly string[] }
  /** The `warnings` pseudo-group: every lint that would warn. */
  | { readonly tag: 'warnings' }
  /** A name older rustc versions knew (renamed or removed): accepted, does nothing. */
  | { readonly tag: 'legacy' }
  | { readonly tag: 'unknown' };

// Lints rustc reports also from other crates' macros.
const EXTERNAL_MACRO_LINTS = new Set(['overflowing_literals', 'unreachable_patterns', 'unconditional_recursion']);

class LintStore {
  private readonly lints = new Map<string, LintDef>();
  private readonly groups = new Map<string, readonly string[]>();
  private readonly legacy = new Set(LEGACY_LINT_NAMES);

  constructor() {
    const groupOf = new Map<string, string>();
    // The last group listing a lint is the one rustc names (bare_trait_objects is "part of
    // rust_2021_compatibility", not of the earlier rust_2018_idioms).
    for (const [g, members] of LINT_GROUPS) {
      this.groups.set(g, members);
      for (const m of members) groupOf.set(m, g);
    }
    for (const [name, level] of BUILTIN_LINTS) {
      this.lints.set(name, { name, defaultLevel: level, group: groupOf.get(name) ?? null, reportInExternalMacro: EXTERNAL_MACRO_LINTS.has(name) });
    }
  }

  lint(name: string): LintDef {
    const d = this.lints.get(name);
    if (!d) throw new Error(`lint store: no lint named ${name}`);
    return d;
  }

  /** A name as written in an attribute or flag (`unused-variables` on the command line). */
  find(written: string): LintName {
    const name = written.replace(/-/g, '_');
    if (name === 'warnings') return { tag: 'warnings' };
    const d = this.lints.get(name);
    if (d) return { tag: 'lint', def: d };
    const g = this.groups.get(name);
    if (g) return { tag: 'group', name, members: g };
    if (this.legacy.has(name)) return { tag: 'legacy' };
    return { tag: 'unknown' };
  }

  /** Known lint and group names, for "did you mean" suggestions. */
  allNames(): string[] {
    return [...this.lints.keys(), ...this.groups.keys()];
  }
}

export const LINTS = new LintStore();
