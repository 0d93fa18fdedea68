// Calls through the Fn traits that take the callee by address instead of by value, built as
// MIR (rustc has alloc's `impl FnOnce for Box<F>` with unsized fn params, and VTableShims):
//
// - `<Box<F> as Fn*<A>>::call*` (BoxFnShim): `call`/`call_mut` reborrow `**self`;
//   `call_once` moves F out of the allocation, then frees it without dropping (alloc's
//   `box_free` lang item). A `dyn FnOnce` cannot be moved by value: its address is passed
//   to the vtable's `call_once` slot, which is what a by-value `self` is for an unsized
//   callee.
// - The `call_once` slot of a vtable for a sized `T` (VTableShim): `fn(*mut T, args..)`
//   moves the value out of that address and calls `<T as FnOnce<A>>::call_once`.
import type { Tcx } from '../../ty/context.ts';
import type { DefId } from '../../ty/def-id.ts';
import type { Instance } from '../../ty/instance.ts';
import { mkTy, tyKind, tys } from '../../ty/interner.ts';
import type { FnSig, Ty } from '../../ty/ty.ts';
import { boxedTy, fnTraitMethodKind } from '../../middle/fn-instance.ts';
import type { BasicBlockData, Body, LocalDecl, Operand, Place, PlaceElem, Statement } from '../mir.ts';

interface ShimParts {
  /** The callee type: `F` of `Box<F>`, or the vtable's concrete type. */
  readonly callee: Ty;
  /** The argument tuple type `A`. */
  readonly argsTy: Ty;
  readonly kind: 'Fn' | 'FnMut' | 'FnOnce';
  readonly sig: FnSig;
}

function typeArg(inst: Instance, i: number): Ty | null {
  const a = inst.args[i];
  return a && a.tag === 'Type' ? a.ty : null;
}

/** `<callee as FnOnce<A>>::Output`, normalized. */
function callOutput(tcx: Tcx, callee: Ty, argsTy: Ty): Ty {
  const fnOnce = tcx.langItem('fn_once');
  const output = fnOnce === null ? null : tcx.assocItems(fnOnce).find((d) => tcx.defKind(d) === 'AssocTy') ?? null;
  if (output === null) throw new Error('FnOnce has no Output type');
  return tcx.normalize(mkTy({ tag: 'Alias', def: output, args: [{ tag: 'Type', ty: callee }, { tag: 'Type', ty: argsTy }] }));
}

function shimParts(tcx: Tcx, inst: Instance): ShimParts | null {
  if (inst.kind.tag !== 'BoxFnShim' && inst.kind.tag !== 'VTableShim') return null;
  const self = typeArg(inst, 0);
  const argsTy = typeArg(inst, 1);
  const kind = fnTraitMethodKind(tcx, inst.def);
  if (self === null || argsTy === null || kind === null) return null;
  const ak = tyKind(argsTy);
  if (ak.tag !== 'Tuple') return null;
  const boxed = inst.kind.tag === 'BoxFnShim' ? boxedTy(tcx, self) : self;
  if (boxed === null) return null;
  const selfParam: Ty =
    inst.kind.tag === 'VTableShim' ? mkTy({ tag: 'RawPtr', mutbl: 'mut', pointee: self })
    : kind === 'FnOnce' ? self
    : mkTy({ tag: 'Ref', mutbl: kind === 'FnMut' ? 'mut' : 'not', pointee: self });
  const sig: FnSig = { inputs: [selfParam, ...ak.elems], output: callOutput(tcx, boxed, argsTy), cVariadic: false, unsafe: false, abi: 'Rust' };
  return { callee: boxed, argsTy, kind, sig };
}

/** The shim's own signature (`self`, then the spread arguments), or null for other instances. */
export function boxFnShimSig(tcx: Tcx, inst: Instance): FnSig | null {
  return shimParts(tcx, inst)?.sig ?? null;
}

/** The Fn trait's method of `kind` (`call`, `call_mut`, `call_once`). */
function fnTraitMethod(tcx: Tcx, kind: ShimParts['kind']): DefId {
  const trait = tcx.langItem(kind === 'Fn' ? 'fn' : kind === 'FnMut' ? 'fn_mut' : 'fn_once');
  const m = trait === null ? undefined : tcx.assocItems(trait).find((d) => tcx.defKind(d) === 'AssocFn');
  if (m === undefined) throw new Error('the Fn traits are not defined');
  return m;
}

export function boxFnShimBody(tcx: Tcx, inst: Instance): Body {
  const parts = shimParts(tcx, inst);
  if (parts === null) throw new Error(`not a Box or vtable Fn shim: ${inst.kind.tag} ${tcx.defPath(inst.def).join('::')}`);
  const { callee, argsTy, kind, sig } = parts;
  const span = tcx.defSpan(inst.def);
  const locals: LocalDecl[] = [
    { ty: sig.output, mutbl: 'mut', name: null, span },
    ...sig.inputs.map((ty): LocalDecl => ({ ty, mutbl: 'not', name: null, span })),
  ];
  const newLocal = (ty: Ty): number => {
    locals.push({ ty, mutbl: 'mut', name: null, span });
    return locals.length - 1;
  };
  const place = (local: number, ...projection: PlaceElem[]): Place => ({ local, projection });
  const statements: Statement[] = [];
  const argCount = sig.inputs.length;
  const tuple = newLocal(argsTy);
  statements.push({
    tag: 'Assign', place: place(tuple), span,
    rvalue: { tag: 'Aggregate', kind: { tag: 'Tuple' }, operands: sig.inputs.slice(1).map((_, i): Operand => ({ tag: 'Move', place: place(i + 2) })) },
  });
  const rawPtr = mkTy({ tag: 'RawPtr', mutbl: 'mut', pointee: callee });
  // The box's pointer to F: its one field (`Box { ptr: *mut T }`).
  const boxPtr: PlaceElem = { tag: 'Field', index: 0, ty: rawPtr };
  let self: Operand;
  let freed: number | null = null;
  if (inst.kind.tag === 'VTableShim') {
    self = { tag: 'Move', place: place(1, { tag: 'Deref' }) };
  } else if (kind === 'FnOnce') {
    const p = newLocal(rawPtr);
    statements.push({ tag: 'Assign', place: place(p), rvalue: { tag: 'Use', operand: { tag: 'Copy', place: place(1, boxPtr) } }, span });
    // A trait object goes by address (the vtable slot takes it so); a sized F is moved out.
    self = tyKind(callee).tag === 'Dynamic' ? { tag: 'Copy', place: place(p) } : { tag: 'Move', place: place(p, { tag: 'Deref' }) };
    freed = p;
  } else {
    const mutbl = kind === 'FnMut' ? 'mut' : 'not';
    const r = newLocal(mkTy({ tag: 'Ref', mutbl, pointee: callee }));
    statements.push({ tag: 'Assign', place: place(r), rvalue: { tag: 'Ref', mutbl, place: place(1, { tag: 'Deref' }, boxPtr, { tag: 'Deref' }) }, span });
    self = { tag: 'Move', place: place(r) };
  }
  const method = fnTraitMethod(tcx, kind);
  const fnTy = mkTy({ tag: 'FnDef', def: method, args: [{ tag: 'Type', ty: callee }, { tag: 'Type', ty: argsTy }] });
  const func: Operand = { tag: 'Constant', constant: { ty: fnTy, value: { tag: 'ZeroSized' }, span } };
  const never = sig.output === tys.never;
  const blocks: BasicBlockData[] = [
    { statements, terminator: { tag: 'Call', func, args: [self, { tag: 'Move', place: place(tuple) }], destination: place(0), target: never ? null : 1, span, spreadLastArg: true } },
  ];
  const boxFree = tcx.langItem('box_free');
  if (freed !== null && !never) {
    if (boxFree === null) throw new Error('alloc has no `box_free` lang item');
    const unit = newLocal(tys.unit);
    const freeTy = mkTy({ tag: 'FnDef', def: boxFree, args: [{ tag: 'Type', ty: callee }] });
    blocks.push({
      statements: [],
      terminator: { tag: 'Call', func: { tag: 'Constant', constant: { ty: freeTy, value: { tag: 'ZeroSized' }, span } }, args: [{ tag: 'Copy', place: place(freed) }], destination: place(unit), target: 2, span },
    });
  }
  if (!never) blocks.push({ statements: [], terminator: { tag: 'Return', span } });
  return { def: inst.def, argCount, locals, blocks, span, varDebugInfo: [] };
}
