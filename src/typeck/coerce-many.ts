import type { HirId } from '../hir/ids.ts';
import { mkTy, tyKind, tys } from '../ty/interner.ts';
import { instSig } from './subst.ts';
import { closureSig } from '../ty/closure.ts';
import type { Ty } from '../ty/ty.ts';
import { tryCoerce } from './coercion.ts';
import type { FnCtxt } from './fn-ctxt.ts';

/**
 * Coerces several expressions to one type (if/else branches, match arms, `break` values):
 * the first non-diverging one fixes the type unless a target is given; diverging ones get
 * a never-to-any adjustment once the type is known.
 */
export class CoerceMany {
  private final: Ty | null = null;
  private readonly neverExprs: HirId[] = [];

  constructor(private readonly target: Ty | null = null) {}

  /** The type fixed so far (null while only diverging expressions were seen). */
  get merged(): Ty | null {
    return this.final;
  }

  /** Adds one expression; false on a type mismatch (the caller reports it). */
  push(fcx: FnCtxt, exprId: HirId | null, ty: Ty): boolean {
    const t = fcx.shallow(ty);
    if (t === tys.never) {
      if (exprId !== null) this.neverExprs.push(exprId);
      return true;
    }
    if (this.final === null) {
      if (this.target !== null) {
        if (!tryCoerce(fcx, exprId, t, this.target)) return false;
        this.final = this.target;
      } else {
        this.final = t;
      }
      if (exprId !== null) this.seen.push(exprId);
      return true;
    }
    if (tryCoerce(fcx, exprId, t, this.final)) {
      if (exprId !== null) this.seen.push(exprId);
      return true;
    }
    return this.lubFnItems(fcx, exprId, t);
  }

  private readonly seen: HirId[] = [];

  /**
   * Two different fn items or non-capturing closures (`if c { square } else { double }`,
   * `[|x| x + 1, |x| x * 2]`): all become the fn pointer of their common signature (rustc's
   * LUB coercion).
   */
  private lubFnItems(fcx: FnCtxt, exprId: HirId | null, t: Ty): boolean {
    const prev = fcx.shallow(this.final!);
    const pk = tyKind(prev);
    const tk = tyKind(t);
    const fnLike = (k: typeof pk): boolean => k.tag === 'FnDef' || k.tag === 'Closure';
    if (!fnLike(pk) || !fnLike(tk) || this.target !== null) return false;
    const sig = pk.tag === 'FnDef' ? instSig(fcx.tcx, pk.def, pk.args) : pk.tag === 'Closure' ? closureSig(pk.args) : null;
    if (sig === null) return false;
    const ptr = mkTy({ tag: 'FnPtr', sig: { ...sig, abi: 'Rust' } });
    const fits = (from: Ty): boolean => {
      let ok = false;
      fcx.infcx.probe(() => {
        ok = tryCoerce(fcx, null, from, ptr);
        return false;
      });
      return ok;
    };
    if (!fits(prev) || !fits(t)) return false;
    for (const id of this.seen) {
      const cast = tyKind(fcx.shallow(fcx.nodeTy(id))).tag === 'Closure' ? 'ClosureFnPointer' : 'ReifyFnPointer';
      fcx.addAdjustments(id, [{ kind: { tag: 'Pointer', cast }, target: ptr }]);
    }
    this.final = ptr;
    return tryCoerce(fcx, exprId, t, ptr);
  }

  /** The common type; `!` when every expression diverged. */
  complete(fcx: FnCtxt): Ty {
    if (this.final === null) return tys.never;
    for (const id of this.neverExprs) fcx.addAdjustments(id, [{ kind: { tag: 'NeverToAny' }, target: this.final }]);
    return this.final;
  }
}
