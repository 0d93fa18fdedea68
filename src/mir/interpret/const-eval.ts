import type { Span } from '../../diagnostics/span.ts';
import type { DefId } from '../../ty/def-id.ts';
import { tyKind } from '../../ty/interner.ts';
import type { Ty } from '../../ty/ty.ts';
import { buildMir } from '../build/body.ts';
import type { MirBuildCx } from '../build/cx.ts';
import type { ConstTree } from '../const-tree.ts';
import type { Body } from '../mir.ts';
import { Machine } from './machine.ts';
import { InterpError, MirPanic, type Value } from './value.ts';

/**
 * Const evaluation failed: the body panicked (overflow, division by zero, bounds) or did
 * something not allowed or not supported in constants. The middle reports it as rustc's
 * E0080 (`evaluation of constant value failed`) at `span`.
 */
export class ConstEvalError extends Error {
  constructor(readonly reason: string, readonly span: Span) {
    super(reason);
  }
}

function toTree(v: Value, ty: Ty, staticOf: (box: unknown) => DefId | null): ConstTree {
  switch (v.k) {
    case 'int': return { tag: 'Scalar', bits: v.bits };
    case 'zst': return { tag: 'ZeroSized' };
    case 'bytes': return { tag: 'Slice', data: v.data };
    case 'fn': return tyKind(ty).tag === 'FnPtr' ? { tag: 'FnAddr', def: v.def, args: v.args } : { tag: 'ZeroSized' };
    case 'agg': {
      const k = tyKind(ty);
      const fieldTy = (i: number): Ty => {
        if (k.tag === 'Tuple') return k.elems[i]!;
        if (k.tag === 'Array') return k.elem;
        return ty; // ADT field types only matter for nested fn pointers; not needed here
      };
      return { tag: 'Aggregate', variant: v.variant, fields: v.fields.map((f, i) => toTree(f, fieldTy(i), staticOf)) };
    }
    case 'ptr': {
      const def = v.to.path.length === 0 ? staticOf(v.to.box) : null;
      if (def === null) throw new InterpError('references to non-static memory in constants are not supported yet');
      return { tag: 'StaticRef', def };
    }
    case 'uninit': throw new InterpError('constant is not fully initialized');
  }
}

/** Evaluates a const (or static initializer) body with no arguments to a value tree. */
export function evalConstBody(body: Body, cx: { pointerWidth: number; adtDef: MirBuildCx['adtDef']; mirBody?: (def: DefId) => Body | null }): ConstTree {
  const machine = new Machine({
    pointerWidth: cx.pointerWidth,
    adtDef: cx.adtDef,
    mirBody: (def) => (cx.mirBody ? cx.mirBody(def) : null),
    callForeign: () => {
      throw new InterpError('calls in constants are not supported yet');
    },
    stepLimit: 2_000_000,
  });
  try {
    const v = machine.run(body, []);
    return toTree(v, body.locals[0]!.ty, () => null);
  } catch (e) {
    if (e instanceof MirPanic) throw new ConstEvalError(e.evalMessage ?? e.panicMessage, e.span ?? body.span);
    if (e instanceof InterpError) throw new ConstEvalError(e.message, body.span);
    throw e;
  }
}

/** The value of a local `const` item: build its MIR and evaluate it. */
export function evalConstItem(def: DefId, cx: MirBuildCx): ConstTree {
  const body = buildMir(def, cx);
  return evalConstBody(body, { pointerWidth: cx.sess.target.pointerWidth, adtDef: (d) => cx.adtDef(d) });
}
