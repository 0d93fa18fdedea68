import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Span } from '../diagnostics/span.ts';
import type { Body, Local, Operand, Place, Rvalue, Statement, Terminator } from '../mir/mir.ts';
import type { DefId } from '../ty/def-id.ts';
import { BitSet } from './bitset.ts';
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import type { BorrowckCx } from './cx.ts';
import { reversePostorder } from '../mir/traversal.ts';
import { domainOf, everInit, maybeUninit, solve, walkBlock, type Domain, type GenKillAnalysis } from './dataflow.ts';
import { describePlace, staticTemps } from './describe.ts';
import { gatherMoveData, type MoveData } from './move-data.ts';
import { checkMutable, reportMutability, reportReassign } from './report-mutability.ts';
import { reportUninit, type InitAction } from './report-uninit.ts';
import { gatherMoves, maybeMoved, reportUseAfterMove, type MoveOut } from './moves.ts';
import { letPlaceOf, matchedPlaceOf, movesFromBehindRef, overloadedTemps, reportIllegalMove, reportPatternMoves, type PatternMove } from './move-errors.ts';
import { checkLoans } from './loans-check.ts';
import { placeTy } from '../mir/tys.ts';

/**
 * Borrow-checks one body: uses of possibly-uninitialized variables (E0381), assignments to
 * immutable variables that may already hold a value (E0384), writes and mutable borrows
 * of places that are not mutable (E0594, E0596). Returns the errors sorted by position,
 * as rustc reports a body's buffered borrowck errors. Conflicting loans (NLL) come later:
 * they plug in as one more analysis next to the two here.
 */
export function checkBody(body: Body, cx: BorrowckCx): Diagnostic[] {
  return new BodyChecker(body, cx).run();
}

class BodyChecker {
  private readonly md: MoveData;
  private staticsCache: Map<Local, DefId> | null = null;
  private readonly out: Diagnostic[] = [];
  private readonly sink = (d: Diagnostic) => this.out.push(d);
  private readonly reportedUninit = new Set<Local>();
  private readonly reportedAt = new Set<string>();
  /** Locals declared without a value (`let x;`): the only ones a read can find uninitialized. */
  private readonly uninitDomain: Domain;
  /** Inits of immutable variables that could run twice: the only ones E0384 can involve. */
  private readonly everDomain: Domain;
  private uninit: BitSet;
  private ever: BitSet;
  /** Moves out of user variables, and which may have happened (E0382). */
  private readonly moves: readonly MoveOut[];
  private moved: BitSet;

  constructor(private readonly body: Body, private readonly cx: BorrowckCx) {
    this.md = gatherMoveData(body);
    const locals = body.locals;
    this.uninitDomain = domainOf(locals.length, (l) => locals[l]!.binding?.form === 'uninit');
    const candidate = new Uint8Array(locals.length);
    locals.forEach((d, l) => {
      const n = this.md.initsOfLocal[l]!.length;
      if (d.binding !== undefined && d.mutbl === 'not' && (n >= 2 || (d.binding.form === 'uninit' && n >= 1))) candidate[l] = 1;
    });
    this.everDomain = domainOf(this.md.inits.length, (k) => candidate[this.md.inits[k]!.local] === 1);
    this.uninit = new BitSet(this.uninitDomain.size);
    this.ever = new BitSet(this.everDomain.size);
    this.moves = gatherMoves(body, cx.hir?.value ?? null);
    this.moved = new BitSet(this.moves.length);
  }

  run(): Diagnostic[] {
    const body = this.body;
    const analyses: { a: GenKillAnalysis; entries: BitSet[]; state: () => BitSet; set: (s: BitSet) => void }[] = [];
    if (this.uninitDomain.size > 0) {
      const a = maybeUninit(body, this.md, this.uninitDomain);
      analyses.push({ a, entries: solve(body, a), state: () => this.uninit, set: (s) => (this.uninit = s) });
    }
    if (this.everDomain.size > 0) {
      const a = everInit(body, this.md, this.everDomain);
      analyses.push({ a, entries: solve(body, a), state: () => this.ever, set: (s) => (this.ever = s) });
    }
    if (this.moves.length > 0) {
      const a = maybeMoved(body, this.md, this.moves);
      analyses.push({ a, entries: solve(body, a), state: () => this.moved, set: (s) => (this.moved = s) });
    }
    for (const x of analyses) x.set(new BitSet(x.a.domainSize));
    const walkers = analyses.map((x) => ({ a: x.a, state: x.state() }));
    for (const bb of reversePostorder(body)) {
      for (const x of analyses) x.state().copyFrom(x.entries[bb]!);
      const block = body.blocks[bb]!;
      walkBlock(body, walkers, bb, (i) => {
        const s = block.statements[i];
        if (s) this.statement(s);
        else this.terminator(block.terminator);
      });
    }
    const t = (this.tempsCache ??= overloadedTemps(body, this.cx));
    for (const group of this.patternMoves.values()) reportPatternMoves({ body, cx: this.cx, statics: this.statics, temps: t.temps }, group, this.sink);
    checkLoans(body, this.cx, this.statics, this.sink);
    return this.out.sort((a, b) => primaryLo(a) - primaryLo(b));
  }

  /** Temporaries holding a static's address, found when an error needs them. */
  private get statics(): Map<Local, DefId> {
    return (this.staticsCache ??= staticTemps(this.body));
  }

  private once(key: string): boolean {
    if (this.reportedAt.has(key)) return false;
    this.reportedAt.add(key);
    return true;
  }

  private isUninit(l: Local): boolean {
    const b = this.uninitDomain.bit[l]!;
    return b >= 0 && this.uninit.has(b);
  }

  private read(place: Place, action: InitAction, span: Span): void {
    const l = place.local;
    this.checkMoved(place, action, span);
    if (!this.isUninit(l) || this.reportedUninit.has(l)) return;
    const decl = this.body.locals[l]!;
    this.reportedUninit.add(l);
    reportUninit({
      body: this.body, cx: this.cx, local: l, action, span,
      // A partial write names the variable that is not initialized, a read the place read.
      usedDesc: action === 'PartialAssignment' ? decl.name : describePlace(this.body, place, this.cx, this.statics, true),
      initSpans: this.md.initsOfLocal[l]!.map((k) => this.md.inits[k]!.span),
    }, this.sink);
  }

  private readNoMoveCheck(place: Place, span: Span): void {
    const n = this.moves.length;
    if (n === 0) return this.read(place, 'Use', span);
    const saved = this.moved;
    this.moved = new BitSet(n);
    this.read(place, 'Use', span);
    this.moved = saved;
  }

  /** E0382: a read of a variable some move may have emptied (reported once per variable). */
  private checkMoved(place: Place, action: InitAction, span: Span): void {
    const l = place.local;
    if (this.moves.length === 0 || this.reportedUninit.has(l) || action === 'Assignment') return;
    const spans: Span[] = [];
    const reaching = this.moves.filter((m, k) => m.local === l && this.moved.has(k));
    for (const m of reaching) spans.push(m.span);
    const callee = reaching.length === 1 ? reaching[0]!.callee : undefined;
    if (spans.length === 0) return;
    this.reportedUninit.add(l);
    const ty = this.body.locals[l]!.ty;
    reportUseAfterMove({
      body: this.body, local: l, borrow: action === 'Borrow', span, moveSpans: spans,
      tyStr: this.cx.tyStr?.(ty) ?? '_',
      cloneable: this.cx.isClone?.(ty) ?? false,
      param: spans.length === 1 && callee ? this.cx.paramOf?.(callee.def, callee.arg) ?? null : null,
    }, this.sink);
  }

  private operand(o: Operand, span: Span): void {
    if (o.tag === 'Constant') return;
    if (o.tag === 'Move' && o.place.projection.length > 0) this.checkMoveOut(o.place, span);
    this.read(o.place, 'Use', span);
  }

  private tempsCache: ReturnType<typeof overloadedTemps> | null = null;
  /** Illegal moves into pattern bindings, by scrutinee (reported together). */
  private readonly patternMoves = new Map<string, PatternMove[]>();
  /** The assignment being checked (a `let` initializer moving out of a place gets a borrow hint). */
  private curAssign: Statement | null = null;

  /** E0507/E0508: a move out of a place behind a reference, or out of a slice or array by index. */
  private checkMoveOut(place: Place, span: Span): void {
    if (!this.once(`mv${span.lo}:${span.hi}`)) return;
    const a = this.curAssign;
    const dest = a !== null && a.tag === 'Assign' && a.place.projection.length === 0 ? this.body.locals[a.place.local]! : null;
    // A pattern's binding: reported with the other bindings of its pattern, at the scrutinee.
    if (dest !== null && dest.binding?.form === 'pattern' && a !== null && a.tag === 'Assign' && movesFromBehindRef(this.body, place)) {
      const m = matchedPlaceOf(this.body, place) ?? letPlaceOf(this.cx.hir?.value ?? null, place, dest.span);
      if (m !== null) {
        const key = `${m.span.lo}:${m.span.hi}`;
        const group = this.patternMoves.get(key) ?? this.patternMoves.set(key, []).get(key)!;
        if (!group.some((g) => g.binding === a.place.local)) group.push({ matchPlace: m.place, matchSpan: m.span, moved: place, binding: a.place.local });
        return;
      }
    }
    const letInit = dest !== null && dest.binding?.form === 'init' && a !== null && a.tag === 'Assign' && a.rvalue.tag === 'Use';
    const ty = placeTy(this.body, place);
    const t = (this.tempsCache ??= overloadedTemps(this.body, this.cx));
    const unboxedAt = dest !== null && dest.binding === undefined && a !== null && a.tag === 'Assign' ? t.boxes.get(a.place.local) ?? null : null;
    const reported = reportIllegalMove({
      body: this.body, cx: this.cx, statics: this.statics,
      temps: t.temps,
      cloneable: this.cx.isClone?.(unboxedAt !== null ? boxedTy(ty) : ty) ?? false,
      letInit,
      unboxedAt,
    }, place, span, this.sink);
    if (!reported) this.reportedAt.delete(`mv${span.lo}:${span.hi}`);
  }

  private rvalue(rv: Rvalue, span: Span): void {
    switch (rv.tag) {
      case 'Use': case 'Repeat': case 'Cast': case 'UnaryOp': this.operand(rv.operand, span); return;
      case 'BinaryOp': case 'CheckedBinaryOp': this.operand(rv.lhs, span); this.operand(rv.rhs, span); return;
      case 'Aggregate': for (const o of rv.operands) this.operand(o, span); return;
      case 'Ref': case 'RawPtr':
        this.read(rv.place, 'Borrow', span);
        if (rv.mutbl === 'mut') this.mutate(rv.place, true, span);
        return;
      // Drop elaboration reads a partially moved enum's discriminant to drop what is left.
      case 'Discriminant': this.readNoMoveCheck(rv.place, span); return;
      case 'Len': case 'CopyForDeref': this.read(rv.place, 'Use', span); return;
      case 'NullaryOp': return;
    }
  }

  private mutate(place: Place, isBorrow: boolean, span: Span): void {
    const err = checkMutable(this.body, place, () => this.statics);
    if (err && this.once(`m${place.local}:${span.lo}:${span.hi}`)) {
      reportMutability(this.body, place, err, isBorrow, span, this.cx, this.statics, this.sink);
    }
  }

  /** A write of `place`: reassignment of immutable locals, partial writes, mutability. */
  private write(place: Place, span: Span): void {
    const decl = this.body.locals[place.local]!;
    if (place.projection.length === 0) {
      if (decl.binding === undefined || decl.mutbl === 'mut') return;
      const first = this.firstInit(place.local);
      if (first >= 0 && this.once(`r${place.local}:${span.lo}:${span.hi}`)) {
        reportReassign({ body: this.body, local: place.local, span, firstInitSpan: this.md.inits[first]!.span }, this.sink);
      }
      return;
    }
    const throughDeref = place.projection.some((e) => e.tag === 'Deref');
    // Like rustc, a partial write into a variable that may be uninitialized is reported as
    // such, not as a mutability error.
    if (!throughDeref && this.isUninit(place.local)) {
      this.read(place, 'PartialAssignment', span);
      return;
    }
    if (throughDeref) this.read({ local: place.local, projection: [] }, 'Use', span);
    this.mutate(place, false, span);
  }

  /** The first (in creation order) init of `local` that may have run. */
  private firstInit(local: Local): number {
    for (const k of this.md.initsOfLocal[local]!) {
      const b = this.everDomain.bit[k]!;
      if (b >= 0 && this.ever.has(b)) return k;
    }
    return -1;
  }

  private statement(s: Statement): void {
    if (s.tag === 'Assign') {
      this.curAssign = s;
      this.rvalue(s.rvalue, s.span);
      this.curAssign = null;
      this.write(s.place, s.span);
    } else if (s.tag === 'FakeRead') {
      this.read(s.place, 'MatchOn', s.span);
    }
  }

  private terminator(t: Terminator): void {
    switch (t.tag) {
      case 'SwitchInt': this.operand(t.discr, t.span); return;
      case 'Assert': this.operand(t.cond, t.span); return;
      case 'Call':
        this.operand(t.func, t.span);
        for (const a of t.args) this.operand(a, t.span);
        this.write(t.destination, t.span);
        return;
      case 'InlineAsm':
        for (const o of t.operands) {
          if (o.tag === 'In') this.operand(o.value, t.span);
          else if (o.tag === 'InOut') {
            this.operand(o.inValue, t.span);
            if (o.outPlace) this.write(o.outPlace, t.span);
          } else if (o.tag === 'Out' && o.place) this.write(o.place, t.span);
        }
        return;
      // Drops are elaborated: they only run where the place holds a value.
      case 'Drop': return;
      default: return;
    }
  }
}

/** `T` of `Box<T>` (the first type argument of an ADT). */
function boxedTy(t: Ty): Ty {
  const k = tyKind(t);
  const a = k.tag === 'Adt' ? k.args[0] : undefined;
  return a && a.tag === 'Type' ? a.ty : t;
}

function primaryLo(d: Diagnostic): number {
  return d.spans.find((s) => s.primary)?.span.lo ?? 0;
}
