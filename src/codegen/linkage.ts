// Which linkage a local item gets: exported names and library items stay visible to the
// linker; everything else in an executable is internal so LLVM may drop or inline it.
import { isLocal, type DefId } from '../ty/def-id.ts';
import type { CodegenCx } from './context.ts';
import type { Linkage } from './llvm-ir/module-builder.ts';

export function itemLinkage(cx: CodegenCx, def: DefId): Linkage {
  const a = cx.tcx.codegenAttrs(def);
  if (a.linkage !== null) return a.linkage;
  if (a.exportName !== null) return 'external';
  // A dependency's `#[inline]` fn copied into this crate (from its MIR in metadata) is this
  // crate's private copy; the dependency exports its own.
  if (!isLocal(def) && a.inline !== 'none' && a.inline !== 'never') return 'internal';
  // Library items may be called by dependents (directly or from their inlined copies).
  if (cx.exportAll) return 'external';
  return 'internal';
}
