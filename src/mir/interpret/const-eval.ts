import type { Span } from '../../diagnostics/span.ts';
import type { DefId } from '../../ty/def-id.ts';
import { tyKind } from '../../ty/interner.ts';
import { substTy } from '../../ty/subst.ts';
import type { Ty } from '../../ty/ty.ts';
import { buildMir } from '../build/body.ts';
import type { MirBuildCx } from '../build/cx.ts';
import type { ConstTree } from '../const-tree.ts';
import type { Body } from '../mir.ts';
import { Machine, readAt } from './machine.ts';
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

interface TreeCx {
  adtDef: MirBuildCx['adtDef'];
  staticOf(box: unknown): DefId | null;
}

function toTree(v: Value, ty: Ty, cx: TreeCx): ConstTree {
  switch (v.k) {
    case 'int': return { tag: 'Scalar', bits: v.bits };
    case 'zst': return { tag: 'ZeroSized' };
    case 'bytes': return { tag: 'Slice', data: v.data };
    case 'fn': return tyKind(ty).tag === 'FnPtr' ? { tag: 'FnAddr', def: v.def, args: v.args } : { tag: 'ZeroSized' };
    case 'agg': {
      const k = tyKind(ty);
      const fieldTy = (i: number): Ty => {
        if (k.tag === 'Tuple') return k.elems[i]!;
        if (k.tag === 'Array' || k.tag === 'Slice') return k.elem;
        if (k.tag === 'Adt') {
          const f = cx.adtDef(k.def).variants[v.variant]?.fields[i];
          if (f) return substTy(f.ty, k.args);
        }
        return ty; // closures: their captures hold no references in constants
      };
      return { tag: 'Aggregate', variant: v.variant, fields: v.fields.map((f, i) => toTree(f, fieldTy(i), cx)) };
    }
    case 'ptr': {
      const def = v.to.path.length === 0 ? cx.staticOf(v.to.box) : null;
      if (def !== null) return { tag: 'StaticRef', def };
      // Memory of the const's own evaluation: its value goes with the constant.
      const k = tyKind(ty);
      if (k.tag !== 'Ref') throw new InterpError('raw pointers to memory of a constant are not supported yet');
      if (tyKind(k.pointee).tag === 'Dynamic') throw new InterpError('trait objects in constants are not supported yet');
      return { tag: 'Ref', pointee: toTree(readAt(v.to.box, v.to.path), k.pointee, cx) };
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
    return toTree(v, body.locals[0]!.ty, { adtDef: cx.adtDef, staticOf: () => null });
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
