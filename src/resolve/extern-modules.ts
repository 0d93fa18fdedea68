import { DUMMY_SP } from '../diagnostics/span.ts';
import { intern } from '../syntax/symbol.ts';
import { defCrate, type DefId } from '../ty/def-id.ts';
import type { ExternCrateView } from './extern-crate.ts';
import { Module, type ModuleKind } from './module.ts';
import type { ResolverTables } from './tables.ts';

/** The module (or enum/trait) `def` of a dependency, filled from its metadata on first lookup. */
export function externModule(t: ResolverTables, view: ExternCrateView, def: DefId): Module | null {
  const known = t.modules.get(def);
  if (known) return known;
  const kind = view.defKind(def);
  const mk: ModuleKind | null = kind === 'Mod' ? 'mod' : kind === 'Enum' ? 'enum' : kind === 'Trait' ? 'trait' : null;
  if (!mk) return null;
  const m: Module = new Module(mk, def, null, def, () => {
    for (const c of view.children(def)) {
      const child = c.res.tag === 'Def' ? externModuleOfRes(t, c.res.def) : null;
      m.define(intern(c.name), c.ns, {
        res: c.res,
        // Private items of another crate are visible nowhere in this one.
        vis: c.isPublic ? { tag: 'Public' } : { tag: 'Restricted', module: def },
        span: DUMMY_SP,
        isImport: false,
        module: child,
      });
    }
  });
  t.modules.set(def, m);
  return m;
}

/** Finds the crate owning `def` among the loaded ones and returns its module, if module-like. */
export function externModuleOfRes(t: ResolverTables, def: DefId): Module | null {
  const known = t.modules.get(def);
  if (known) return known;
  for (const v of t.externCrates) {
    if (defCrate(def) === v.cnum) return externModule(t, v, def);
  }
  return null;
}
