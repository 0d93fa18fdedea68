import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Span } from '../diagnostics/span.ts';
import type { Body, Local, Operand, Place, Rvalue } from '../mir/mir.ts';
import type { DefId } from '../ty/def-id.ts';
import type { BorrowckCx } from './cx.ts';
import { everInit, maybeUninit, reversePostorder, solve, walkBlock } from './dataflow.ts';
import { describePlace, staticTemps } from './describe.ts';
import { gatherMoveData, type MoveData } from './move-data.ts';
import type { BitSet } from './bitset.ts';
import { checkMutable, reportMutability, reportReassign } from './report-mutability.ts';
import { reportUninit, type InitAction } from './report-uninit.ts';

/**
 * Borrow-checks one body: uses of possibly-uninitialized variables (E0381), assignments to
 * immutable variables that may already hold a value (E0384), writes and mutable borrows
 * of places that are not mutable (E0594, E0596). Returns the errors sorted by position,
 * as rustc reports a body's buffered borrowck errors. Conflicting loans (NLL) come later:
 * they plug in as one more analysis next to the two below.
 */
export function checkBody(body: Body, cx: BorrowckCx): Diagnostic[] {
  const md = gatherMoveData(body);
  const uninitA = maybeUninit(body, md);
  const everA = everInit(body, md);
  const uninitIn = solve(body, uninitA);
  const everIn = solve(body, everA);
  const statics = staticTemps(body);
  const out: Diagnostic[] = [];
  const sink = (d: Diagnostic) => out.push(d);
  const reportedUninit = new Set<Local>();
  const reportedAt = new Set<string>();
  const once = (key: string) => {
    if (reportedAt.has(key)) return false;
    reportedAt.add(key);
    return true;
  };

  for (const bb of reversePostorder(body)) {
    const uninit = uninitIn[bb]!.clone();
    const ever = everIn[bb]!.clone();
    const block = body.blocks[bb]!;
    const read = (place: Place, action: InitAction, span: Span) => {
      if (!uninit.has(place.local) || reportedUninit.has(place.local)) return;
      const decl = body.locals[place.local]!;
      if (decl.name === null) return; // temporaries are always written first by construction
      reportedUninit.add(place.local);
      reportUninit({
        body, cx, local: place.local, action, span,
        // A partial write names the variable that is not initialized, a read the place read.
        usedDesc: action === 'PartialAssignment' ? decl.name : describePlace(body, place, cx, statics, true),
        initSpans: md.initsOfLocal[place.local]!.map((k) => md.inits[k]!.span),
      }, sink);
    };
    const operand = (o: Operand, span: Span) => {
      if (o.tag !== 'Constant') read(o.place, 'Use', span);
    };
    const rvalue = (rv: Rvalue, span: Span) => {
      switch (rv.tag) {
        case 'Use': case 'Repeat': case 'Cast': case 'UnaryOp': operand(rv.operand, span); return;
        case 'BinaryOp': case 'CheckedBinaryOp': operand(rv.lhs, span); operand(rv.rhs, span); return;
        case 'Aggregate': rv.operands.forEach((o) => operand(o, span)); return;
        case 'Ref': case 'RawPtr':
          read(rv.place, 'Borrow', span);
          if (rv.mutbl === 'mut') mutate(rv.place, true, span);
          return;
        case 'Len': case 'Discriminant': case 'CopyForDeref': read(rv.place, 'Use', span); return;
        case 'NullaryOp': return;
      }
    };
    const mutate = (place: Place, isBorrow: boolean, span: Span) => {
      const err = checkMutable(body, place, statics);
      if (err && once(`m${place.local}:${span.lo}:${span.hi}`)) reportMutability(body, place, err, isBorrow, span, cx, statics, sink);
    };
    // A write of `place`: reassignment of immutable locals, partial writes, mutability.
    const write = (place: Place, span: Span) => {
      const decl = body.locals[place.local]!;
      if (place.projection.length === 0) {
        if (decl.binding === undefined || decl.mutbl === 'mut') return;
        const first = firstInit(md, ever, place.local);
        if (first >= 0 && once(`r${place.local}:${span.lo}:${span.hi}`)) {
          reportReassign({ body, local: place.local, span, firstInitSpan: md.inits[first]!.span }, sink);
        }
        return;
      }
      if (!place.projection.some((e) => e.tag === 'Deref')) read(place, 'PartialAssignment', span);
      else read({ local: place.local, projection: [] }, 'Use', span);
      // Like rustc, mutability errors of writes wait until the variable was ever initialized
      // (a partial initialization was reported above instead).
      if (firstInit(md, ever, place.local) >= 0 || decl.binding === undefined) mutate(place, false, span);
    };

    walkBlock(body, [{ a: uninitA, state: uninit }, { a: everA, state: ever }], bb, (i) => {
      const s = block.statements[i];
      if (s) {
        if (s.tag === 'Assign') {
          rvalue(s.rvalue, s.span);
          write(s.place, s.span);
        } else if (s.tag === 'FakeRead') {
          read(s.place, 'MatchOn', s.span);
        }
        return;
      }
      const t = block.terminator;
      switch (t.tag) {
        case 'SwitchInt': operand(t.discr, t.span); return;
        case 'Assert': operand(t.cond, t.span); return;
        case 'Call':
          operand(t.func, t.span);
          t.args.forEach((a) => operand(a, t.span));
          write(t.destination, t.span);
          return;
        case 'InlineAsm':
          for (const o of t.operands) {
            if (o.tag === 'In') operand(o.value, t.span);
            else if (o.tag === 'InOut') {
              operand(o.inValue, t.span);
              if (o.outPlace) write(o.outPlace, t.span);
            } else if (o.tag === 'Out' && o.place) write(o.place, t.span);
          }
          return;
        case 'Drop': read(t.place, 'Use', t.span); return;
        default: return;
      }
    });
  }
  return out.sort((a, b) => primaryLo(a) - primaryLo(b));
}

function primaryLo(d: Diagnostic): number {
  return d.spans.find((s) => s.primary)?.span.lo ?? 0;
}

/** The first (in creation order) init of `local` that may have run. */
function firstInit(md: MoveData, ever: BitSet, local: Local): number {
  for (const k of md.initsOfLocal[local]!) if (ever.has(k)) return k;
  return -1;
}

export type { DefId };
