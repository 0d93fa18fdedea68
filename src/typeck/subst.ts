import type { TcxImpl } from '../middle/tcx.ts';
import type { DefId } from '../ty/def-id.ts';
import type { FnSig, GenericArgs } from '../ty/ty.ts';
import { substArgs, substSig } from '../ty/subst.ts';

export { substConst, substSig, substTy } from '../ty/subst.ts';

/** The signature of fn item `def` instantiated with `args`. */
export function instSig(tcx: TcxImpl, def: DefId, args: GenericArgs): FnSig {
  return substSig(tcx.fnSig(def), args);
}

/** `list` with `args` substituted into each type and const (a trait reference's args inside an impl). */
export function substArgsOf(list: GenericArgs, args: GenericArgs): GenericArgs {
  return substArgs(list, args);
}
