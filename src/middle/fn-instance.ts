// Which code a call through a Fn trait runs (rustc's resolve_instance for the Fn traits'
// methods, whose impls are built into the compiler): a closure's own body (directly, or
// through the "call once" shim when a Fn/FnMut closure is called by value), a fn item
// (dropping the `self` argument), or an indirect call of a fn pointer.
import type { Tcx } from '../ty/context.ts';
import { closureKind, closureParts, closureSig } from '../ty/closure.ts';
import { substTy } from '../ty/subst.ts';
import type { DefId } from '../ty/def-id.ts';
import type { Instance } from '../ty/instance.ts';
import { mkTy, tyKind } from '../ty/interner.ts';
import type { GenericArgs, Ty } from '../ty/ty.ts';

/** The Fn trait kind of a `call`/`call_mut`/`call_once` method, or null for other items. */
export function fnTraitMethodKind(tcx: Tcx, def: DefId): 'Fn' | 'FnMut' | 'FnOnce' | null {
  const trait = tcx.parent(def);
  if (trait === null) return null;
  if (trait === tcx.langItem('fn')) return 'Fn';
  if (trait === tcx.langItem('fn_mut')) return 'FnMut';
  if (trait === tcx.langItem('fn_once')) return 'FnOnce';
  return null;
}

/** `<Self as Fn*<Args>>::call*` with concrete args: the instance, or null for other items. */
export function resolveFnTraitCall(tcx: Tcx, def: DefId, args: GenericArgs): Instance | null {
  const kind = fnTraitMethodKind(tcx, def);
  if (kind === null) return null;
  const a0 = args[0];
  if (!a0 || a0.tag !== 'Type') return null;
  const self = tcx.normalize(a0.ty);
  const k = tyKind(self);
  switch (k.tag) {
    case 'Closure': {
      const have = closureKind(k.args) ?? 'Fn';
      const parentArgs = closureParts(k.args).parentArgs;
      // A Fn/FnMut closure body takes its environment by reference; called by value it needs the shim.
      const byValue = kind === 'FnOnce' && have !== 'FnOnce';
      return { def: k.def, args: parentArgs, kind: byValue ? { tag: 'ClosureOnceShim' } : { tag: 'Item' } };
    }
    // `&F` / `&mut F` (core's `impl Fn for &F`): a shim calling F's own method.
    case 'FnDef': case 'FnPtr': case 'Ref':
      return { def, args, kind: { tag: 'FnPtrShim', ty: self } };
    // `Box<F>` (alloc's `impl<F: FnOnce<A> + ?Sized> FnOnce<A> for Box<F>` and the Fn/FnMut ones).
    case 'Adt':
      return k.def === tcx.langItem('owned_box') ? { def, args: [{ tag: 'Type', ty: self }, ...args.slice(1)], kind: { tag: 'BoxFnShim' } } : null;
    default:
      return null;
  }
}

/** The instance whose code a shim ends up running (null: an indirect call, or not a shim). */
export function shimTarget(tcx: Tcx, inst: Instance): Instance | null {
  if (inst.kind.tag === 'ClosureOnceShim') return { def: inst.def, args: inst.args, kind: { tag: 'Item' } };
  if (inst.kind.tag === 'FnPtrShim') {
    const k = tyKind(inst.kind.ty);
    if (k.tag === 'FnDef') return tcx.resolveInstance(k.def, k.args);
  }
  return null;
}

/** `<self as FnOnce<_>>::Output` when `self` is a closure, fn item or fn pointer (built-in impls); else null. */
export function fnOnceOutput(tcx: Tcx, item: DefId, self: Ty, args: GenericArgs = []): Ty | null {
  if (tcx.parent(item) !== tcx.langItem('fn_once')) return null;
  const k = tyKind(self);
  if (k.tag === 'Closure') return closureSig(k.args).output;
  if (k.tag === 'FnDef') return substTy(tcx.fnSig(k.def).output, k.args);
  if (k.tag === 'FnPtr') return k.sig.output;
  // `<&F as FnOnce<A>>::Output` and `<Box<F> as FnOnce<A>>::Output` are `<F as FnOnce<A>>::Output`.
  if (k.tag === 'Ref') return mkTy({ tag: 'Alias', def: item, args: [{ tag: 'Type', ty: k.pointee }, ...args.slice(1)] });
  const boxed = boxedTy(tcx, self);
  if (boxed !== null) return mkTy({ tag: 'Alias', def: item, args: [{ tag: 'Type', ty: boxed }, ...args.slice(1)] });
  return null;
}

/** `F` of `Box<F>`, or null for other types. */
export function boxedTy(tcx: Tcx, ty: Ty): Ty | null {
  const k = tyKind(ty);
  if (k.tag !== 'Adt' || k.def !== tcx.langItem('owned_box')) return null;
  const a = k.args[0];
  return a && a.tag === 'Type' ? a.ty : null;
}

/**
 * The compiler's own impls of the Fn traits (no impls exist in core): closures by their
 * kind, safe fn items and fn pointers for all three. Null when `trait` is not a Fn trait or
 * `self` is not callable this way.
 */
export function builtinFnImplHolds(tcx: Tcx, trait: DefId, self: Ty): boolean | null {
  const want = trait === tcx.langItem('fn') ? 0 : trait === tcx.langItem('fn_mut') ? 1 : trait === tcx.langItem('fn_once') ? 2 : -1;
  if (want < 0) return null;
  const k = tyKind(self);
  if (k.tag === 'Closure') {
    const have = closureKind(k.args);
    return have === null || (have === 'Fn' ? 0 : have === 'FnMut' ? 1 : 2) <= want;
  }
  if (k.tag === 'FnDef') return !tcx.fnSig(k.def).unsafe;
  if (k.tag === 'FnPtr') return !k.sig.unsafe && !k.sig.cVariadic;
  if (k.tag === 'Ref') {
    // `&F: Fn*` when `F: Fn`; `&mut F: FnMut/FnOnce` when `F: FnMut`.
    if (k.mutbl === 'mut' && want === 0) return false;
    const inner = tcx.langItem(k.mutbl === 'mut' ? 'fn_mut' : 'fn');
    return inner === null ? null : builtinFnImplHolds(tcx, inner, k.pointee);
  }
  // `Box<F>: Fn*` when `F` is (a trait object by its principal: `dyn FnMut` is FnMut and FnOnce).
  const boxed = boxedTy(tcx, self);
  if (boxed !== null) {
    const bk = tyKind(boxed);
    if (bk.tag !== 'Dynamic') return builtinFnImplHolds(tcx, trait, boxed);
    const p = bk.principal?.def;
    const have = p === undefined ? -1 : p === tcx.langItem('fn') ? 0 : p === tcx.langItem('fn_mut') ? 1 : p === tcx.langItem('fn_once') ? 2 : -1;
    return have >= 0 && have <= want;
  }
  return null;
}
