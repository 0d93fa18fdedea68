// The Fn-family bounds (`F: Fn(A, B) -> R`, i.e. `F: Fn<(A, B)>` plus
// `<F as FnOnce<(A, B)>>::Output == R`) as signatures: what a call of an `F` value checks
// its arguments against, and what a closure passed for `F` is expected to look like.
import type { Span } from '../diagnostics/span.ts';
import type { HirId } from '../hir/ids.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import type { ClosureKind } from '../ty/closure.ts';
import type { DefId } from '../ty/def-id.ts';
import { tyKind, tys } from '../ty/interner.ts';
import { substTy } from '../ty/subst.ts';
import type { GenericArgs, Ty } from '../ty/ty.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { closureState } from './closure-state.ts';
import { boxedTy } from '../middle/fn-instance.ts';
import { boundsOwner, predicatesOf, projectionPredicatesOf, traitRefsBoundFor } from './predicates.ts';

/** Which Fn trait `trait` is (by its lang item), or null. */
export function fnTraitKind(tcx: TcxImpl, trait: DefId): ClosureKind | null {
  if (trait === tcx.langItem('fn')) return 'Fn';
  if (trait === tcx.langItem('fn_mut')) return 'FnMut';
  if (trait === tcx.langItem('fn_once')) return 'FnOnce';
  return null;
}

export function fnTraitOfKind(tcx: TcxImpl, kind: ClosureKind): DefId | null {
  return tcx.langItem(kind === 'Fn' ? 'fn' : kind === 'FnMut' ? 'fn_mut' : 'fn_once');
}

const RANK: Record<ClosureKind, number> = { Fn: 0, FnMut: 1, FnOnce: 2 };

/** Whether a callable of kind `have` can be used where `want` is required (Fn is also FnMut and FnOnce). */
export function kindSatisfies(have: ClosureKind, want: ClosureKind): boolean {
  return RANK[have] <= RANK[want];
}

export interface FnBound {
  readonly kind: ClosureKind;
  /** The argument tuple. */
  readonly args: Ty;
  readonly output: Ty;
}

function argTy(args: GenericArgs, i: number): Ty {
  const a = args[i];
  return a && a.tag === 'Type' ? a.ty : tys.error;
}

/** `<self as FnOnce<args>>::Output == R` among `projections` (null: none written). */
function outputOf(tcx: TcxImpl, projections: ReturnType<typeof projectionPredicatesOf>, self: Ty): Ty | null {
  const fnOnce = tcx.langItem('fn_once');
  for (const p of projections) {
    if (argTy(p.args, 0) !== self) continue;
    if (tcx.parent(p.item) !== fnOnce) continue;
    return p.term;
  }
  return null;
}

/** The most capable Fn-family bound the where clauses of `owner` give `self` (Fn before FnMut before FnOnce). */
export function fnBoundOf(tcx: TcxImpl, owner: DefId, self: Ty): FnBound | null {
  let best: FnBound | null = null;
  for (const r of traitRefsBoundFor(tcx, owner, self)) {
    const kind = fnTraitKind(tcx, r.trait);
    if (kind === null || (best !== null && RANK[best.kind] <= RANK[kind])) continue;
    best = { kind, args: argTy(r.args, 1), output: tys.unit };
  }
  if (best === null) return null;
  const o = boundsOwner(tcx, owner);
  const out = o !== null ? outputOf(tcx, projectionPredicatesOf(tcx, o), self) : null;
  return { ...best, output: out ?? tys.unit };
}

/** When a generic item is instantiated: its Fn-family bounds on the fresh arguments, as pending signatures. */
export function registerFnObligations(fcx: FnCtxt, def: DefId, args: GenericArgs, span: Span, pathId: HirId | null): void {
  const tcx = fcx.tcx;
  if (tcx.langItem('fn_once') === null) return;
  const projections = projectionPredicatesOf(tcx, def);
  for (const p of predicatesOf(tcx, def)) {
    const kind = fnTraitKind(tcx, p.trait);
    if (kind === null) continue;
    const out = outputOf(tcx, projections, p.self);
    closureState(fcx).fnObligations.push({
      self: substTy(p.self, args),
      kind,
      args: substTy(argTy(p.args, 1), args),
      output: out === null ? null : substTy(out, args),
      span,
      boundSpan: p.span,
      item: def,
      pathId,
      paramTy: p.self,
    });
  }
}

/**
 * The compiler's Fn-family impls (rustc's builtin candidates): closures (their kind is
 * checked once capture analysis ran), fn items and safe Rust fn pointers
 * for all three; `Param`s and other types fall back to bounds and impls (null).
 */
export function callableImplements(fcx: FnCtxt, self: Ty, want: ClosureKind): boolean | null {
  const k = tyKind(fcx.resolve(self));
  switch (k.tag) {
    // A closure of too weak a kind is E0525, reported by closure-settle (not E0277).
    case 'Closure': return true;
    case 'FnDef': return !fcx.tcx.fnSig(k.def).unsafe;
    case 'FnPtr': return !k.sig.unsafe && !k.sig.cVariadic;
    case 'Ref': {
      // core's `impl Fn* for &F where F: Fn` and `impl FnMut/FnOnce for &mut F where F: FnMut`.
      if (k.mutbl === 'mut' && want === 'Fn') return false;
      const need: ClosureKind = k.mutbl === 'mut' ? 'FnMut' : 'Fn';
      const inner = tyKind(fcx.resolve(k.pointee));
      if (inner.tag === 'Param') {
        const b = fnBoundOf(fcx.tcx, fcx.owner, fcx.resolve(k.pointee));
        return b !== null && kindSatisfies(b.kind, need);
      }
      if (inner.tag === 'Infer') return true;
      return callableImplements(fcx, k.pointee, need);
    }
    case 'Adt': {
      // alloc's `impl<F: Fn*<A> + ?Sized> Fn*<A> for Box<F>`: the boxed callee decides.
      const boxed = boxedTy(fcx.tcx, fcx.resolve(self));
      if (boxed === null) return null;
      const inner = tyKind(fcx.resolve(boxed));
      if (inner.tag === 'Dynamic') {
        const have = inner.principal === null ? null : fnTraitKind(fcx.tcx, inner.principal.def);
        return have !== null && kindSatisfies(have, want);
      }
      if (inner.tag === 'Param') {
        const b = fnBoundOf(fcx.tcx, fcx.owner, fcx.resolve(boxed));
        return b !== null && kindSatisfies(b.kind, want);
      }
      if (inner.tag === 'Infer') return true;
      return callableImplements(fcx, boxed, want);
    }
    default: return null;
  }
}
