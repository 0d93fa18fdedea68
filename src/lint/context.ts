// The lint context of one compilation: the level sets, where each AST node, HIR node and
// definition takes its levels from, and emission as rustc's `lint_level` does it (level,
// external-macro suppression, `#[expect]`, the once-per-session notes that say why the lint
// has its level).
import { DiagBuilder } from '../diagnostics/diagnostic.ts';
import type { Span } from '../diagnostics/span.ts';
import type { Session } from '../session/session.ts';
import type { NodeId } from '../syntax/ast/node.ts';
import type { Symbol } from '../syntax/symbol.ts';
import type { DefId } from '../ty/def-id.ts';
import { COMMAND_LINE, LintLevelSets, type LevelAndSource, type LintScope } from './levels.ts';
import { LINTS, type Level, type LintDef } from './lint-store.ts';
import type { MaybeUnusedTraitImport } from './unused-imports.ts';

/** A lint found before its node's levels are known to the emitter (rustc's BufferedEarlyLint). */
export interface BufferedLint {
  readonly lint: string;
  readonly span: Span | readonly Span[];
  readonly message: string;
  readonly decorate?: (d: DiagBuilder) => void;
}

export class LintCx {
  readonly sets: LintLevelSets;
  /** Scopes of AST nodes that carry lint attributes (items, statements, expressions...). */
  readonly nodeScopes = new Map<NodeId, LintScope>();
  /** Source ranges of the nodes with lint attributes and their scopes (outer before inner). */
  readonly spanScopes: { readonly lo: number; readonly hi: number; readonly scope: LintScope }[] = [];
  /** The scope of the crate root (its `#![...]` attributes). */
  crateScope: LintScope = COMMAND_LINE;
  /** Scopes of local definitions (items, assoc items, fields, variants). */
  readonly defScopes = new Map<DefId, LintScope>();
  /** Scope of every HirId, recorded while lowering. */
  hirScopes: readonly LintScope[] = [];
  /** Scopes of code a derive wrote (`#[automatically_derived]`): lints there are not the user's. */
  readonly derivedScopes = new Set<LintScope>();
  /** Method names and last path segments of the crate (which trait imports a call might use). */
  readonly assocNames = new Set<Symbol>();
  /** Trait imports only typeck can tell used or not (src/lint/unused-imports.ts). */
  maybeUnusedTraitImports: readonly MaybeUnusedTraitImport[] = [];
  /** Lints found earlier (typeck) that the late pass reports at their expression, by HirId. */
  private readonly lateDeferred = new Map<number, () => void>();
  /** Definitions a `pub use` names, and modules a `pub use m::*` re-exports (dead code roots). */
  readonly reexported = new Set<DefId>();
  readonly globReexported = new Set<DefId>();
  /** Lints waiting for the early pass to reach their node. */
  readonly buffered = new Map<NodeId, BufferedLint[]>();
  private readonly once = new Set<string>();

  constructor(readonly sess: Session) {
    const o = sess.lintOpts;
    this.sets = new LintLevelSets(o?.flags ?? [], o?.cap ?? 'forbid');
    if (!this.sets.warningsAllowed()) sess.dcx.canEmitWarnings = false;
  }

  deferToLatePass(hirId: number, emit: () => void): void {
    this.lateDeferred.set(hirId, emit);
  }

  /** Emits what was deferred to expression `hirId` (all that is left when null). */
  flushDeferred(hirId: number | null): void {
    if (this.lateDeferred.size === 0) return;
    if (hirId === null) {
      for (const f of this.lateDeferred.values()) f();
      this.lateDeferred.clear();
      return;
    }
    const f = this.lateDeferred.get(hirId);
    if (!f) return;
    this.lateDeferred.delete(hirId);
    f();
  }

  hirScope(hirId: number): LintScope {
    return this.hirScopes[hirId] ?? this.crateScope;
  }

  defScope(def: DefId): LintScope {
    return this.defScopes.get(def) ?? this.crateScope;
  }

  buffer(node: NodeId, l: BufferedLint): void {
    const list = this.buffered.get(node);
    if (list) list.push(l);
    else this.buffered.set(node, [l]);
  }

  level(lint: string, scope: LintScope): LevelAndSource {
    return this.sets.level(LINTS.lint(lint), scope);
  }

  /** Whether `lint` would be reported at `scope` (lets a lint skip work that would be thrown away). */
  enabled(lint: string, scope: LintScope): boolean {
    return this.level(lint, scope).level !== 'allow';
  }

  /** Whether `def` was written by a derive (inside an `#[automatically_derived]` impl). */
  isDerived(def: DefId): boolean {
    return this.inDerive(this.defScope(def));
  }

  private inDerive(scope: LintScope): boolean {
    if (this.derivedScopes.size === 0) return false;
    for (let s = scope; ; s = this.sets.sets[s]!.parent) {
      if (this.derivedScopes.has(s)) return true;
      if (s === COMMAND_LINE) return false;
    }
  }

  /** rustc's in_external_macro: code written by a macro of another crate or a built-in one. */
  inExternalMacro(span: Span): boolean {
    if (span.ctxt === 0) return false;
    const e = this.sess.sourceMap.expansions.get(span.ctxt);
    return e === undefined || e.external;
  }

  /**
   * Reports `lint` at `scope` with `message` on `span` (several spans: all primary), if its
   * level there is above allow. `decorate` adds labels, notes and suggestions; the notes
   * about the lint's level come after them, as in rustc.
   */
  emit(lint: string, scope: LintScope, span: Span | readonly Span[], message: string, decorate?: (d: DiagBuilder) => void): void {
    const def = LINTS.lint(lint);
    const ls = this.sets.level(def, scope);
    if (ls.level === 'allow') return;
    const spans: readonly Span[] = Array.isArray(span) ? span : [span as Span];
    if (!def.reportInExternalMacro && (this.inDerive(scope) || spans.some((s) => this.inExternalMacro(s)))) return;
    if (ls.level === 'expect') {
      if (ls.expectation !== undefined) this.sets.expectations[ls.expectation]!.fulfilled = true;
      return;
    }
    const dcx = this.sess.dcx;
    const d = new DiagBuilder(ls.level === 'deny' || ls.level === 'forbid' ? 'error' : 'warning', message, lint, (x) => dcx.emit(x)).lint();
    for (const s of spans) d.primary(s);
    decorate?.(d);
    this.explainSource(def, ls, d);
    d.emit();
  }

  private noteOnce(d: DiagBuilder, text: string, span?: Span): void {
    const key = span ? `${span.lo}:${span.hi}:${text}` : text;
    if (this.once.has(key)) return;
    this.once.add(key);
    d.note(text, span);
  }

  private helpOnce(d: DiagBuilder, text: string): void {
    if (this.once.has(`help:${text}`)) return;
    this.once.add(`help:${text}`);
    d.help(text);
  }

  /** rustc's explain_lint_level_source. */
  private explainSource(def: LintDef, ls: LevelAndSource, d: DiagBuilder): void {
    const level = shownLevel(ls.level);
    const src = ls.src;
    switch (src.tag) {
      case 'Default':
        this.noteOnce(d, def.group
          ? `\`#[${level}(${def.name})]\` (part of \`#[${level}(${def.group})]\`) on by default`
          : `\`#[${level}(${def.name})]\` on by default`);
        return;
      case 'CommandLine': {
        const flag = FLAG[src.level];
        const hyphen = def.name.replace(/_/g, '-');
        if (src.name === def.name) {
          this.noteOnce(d, `requested on the command line with \`${flag} ${hyphen}\``);
        } else {
          const group = src.name.replace(/_/g, '-');
          this.noteOnce(d, `\`${flag} ${hyphen}\` implied by \`${flag} ${group}\``);
          this.helpOnce(d, `to override \`${flag} ${group}\` add \`#[allow(${def.name})]\``);
        }
        return;
      }
      case 'Node':
        if (src.reason !== null) d.note(src.reason);
        this.noteOnce(d, 'the lint level is defined here', src.span);
        if (src.name !== def.name) this.noteOnce(d, `\`#[${level}(${def.name})]\` implied by \`#[${level}(${src.name})]\``);
        return;
    }
  }

  /** `#[expect]`s no lint met: `unfulfilled_lint_expectations`, after every other lint ran. */
  reportUnfulfilledExpectations(implemented: ReadonlySet<string>): void {
    for (const e of this.sets.expectations) {
      // A lint tsrustc does not check could have met it: only judge what we check.
      if (e.fulfilled || !e.lints.every((l) => implemented.has(l))) continue;
      this.emit('unfulfilled_lint_expectations', e.scope, e.span, 'this lint expectation is unfulfilled', (d) => {
        if (e.reason !== null) d.note(e.reason);
      });
    }
  }
}

const FLAG: Record<Level, string> = { allow: '-A', expect: '-A', warn: '-W', 'force-warn': '--force-warn', deny: '-D', forbid: '-F' };

function shownLevel(l: Level): string {
  return l === 'force-warn' ? 'warn' : l;
}
