import type { AssertKind, BinOp } from './mir.ts';

// What a failed `Assert` panics with at run time (rustc's `AssertKind::description` and
// the bounds-check format), for codegen; and the `-Z dump-mir` rendering of the same.

const OVERFLOW_PANIC: Partial<Record<BinOp, string>> = {
  Add: 'attempt to add with overflow',
  Sub: 'attempt to subtract with overflow',
  Mul: 'attempt to multiply with overflow',
  Div: 'attempt to divide with overflow',
  Rem: 'attempt to calculate the remainder with overflow',
  Shl: 'attempt to shift left with overflow',
  Shr: 'attempt to shift right with overflow',
};

/**
 * The panic message of a failed assert. For `BoundsCheck` it contains `{len}` and
 * `{index}` placeholders that codegen fills with the operand values (as usize, decimal).
 */
export function assertPanicMessage(msg: AssertKind): string {
  switch (msg.tag) {
    case 'BoundsCheck': return 'index out of bounds: the length is {len} but the index is {index}';
    case 'Overflow': return OVERFLOW_PANIC[msg.op] ?? `attempt to compute ${msg.op} with overflow`;
    case 'OverflowNeg': return 'attempt to negate with overflow';
    case 'DivisionByZero': return 'attempt to divide by zero';
    case 'RemainderByZero': return 'attempt to calculate the remainder with a divisor of zero';
    case 'MisalignedPointerDereference':
      return 'misaligned pointer dereference: address must be a multiple of {required} but is {found}';
  }
}

const OP_SYMBOL: Partial<Record<BinOp, string>> = { Add: '+', Sub: '-', Mul: '*', Div: '/', Rem: '%' };

/** The format string rustc's MIR dump shows for an assert (its operands follow). */
export function assertDumpFormat(msg: AssertKind): string {
  switch (msg.tag) {
    case 'BoundsCheck': return 'index out of bounds: the length is {} but the index is {}';
    case 'Overflow':
      if (msg.op === 'Shl') return 'attempt to shift left by `{}`, which would overflow';
      if (msg.op === 'Shr') return 'attempt to shift right by `{}`, which would overflow';
      if (msg.op === 'Rem') return 'attempt to compute the remainder of `{} % {}`, which would overflow';
      return `attempt to compute \`{} ${OP_SYMBOL[msg.op] ?? msg.op} {}\`, which would overflow`;
    case 'OverflowNeg': return 'attempt to negate `{}`, which would overflow';
    case 'DivisionByZero': return 'attempt to divide `{}` by zero';
    case 'RemainderByZero': return 'attempt to calculate the remainder of `{}` with a divisor of zero';
    case 'MisalignedPointerDereference': return 'misaligned pointer dereference: address must be a multiple of {} but is {}';
  }
}
