import { span as mkSpan } from '../diagnostics/span.ts';
import type { Body } from '../hir/item.ts';
import type { Expr } from '../hir/expr.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import type { DefId } from '../ty/def-id.ts';
import { tys } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { checkExpr, checkExprCoercible } from './check-expr.ts';
import { checkPat } from './check-pat.ts';
import { tryCoerce } from './coercion.ts';
import { FnCtxt } from './fn-ctxt.ts';
import { mismatchSpan, reportMismatch } from './mismatch.ts';
import type { TypeckResults } from './results.ts';
import { writeback } from './writeback.ts';
import { bodyReturnTy, recordHiddenTypes } from './opaque.ts';
import { reportUnsafety } from './unsafety.ts';
import { checkParamsSized } from './unsized-params.ts';

/** The body owned by `def` (fn, const, static, enum discriminant). */
export function bodyOf(tcx: TcxImpl, def: DefId): Body | null {
  for (const o of tcx.hir.bodyOwners) if (o.def === def) return tcx.hir.bodies.get(o.body) ?? null;
  return null;
}

/** The body owner whose typeck checks `def` (closures: the enclosing fn, const or static). */
export function typeckRoot(tcx: TcxImpl, def: DefId): DefId {
  let d = def;
  while (tcx.defKind(d) === 'Closure') d = tcx.parent(d)!;
  return d;
}

/** Type-checks one body: the `typeck` query. */
export function typeckBody(tcx: TcxImpl, def: DefId): TypeckResults {
  // A closure is checked with the body that contains it (rustc's typeck root).
  if (tcx.defKind(def) === 'Closure') return tcx.typeck(typeckRoot(tcx, def));
  const body = bodyOf(tcx, def);
  if (!body) throw new Error(`no body for ${tcx.defPath(def).join('::')}`);
  const fcx = new FnCtxt(tcx, def, body);
  const kind = tcx.defKind(def);
  if (kind === 'Fn' || kind === 'AssocFn') checkFnBody(fcx, def, body);
  else if (kind === 'Variant') checkExprCoercible(fcx, body.value, tys.isize);
  else checkExprCoercible(fcx, body.value, tcx.typeOf(def));
  writeback(fcx);
  recordHiddenTypes(fcx);
  reportUnsafety(tcx, def, body, fcx.results);
  return fcx.results;
}

function checkFnBody(fcx: FnCtxt, def: DefId, body: Body): void {
  const tcx = fcx.tcx;
  const sig = tcx.fnSig(def);
  body.params.forEach((p, i) => checkPat(fcx, p.pat, sig.inputs[i] ?? tys.error));
  const item = tcx.hir.items.get(def);
  const decl = item && item.kind.tag === 'Fn' ? item.kind.sig.decl : null;
  if (decl) checkParamsSized(fcx, decl.inputs, sig.inputs);
  // Returned `impl Trait`s are inference variables here (their hidden types).
  const ret = bodyReturnTy(fcx, sig.output);
  fcx.retTy = ret;
  fcx.retTySpan = decl?.output?.span ?? null;
  const value = body.value;
  const t = checkExpr(fcx, value, ret);
  if (tryCoerce(fcx, coercionSite(value).hirId, t, ret, value.span)) return;
  reportReturnMismatch(fcx, def, body, t, ret);
}

/**
 * The expression a body's coercion to the return type applies to: the tail of the body
 * block (and of blocks in tail position), as rustc coerces the tail. Adjustments on the
 * block itself were lost in MIR building, so `fn get(&mut self) -> &mut T { self.inner }`
 * moved the field instead of reborrowing it.
 */
function coercionSite(e: Expr): Expr {
  let cur = e;
  while (cur.kind.tag === 'Block' && cur.kind.block.expr) cur = cur.kind.block.expr;
  return cur;
}

function reportReturnMismatch(fcx: FnCtxt, def: DefId, body: Body, found: Ty, ret: Ty): void {
  const value = body.value;
  const block = value.kind.tag === 'Block' ? value.kind.block : null;
  const retSpan = fcx.retTySpan;
  if (block && !block.expr && retSpan) {
    if (fcx.isError(ret)) return;
    const d = fcx.err('mismatched types', 'E0308').primary(retSpan, `expected ${fcx.descr(ret)}, found \`()\``);
    d.label(fcx.tcx.identSpan(def), 'implicitly returns `()` as its body has no tail or `return` expression');
    const last = block.stmts[block.stmts.length - 1];
    if (last && last.kind.tag === 'Semi') {
      const lt = fcx.resolve(fcx.nodeTy(last.kind.expr.hirId));
      if (fcx.infcx.probe(() => fcx.infcx.unify(lt, ret)) || lt === ret) {
        const semi = mkSpan(last.span.hi - 1, last.span.hi, last.span.ctxt);
        d.help('remove this semicolon to return this value', semi, [{ span: semi, replacement: '', applicability: 'MachineApplicable' }]);
      }
    }
    d.emit();
    return;
  }
  reportMismatch(fcx, mismatchSpan(value), ret, found, (d) => {
    if (retSpan) d.label(retSpan, `expected \`${fcx.tyStr(ret)}\` because of return type`);
  });
}
