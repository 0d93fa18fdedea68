// The `use` declarations of a module, for finding macros imported by path (`use crate::m;`).
import type { Item, UseTree } from '../../syntax/ast/index.ts';
import type { Symbol } from '../../syntax/symbol.ts';

/** Local name -> the path it was imported from. */
export type ImportMap = Map<Symbol, { readonly segs: readonly Symbol[]; readonly global: boolean }>;

/** The names a module's `use` declarations bring in (macros are among them, if any). */
export function collectImports(items: readonly Item[]): ImportMap {
  const out: ImportMap = new Map();
  const walk = (t: UseTree, prefix: Symbol[], global: boolean): void => {
    const segs = [...prefix, ...t.prefix.segments.map((s) => s.ident.name)];
    const g = global || t.prefix.global;
    if (t.kind.tag === 'Simple') {
      const name = t.kind.rename?.name ?? segs[segs.length - 1];
      if (name !== undefined) out.set(name, { segs, global: g });
    } else if (t.kind.tag === 'Nested') {
      for (const sub of t.kind.items) walk(sub, segs, g);
    }
  };
  for (const it of items) if (it.kind.tag === 'Use') walk(it.kind.tree, [], false);
  return out;
}
