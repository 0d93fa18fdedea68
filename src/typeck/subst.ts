import type { TcxImpl } from '../middle/tcx.ts';
import type { DefId } from '../ty/def-id.ts';
import type { FnSig, GenericArgs } from '../ty/ty.ts';
import { substSig } from '../ty/subst.ts';

export { substSig, substTy } from '../ty/subst.ts';

/** The signature of fn item `def` instantiated with `args`. */
export function instSig(tcx: TcxImpl, def: DefId, args: GenericArgs): FnSig {
  return substSig(tcx.fnSig(def), args);
}
