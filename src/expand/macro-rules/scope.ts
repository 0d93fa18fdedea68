// Where `macro_rules!` names are visible. Textual scoping: a definition is visible after it
// in its module (or block) and in modules declared later inside it; `#[macro_use]` on a
// `mod` lets the module's definitions outlive it. Path scoping: `#[macro_export]` puts a
// macro at the crate root (`crate::m!`, `$crate::m!`).
import type { Span } from '../../diagnostics/span.ts';
import type { Symbol } from '../../syntax/symbol.ts';
import type { MacroRulesDef } from './mbe.ts';

interface ScopeEntry {
  readonly name: Symbol;
  readonly def: MacroRulesDef;
  readonly parent: ScopeEntry | null;
}

/** A saved textual scope, restored when a module or block ends. */
export type ScopeMark = ScopeEntry | null;

export class MacroScopes {
  private textual: ScopeEntry | null = null;
  /** `#[macro_export]` macros of this crate, by name. */
  readonly exported = new Map<Symbol, MacroRulesDef>();
  /** Every definition seen, with its name's span (for "not found" hints). */
  readonly seen: { readonly def: MacroRulesDef; readonly span: Span }[] = [];
  /** Definitions some call resolved to (rustc's unused_macros, inverted). */
  readonly used = new Set<MacroRulesDef>();

  define(def: MacroRulesDef, nameSpan: Span): void {
    this.textual = { name: def.name, def, parent: this.textual };
    this.seen.push({ def, span: nameSpan });
    if (def.exported) this.exported.set(def.name, def);
  }

  /** The innermost textual definition of `name` in scope. */
  lookupTextual(name: Symbol): MacroRulesDef | null {
    for (let e = this.textual; e !== null; e = e.parent) if (e.name === name) return e.def;
    return null;
  }

  mark(): ScopeMark {
    return this.textual;
  }

  restore(m: ScopeMark): void {
    this.textual = m;
  }
}
