import type { HirPat } from '../../hir/pat.ts';
import type { QPath } from '../../hir/path.ts';
import { itemBody } from '../../hir/hir.ts';
import type { TcxImpl } from '../../middle/tcx.ts';
import { isLocal, type DefId } from '../../ty/def-id.ts';
import { tyKind } from '../../ty/interner.ts';
import { substTy } from '../../ty/subst.ts';
import { mirBuildCx } from '../station.ts';
import { variantIndex } from '../build/adt.ts';
import { checkMatchBody, type CheckMatchCx } from './check-match.ts';

const PRELUDE_VARIANTS = ['Some', 'None', 'Ok', 'Err'];

/**
 * Runs the match checks of the body owned by `def` (and of the closures inside it). Returns
 * false if it reported errors: the body's MIR must then not be borrow-checked, as rustc
 * taints such bodies.
 */
export function checkMatches(tcx: TcxImpl, def: DefId): boolean {
  if (tcx.defKind(def) === 'Closure') return true; // checked with the enclosing body
  const body = itemBody(tcx.hir, def);
  if (!body) return true;
  const tr = tcx.typeck(def);
  if (tr.taintedByErrors) return true;
  const sess = tcx.sess;
  const before = sess.dcx.nonLintErrorCount;
  let nextId = 0;
  const opaque = new Map<string, number>();
  const cx: CheckMatchCx = {
    pointerWidth: sess.target.pointerWidth,
    tr,
    hir: tcx.hir,
    adtDef: (d) => tcx.adtDef(d),
    fieldTys: (d, args, variant) => tcx.adtDef(d).variants[variant]!.fields.map((f) => substTy(f.ty, args)),
    tyStr: (t) => tcx.tyString(t),
    identSpan: (d) => (isLocal(d) ? tcx.identSpan(d) : null),
    isPreludeVariant: (d) => PRELUDE_VARIANTS.some((n) => tcx.langItem(n) === d),
    variantOf(p: HirPat, q: QPath) {
      const tdd = tr.typeDependentDef(p.hirId);
      const res = q.tag === 'Resolved' ? q.path.res : null;
      const target = tdd ? tdd.def : res && res.tag === 'Def' ? res.def : null;
      const t = tyKind(tr.nodeType(p.hirId));
      return target === null || t.tag !== 'Adt' ? 0 : variantIndex(mirBuildCx(tcx), t.def, target);
    },
    constOf(q: QPath, hirId: number) {
      const res = q.tag === 'Resolved' ? q.path.res : null;
      if (res && res.tag === 'Def' && (res.kind === 'Const' || res.kind === 'AssocConst')) return res.def;
      const tdd = q.tag === 'Resolved' ? null : tr.typeDependentDef(hirId);
      return tdd && tcx.defKind(tdd.def) === 'AssocConst' ? tdd.def : null;
    },
    constValue: (d) => mirBuildCx(tcx).constTree(d),
    nextId: () => nextId++,
    opaqueId(key: string) {
      let id = opaque.get(key);
      if (id === undefined) opaque.set(key, (id = opaque.size));
      return id;
    },
    snippet: (sp) => sess.sourceMap.snippet(sp),
    indentationOf(pos: number) {
      const loc = sess.sourceMap.lookup(pos);
      if (!loc) return '';
      return /^\s*/.exec(sess.sourceMap.lineText(loc.file, loc.line))![0];
    },
    isMultiline(sp) {
      const a = sess.sourceMap.lookup(sp.lo);
      const b = sess.sourceMap.lookup(sp.hi);
      return !!a && !!b && a.line !== b.line;
    },
    err: (m, code) => sess.dcx.err(m, code),
    lint: (lint, hirId, span, message, decorate) => tcx.lint.emit(lint, tcx.lint.hirScope(hirId), span, message, decorate),
  };
  checkMatchBody(cx, body);
  return sess.dcx.nonLintErrorCount === before;
}
