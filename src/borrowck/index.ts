// Borrow checking on MIR. Entry point: `borrowck(body, cx)` returns the body's errors in
// source order; the caller emits them (`sess.dcx.emit(d)` for each).
export { checkBody as borrowck } from './check.ts';
export type { BorrowckCx } from './cx.ts';
