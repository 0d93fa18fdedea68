// `<F as Fn*<Args>>::call*` for a fn item or fn pointer `F` (rustc's FnPtrShim), built as MIR:
// `fn(self, a1, .., an) -> R { return F(a1, .., an) }` where `self` is `&F` (call), `&mut F`
// (call_mut) or `F` (call_once). Direct calls adapt at the call site instead (codegen's
// fn-trait-call); vtables of `dyn Fn(..)` made from a fn item or pointer point at this body.
import type { Tcx } from '../../ty/context.ts';
import type { Instance } from '../../ty/instance.ts';
import { mkTuple, mkTy, tyKind, tys } from '../../ty/interner.ts';
import { closureSig } from '../../ty/closure.ts';
import { substSig } from '../../ty/subst.ts';
import type { FnSig, Mutbl, Ty } from '../../ty/ty.ts';
import { fnTraitMethodKind } from '../../middle/fn-instance.ts';
import type { Body, LocalDecl, Operand, Statement } from '../mir.ts';

/** The signature a callable type is called with (through references to it too). */
function callableSig(tcx: Tcx, ty: Ty): FnSig | null {
  const k = tyKind(ty);
  if (k.tag === 'FnDef') return substSig(tcx.fnSig(k.def), k.args);
  if (k.tag === 'FnPtr') return k.sig;
  if (k.tag === 'Closure') return closureSig(k.args);
  if (k.tag === 'Ref') return callableSig(tcx, k.pointee);
  return null;
}

/** The callee's signature and the shim's own (with `self` first). */
export function fnPtrShimSig(tcx: Tcx, inst: Instance): { callee: FnSig; shim: FnSig } | null {
  if (inst.kind.tag !== 'FnPtrShim') return null;
  const self = inst.kind.ty;
  const callee = callableSig(tcx, self);
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
  const sk = tyKind(self);
  if (sk.tag === 'Ref') return refShimBody(tcx, inst, sigs, locals, span, sk.pointee, sk.mutbl);
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

/**
 * `<&F as Fn*>::call*` (and `&mut F`): calls `<F as Fn>::call` (`FnMut::call_mut` for `&mut F`)
 * with the inner reference and the arguments as a tuple (core's impls for references).
 */
function refShimBody(tcx: Tcx, inst: Instance, sigs: { callee: FnSig; shim: FnSig }, locals: LocalDecl[], span: Body['span'], inner: Ty, mutbl: Mutbl): Body {
  const kind = fnTraitMethodKind(tcx, inst.def) ?? 'Fn';
  const traitName = mutbl === 'mut' ? 'fn_mut' : 'fn';
  const trait = tcx.langItem(traitName);
  const method = trait === null ? null : tcx.assocItems(trait).find((d) => tcx.defPath(d).at(-1) === (mutbl === 'mut' ? 'call_mut' : 'call')) ?? null;
  if (method === null) throw new Error('the Fn traits are not defined');
  const refTy = mkTy({ tag: 'Ref', mutbl, pointee: inner });
  const newLocal = (ty: Ty): number => {
    locals.push({ ty, mutbl: 'mut', name: null, span });
    return locals.length - 1;
  };
  const statements: Statement[] = [];
  // The inner reference: `_1` itself (call_once takes `&F` by value), else a reborrow of `**_1`.
  let selfOp: Operand;
  if (kind === 'FnOnce') selfOp = { tag: 'Move', place: { local: 1, projection: [] } };
  else {
    const r = newLocal(refTy);
    statements.push({ tag: 'Assign', place: { local: r, projection: [] }, rvalue: { tag: 'Ref', mutbl, place: { local: 1, projection: [{ tag: 'Deref' }, { tag: 'Deref' }] } }, span });
    selfOp = { tag: 'Move', place: { local: r, projection: [] } };
  }
  const argsTy = mkTuple(sigs.callee.inputs);
  const t = newLocal(argsTy);
  statements.push({
    tag: 'Assign', place: { local: t, projection: [] }, span,
    rvalue: { tag: 'Aggregate', kind: { tag: 'Tuple' }, operands: sigs.callee.inputs.map((_, i): Operand => ({ tag: 'Move', place: { local: i + 2, projection: [] } })) },
  });
  const fnTy = mkTy({ tag: 'FnDef', def: method, args: [{ tag: 'Type', ty: inner }, { tag: 'Type', ty: argsTy }] });
  const func: Operand = { tag: 'Constant', constant: { ty: fnTy, value: { tag: 'ZeroSized' }, span } };
  const never = sigs.callee.output === tys.never;
  return {
    def: inst.def,
    argCount: sigs.shim.inputs.length,
    locals,
    blocks: [
      { statements, terminator: { tag: 'Call', func, args: [selfOp, { tag: 'Move', place: { local: t, projection: [] } }], destination: { local: 0, projection: [] }, target: never ? null : 1, span, spreadLastArg: true } },
      { statements: [], terminator: { tag: 'Return', span } },
    ],
    span,
    varDebugInfo: [],
  };
}
