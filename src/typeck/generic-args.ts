// Generic arguments as written (`Buf<u8, 4>`, `f::<T, 3>`) matched with the parameters they
// instantiate: types for type parameters, constants for const parameters (E0747 when the
// kinds differ), inference variables for arguments left out in bodies.
import type { HirGenericArg, HirGenericArgs } from '../hir/path.ts';
import type { GenericParamDef } from '../middle/generics.ts';
import { constValue } from '../ty/consts.ts';
import { tys } from '../ty/interner.ts';
import type { GenericArg } from '../ty/ty.ts';
import { astConv, type AstConvCtx } from './astconv.ts';
import { constArgOf } from './const-arg.ts';

/** The written arguments that take a parameter slot (lifetimes are erased). */
export function slotArgs(args: HirGenericArgs | null | undefined): readonly HirGenericArg[] {
  return (args?.args ?? []).filter((a) => a.tag !== 'Lifetime');
}

/** An error argument of the parameter's kind. */
export function errorArg(p: GenericParamDef): GenericArg {
  return p.kind === 'const' ? { tag: 'Const', value: constValue(tys.error, 0n) } : { tag: 'Type', ty: tys.error };
}

/** Converts one written argument for parameter `p`. */
export function convertArg(cx: AstConvCtx, p: GenericParamDef, a: HirGenericArg): GenericArg {
  const tcx = cx.tcx;
  if (p.kind === 'type') {
    if (a.tag === 'Type') return { tag: 'Type', ty: astConv(cx, a.ty) };
    if (a.tag === 'Const') tcx.sess.dcx.err('constant provided when a type was expected', 'E0747').primary(a.value.span).emit();
    return errorArg(p);
  }
  const ty = p.def !== null ? tcx.typeOf(p.def) : tys.usize;
  if (a.tag === 'Const') {
    const c = constArgOf(tcx, a.value, ty, 'const argument');
    return c === null ? errorArg(p) : { tag: 'Const', value: c };
  }
  if (a.tag === 'Type') {
    const sp = a.ty.span;
    const parts = [{ span: { lo: sp.lo, hi: sp.lo, ctxt: sp.ctxt }, replacement: '{ ' }, { span: { lo: sp.hi, hi: sp.hi, ctxt: sp.ctxt }, replacement: ' }' }];
    tcx.sess.dcx.err('type provided when a constant was expected', 'E0747').primary(sp)
      .help('if this generic argument was intended as a const parameter, surround it with braces', undefined, [{ ...parts[0]!, applicability: 'MaybeIncorrect', style: 'verbose', parts }])
      .emit();
  }
  return errorArg(p);
}

/** A fresh inference variable for parameter `p` (bodies), or null (signatures). */
export function inferredArg(cx: AstConvCtx, p: GenericParamDef): GenericArg | null {
  if (p.kind === 'const') {
    const c = cx.inferConst?.() ?? null;
    return c === null ? null : { tag: 'Const', value: c };
  }
  const t = cx.inferArg();
  return t === null ? null : { tag: 'Type', ty: t };
}
