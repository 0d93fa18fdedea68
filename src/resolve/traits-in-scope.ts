// The traits whose methods a method call or a type-relative path may use (rustc's
// traits_in_scope): the traits named in the enclosing block scopes and the nearest `mod`
// (defined there, imported, glob-imported or imported `as _`), the prelude's, and inside a
// trait impl the implemented trait. Typeck gets one list per scope through the HIR.
import type { Visibility } from '../hir/item.ts';
import type { TraitsInScope } from '../hir/traits-in-scope.ts';
import type { Symbol } from '../syntax/symbol.ts';
import type { DefId } from '../ty/def-id.ts';
import { isAccessibleFrom } from './lookup.ts';
import type { Module } from './module.ts';
import type { ResolverTables } from './tables.ts';

interface TraitBinding {
  /** Null for `use Trait as _`, which no other name shadows. */
  readonly name: Symbol | null;
  readonly def: DefId;
  readonly vis: Visibility;
}

/** Traits a module's names bring into scope, its own and single imports before glob imports. */
function traitBindings(t: ResolverTables, m: Module, seen: Set<Module>): TraitBinding[] {
  const out: TraitBinding[] = [];
  if (seen.has(m)) return out;
  seen.add(m);
  const named = new Set<Symbol>();
  for (const [name, ns, b] of m.entries()) {
    if (ns !== 'type') continue;
    named.add(name);
    if (b.res.tag === 'Def' && b.res.kind === 'Trait') out.push({ name, def: b.res.def, vis: b.vis });
  }
  for (const b of m.underscoreImports) {
    if (b.res.tag === 'Def' && b.res.kind === 'Trait') out.push({ name: null, def: b.res.def, vis: b.vis });
  }
  for (const g of m.globs) {
    for (const x of traitBindings(t, g.source, seen)) {
      // A name the module defines itself shadows the glob's.
      if (x.name !== null && named.has(x.name)) continue;
      if (!isAccessibleFrom(t, x.vis, m.normalAncestor)) continue;
      out.push({ name: x.name, def: x.def, vis: g.vis });
    }
  }
  return out;
}

const moduleTraitsCache = new WeakMap<Module, readonly DefId[]>();

/** The traits in scope from one module's (or block's) names. */
export function moduleTraits(t: ResolverTables, m: Module): readonly DefId[] {
  const known = moduleTraitsCache.get(m);
  if (known) return known;
  const defs = [...new Set(traitBindings(t, m, new Set()).map((b) => b.def))];
  moduleTraitsCache.set(m, defs);
  return defs;
}

/**
 * Traits in scope inside `innermost` (a block or module), plus `currentTrait` (inside a
 * trait impl) and the prelude's. Lexical scopes end at the nearest `mod`: traits of outer
 * modules need importing, as in rustc.
 */
export function computeTraitsInScope(t: ResolverTables, innermost: Module, currentTrait: DefId | null): TraitsInScope {
  const out = new Set<DefId>();
  if (currentTrait !== null) out.add(currentTrait);
  for (let m: Module | null = innermost; m !== null; m = m.parent) {
    for (const d of moduleTraits(t, m)) out.add(d);
    if (m.kind === 'mod') break;
  }
  if (t.prelude) for (const d of moduleTraits(t, t.prelude)) out.add(d);
  return { traits: [...out], module: innermost.normalAncestor };
}

/** One shared list per scope: every call in a block points at the same object. */
export class TraitScopeCache {
  private readonly byModule = new Map<Module, Map<DefId | null, TraitsInScope>>();

  constructor(private readonly t: ResolverTables) {}

  get(innermost: Module, currentTrait: DefId | null): TraitsInScope {
    let inner = this.byModule.get(innermost);
    if (!inner) this.byModule.set(innermost, (inner = new Map()));
    let s = inner.get(currentTrait);
    if (!s) inner.set(currentTrait, (s = computeTraitsInScope(this.t, innermost, currentTrait)));
    return s;
  }
}
