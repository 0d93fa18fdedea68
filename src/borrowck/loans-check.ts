import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Span } from '../diagnostics/span.ts';
import { successors } from '../mir/build/simplify.ts';
import type { BasicBlock, Body, Local, Operand, Place } from '../mir/mir.ts';
import { placeTy } from '../mir/tys.ts';
import type { DefId } from '../ty/def-id.ts';
import { BitSet } from './bitset.ts';
import { gatherBorrows, pointKey, type BorrowSet, type Loan } from './borrow-set.ts';
import type { BorrowckCx } from './cx.ts';
import { reversePostorder } from '../mir/traversal.ts';
import { describePlace } from './describe.ts';
import { LoanFlow, type Holders } from './loan-flow.ts';
import { placesConflict } from './places-conflict.ts';
import { reportLoanConflict, type AccessKind } from './report-loans.ts';
import { argSpan } from './moves.ts';
import { walkExprs } from './hir-visit.ts';
import type { Expr } from '../hir/expr.ts';

// Accesses that conflict with a live loan (rustc's check_access_for_conflict): each read,
// write, move and borrow of a place is checked against the loans live at that point whose
// places overlap it.

interface Access {
  readonly kind: AccessKind;
  readonly place: Place;
  readonly span: Span;
}

export function checkLoans(body: Body, cx: BorrowckCx, statics: Map<Local, DefId>, sink: (d: Diagnostic) => void): void {
  const borrows = gatherBorrows(body);
  if (borrows.loans.length === 0) return;
  new LoanChecker(body, cx, statics, borrows, sink).run();
}

class LoanChecker {
  private readonly flow: LoanFlow;
  private readonly reported = new Set<string>();

  constructor(
    private readonly body: Body,
    private readonly cx: BorrowckCx,
    private readonly statics: Map<Local, DefId>,
    private readonly borrows: BorrowSet,
    private readonly sink: (d: Diagnostic) => void,
  ) {
    this.flow = new LoanFlow(body, borrows, cx);
  }

  run(): void {
    const body = this.body;
    for (const bb of reversePostorder(body)) {
      const n = body.blocks[bb]!.statements.length;
      // Live locals before each statement (index n + 1: on exit of the block).
      const live: BitSet[] = new Array<BitSet>(n + 2);
      const cur = this.flow.liveOut[bb]!.clone();
      live[n + 1] = cur.clone();
      for (let i = n; i >= 0; i--) {
        this.flow.liveBefore(cur, bb, i);
        live[i] = cur.clone();
      }
      const h = this.flow.entry[bb]!.clone();
      for (let i = 0; i <= n; i++) {
        // A statement's own last read of a reference does not keep its loan alive past it;
        // a call's arguments are all passed at once, so there they do.
        // The local a statement overwrites holds a new value afterwards: its old loans end here.
        const isCall = i === n && body.blocks[bb]!.terminator.tag === 'Call';
        let after = live[i + 1]!;
        const def = this.flow.usesAndDef(bb, i).def;
        if (!isCall && def !== null && after.has(def)) {
          after = after.clone();
          after.remove(def);
        }
        const liveLoans = this.liveLoans(h, isCall ? live[i]! : after);
        if (!liveLoans.isEmpty()) for (const a of this.accesses(bb, i)) this.check(a, liveLoans, bb, i);
        this.flow.apply(h, bb, i);
      }
    }
  }

  private liveLoans(h: Holders, live: BitSet): BitSet {
    const out = new BitSet(this.borrows.loans.length);
    for (const l of live.members()) {
      const r = h.row(l);
      if (r) out.union(r);
    }
    return out;
  }

  private accesses(bb: BasicBlock, i: number): Access[] {
    const out: Access[] = [];
    const b = this.body.blocks[bb]!;
    const s = b.statements[i];
    const op = (o: Operand, span: Span): void => {
      if (o.tag !== 'Constant') out.push({ kind: o.tag === 'Move' ? 'move' : 'read', place: o.place, span });
    };
    if (s) {
      if (s.tag !== 'Assign') return out;
      const rv = s.rvalue;
      switch (rv.tag) {
        case 'Use': case 'Repeat': case 'Cast': case 'UnaryOp': op(rv.operand, s.span); break;
        case 'BinaryOp': case 'CheckedBinaryOp': op(rv.lhs, s.span); op(rv.rhs, s.span); break;
        case 'Aggregate': for (const o of rv.operands) op(o, s.span); break;
        case 'Ref': case 'RawPtr': {
          const created = this.borrows.createdAt.get(pointKey(bb, i));
          const twoPhase = created !== undefined && this.borrows.loans[created]!.activation !== null;
          out.push({ kind: rv.mutbl === 'mut' && !twoPhase ? 'mutBorrow' : 'sharedBorrow', place: rv.place, span: s.span });
          break;
        }
        case 'Len': case 'Discriminant': case 'CopyForDeref': out.push({ kind: 'read', place: rv.place, span: s.span }); break;
        default: break;
      }
      out.push({ kind: 'write', place: s.place, span: s.span });
      return out;
    }
    const t = b.terminator;
    switch (t.tag) {
      case 'Call':
        op(t.func, t.span);
        // A call's MIR has only the call's span: a moved variable is pointed at as an argument.
        for (const a of t.args) {
          const name = a.tag === 'Move' && a.place.projection.length === 0 ? this.body.locals[a.place.local]!.name : null;
          op(a, name !== null ? argSpan(this.cx.hir?.value ?? null, t.span, name) ?? t.span : t.span);
        }
        // An activated autoref borrow is the whole method call (`v.push(4)`), receiver included.
        for (const l of this.borrows.activatedAt.get(pointKey(bb, i)) ?? []) {
          const loan = this.borrows.loans[l]!;
          const span = { lo: Math.min(loan.span.lo, t.span.lo), hi: Math.max(loan.span.hi, t.span.hi), ctxt: t.span.ctxt };
          out.push({ kind: 'mutBorrow', place: loan.place, span });
        }
        out.push({ kind: 'write', place: t.destination, span: t.span });
        break;
      case 'SwitchInt': op(t.discr, t.span); break;
      case 'Assert': op(t.cond, t.span); break;
      default: break;
    }
    return out;
  }

  /** Whether a two-phase loan is still only reserved at `bb:i` (its activation comes later). */
  private reserved(loan: Loan, bb: BasicBlock, i: number): boolean {
    const a = loan.activation;
    return a !== null && a.reserved.some((r) => r.block === bb && r.from <= i && i <= r.to);
  }

  private check(a: Access, liveLoans: BitSet, bb: BasicBlock, i: number): void {
    for (const li of liveLoans.members()) {
      const loan = this.borrows.loans[li]!;
      // A two-phase loan activated here is the access itself.
      if (a.kind === 'mutBorrow' && loan.activation !== null && loan.activation.block === bb && loan.activation.stmt === i && loan.place === a.place) continue;
      const mutbl = this.reserved(loan, bb, i) ? 'not' : loan.mutbl;
      if (mutbl === 'not' && (a.kind === 'read' || a.kind === 'sharedBorrow')) continue;
      if (!placesConflict(this.body, (d) => this.cx.adtDef(d), loan.place, a.place, a.kind === 'write')) continue;
      const key = `${a.span.lo}:${a.span.hi}:${a.kind}`;
      if (this.reported.has(key)) return;
      this.reported.add(key);
      this.report(a, loan, mutbl, bb, i);
      return;
    }
  }

  private report(a: Access, loan: Loan, mutbl: 'mut' | 'not', bb: BasicBlock, i: number): void {
    const body = this.body;
    const place = describePlace(body, a.place, this.cx, this.statics);
    const decl = body.locals[a.place.local]!;
    const ty = placeTy(body, a.place);
    reportLoanConflict({
      access: a.kind,
      place,
      span: this.closureHead(a.span) ?? a.span,
      loanMutbl: mutbl,
      loanPlace: describePlace(body, loan.place, this.cx, this.statics),
      loanSpan: this.closureHead(loan.span) ?? loan.span,
      ...this.laterUse(loan, bb, i),
      bindingSpan: a.kind === 'move' && a.place.projection.length === 0 && decl.name !== null ? decl.span : null,
      cloneable: a.kind === 'move' && (this.cx.isClone?.(ty) ?? false),
    }, this.sink);
  }

  private closureHeads: Map<string, Span> | null = null;

  /** A closure's capture is pointed at by the closure's head (`|x|`, `move ||`), as rustc does. */
  private closureHead(span: Span): Span | null {
    if (this.closureHeads === null) {
      const m = new Map<string, Span>();
      const hir = this.cx.hir?.value ?? null;
      if (hir !== null) walkExprs(hir, (e) => {
        if (e.kind.tag === 'Closure') m.set(`${e.span.lo}:${e.span.hi}`, e.kind.declSpan);
      });
      this.closureHeads = m;
    }
    return this.closureHeads.get(`${span.lo}:${span.hi}`) ?? null;
  }

  /**
   * The first use at or after `bb:i` (after, for a statement) of a local holding the loan
   * (what keeps it alive). A call that takes the reference is pointed at by its callee.
   */
  private laterUse(loan: Loan, bb0: BasicBlock, i0: number): { laterUse: Span | null; laterUseByCall: boolean } {
    const body = this.body;
    const seen = new Set<BasicBlock>();
    const visit = (bb: BasicBlock, from: number, h: Holders): { laterUse: Span | null; laterUseByCall: boolean } | null => {
      const n = body.blocks[bb]!.statements.length;
      for (let i = 0; i <= n; i++) {
        if (i >= from) {
          const { uses } = this.flow.usesAndDef(bb, i);
          if (uses.some((u) => h.row(u)?.has(loan.index) ?? false)) {
            const s = body.blocks[bb]!.statements[i];
            if (s) return { laterUse: s.span, laterUseByCall: false };
            const t = body.blocks[bb]!.terminator;
            const callee = t.tag === 'Call' ? calleeSpan(this.cx.hir?.value ?? null, t.span) : null;
            return callee !== null ? { laterUse: callee, laterUseByCall: true } : { laterUse: t.span, laterUseByCall: false };
          }
        }
        this.flow.apply(h, bb, i);
      }
      return null;
    };
    const n0 = body.blocks[bb0]!.statements.length;
    const first = visit(bb0, i0 === n0 ? i0 : i0 + 1, this.flow.entry[bb0]!.clone());
    if (first !== null) return first;
    const queue = [...successors(body.blocks[bb0]!.terminator)];
    while (queue.length > 0) {
      const bb = queue.shift()!;
      if (seen.has(bb)) continue;
      seen.add(bb);
      const r = visit(bb, 0, this.flow.entry[bb]!.clone());
      if (r !== null) return r;
      queue.push(...successors(body.blocks[bb]!.terminator));
    }
    return { laterUse: null, laterUseByCall: false };
  }
}

/** The callee of the call expression spanning `call` (a method's name, a function's path). */
function calleeSpan(hir: Expr | null, call: Span): Span | null {
  if (hir === null) return null;
  let found: Span | null = null;
  walkExprs(hir, (e) => {
    if (found !== null) return;
    const k = e.kind;
    if (k.tag === 'MethodCall' && k.span.lo === call.lo && k.span.hi === call.hi) found = k.seg.ident.span;
    else if (k.tag === 'Call' && e.span.lo === call.lo && e.span.hi === call.hi) found = k.func.span;
  });
  return found;
}
