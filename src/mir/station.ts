import { borrowck } from '../borrowck/index.ts';
import { symStr } from '../syntax/symbol.ts';
import { tyToString } from '../typeck/ty-print.ts';
import { predicatesOf, traitsBoundFor } from '../typeck/predicates.ts';
import { substTy } from '../ty/subst.ts';
import { isCopyTy } from './build/builder.ts';
import type { BorrowckCx } from '../borrowck/cx.ts';
import { itemBody } from '../hir/hir.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';
import { tyKind, tys } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { buildMir } from './build/body.ts';
import type { MirBuildCx } from './build/cx.ts';
import type { ConstTree } from './const-tree.ts';
import { ConstEvalError, evalConstItem } from './interpret/const-eval.ts';
import type { Body } from './mir.ts';

// The MIR station on top of the middle: `tcx.registerMirBuilder(buildAndCheckMir)`.
// `tcx.mirBody(def)` then builds a body, borrow-checks it and reports its errors. The driver
// should force `tcx.mirBody(owner.def)` for every HIR body owner (so borrowck errors in
// unused fns are reported too) and then `sess.dcx.abortIfErrors()`.

const cxCache = new WeakMap<TcxImpl, MirBuildCx>();

/** MirBuildCx over the middle's queries. */
export function mirBuildCx(tcx: TcxImpl): MirBuildCx {
  let cx = cxCache.get(tcx);
  if (cx) return cx;
  const copyImpls = new Map<Ty, boolean>();
  cx = {
    sess: tcx.sess,
    hirBody: (def) => itemBody(tcx.hir, def),
    typeckResults: (def) => tcx.typeck(def),
    defKind: (def) => tcx.defKind(def),
    parent: (def) => tcx.parent(def),
    fnSig: (def) => tcx.fnSig(def),
    adtDef: (def) => tcx.adtDef(def),
    isCopy(ty) {
      let r = copyImpls.get(ty);
      if (r === undefined) {
        const copy = tcx.langItem('copy');
        r = copy !== null && tyKind(ty).tag === 'Adt' && tcx.findImpl(copy, ty) !== null;
        copyImpls.set(ty, r);
      }
      return r;
    },
    paramIsCopy(owner, ty) {
      const copy = tcx.langItem('copy');
      return copy !== null && traitsBoundFor(tcx, owner, ty).includes(copy);
    },
    isCopyIn(owner, ty) {
      return copyIn(tcx, owner, ty, 0);
    },
    constTree(def): ConstTree {
      return tcx.queries.get('constTree', def, () => evalConst(tcx, def), () => ({ tag: 'Scalar', bits: 0n }));
    },
    needsDrop: (ty) => tcx.needsDrop(ty),
    boxDef: () => tcx.langItem('owned_box'),
    boxIntoInner: () => tcx.langItem('box_into_inner'),
    adtHasDtor: (def) => tcx.dropImpl(def) !== null,
    unsafeCellDef: () => tcx.langItem('unsafe_cell'),
    staticMutability: (def) => (tcx.p(def).staticMutable(def) ? 'mut' : 'not'),
    constParamIndex: (def) => ({ index: tcx.paramIndex(def), name: tcx.defName(def) }),
    fnTraitMethod(kind) {
      const trait = tcx.langItem(kind === 'Fn' ? 'fn' : kind === 'FnMut' ? 'fn_mut' : 'fn_once');
      return trait === null ? null : tcx.assocItemNamed(trait, kind === 'Fn' ? 'call' : kind === 'FnMut' ? 'call_mut' : 'call_once');
    },
    strEq() {
      const eq = tcx.langItem('eq');
      const impl = eq === null ? null : tcx.findImpl(eq, tys.str);
      return impl === null ? null : tcx.assocItemNamed(impl, 'eq');
    },
  };
  cxCache.set(tcx, cx);
  return cx;
}

/** `ty: Copy` in `owner`'s env: built-in rules, a bound on a parameter, an impl whose bounds hold. */
function copyIn(tcx: TcxImpl, owner: DefId, ty: Ty, depth: number): boolean {
  const copy = tcx.langItem('copy');
  if (copy === null || depth > 16) return false;
  const k = tyKind(ty);
  if (k.tag === 'Param' || k.tag === 'Alias') return traitsBoundFor(tcx, owner, ty).includes(copy);
  if (k.tag !== 'Adt') return isCopyTy(ty, { isCopy: (t) => copyIn(tcx, owner, t, depth + 1) });
  const sel = tcx.selectImpl(copy, ty);
  if (sel === null) return false;
  // The impl's own `T: Copy`-style bounds, checked for the parameters they land on.
  return predicatesOf(tcx, sel.impl).every((p) => {
    const self = substTy(p.self, sel.args);
    const sk = tyKind(self).tag;
    if (sk !== 'Param' && sk !== 'Alias') return true;
    return traitsBoundFor(tcx, owner, self).includes(p.trait);
  });
}

function evalConst(tcx: TcxImpl, def: DefId): ConstTree {
  if (!isLocal(def)) {
    const v = tcx.constIntValue(def);
    if (v === null) throw new Error(`value of extern const ${tcx.defPath(def).join('::')} is not available`);
    return { tag: 'Scalar', bits: v };
  }
  try {
    return evalConstItem(def, mirBuildCx(tcx));
  } catch (e) {
    if (!(e instanceof ConstEvalError)) throw e;
    tcx.sess.dcx.err(e.reason, 'E0080').primary(e.span, `evaluation of \`${tcx.defName(def)}\` failed here`).emit();
    return { tag: 'Scalar', bits: 0n };
  }
}

export function borrowckCx(tcx: TcxImpl, def: DefId): BorrowckCx {
  const item = tcx.hir.items.get(def);
  return {
    hir: itemBody(tcx.hir, def),
    paramTys: item && item.kind.tag === 'Fn' ? item.kind.sig.decl.inputs : null,
    adtDef: (d) => tcx.adtDef(d),
    isCopy: (ty) => mirBuildCx(tcx).isCopy(ty),
    defName: (d) => tcx.defName(d),
    tyStr: (ty) => tyToString(ty, (d) => tcx.defName(d)),
    paramOf(d, index) {
      const it = tcx.hir.items.get(d);
      if (!it || it.kind.tag !== 'Fn') return null;
      const ty = it.kind.sig.decl.inputs[index];
      return ty ? { fnName: symStr(it.ident.name), fnSpan: it.ident.span, tySpan: ty.span } : null;
    },
    isClone(ty) {
      const clone = tcx.langItem('clone');
      return clone !== null && tcx.selectImpl(clone, ty) !== null;
    },
    hasSelfReceiver: (d) => tcx.implicitSelf(d) !== 'none',
    declaredOutput: (d) => tcx.fnSig(d).output,
    declaredInputs: (d) => tcx.fnSig(d).inputs,
    placeOpOf(d) {
      if (d === tcx.langItem('box_into_inner')) return 'boxInner';
      const trait = tcx.parent(d);
      if (trait === null) return null;
      if (trait === tcx.langItem('deref') || trait === tcx.langItem('deref_mut')) return 'deref';
      if (trait === tcx.langItem('index') || trait === tcx.langItem('index_mut')) return 'index';
      return null;
    },
    staticHeadSpan(d) {
      // `static S: T` without the initializer, as rustc points at it.
      const span = tcx.defSpan(d);
      const it = tcx.hir.items.get(d);
      return it && it.kind.tag === 'Static' ? { lo: span.lo, hi: it.kind.ty.span.hi, ctxt: span.ctxt } : span;
    },
  };
}

/** Builds and borrow-checks the MIR of a local body, reporting errors to the session. */
export function buildAndCheckMir(tcx: TcxImpl, def: DefId): Body {
  const body = buildMir(def, mirBuildCx(tcx));
  for (const d of borrowck(body, borrowckCx(tcx, def))) tcx.sess.dcx.emit(d);
  return body;
}
