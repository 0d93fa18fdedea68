import type { HirId } from '../hir/ids.ts';
import { tys } from '../ty/interner.ts';
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
      return true;
    }
    return tryCoerce(fcx, exprId, t, this.final);
  }

  /** The common type; `!` when every expression diverged. */
  complete(fcx: FnCtxt): Ty {
    if (this.final === null) return tys.never;
    for (const id of this.neverExprs) fcx.addAdjustments(id, [{ kind: { tag: 'NeverToAny' }, target: this.final }]);
    return this.final;
  }
}
