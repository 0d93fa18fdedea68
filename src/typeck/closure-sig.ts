// The signature of a closure's body as a function (what MIR building, mono and codegen see):
// the environment first (`&Self` for Fn, `&mut Self` for FnMut, `Self` for FnOnce closures),
// then the closure's own parameters, untupled.
import type { TcxImpl } from '../middle/tcx.ts';
import { closureEnvTy, closureKind, closureSig, closureUpvars } from '../ty/closure.ts';
import type { DefId } from '../ty/def-id.ts';
import { tyKind, tys } from '../ty/interner.ts';
import type { FnSig } from '../ty/ty.ts';

export function closureBodySig(tcx: TcxImpl, def: DefId): FnSig {
  const ty = tcx.typeck(def).closureType(def);
  const k = ty === null ? null : tyKind(ty);
  if (ty === null || k === null || k.tag !== 'Closure') return { inputs: [], output: tys.error, cVariadic: false, unsafe: false, abi: 'Rust' };
  const sig = closureSig(k.args);
  const kind = closureKind(k.args) ?? 'Fn';
  // Without captures the environment is a zero-sized value the ABI ignores, so the body is
  // also a plain `fn(args) -> R` (what a closure coerced to a fn pointer is).
  const env = closureUpvars(k.args).length === 0 ? ty : closureEnvTy(ty, kind);
  return { inputs: [env, ...sig.inputs], output: sig.output, cVariadic: false, unsafe: false, abi: 'Rust' };
}
