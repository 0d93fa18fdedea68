// Static dispatch of a callee: which instance a fn item with generic args runs.
import type { DefId } from '../ty/def-id.ts';
import type { Instance } from '../ty/instance.ts';
import type { GenericArgs } from '../ty/ty.ts';
import { CodegenError, type CodegenCx } from './context.ts';

export function resolveFnInstance(cx: CodegenCx, def: DefId, args: GenericArgs): Instance {
  const inst = cx.tcx.resolveInstance(def, args);
  if (!inst) throw new CodegenError(`cannot resolve the instance of \`${cx.tcx.defPath(def).join('::')}\``);
  return inst;
}
