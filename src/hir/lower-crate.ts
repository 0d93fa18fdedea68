import type { ResolverTables } from '../resolve/tables.ts';
import type { ExternCrateView } from '../resolve/extern-crate.ts';
import { resolveCrate } from '../resolve/resolver.ts';
import type { Session } from '../session/session.ts';
import type * as ast from '../syntax/ast/index.ts';
import { parseCrateAttrs } from './attr-parse.ts';
import type { HirCrate } from './hir.ts';
import { LoweringCtx } from './lower-ctx.ts';
import { LangItemTable } from './lang-items.ts';
import { childDefs, lowerItems } from './lower-item.ts';
import { NO_ATTRS } from './attrs.ts';
import { intern } from '../syntax/symbol.ts';
import { useInjectionSpan } from './use-injection.ts';

export interface LoweredCrate {
  readonly hir: HirCrate;
  readonly tables: ResolverTables;
  /** The lint scope of every HirId (index: HirId), from `lint.nodes`. */
  readonly hirLintScopes: readonly number[];
}

/** Lint scopes of attributed AST nodes and of the crate root (src/lint/build-levels.ts). */
export interface LoweringLintScopes {
  readonly nodes: ReadonlyMap<number, number>;
  readonly crate: number;
}

/**
 * Resolves names and lowers the expanded AST to HIR in one walk (late resolution is driven
 * by the lowering), then reports the resolution and loop errors in rustc's order.
 */
export function resolveAndLower(sess: Session, crate: ast.Crate, externs: readonly ExternCrateView[], lint?: LoweringLintScopes): LoweredCrate {
  const attrs = parseCrateAttrs(crate.attrs);
  const { tables, late } = resolveCrate(sess, crate, externs, attrs);
  const cx = new LoweringCtx(late, tables, sess.dcx);
  cx.langs = new LangItemTable(crate.items, tables, externs);
  if (lint) {
    cx.lintNodeScopes = lint.nodes;
    cx.lintScope = lint.crate;
  }
  const inject = useInjectionSpan(crate.items);
  if (inject) cx.useInjections.set(tables.root.def!, inject);
  late.pushRib({ kind: 'module', module: tables.root });
  lowerItems(cx, crate.items);
  late.popRib();
  const root = tables.root.def!;
  cx.addItem({
    def: root,
    ident: { name: intern(sess.crateName), span: crate.span },
    kind: { tag: 'Mod', items: childDefs(cx, crate.items) },
    vis: { tag: 'Public' },
    attrs: NO_ATTRS,
    span: crate.span,
  });
  late.finish();
  for (const e of cx.loopErrors) e();
  const hir: HirCrate = {
    items: cx.items,
    bodies: cx.bodies,
    bodyOwners: cx.bodyOwners,
    generics: cx.generics,
    root,
    attrs,
    hirIdCount: cx.hirIdCount,
    tryDesugars: cx.tryDesugars,
    traitMap: cx.traitMap,
    useInjections: cx.useInjections,
  };
  return { hir, tables, hirLintScopes: cx.hirLintScopes };
}
