// The parts of a closure type (rustc's ClosureArgs): the enclosing item's generic args, then
// three synthetic arguments: the closure kind as a type, the signature as a fn pointer type
// and the captured upvars as a tuple. Keeping them in the args lets inference, substitution
// and interning treat closure types like any other type with arguments.
import type { DefId } from './def-id.ts';
import { mkTuple, mkTy, tyKind, tys } from './interner.ts';
import type { FnSig, GenericArg, GenericArgs, Ty } from './ty.ts';

export type ClosureKind = 'Fn' | 'FnMut' | 'FnOnce';

export interface ClosureParts {
  readonly parentArgs: GenericArgs;
  /** The kind type (`i8`/`i16`/`i32`), or an inference variable while typeck runs. */
  readonly kindTy: Ty;
  /** `fn(A, B) -> R` */
  readonly sigTy: Ty;
  /** Tuple of the upvar types (captured by value: T; by reference: &T / &mut T). */
  readonly upvarsTy: Ty;
}

const SYNTHETIC = 3;

export function closureKindTy(kind: ClosureKind): Ty {
  return kind === 'Fn' ? tys.i8 : kind === 'FnMut' ? tys.i16 : tys.i32;
}

export function closureKindOfTy(ty: Ty): ClosureKind | null {
  if (ty === tys.i8) return 'Fn';
  if (ty === tys.i16) return 'FnMut';
  if (ty === tys.i32) return 'FnOnce';
  return null;
}

export function mkClosure(def: DefId, parentArgs: GenericArgs, kindTy: Ty, sig: FnSig, upvarsTy: Ty): Ty {
  const extra: GenericArg[] = [
    { tag: 'Type', ty: kindTy },
    { tag: 'Type', ty: mkTy({ tag: 'FnPtr', sig }) },
    { tag: 'Type', ty: upvarsTy },
  ];
  return mkTy({ tag: 'Closure', def, args: [...parentArgs, ...extra] });
}

function argTy(a: GenericArg | undefined): Ty {
  return a && a.tag === 'Type' ? a.ty : tys.error;
}

export function closureParts(args: GenericArgs): ClosureParts {
  const n = args.length - SYNTHETIC;
  return { parentArgs: args.slice(0, n), kindTy: argTy(args[n]), sigTy: argTy(args[n + 1]), upvarsTy: argTy(args[n + 2]) };
}

/** The closure's signature (without the environment argument). */
export function closureSig(args: GenericArgs): FnSig {
  const k = tyKind(closureParts(args).sigTy);
  if (k.tag === 'FnPtr') return k.sig;
  return { inputs: [], output: tys.error, cVariadic: false, unsafe: false, abi: 'Rust' };
}

export function closureKind(args: GenericArgs): ClosureKind | null {
  return closureKindOfTy(closureParts(args).kindTy);
}

/** Upvar types in capture order (empty while still unknown). */
export function closureUpvars(args: GenericArgs): readonly Ty[] {
  const k = tyKind(closureParts(args).upvarsTy);
  return k.tag === 'Tuple' ? k.elems : [];
}

export function upvarsTuple(tys_: readonly Ty[]): Ty {
  return mkTuple(tys_);
}

/** How the closure body receives its environment: `&Self` (Fn), `&mut Self` (FnMut) or `Self` (FnOnce). */
export function closureEnvTy(closureTy: Ty, kind: ClosureKind): Ty {
  if (kind === 'FnOnce') return closureTy;
  return mkTy({ tag: 'Ref', mutbl: kind === 'Fn' ? 'not' : 'mut', pointee: closureTy });
}
