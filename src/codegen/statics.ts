// Statics: the initializer is evaluated at compile time and emitted as the global's bytes.
import type { DefId } from '../ty/def-id.ts';
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { renderAlloc } from './const-alloc.ts';
import { constEvaluatorOf, evalStatic, type ConstEvaluator } from './const-eval.ts';
import { CodegenError, layoutOfTy, type CodegenCx } from './context.ts';
import { itemLinkage } from './linkage.ts';
import type { Value } from './llvm-ir/value.ts';
import { substTy } from '../mono/subst.ts';
import { closureUpvars } from '../ty/closure.ts';

const defined = new WeakMap<CodegenCx, Map<DefId, Value>>();
const usedLists = new WeakMap<CodegenCx, Value[]>();

function evaluator(cx: CodegenCx): ConstEvaluator {
  return constEvaluatorOf(cx);
}

/** Globals marked `#[used]`, for `@llvm.compiler.used`. */
export function usedGlobals(cx: CodegenCx): readonly Value[] {
  return usedLists.get(cx) ?? [];
}

export function markUsed(cx: CodegenCx, v: Value): void {
  let l = usedLists.get(cx);
  if (!l) usedLists.set(cx, (l = []));
  l.push(v);
}

/** Whether a value of `ty` may be mutated through a shared reference (contains UnsafeCell). */
function hasInteriorMutability(cx: CodegenCx, ty: Ty, seen = new Set<Ty>()): boolean {
  if (seen.has(ty)) return false;
  seen.add(ty);
  const k = tyKind(ty);
  switch (k.tag) {
    case 'Adt': {
      if (k.def === cx.tcx.langItem('unsafe_cell')) return true;
      const adt = cx.tcx.adtDef(k.def);
      return adt.variants.some((v) => v.fields.some((f) => hasInteriorMutability(cx, substTy(f.ty, k.args), seen)));
    }
    case 'Tuple': return k.elems.some((e) => hasInteriorMutability(cx, e, seen));
    case 'Array': return hasInteriorMutability(cx, k.elem, seen);
    case 'Closure': return closureUpvars(k.args).some((u) => hasInteriorMutability(cx, u, seen));
    default: return false;
  }
}

/** Defines a local static in the module (once) and returns its global. */
export function defineStatic(cx: CodegenCx, def: DefId, symbol: string): Value {
  let map = defined.get(cx);
  if (!map) defined.set(cx, (map = new Map()));
  const hit = map.get(def);
  if (hit) return hit;
  const info = cx.tcx.staticInfo(def);
  if (info.foreign || !info.initializer) throw new CodegenError(`static \`${symbol}\` has no initializer`, cx.tcx.defSpan(def));
  const layout = layoutOfTy(cx, info.ty, cx.tcx.defSpan(def));
  let alloc;
  try {
    alloc = evalStatic(evaluator(cx), def);
  } catch (e) {
    if (e instanceof CodegenError && e.span === null) throw new CodegenError(e.message, cx.tcx.defSpan(def));
    throw e;
  }
  if (alloc.bytes.length !== layout.size) throw new CodegenError(`static initializer has ${alloc.bytes.length} bytes, its type ${layout.size}`);
  const init = renderAlloc(cx, alloc);
  const attrs = cx.tcx.codegenAttrs(def);
  const g = cx.m.addGlobal({
    name: symbol,
    type: init.ty,
    init,
    linkage: itemLinkage(cx, def),
    constant: !info.mutable && !hasInteriorMutability(cx, info.ty),
    align: layout.align,
    ...(attrs.linkSection !== null ? { section: attrs.linkSection } : {}),
  });
  map.set(def, g);
  if (attrs.used) markUsed(cx, g);
  return g;
}
