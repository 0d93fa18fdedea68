import type { Span } from '../../diagnostics/span.ts';
import type { HirLit } from '../../hir/expr.ts';
import { mkTy, tyKind, tys } from '../../ty/interner.ts';
import type { GenericArgs, Ty } from '../../ty/ty.ts';
import type { ConstTree } from '../const-tree.ts';
import type { AggregateKind, Constant, Operand } from '../mir.ts';
import type { DefId } from '../../ty/def-id.ts';
import { intInfo, truncBits } from '../tys.ts';
import { decimalToFloatBits } from '../float-bits.ts';
import { constOperand, local, type Builder } from './builder.ts';
import { adtFieldTys } from './adt.ts';

export function scalarConst(ty: Ty, bits: bigint, span: Span): Constant {
  return { ty, value: { tag: 'Scalar', bits }, span };
}

/** An integer constant of type `ty` with value `v` (wrapped to the type's width). */
export function intConst(b: { pointerWidth: number }, ty: Ty, v: bigint, span: Span): Operand {
  const info = intInfo(ty, b.pointerWidth);
  if (!info) throw new Error(`MIR build: integer constant of non-integer type ${ty}`);
  return constOperand(scalarConst(ty, truncBits(v, info.bits), span));
}

export function boolConst(v: boolean, span: Span): Operand {
  return constOperand(scalarConst(tys.bool, v ? 1n : 0n, span));
}

export function zstConst(ty: Ty, span: Span): Operand {
  return constOperand({ ty, value: { tag: 'ZeroSized' }, span });
}

const utf8 = new TextEncoder();

/** IEEE bits of a float literal's text for `ty` (f32 or f64), correctly rounded. */
export function floatBits(text: string, ty: Ty): bigint {
  const k = tyKind(ty);
  return decimalToFloatBits(text, k.tag === 'Float' && k.float === 'f32' ? 32 : 64);
}

export function literalConstant(b: Builder, lit: HirLit, negated: boolean, ty: Ty, span: Span): Constant {
  const v = lit.value;
  const scalarOf = (x: bigint): Constant => {
    const info = intInfo(ty, b.pointerWidth);
    return scalarConst(ty, info ? truncBits(x, info.bits) : x, span);
  };
  switch (v.tag) {
    case 'Int': {
      if (tyKind(ty).tag === 'Float') {
        const bits = floatBits((negated ? '-' : '') + v.value.toString(), ty);
        return scalarConst(ty, bits, span);
      }
      return scalarOf(negated ? -v.value : v.value);
    }
    case 'Float': return scalarConst(ty, floatBits((negated ? '-' : '') + v.text, ty), span);
    case 'Bool': return scalarConst(ty, v.value ? 1n : 0n, span);
    case 'Char': return scalarConst(ty, BigInt(v.value), span);
    case 'Byte': return scalarConst(ty, BigInt(v.value), span);
    case 'Str': return { ty, value: { tag: 'Slice', data: utf8.encode(v.value) }, span };
    case 'ByteStr': case 'CStr': return { ty, value: { tag: 'Slice', data: v.value }, span };
    case 'Err': throw new Error('MIR build: erroneous literal reached MIR building');
  }
}

/** Rebuilds a const item's value at a use site (aggregates field by field). */
export function constTreeOperand(b: Builder, tree: ConstTree, ty: Ty, span: Span): Operand {
  switch (tree.tag) {
    case 'Scalar': return constOperand(scalarConst(ty, tree.bits, span));
    case 'ZeroSized': return zstConst(ty, span);
    case 'Slice': return constOperand({ ty, value: { tag: 'Slice', data: tree.data }, span });
    case 'StaticRef': return constOperand({ ty, value: { tag: 'StaticRef', def: tree.def }, span });
    case 'FnAddr': return constOperand({ ty, value: { tag: 'FnAddr', def: tree.def, args: tree.args }, span });
    case 'Ref': return constRefOperand(b, tree.pointee, ty, span);
    case 'Aggregate': {
      const k = tyKind(ty);
      let kind: AggregateKind;
      let fieldTys: readonly Ty[];
      if (k.tag === 'Tuple') {
        kind = { tag: 'Tuple' };
        fieldTys = k.elems;
      } else if (k.tag === 'Array') {
        kind = { tag: 'Array', elem: k.elem };
        fieldTys = tree.fields.map(() => k.elem);
      } else if (k.tag === 'Adt') {
        kind = { tag: 'Adt', def: k.def, variant: tree.variant, args: k.args, activeField: null };
        fieldTys = adtFieldTys(b.cx, k.def, k.args, tree.variant);
      } else {
        throw new Error(`MIR build: aggregate constant of type ${ty}`);
      }
      const operands = tree.fields.map((f, i) => constTreeOperand(b, f, fieldTys[i]!, span));
      const t = b.temp({ tag: 'Aggregate', kind, operands }, ty, span);
      return { tag: 'Move', place: local(t) };
    }
  }
}

/**
 * A reference constant: its pointee rebuilt in a temporary, then borrowed. The borrow is
 * marked for promotion whatever the value (a constant is never dropped or mutated), so the
 * reference is `'static`, as the constant's memory is in rustc.
 */
function constRefOperand(b: Builder, pointee: ConstTree, ty: Ty, span: Span): Operand {
  const k = tyKind(ty);
  if (k.tag !== 'Ref') throw new Error(`MIR build: reference constant of type ${ty}`);
  const pk = tyKind(k.pointee);
  if (pointee.tag === 'Slice' && (pk.tag === 'Str' || pk.tag === 'Slice')) return constOperand({ ty, value: { tag: 'Slice', data: pointee.data }, span });
  // `&[T]` points at an array of the tree's length.
  let valTy = k.pointee;
  if (pk.tag === 'Slice') {
    if (pointee.tag !== 'Aggregate') throw new Error('MIR build: slice constant without elements');
    valTy = mkTy({ tag: 'Array', elem: pk.elem, len: { tag: 'Value', ty: tys.usize, bits: BigInt(pointee.fields.length) } });
  }
  const value = constTreeOperand(b, pointee, valTy, span);
  const t = b.temp({ tag: 'Use', operand: value }, valTy, span);
  b.constRefTemps.add(t);
  const refTy = mkTy({ tag: 'Ref', mutbl: k.mutbl, pointee: valTy });
  const r = b.temp({ tag: 'Ref', mutbl: k.mutbl, place: local(t) }, refTy, span);
  if (valTy === k.pointee) return { tag: 'Move', place: local(r) };
  const u = b.temp({ tag: 'Cast', kind: 'Unsize', operand: { tag: 'Move', place: local(r) }, ty }, ty, span);
  return { tag: 'Move', place: local(u) };
}

export function fnItemTy(def: DefId, args: GenericArgs): Ty {
  return mkTy({ tag: 'FnDef', def, args });
}
