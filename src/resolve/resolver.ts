import type { CrateAttrs } from '../hir/attrs.ts';
import type { Session } from '../session/session.ts';
import type * as ast from '../syntax/ast/index.ts';
import { intern, kw } from '../syntax/symbol.ts';
import { DefCollector } from './collect.ts';
import type { ExternCrateView } from './extern-crate.ts';
import { externModule } from './extern-modules.ts';
import { resolveImports } from './imports.ts';
import { LateResolver } from './late.ts';
import { lookupInModule } from './lookup.ts';
import type { Module } from './module.ts';
import type { PrivacyError } from './path.ts';
import { reportPrivacyError } from './path-errors.ts';
import { ResolverTables } from './tables.ts';
import { hygieneParentsOf } from '../expand/expand.ts';

/**
 * Early name resolution for a crate: DefIds and the module tree, the extern prelude
 * (every dependency, except `std` under `#![no_std]`), `use` imports, and the std/core
 * prelude. Returns the tables and a late resolver for the HIR lowering to drive.
 */
export function resolveCrate(sess: Session, crate: ast.Crate, externs: readonly ExternCrateView[], attrs: CrateAttrs): { tables: ResolverTables; late: LateResolver } {
  const t = new ResolverTables();
  for (const v of externs) {
    t.externCrates.push(v);
    const m = externModule(t, v, v.root);
    if (!m) continue;
    if (attrs.noCore || (attrs.noStd && v.name === 'std')) continue;
    t.externPrelude.set(intern(v.name), m);
  }
  new DefCollector(t, sess.dcx).collectCrate(crate);
  const privacy: PrivacyError[] = [];
  resolveImports(t, sess.dcx, sess.edition, privacy);
  for (const p of privacy) reportPrivacyError(t, sess.dcx, p);
  t.prelude = findPrelude(t, attrs, sess.edition);
  return { tables: t, late: new LateResolver(t, sess.dcx, sess.edition, hygieneParentsOf(crate)) };
}

/** `std::prelude::rust_20xx` (or `core::...` under `#![no_std]`), falling back to `v1`. */
function findPrelude(t: ResolverTables, attrs: CrateAttrs, edition: string): Module | null {
  if (t.preludeImport) {
    let m: Module | null = t.preludeImport.module;
    for (const seg of t.preludeImport.segments) {
      if (seg === kw.Crate) {
        m = t.root;
        continue;
      }
      const r: ReturnType<typeof lookupInModule> | null = m ? lookupInModule(t, m, seg, 'type') : null;
      m = r && r.tag === 'found' ? r.binding.module : null;
    }
    if (m) return m;
  }
  if (attrs.noCore) return null;
  const root = t.externPrelude.get(intern(attrs.noStd ? 'core' : 'std')) ?? t.externPrelude.get(intern('core'));
  if (!root) return null;
  const prelude = lookupInModule(t, root, intern('prelude'), 'type');
  if (prelude.tag !== 'found' || !prelude.binding.module) return null;
  for (const name of [`rust_${edition}`, 'v1']) {
    const m = lookupInModule(t, prelude.binding.module, intern(name), 'type');
    if (m.tag === 'found' && m.binding.module) return m.binding.module;
  }
  return null;
}
