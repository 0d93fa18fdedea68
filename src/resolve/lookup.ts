import type { Visibility } from '../hir/item.ts';
import type { Symbol } from '../syntax/symbol.ts';
import type { DefId } from '../ty/def-id.ts';
import type { Module, NameBinding } from './module.ts';
import type { Namespace } from './namespace.ts';
import type { ResolverTables } from './tables.ts';

export type Lookup =
  | { readonly tag: 'found'; readonly binding: NameBinding }
  | { readonly tag: 'notFound' }
  /** An import still being resolved might define the name. */
  | { readonly tag: 'indeterminate' };

const NOT_FOUND: Lookup = { tag: 'notFound' };
const INDETERMINATE: Lookup = { tag: 'indeterminate' };

/** Whether an item with visibility `vis` can be named from inside module `from`. */
export function isAccessibleFrom(t: ResolverTables, vis: Visibility, from: DefId): boolean {
  if (vis.tag === 'Public') return true;
  let m: Module | null | undefined = t.modules.get(from);
  while (m) {
    if (m.def === vis.module || m.normalAncestor === vis.module) return true;
    m = m.parent;
  }
  return false;
}

/**
 * A name in a module: its own items and single imports first, then names brought in by its
 * glob imports (only those visible to the importing module).
 */
export function lookupInModule(t: ResolverTables, m: Module, name: Symbol, ns: Namespace, seen: Set<Module> = new Set()): Lookup {
  const own = m.get(name, ns);
  if (own) {
    if (own.importId !== undefined) t.usedImports.add(own.importId);
    return { tag: 'found', binding: own };
  }
  if (seen.has(m)) return NOT_FOUND;
  seen.add(m);
  let indeterminate = m.isPending(name);
  for (const g of m.globs) {
    const r = lookupInModule(t, g.source, name, ns, seen);
    if (r.tag === 'found') {
      if (!isAccessibleFrom(t, r.binding.vis, m.normalAncestor)) continue;
      if (g.importId !== undefined) t.usedImports.add(g.importId);
      return { tag: 'found', binding: { ...r.binding, vis: g.vis, isImport: true } };
    }
    if (r.tag === 'indeterminate') indeterminate = true;
  }
  return indeterminate ? INDETERMINATE : NOT_FOUND;
}
