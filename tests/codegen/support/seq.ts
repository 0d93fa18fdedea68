// Writes MIR as straight-line code: statements accumulate in the current block; calls,
// asserts and jumps end it and continue in a fresh one.
import type { AssertKind, BinOp, Operand, Place, Statement, Terminator } from '../../../src/mir/mir.ts';
import { mkTuple, tys } from '../../../src/ty/interner.ts';
import type { Span } from '../../../src/diagnostics/span.ts';
import type { Ty } from '../../../src/ty/ty.ts';
import type { Runtime } from './runtime.ts';
import { BodyBuilder, assertT, assign, call, cfn, checked, ci, cp, cstr, field, goto, pl, SP, switchInt, use } from './mir-dsl.ts';

export class Seq {
  private cur: number;
  private stmts: Statement[] = [];

  constructor(readonly b: BodyBuilder, readonly rt?: Runtime) {
    this.cur = b.reserve();
  }

  get here(): number {
    return this.cur;
  }

  add(...s: Statement[]): this {
    this.stmts.push(...s);
    return this;
  }

  /** Ends the current block with `t(next)` and continues in `next`. */
  end(t: (next: number) => Terminator): this {
    const next = this.b.reserve();
    this.b.set(this.cur, this.stmts, t(next));
    this.cur = next;
    this.stmts = [];
    return this;
  }

  /** Ends the current block with a terminator that does not fall through. */
  finish(t: Terminator): void {
    this.b.set(this.cur, this.stmts, t);
    this.stmts = [];
  }

  /** Starts filling an already reserved block (after `finish`). */
  at(bb: number): this {
    this.cur = bb;
    this.stmts = [];
    return this;
  }

  reserve(): number {
    return this.b.reserve();
  }

  call(func: Operand, args: Operand[], dest: Place | number, span: Span = SP): this {
    return this.end((next) => call(func, args, dest, next, span));
  }

  /** `dest = a op b` with an overflow check, like debug-build MIR. */
  checked(dest: number, op: 'Add' | 'Sub' | 'Mul' | 'Shl' | 'Shr', a: Operand, bOp: Operand, ty: Ty, span: Span = SP): this {
    const tmp = this.b.local(mkTuple([ty, tys.bool]));
    this.add(assign(tmp, checked(op, a, bOp), span));
    this.end((next) => assertT(cp(pl(tmp, field(1, tys.bool))), false, { tag: 'Overflow', op: op as BinOp, lhs: a, rhs: bOp }, next, span));
    return this.add(assign(dest, use(cp(pl(tmp, field(0, ty))))));
  }

  assert(cond: Operand, expected: boolean, msg: AssertKind, span: Span = SP): this {
    return this.end((next) => assertT(cond, expected, msg, next, span));
  }

  print(s: string): this {
    const u = this.b.local(tys.unit);
    return this.call(cfn(this.rt!.printStr), [ci(tys.usize, 1), cstr(s)], u);
  }

  printNum(op: Operand): this {
    const u = this.b.local(tys.unit);
    return this.call(cfn(this.rt!.printU64), [ci(tys.usize, 1), op], u);
  }

  /** Prints an unsigned integer local of any width (widened to u64 first). */
  printInt(local: number): this {
    const w = this.b.local(tys.u64);
    this.add(assign(w, { tag: 'Cast', kind: 'IntToInt', operand: cp(local), ty: tys.u64 }));
    return this.printNum(cp(w));
  }

  goto(bb: number): void {
    this.finish(goto(bb));
  }

  /** if `cond` != 0 goto `then` else goto `els`. */
  branch(cond: Operand, then: number, els: number): void {
    this.finish(switchInt(cond, [[0, els]], then));
  }

  ret(): void {
    this.finish({ tag: 'Return', span: SP });
  }
}
