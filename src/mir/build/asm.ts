import type { Span } from '../../diagnostics/span.ts';
import type { Expr, HirInlineAsm } from '../../hir/expr.ts';
import type { InlineAsmRegOrClass } from '../../syntax/ast/asm.ts';
import { symStr } from '../../syntax/symbol.ts';
import { tyKind } from '../../ty/interner.ts';
import type { InlineAsmOperandMir } from '../mir.ts';
import { bitsToValue, intInfo } from '../tys.ts';
import type { Builder } from './builder.ts';
import { asOperand, asPlace } from './expr.ts';
import { full } from './expr-ref.ts';

/** Explicit registers keep their quotes (`"rax"`), register classes are bare (`reg`). */
export function regName(r: InlineAsmRegOrClass): string {
  return r.tag === 'Reg' ? `"${symStr(r.name)}"` : symStr(r.name);
}

function constOperandText(b: Builder, e: Expr): string {
  const v = b.tr.constValue(e.hirId);
  if (v !== null) return v.toString();
  const op = asOperand(b, full(b, e));
  if (op.tag === 'Constant' && op.constant.value.tag === 'Scalar') {
    const info = intInfo(op.constant.ty, b.pointerWidth);
    return (info ? bitsToValue(op.constant.value.bits, info) : op.constant.value.bits).toString();
  }
  throw new Error('MIR build: asm const operand is not a constant');
}

/** `asm!(...)`: operands evaluated in order, then the InlineAsm terminator. */
export function lowerInlineAsm(b: Builder, asm: HirInlineAsm, span: Span): void {
  const operands: InlineAsmOperandMir[] = [];
  for (const { op } of asm.operands) {
    switch (op.tag) {
      case 'In':
        operands.push({ tag: 'In', reg: regName(op.reg), value: asOperand(b, full(b, op.expr)) });
        break;
      case 'Out':
        operands.push({ tag: 'Out', reg: regName(op.reg), late: op.late, place: op.expr ? asPlace(b, full(b, op.expr)) : null });
        break;
      case 'InOut': {
        const place = asPlace(b, full(b, op.expr));
        operands.push({ tag: 'InOut', reg: regName(op.reg), late: op.late, inValue: b.operandFromPlace(place), outPlace: place });
        break;
      }
      case 'SplitInOut': {
        const inValue = asOperand(b, full(b, op.inExpr));
        const outPlace = op.outExpr ? asPlace(b, full(b, op.outExpr)) : null;
        operands.push({ tag: 'InOut', reg: regName(op.reg), late: op.late, inValue, outPlace });
        break;
      }
      case 'Const':
        operands.push({ tag: 'Const', value: constOperandText(b, op.expr) });
        break;
      case 'SymFn': {
        const tdd = b.tr.typeDependentDef(op.hirId);
        if (tdd) {
          operands.push({ tag: 'SymFn', def: tdd.def, args: tdd.args });
        } else {
          const t = tyKind(b.tr.nodeType(op.hirId));
          if (t.tag !== 'FnDef') throw new Error('MIR build: asm sym operand is not a fn');
          operands.push({ tag: 'SymFn', def: t.def, args: t.args });
        }
        break;
      }
      case 'SymStatic':
        operands.push({ tag: 'SymStatic', def: op.def });
        break;
    }
  }
  const noreturn = asm.options.has('noreturn');
  const target = noreturn ? null : b.newBlock();
  b.terminate({
    tag: 'InlineAsm', template: asm.template, operands, options: [...asm.options], clobberAbis: asm.clobberAbis, target, span,
  });
  b.cur = target ?? b.newBlock();
}
