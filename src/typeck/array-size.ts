// Mismatched array lengths (rustc's TypeError::ArraySize): "expected an array with a size of
// 3, found one with a size of 4", and the let-annotation fix-up rustc suggests.
import type { HirTy } from '../hir/types.ts';
import type { DiagBuilder } from '../diagnostics/diagnostic.ts';
import { printConst } from '../ty/consts.ts';
import { tyKind } from '../ty/interner.ts';
import type { ConstArg, Ty } from '../ty/ty.ts';
import type { FnCtxt } from './fn-ctxt.ts';

/** The two lengths when `expected` and `found` are arrays whose elements agree but lengths differ. */
export function arraySizeMismatch(fcx: FnCtxt, expected: Ty, found: Ty): { expected: ConstArg; found: ConstArg } | null {
  const e = tyKind(fcx.resolve(expected));
  const f = tyKind(fcx.resolve(found));
  if (e.tag !== 'Array' || f.tag !== 'Array') return null;
  const el = fcx.infcx.resolveConst(e.len);
  const fl = fcx.infcx.resolveConst(f.len);
  if (el.tag === 'Infer' || fl.tag === 'Infer') return null;
  if (el.tag === fl.tag && printConst(el) === printConst(fl)) return null;
  if (!sameElem(fcx, e.elem, f.elem)) return null;
  return { expected: el, found: fl };
}

function sameElem(fcx: FnCtxt, a: Ty, b: Ty): boolean {
  const snap = fcx.infcx.snapshot();
  const ok = fcx.infcx.unify(a, b);
  fcx.infcx.rollback(snap);
  return ok;
}

export function arraySizeLabel(fcx: FnCtxt, expected: Ty, found: Ty): string | null {
  const m = arraySizeMismatch(fcx, expected, found);
  return m === null ? null : `expected an array with a size of ${printConst(m.expected)}, found one with a size of ${printConst(m.found)}`;
}

/**
 * `let a: [u8; 3] = [1, 2, 3, 4];` in a fn: rustc suggests the found length at the written
 * one (the annotation's array type, through references).
 */
export function suggestActualLength(fcx: FnCtxt, d: DiagBuilder, declTy: HirTy, expected: Ty, found: Ty): void {
  if (fcx.tcx.defKind(fcx.owner) !== 'Fn') return;
  const m = arraySizeMismatch(fcx, expected, found);
  if (m === null || m.found.tag !== 'Value') return;
  let t = declTy;
  while (t.kind.tag === 'Ref') t = t.kind.pointee;
  if (t.kind.tag !== 'Array') return;
  const len = t.kind.len.span;
  d.help('consider specifying the actual array length', undefined, [{ span: len, replacement: m.found.bits.toString(), applicability: 'MaybeIncorrect', style: 'showCode' }]);
}
