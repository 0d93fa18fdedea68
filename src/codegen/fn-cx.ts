// Per-function codegen state: the instance being generated, its MIR, the LLVM function
// builder, and where each MIR local lives (an alloca, created on first use).
import type { Span } from '../diagnostics/span.ts';
import type { BasicBlock, Body, Local } from '../mir/mir.ts';
import type { Instance } from '../ty/instance.ts';
import type { ConstArg, Ty } from '../ty/ty.ts';
import { substConst, substTy } from '../mono/subst.ts';
import type { FnAbi } from './abi.ts';
import { layoutOfTy, type CodegenCx } from './context.ts';
import { isUnsized, type Layout } from './layout/layout.ts';
import { T } from './llvm-ir/types.ts';
import type { Value } from './llvm-ir/value.ts';
import type { Block, FunctionBuilder } from './llvm-ir/function-builder.ts';
import { memTy } from './llvm-types.ts';
import type { PlaceRef } from './place.ts';
import type { OperandRef } from './operand.ts';

export interface FnCx {
  readonly cx: CodegenCx;
  readonly inst: Instance;
  readonly body: Body;
  readonly b: FunctionBuilder;
  readonly abi: FnAbi;
  /** Memory of each local; null until first used (naked fns never touch theirs). */
  readonly locals: (PlaceRef | null)[];
  readonly blocks: readonly Block[];
  /** In a `#[track_caller]` fn: its hidden `&Location` argument (see track-caller.ts). */
  callerLocation?: OperandRef;
}

/** Substitutes the instance's generic args into a type from its MIR. */
export function mono(fx: FnCx, ty: Ty): Ty {
  const t = fx.inst.args.length === 0 ? ty : substTy(ty, fx.inst.args);
  return fx.cx.tcx.normalize(t);
}

/** Substitutes the instance's generic args into a const (a repeat count, a const parameter's value). */
export function monoConst(fx: FnCx, c: ConstArg): ConstArg {
  return fx.inst.args.length === 0 ? c : substConst(c, fx.inst.args);
}

export function layoutOfMono(fx: FnCx, ty: Ty, span: Span | null = null): Layout {
  return layoutOfTy(fx.cx, ty, span);
}

export function localTy(fx: FnCx, local: Local): Ty {
  const decl = fx.body.locals[local];
  if (!decl) throw new Error(`MIR local _${local} does not exist`);
  return mono(fx, decl.ty);
}

/** The place of a local, allocating its stack slot on first use. */
export function localPlace(fx: FnCx, local: Local): PlaceRef {
  const have = fx.locals[local];
  if (have) return have;
  const ty = localTy(fx, local);
  const layout = layoutOfMono(fx, ty, fx.body.locals[local]!.span);
  const name = fx.body.locals[local]!.name ?? `_${local}`;
  // Zero-sized locals need no memory: any aligned non-null address will do.
  const ptr = layout.size === 0 && !isUnsized(layout)
    ? danglingPtr(fx, layout.align)
    : fx.b.allocaBytes(memTy(fx.cx, ty), layout.align, local === 0 ? 'ret' : name);
  const place: PlaceRef = { ptr, meta: null, ty, layout, align: layout.align };
  fx.locals[local] = place;
  return place;
}

export function danglingPtr(fx: FnCx, align: number): Value {
  return { ty: T.i8p, s: `inttoptr (${fx.cx.isizeTy.s} ${align} to i8*)` };
}

export function blockOf(fx: FnCx, bb: BasicBlock): Block {
  const b = fx.blocks[bb];
  if (!b) throw new Error(`MIR block bb${bb} does not exist`);
  return b;
}
