import { symStr } from '../../syntax/symbol.ts';
import type { DefId } from '../../ty/def-id.ts';
import type { Ty } from '../../ty/ty.ts';
import type { Body } from '../mir.ts';
import { Builder, local } from './builder.ts';
import { declareUpvars } from './closure.ts';
import type { MirBuildCx } from './cx.ts';
import { full } from './expr-ref.ts';
import { exprInto } from './into.ts';
import { bindPattern, declareBindings } from './pattern.ts';
import { isSimpleBinding } from './stmt.ts';
import { popDropScope, pushDropScope } from './scope.ts';
import { elaborateDrops } from '../transform/elaborate-drops.ts';
import { promoteConsts, type PromoteCx } from '../transform/promote-consts.ts';

const CONST_CONTEXTS = new Set(['Const', 'AssocConst', 'Static', 'AnonConst']);
const FN_LIKE = new Set(['Fn', 'AssocFn', 'Closure']);

/**
 * Builds the MIR of a fn, const or static initializer from its typed HIR (rustc's
 * `mir_built`). Const and static bodies have no arguments; their return place is the value.
 * Blocks unreachable from the start are removed; borrowck runs on the result.
 */
export function buildMir(def: DefId, cx: MirBuildCx): Body {
  const hir = cx.hirBody(def);
  if (!hir) throw new Error(`MIR build: no body for def ${def}`);
  const tr = cx.typeckResults(def);
  if (tr.taintedByErrors) throw new Error('MIR build: body has type errors');
  const kind = cx.defKind(def);
  const b = new Builder(cx, def, hir, tr, cx.sess.overflowChecks || CONST_CONTEXTS.has(kind));

  let retTy: Ty;
  let argTys: readonly Ty[];
  if (FN_LIKE.has(kind)) {
    const sig = cx.fnSig(def);
    retTy = sig.output;
    argTys = sig.inputs;
  } else {
    retTy = tr.exprTyAdjusted(hir.value.hirId);
    argTys = [];
  }
  b.newLocal(retTy, hir.value.span);
  // The outermost scope: arguments, then the body's tail temporaries (dropped first).
  pushDropScope(b, true);

  // Plain `x` / `mut x` parameters are the argument locals themselves; others are
  // destructured from an anonymous argument once all arguments exist.
  const destructure: { pat: (typeof hir.params)[number]['pat']; arg: number }[] = [];
  // A closure body takes its environment first (local 1); captures are places through it.
  const envArgs = kind === 'Closure' ? 1 : 0;
  if (envArgs === 1) {
    b.newLocal(argTys[0]!, hir.value.span, null, 'not');
    declareUpvars(b, def);
  }
  hir.params.forEach((p, i) => {
    const ty = argTys[i + envArgs] ?? tr.nodeType(p.pat.hirId);
    if (isSimpleBinding(b, p.pat) && p.pat.kind.tag === 'Binding') {
      const name = symStr(p.pat.kind.ident.name);
      const mode = tr.bindingMode(p.pat.hirId);
      const mutbl = mode.tag === 'ByValue' ? mode.mutbl : 'not';
      const l = b.newLocal(ty, p.pat.span, name, mutbl, { form: 'param', byValue: true, isSelf: name === 'self' });
      b.varMap.set(p.pat.hirId, l);
      b.varDebugInfo.push({ name, local: l, span: p.pat.span });
    } else {
      destructure.push({ pat: p.pat, arg: b.newLocal(ty, p.span, null, 'not') });
    }
  });
  for (const d of destructure) {
    declareBindings(b, d.pat, 'pattern');
    bindPattern(b, d.pat, local(d.arg), null);
  }

  exprInto(b, local(0), full(b, hir.value));
  popDropScope(b, hir.value.span);
  b.terminate({ tag: 'Return', span: hir.value.span });
  let built = b.finish(hir.params.length + envArgs, hir.value.span);
  // Const and static initializers are evaluated whole; their borrows need no promotion.
  if (FN_LIKE.has(kind)) built = promoteConsts(built, promoteCx(cx), b.constRefTemps);
  return elaborateDrops(built, { adtDef: (d) => cx.adtDef(d), needsDrop: cx.needsDrop ? (t) => cx.needsDrop!(t) : undefined, pointerWidth: cx.sess.target.pointerWidth });
}

function promoteCx(cx: MirBuildCx): PromoteCx {
  return {
    pointerWidth: cx.sess.target.pointerWidth,
    adtDef: (d) => cx.adtDef(d),
    // Without the middle's answers (tests), nothing needs drop and only UnsafeCell is special.
    needsDrop: (t) => cx.needsDrop?.(t) ?? false,
    adtHasDtor: (d) => cx.adtHasDtor?.(d) ?? false,
    unsafeCell: () => cx.unsafeCellDef?.() ?? null,
  };
}
