// A span is a half-open range of global byte positions in the SourceMap (like rustc's
// BytePos): one number pair identifies file and offset without a per-file lookup at
// construction time. `ctxt` is the syntax context (0 = root); macro expansion gives each
// expansion its own context so hygiene and "in this macro invocation" notes can be derived.
export interface Span {
  readonly lo: number;
  readonly hi: number;
  readonly ctxt: number;
}

export const DUMMY_SP: Span = Object.freeze({ lo: 0, hi: 0, ctxt: 0 });

export function span(lo: number, hi: number, ctxt = 0): Span {
  return { lo, hi, ctxt };
}

/** The smallest span covering both (context of the first). */
export function spanTo(a: Span, b: Span): Span {
  return { lo: Math.min(a.lo, b.lo), hi: Math.max(a.hi, b.hi), ctxt: a.ctxt };
}

export function shrinkToLo(s: Span): Span {
  return { lo: s.lo, hi: s.lo, ctxt: s.ctxt };
}

export function shrinkToHi(s: Span): Span {
  return { lo: s.hi, hi: s.hi, ctxt: s.ctxt };
}

export function isDummy(s: Span): boolean {
  return s.lo === 0 && s.hi === 0;
}
