// MIR operands to codegen operands.
import type { Operand } from '../mir/mir.ts';
import type { Ty } from '../ty/ty.ts';
import { constOperand } from './const-operand.ts';
import { mono, type FnCx } from './fn-cx.ts';
import { loadOperand, type OperandRef } from './operand.ts';
import { codegenPlace } from './place.ts';
import { tyKind } from '../ty/interner.ts';
import { CodegenError } from './context.ts';

export function codegenOperand(fx: FnCx, op: Operand): OperandRef {
  if (op.tag === 'Constant') return constOperand(fx, op.constant);
  return loadOperand(fx, codegenPlace(fx, op.place));
}

/** The (monomorphized) type of an operand, without generating code for it. */
export function operandTy(fx: FnCx, op: Operand): Ty {
  if (op.tag === 'Constant') return mono(fx, op.constant.ty);
  let ty = mono(fx, fx.body.locals[op.place.local]!.ty);
  for (const e of op.place.projection) {
    switch (e.tag) {
      case 'Field': ty = mono(fx, e.ty); break;
      case 'Deref': ty = derefTy(ty); break;
      case 'Index': case 'ConstantIndex': ty = elemTy(ty); break;
      case 'Downcast': case 'Subslice': break;
    }
  }
  return ty;
}

function derefTy(ty: Ty): Ty {
  const k = tyKind(ty);
  if (k.tag === 'Ref' || k.tag === 'RawPtr') return k.pointee;
  throw new CodegenError('deref of a non-pointer type');
}

function elemTy(ty: Ty): Ty {
  const k = tyKind(ty);
  if (k.tag === 'Array' || k.tag === 'Slice') return k.elem;
  throw new CodegenError('index into a non-array type');
}
