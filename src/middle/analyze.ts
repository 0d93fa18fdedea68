import { createHash } from 'node:crypto';
import type { HirCrate } from '../hir/hir.ts';
import { resolveAndLower } from '../hir/lower-crate.ts';
import { FatalError } from '../diagnostics/handler.ts';
import { ExternProvider } from '../metadata/extern-provider.ts';
import { MetadataError } from '../metadata/metadata-error.ts';
import type { LoadedCrate } from '../metadata/loaded-crate.ts';
import { COMPILER_VERSION } from '../metadata/version.ts';
import type { Session } from '../session/session.ts';
import type * as ast from '../syntax/ast/index.ts';
import type { DefId } from '../ty/def-id.ts';
import { typeckBody } from '../typeck/check-body.ts';
import { LocalProvider } from '../typeck/collect.ts';
import { checkTraitImpls } from '../typeck/check-impls.ts';
import { checkRepresentability } from '../typeck/representability.ts';
import type { TypeckResults } from '../typeck/results.ts';
import { TcxImpl } from './tcx.ts';
import { LintCx } from '../lint/context.ts';
import { buildLintLevels } from '../lint/build-levels.ts';
import { runEarlyLints } from '../lint/early.ts';
import { reportMaybeUnusedTraitImports } from '../lint/unused-imports.ts';
import { usedTraits } from '../lint/used-traits.ts';

export interface Analysis {
  readonly tcx: TcxImpl;
  readonly hir: HirCrate;
  typeck(def: DefId): TypeckResults;
}

/** Stable per-crate hash used in symbol names and metadata (like rustc's StableCrateId). */
export function crateHash(name: string, crateTypes: readonly string[]): string {
  const isLib = crateTypes.some((t) => t !== 'bin');
  return createHash('sha256').update(`${name}\0${isLib ? 'lib' : 'bin'}\0${COMPILER_VERSION}`).digest('hex').slice(0, 16);
}

/**
 * The front and middle of the compiler for one crate: name resolution and HIR lowering,
 * then item collection and type checking of every body. Dependencies answer through their
 * metadata. Aborts (FatalError) after typeck if any error was reported, as rustc does
 * before building MIR.
 */
export function analyzeCrate(
  sess: Session,
  crate: ast.Crate,
  deps: readonly LoadedCrate[],
  time: <T>(pass: string, f: () => T) => T = (_pass, f) => f(),
): Analysis {
  let externs: ExternProvider[];
  try {
    externs = deps.map((d) => new ExternProvider(d, deps));
  } catch (e) {
    if (!(e instanceof MetadataError)) throw e;
    const d = sess.dcx.err(e.message, e.code);
    for (const n of e.notes) d.note(n);
    d.emit();
    throw new FatalError();
  }
  const lint = new LintCx(sess);
  const scoped = time('lint levels', () => buildLintLevels(lint, crate));
  const lowered = time('resolve and HIR lowering', () => resolveAndLower(sess, crate, externs, { nodes: lint.nodeScopes, crate: lint.crateScope }));
  lint.hirScopes = lowered.hirLintScopes;
  for (const [node, scope] of scoped) {
    const def = lowered.tables.nodeDefs.get(node);
    if (def !== undefined) lint.defScopes.set(def, scope);
  }
  time('early lints', () => runEarlyLints(lint, crate, lowered.tables));
  const tcx = new TcxImpl(sess, lowered.hir);
  tcx.lint = lint;
  const isBin = sess.crateTypes.includes('bin');
  const local = new LocalProvider(tcx, lowered.hir, lowered.tables, sess.crateName, crateHash(sess.crateName, sess.crateTypes), isBin);
  tcx.addProvider(local);
  for (const e of externs) tcx.addProvider(e);
  tcx.registerTypeck(typeckBody);
  time('typeck', () => {
    checkRepresentability(tcx);
  collectSignatures(tcx, lowered.hir);
  checkTraitImpls(tcx);
    for (const o of lowered.hir.bodyOwners) tcx.typeck(o.def);
  });
  for (const emit of tcx.lints) emit();
  tcx.lints.length = 0;
  if (lint.maybeUnusedTraitImports.length > 0 && !sess.dcx.hasErrorsExcludingLints()) {
    reportMaybeUnusedTraitImports(lint, lint.maybeUnusedTraitImports, usedTraits(tcx));
  }
  if (isBin && !lowered.hir.attrs.noMain && tcx.entryFn() === null && !sess.dcx.hasErrorsExcludingLints()) {
    sess.dcx
      .err(`\`main\` function not found in crate \`${sess.crateName}\``, 'E0601')
      .primary({ lo: crate.span.hi, hi: crate.span.hi, ctxt: 0 }, `consider adding a \`main\` function to \`${sess.sourceMap.fileAt(crate.span.lo)?.name ?? sess.crateName}\``)
      .emit();
  }
  // Denied lints do not stop the analysis (rustc's has_errors_excluding_lint_errors); the
  // backend stops before code generation.
  if (sess.dcx.hasErrorsExcludingLints()) throw new FatalError();
  return { tcx, hir: lowered.hir, typeck: (def) => tcx.typeck(def) };
}

/** Computes every item's signature up front so that signature errors come first, in order. */
function collectSignatures(tcx: TcxImpl, hir: HirCrate): void {
  for (const item of hir.items.values()) {
    const k = item.kind;
    switch (k.tag) {
      case 'Fn': tcx.fnSig(item.def); break;
      case 'Static': case 'Const': case 'TyAlias': case 'Impl': tcx.typeOf(item.def); break;
      case 'Struct': case 'Union': case 'Enum': tcx.adtDef(item.def); break;
      default: break;
    }
  }
}
