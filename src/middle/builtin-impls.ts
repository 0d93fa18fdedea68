// Trait impls the compiler provides instead of core (rustc's builtin candidates): Copy and
// Sized for built-in types, the Fn traits for closures, fn items and fn pointers. Used when
// selecting impls by their where clauses (`impl<T: Copy> W<T>` applies to `W<u32>`).
import type { Tcx } from '../ty/context.ts';
import { closureUpvars } from '../ty/closure.ts';
import type { DefId } from '../ty/def-id.ts';
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { builtinFnImplHolds } from './fn-instance.ts';

/** Whether the built-in impl holds (null: not a built-in case; look for impls). */
export function builtinImplHolds(tcx: Tcx, trait: DefId, self: Ty, copyImpl: (t: Ty) => boolean): boolean | null {
  const fn = builtinFnImplHolds(tcx, trait, self);
  if (fn !== null) return fn;
  const k = tyKind(self);
  if (trait === tcx.langItem('sized')) return !isUnsizedTy(self);
  if (isAutoMarker(tcx, trait)) return true;
  if (trait !== tcx.langItem('copy')) return null;
  switch (k.tag) {
    case 'Bool': case 'Char': case 'Int': case 'Uint': case 'Float': case 'Never': case 'RawPtr': case 'FnDef': case 'FnPtr':
      return true;
    case 'Ref': return k.mutbl === 'not';
    case 'Str': case 'Slice': case 'Dynamic': return false;
    case 'Tuple': return k.elems.every(copyImpl);
    case 'Array': return copyImpl(k.elem);
    case 'Closure': return closureUpvars(k.args).every(copyImpl);
    default: return null;
  }
}

/** `str`, `[T]` and `dyn Trait`: the types without a size known at compile time. */
export function isUnsizedTy(t: Ty): boolean {
  const k = tyKind(t).tag;
  return k === 'Str' || k === 'Slice' || k === 'Dynamic';
}

/**
 * `Send` and `Sync`: auto traits, which rustc derives from a type's fields unless an impl
 * (or negative impl) says otherwise. tsrustc does not model auto traits yet and takes them
 * to hold for every type: programs rustc accepts compile, and E0277 for a non-`Send` value
 * sent to a thread is not reported.
 */
export function isAutoMarker(tcx: Tcx, trait: DefId): boolean {
  return trait === tcx.langItem('send') || trait === tcx.langItem('sync');
}
