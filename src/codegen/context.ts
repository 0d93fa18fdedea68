// Module-wide codegen state: the Tcx, the target, layouts, the LLVM module being built, and
// the caches shared by every function of the codegen unit.
import type { Span } from '../diagnostics/span.ts';
import type { TargetInfo } from '../session/session.ts';
import type { Tcx } from '../ty/context.ts';
import type { DefId } from '../ty/def-id.ts';
import type { Instance } from '../ty/instance.ts';
import type { Ty } from '../ty/ty.ts';
import type { Layout } from './layout/layout.ts';
import { layoutOf, type LayoutCx } from './layout/layout-of.ts';
import type { ModuleBuilder } from './llvm-ir/module-builder.ts';
import type { LType } from './llvm-ir/types.ts';

/** A source position as panics print it (`src/main.rs:3:5`). */
export interface SourceLoc {
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

export interface CodegenCx {
  readonly tcx: Tcx;
  readonly target: TargetInfo;
  readonly lcx: LayoutCx;
  readonly m: ModuleBuilder;
  /** `usize`/`isize` as an LLVM integer type. */
  readonly isizeTy: LType;
  readonly locate: (span: Span) => SourceLoc;
  /** Whether local items must stay visible to other crates (library crate types). */
  readonly exportAll: boolean;
  /** Symbols of instances/statics this module defines (others are declared). */
  readonly definedHere: ReadonlySet<string>;
  readonly memTyCache: Map<Ty, LType>;
  readonly symbolCache: Map<string, string>;
  /** Statics referenced while generating code, to declare or define. */
  readonly referencedStatics: Set<DefId>;
  /** Instances referenced while generating code (what the collector must also have found). */
  readonly referencedInstances: Map<string, Instance>;
}

export class CodegenError extends Error {
  constructor(
    message: string,
    readonly span: Span | null = null,
  ) {
    super(message);
  }
}

export function layoutOfTy(cx: CodegenCx, ty: Ty, span: Span | null = null): Layout {
  try {
    return layoutOf(ty, cx.lcx);
  } catch (e) {
    if (e instanceof CodegenError) throw e;
    throw new CodegenError((e as Error).message, span);
  }
}
