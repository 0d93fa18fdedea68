// `<F as Fn*<Args>>::call*` for a fn item or fn pointer `F` (rustc's FnPtrShim), built as MIR:
// `fn(self, a1, .., an) -> R { return F(a1, .., an) }` where `self` is `&F` (call), `&mut F`
// (call_mut) or `F` (call_once). Direct calls adapt at the call site instead (codegen's
// fn-trait-call); vtables of `dyn Fn(..)` made from a fn item or pointer point at this body.
import type { Tcx } from '../../ty/context.ts';
import type { Instance } from '../../ty/instance.ts';
import { mkTy, tyKind, tys } from '../../ty/interner.ts';
import { substSig } from '../../ty/subst.ts';
import type { FnSig, Ty } from '../../ty/ty.ts';
import { fnTraitMethodKind } from '../../middle/fn-instance.ts';
import type { Body, LocalDecl, Operand } from '../mir.ts';

/** The callee's signature and the shim's own (with `self` first). */
export function fnPtrShimSig(tcx: Tcx, inst: Instance): { callee: FnSig; shim: FnSig } | null {
  if (inst.kind.tag !== 'FnPtrShim') return null;
  const self = inst.kind.ty;
  const k = tyKind(self);
  const callee = k.tag === 'FnDef' ? substSig(tcx.fnSig(k.def), k.args) : k.tag === 'FnPtr' ? k.sig : null;
  if (callee === null) return null;
  const kind = fnTraitMethodKind(tcx, inst.def) ?? 'Fn';
  const selfTy: Ty = kind === 'FnOnce' ? self : mkTy({ tag: 'Ref', mutbl: kind === 'FnMut' ? 'mut' : 'not', pointee: self });
  return { callee, shim: { inputs: [selfTy, ...callee.inputs], output: callee.output, cVariadic: false, unsafe: false, abi: 'Rust' } };
}

export function fnPtrShimBody(tcx: Tcx, inst: Instance): Body {
  const sigs = fnPtrShimSig(tcx, inst);
  if (sigs === null || inst.kind.tag !== 'FnPtrShim') throw new Error('not a fn pointer shim');
  const span = tcx.defSpan(inst.def);
  const self = inst.kind.ty;
  const locals: LocalDecl[] = [
    { ty: sigs.shim.output, mutbl: 'mut', name: null, span },
    ...sigs.shim.inputs.map((ty): LocalDecl => ({ ty, mutbl: 'not', name: null, span })),
  ];
  const selfTy = sigs.shim.inputs[0]!;
  const func: Operand = tyKind(self).tag === 'FnDef'
    ? { tag: 'Constant', constant: { ty: self, value: { tag: 'ZeroSized' }, span } }
    : { tag: 'Copy', place: { local: 1, projection: tyKind(selfTy).tag === 'Ref' ? [{ tag: 'Deref' }] : [] } };
  const args: Operand[] = sigs.callee.inputs.map((_, i) => ({ tag: 'Move', place: { local: i + 2, projection: [] } }));
  const never = sigs.callee.output === tys.never;
  return {
    def: inst.def,
    argCount: sigs.shim.inputs.length,
    locals,
    blocks: [
      { statements: [], terminator: { tag: 'Call', func, args, destination: { local: 0, projection: [] }, target: never ? null : 1, span } },
      { statements: [], terminator: { tag: 'Return', span } },
    ],
    span,
    varDebugInfo: [],
  };
}
