// The mono item collector: from the roots (entry fn, exported and `#[used]` items, a
// library's non-generic functions and statics), walks MIR bodies and static initializers
// to find every function instance and static the crate must define. Items of other crates
// are referenced by symbol and not collected, except generic instances (instantiated here).
import type { Body, ConstValue, Operand } from '../mir/mir.ts';
import type { Tcx } from '../ty/context.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';
import type { Instance } from '../ty/instance.ts';
import { tyKind } from '../ty/interner.ts';
import type { GenericArgs, Ty } from '../ty/ty.ts';
import { instanceKey, monoItemKey, type MonoItem } from './item.ts';
import { substArgs, substTy } from './subst.ts';
import { shimTarget } from '../middle/fn-instance.ts';
import { boxFnShimBody } from '../mir/shim/box-fn-shim.ts';
import { ctorShimBody } from '../mir/shim/ctor-shim.ts';
import { fnPtrShimBody } from '../mir/shim/fn-ptr-shim.ts';
import { closureParts } from '../ty/closure.ts';
import { placeTy } from '../mir/tys.ts';
import { dropGlueBody } from '../mir/shim/drop-glue.ts';
import { operandTy } from '../mir/tys.ts';

export interface CollectOptions {
  /** Every local item definition (fns, assoc fns, statics): the candidates for roots. */
  readonly items: readonly DefId[];
  /** Library crate types keep all non-generic functions and statics (dependents call them). */
  readonly exportAll: boolean;
  /** The target's pointer width (drop glue switches on enum discriminants). */
  readonly pointerWidth: number;
}

export interface CollectResult {
  /** In discovery order (roots first), deduplicated. */
  readonly items: readonly MonoItem[];
  readonly entry: DefId | null;
}

const FN_KINDS = new Set(['Fn', 'AssocFn']);

/** Whether this crate must generate code for an instance (vs. linking to its home crate). */
export function shouldCodegenLocally(tcx: Tcx, inst: Instance): boolean {
  if (inst.kind.tag === 'DropGlue') return inst.kind.ty !== null;
  if (inst.kind.tag === 'FnPtrShim' || inst.kind.tag === 'BoxFnShim' || inst.kind.tag === 'VTableShim') return true;
  if (inst.kind.tag !== 'Item') return false;
  // A constructor used as a fn value: built by each crate that needs it (no upstream symbol).
  if (tcx.defKind(inst.def) === 'Ctor') return true;
  if (!tcx.hasMir(inst.def)) return false;
  if (isLocal(inst.def)) return true;
  // Upstream generic instances are instantiated by their users, and so are upstream
  // `#[inline]` fns (their MIR is in metadata), so LLVM can inline them across crates.
  const inline = tcx.codegenAttrs(inst.def).inline;
  // Upstream closures reach here through a generic or returned `impl Fn`; their MIR is in
  // metadata (the home crate may not have emitted a symbol for this instance).
  if (tcx.defKind(inst.def) === 'Closure') return true;
  return inst.args.some((a) => a.tag !== 'Lifetime') || inline === 'hint' || inline === 'always';
}

export function collectMonoItems(tcx: Tcx, opts: CollectOptions): CollectResult {
  const seen = new Set<string>();
  const out: MonoItem[] = [];
  const work: MonoItem[] = [];

  const push = (item: MonoItem): void => {
    const key = monoItemKey(item);
    if (seen.has(key)) return;
    seen.add(key);
    out.push(item);
    work.push(item);
  };
  const pushInstance = (inst: Instance | null): void => {
    // Calls through the Fn traits run a closure body or fn item: collect that.
    if (inst && inst.kind.tag === 'ClosureOnceShim') {
      // The call site drops the consumed closure afterwards.
      const env = tcx.fnSig(inst.def).inputs[0];
      const ek = env === undefined ? null : tyKind(env);
      const dropInPlace = tcx.langItem('drop_in_place');
      if (ek && ek.tag === 'Ref' && dropInPlace !== null) pushFnDef(dropInPlace, [{ tag: 'Type', ty: substTy(ek.pointee, inst.args) }]);
    }
    // A fn pointer shim is a function of its own too (vtables of `dyn Fn` point at it).
    if (inst && inst.kind.tag === 'FnPtrShim') push({ tag: 'Fn', instance: inst });
    if (inst && (inst.kind.tag === 'ClosureOnceShim' || inst.kind.tag === 'FnPtrShim')) inst = shimTarget(tcx, inst);
    if (inst && shouldCodegenLocally(tcx, inst)) push({ tag: 'Fn', instance: inst });
  };
  const pushFnDef = (def: DefId, args: GenericArgs): void => pushInstance(tcx.resolveInstance(def, args));
  const pushStatic = (def: DefId): void => {
    if (!isLocal(def)) return;
    const info = tcx.staticInfo(def);
    if (!info.foreign && info.initializer) push({ tag: 'Static', def });
  };
  const pushLangItem = (name: string): void => {
    const def = tcx.langItem(name);
    if (def !== null) pushFnDef(def, []);
  };

  // Roots.
  const entry = tcx.entryFn();
  if (entry !== null) {
    pushFnDef(entry, []);
    const start = tcx.langItem('start');
    if (start !== null) {
      const g = tcx.genericCount(start);
      pushFnDef(start, g === 1 ? [{ tag: 'Type', ty: tcx.fnSig(entry).output }] : []);
    }
  }
  for (const def of opts.items) {
    const kind = tcx.defKind(def);
    if (kind === 'Static') {
      const a = tcx.codegenAttrs(def);
      if (opts.exportAll || a.used || a.exportName !== null) pushStatic(def);
      continue;
    }
    if (!FN_KINDS.has(kind) || tcx.genericCount(def) > 0 || !tcx.hasMir(def)) continue;
    const a = tcx.codegenAttrs(def);
    if (opts.exportAll || a.exportName !== null || a.used) pushFnDef(def, []);
  }

  // Walk.
  const visitConst = (v: ConstValue, args: GenericArgs): void => {
    switch (v.tag) {
      case 'StaticRef': pushStatic(v.def); break;
      case 'FnAddr': pushFnDef(v.def, substArgs(v.args, args)); break;
      case 'Indirect': for (const r of v.relocations) visitConst(r.target, args); break;
      case 'Unevaluated': {
        // What the constant's value points at (fns, statics) is needed where it is used.
        const inst = tcx.resolveInstance(v.def, substArgs(v.args, args));
        if (inst !== null && tcx.hasMir(inst.def)) visitBody(tcx.mirBody(inst.def), inst.args);
        break;
      }
      default: break;
    }
  };
  const visitTy = (ty: Ty, args: GenericArgs): void => {
    const k = tyKind(substTy(ty, args));
    if (k.tag === 'FnDef') pushFnDef(k.def, k.args);
  };
  // `&T` -> `&dyn Trait` needs the vtable's methods (rustc collects them at the unsizing cast).
  const visitUnsize = (from: Ty, to: Ty): void => {
    const pair = unsizedPointees(from, to);
    if (pair === null) return;
    const dk = tyKind(pair.target);
    if (dk.tag !== 'Dynamic' || dk.principal === null || tyKind(pair.source).tag === 'Dynamic') return;
    for (const inst of tcx.vtableEntries(pair.source, dk.principal)) pushInstance(inst);
    const dropInPlace = tcx.langItem('drop_in_place');
    if (dropInPlace !== null && tcx.needsDrop(pair.source)) pushInstance(tcx.resolveInstance(dropInPlace, [{ tag: 'Type', ty: pair.source }]));
  };
  const visitOperand = (op: Operand, args: GenericArgs): void => {
    if (op.tag !== 'Constant') return;
    visitTy(op.constant.ty, args);
    visitConst(op.constant.value, args);
  };
  const visitBody = (body: Body, args: GenericArgs): void => {
    for (const bb of body.blocks) {
      for (const st of bb.statements) {
        if (st.tag !== 'Assign') continue;
        const rv = st.rvalue;
        switch (rv.tag) {
          case 'Cast':
            visitOperand(rv.operand, args);
            if (rv.kind === 'Unsize') visitUnsize(substTy(operandTy(body, rv.operand), args), substTy(rv.ty, args));
            if (rv.kind === 'ClosureFnPointer') {
              // The fn pointer is the closure's body itself.
              const ck = tyKind(substTy(operandTy(body, rv.operand), args));
              if (ck.tag === 'Closure') pushInstance({ def: ck.def, args: closureParts(ck.args).parentArgs, kind: { tag: 'Item' } });
            }
            break;
          case 'Use': case 'Repeat': case 'UnaryOp': visitOperand(rv.operand, args); break;
          case 'BinaryOp': case 'CheckedBinaryOp': visitOperand(rv.lhs, args); visitOperand(rv.rhs, args); break;
          case 'Aggregate': for (const o of rv.operands) visitOperand(o, args); break;
          default: break;
        }
      }
      const t = bb.terminator;
      switch (t.tag) {
        case 'Call': visitOperand(t.func, args); for (const a of t.args) visitOperand(a, args); break;
        case 'SwitchInt': visitOperand(t.discr, args); break;
        case 'Drop': {
          const dropInPlace = tcx.langItem('drop_in_place');
          if (dropInPlace !== null) pushFnDef(dropInPlace, [{ tag: 'Type', ty: substTy(placeTy(body, t.place), args) }]);
          break;
        }
        case 'Assert':
          visitOperand(t.cond, args);
          pushLangItem(t.msg.tag === 'BoundsCheck' ? 'panic_bounds_check' : 'panic');
          break;
        case 'InlineAsm':
          for (const o of t.operands) {
            if (o.tag === 'In') visitOperand(o.value, args);
            else if (o.tag === 'InOut') visitOperand(o.inValue, args);
            else if (o.tag === 'SymFn') pushFnDef(o.def, substArgs(o.args, args));
            else if (o.tag === 'SymStatic') pushStatic(o.def);
          }
          break;
        default: break;
      }
    }
    // Promoted constants become globals: what they point at (fns, vtables) is needed too.
    for (const p of body.promoted ?? []) visitBody(p, args);
  };

  while (work.length > 0) {
    const item = work.pop()!;
    if (item.tag === 'Fn') visitBody(instanceBody(tcx, item.instance, opts.pointerWidth), item.instance.args);
    else {
      const init = tcx.staticInfo(item.def).initializer;
      if (init) visitBody(init, []);
    }
  }
  return { items: out, entry };
}

/** The pointee types an unsizing cast changes (`&T` -> `&U`; later `Box<T>` -> `Box<U>`). */
function unsizedPointees(from: Ty, to: Ty): { source: Ty; target: Ty } | null {
  const a = tyKind(from);
  const b = tyKind(to);
  if ((a.tag === 'Ref' || a.tag === 'RawPtr') && (b.tag === 'Ref' || b.tag === 'RawPtr')) return { source: a.pointee, target: b.pointee };
  if (a.tag === 'Adt' && b.tag === 'Adt' && a.def === b.def) {
    // A CoerceUnsized struct: the one type argument that differs.
    for (let i = 0; i < a.args.length; i++) {
      const x = a.args[i]!;
      const y = b.args[i]!;
      if (x.tag === 'Type' && y.tag === 'Type' && x.ty !== y.ty) return { source: x.ty, target: y.ty };
    }
  }
  return null;
}

export { instanceKey };

/** The MIR an instance runs: its item's body, or compiler-built drop glue. */
export function instanceBody(tcx: Tcx, inst: Instance, pointerWidth: number): Body {
  if (inst.kind.tag === 'DropGlue' && inst.kind.ty !== null) return dropGlueBody(tcx, inst.def, inst.kind.ty, pointerWidth);
  if (inst.kind.tag === 'FnPtrShim') return fnPtrShimBody(tcx, inst);
  if (inst.kind.tag === 'BoxFnShim' || inst.kind.tag === 'VTableShim') return boxFnShimBody(tcx, inst);
  if (tcx.defKind(inst.def) === 'Ctor') return ctorShimBody(tcx, inst.def);
  return tcx.mirBody(inst.def);
}
