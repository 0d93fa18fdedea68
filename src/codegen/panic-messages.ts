// rustc's exact panic messages for failed MIR assertions.
import type { AssertKind, BinOp } from '../mir/mir.ts';

function opVerb(op: BinOp): string {
  switch (op) {
    case 'Add': return 'add';
    case 'Sub': return 'subtract';
    case 'Mul': return 'multiply';
    case 'Div': return 'divide';
    case 'Rem': return 'calculate the remainder';
    case 'Shl': return 'shift left';
    case 'Shr': return 'shift right';
    default: return op.toLowerCase();
  }
}

/** The message of every assertion kind except bounds checks (those format index and length). */
export function overflowMessage(kind: AssertKind): string {
  switch (kind.tag) {
    case 'Overflow': return `attempt to ${opVerb(kind.op)} with overflow`;
    case 'OverflowNeg': return 'attempt to negate with overflow';
    case 'DivisionByZero': return 'attempt to divide by zero';
    case 'RemainderByZero': return 'attempt to calculate the remainder with a divisor of zero';
    case 'BoundsCheck': return 'index out of bounds';
    case 'MisalignedPointerDereference': return 'misaligned pointer dereference';
  }
}
