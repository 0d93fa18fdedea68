// The compiler's `Unsize` rule (rustc implements the trait itself, no impls exist):
// `[T; N]: Unsize<[T]>`, and `T: Unsize<dyn Trait + Auto>` when `T` implements the object's
// traits and is not itself unsized. `CoerceUnsized` impls (`Box<T>` -> `Box<U>`) are
// bounded by it.
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { isUnsizedTy } from './builtin-impls.ts';
import type { TcxImpl } from './tcx.ts';

export function unsizeHolds(tcx: TcxImpl, src: Ty, dst: Ty): boolean {
  const s = tyKind(src);
  const d = tyKind(dst);
  if (s.tag === 'Array' && d.tag === 'Slice') return s.elem === d.elem;
  if (d.tag !== 'Dynamic') return false;
  if (isUnsizedTy(src)) return false;
  const traits = [...(d.principal ? [d.principal.def] : []), ...d.autoTraits];
  return traits.every((t) => tcx.selectImpl(t, src, t === d.principal?.def ? d.principal.args : undefined) !== null);
}
