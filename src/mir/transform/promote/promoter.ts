import type { Span } from '../../../diagnostics/span.ts';
import { mkTy, tys } from '../../../ty/interner.ts';
import type { BasicBlockData, Body, Local, LocalDecl, Operand, Place, Rvalue, Statement } from '../../mir.ts';
import type { Location } from '../../visit-locals.ts';
import { isTemp, type TempState } from './temps.ts';

// Moving validated borrows out into promoted bodies (rustc's Promoter). For a candidate
// `_r = &_t.proj`, the promoted body recomputes `_t` from copies of the assignments of the
// temporaries it is built from and returns `&_t`; the source reads it from a new local,
// `_p = const promoted[i]; _r = &(*_p).proj`. A temporary used only by the promoted value
// is taken out of the source; one used elsewhere too is copied.

interface MutableBlock {
  statements: Statement[];
  terminator: BasicBlockData['terminator'];
}

class PromotedBuilder {
  readonly locals: LocalDecl[] = [];
  readonly statements: Statement[] = [];
  /** Source temp -> its copy in this promoted body (a temp may feed it twice). */
  readonly copies = new Map<Local, Local>();
  constructor(readonly span: Span) {}
}

class Promoter {
  private keepOriginal = false;

  constructor(
    private readonly source: Body,
    private readonly blocks: MutableBlock[],
    private readonly temps: TempState[],
    private readonly out: PromotedBuilder,
  ) {}

  /** Copies (or moves) the assignment of `temp` into the promoted body, recursively. */
  promoteTemp(temp: Local): Local {
    const done = this.out.copies.get(temp);
    if (done !== undefined) return done;
    const t = this.temps[temp]!;
    if (t.tag !== 'Defined' || t.uses === 0) throw new Error(`promotion: _${temp} is not promotable`);
    const saved = this.keepOriginal;
    if (t.uses > 1) this.keepOriginal = true;
    if (!this.keepOriginal) this.temps[temp] = { tag: 'PromotedOut' };
    const stmts = this.blocks[t.loc.block]!.statements;
    const st = stmts[t.loc.index];
    if (!st || st.tag !== 'Assign') throw new Error(`promotion: _${temp} is not defined by an assignment`);
    if (!this.keepOriginal) stmts[t.loc.index] = { ...st, rvalue: { tag: 'Use', operand: unit(st.span) } };
    const decl = this.source.locals[temp]!;
    const copy = this.out.locals.length;
    this.out.locals.push({ ty: decl.ty, mutbl: 'mut', name: null, span: decl.span });
    this.out.copies.set(temp, copy);
    const rvalue = this.mapRvalue(st.rvalue);
    this.out.statements.push({ tag: 'Assign', place: { local: copy, projection: [] }, rvalue, span: st.span });
    this.keepOriginal = saved;
    return copy;
  }

  mapRvalue(rv: Rvalue): Rvalue {
    const op = (o: Operand): Operand => (o.tag === 'Constant' ? o : { tag: o.tag, place: this.mapPlace(o.place) });
    switch (rv.tag) {
      case 'Use': case 'Repeat': case 'Cast': case 'UnaryOp': return { ...rv, operand: op(rv.operand) };
      case 'BinaryOp': case 'CheckedBinaryOp': return { ...rv, lhs: op(rv.lhs), rhs: op(rv.rhs) };
      case 'Aggregate': return { ...rv, operands: rv.operands.map(op) };
      case 'Ref': case 'RawPtr': case 'Len': case 'Discriminant': case 'CopyForDeref': return { ...rv, place: this.mapPlace(rv.place) };
      case 'NullaryOp': return rv;
    }
  }

  private mapPlace(p: Place): Place {
    const local = this.mapLocal(p.local);
    const projection = p.projection.map((e) => (e.tag === 'Index' ? { tag: 'Index' as const, local: this.mapLocal(e.local) } : e));
    return { local, projection };
  }

  private mapLocal(l: Local): Local {
    return isTemp(this.source, l) ? this.promoteTemp(l) : l;
  }
}

function unit(span: Span): Operand {
  return { tag: 'Constant', constant: { ty: tys.unit, value: { tag: 'ZeroSized' }, span } };
}

/** Promotes the (validated) candidates, last first so that nested borrows join the outer one. */
export function promoteCandidates(body: Body, temps: TempState[], candidates: readonly Location[]): Body {
  const blocks: MutableBlock[] = body.blocks.map((b) => ({ statements: [...b.statements], terminator: b.terminator }));
  const locals = [...body.locals];
  const promoted: Body[] = [...(body.promoted ?? [])];
  const extra: { loc: Location; stmt: Statement }[] = [];
  for (const loc of [...candidates].reverse()) {
    const st = blocks[loc.block]!.statements[loc.index]!;
    if (st.tag !== 'Assign') throw new Error('promotion: candidate is not an assignment');
    // Already part of a promoted value (`&&x`: the inner borrow went with the outer one).
    if (st.place.projection.length === 0 && temps[st.place.local]!.tag === 'PromotedOut') continue;
    if (st.rvalue.tag !== 'Ref') throw new Error('promotion: candidate is not a borrow');
    const { mutbl, place } = st.rvalue;
    const refTy = mkTy({ tag: 'Ref', mutbl, pointee: locals[place.local]!.ty });
    const out = new PromotedBuilder(st.span);
    out.locals.push({ ty: refTy, mutbl: 'mut', name: null, span: st.span });
    const promoter = new Promoter(body, blocks, temps, out);
    const whole = promoter.mapRvalue({ tag: 'Ref', mutbl, place: { local: place.local, projection: [] } });
    out.statements.push({ tag: 'Assign', place: { local: 0, projection: [] }, rvalue: whole, span: st.span });
    const index = promoted.length;
    promoted.push({
      def: body.def, argCount: 0, locals: out.locals, span: st.span, varDebugInfo: [],
      blocks: [{ statements: out.statements, terminator: { tag: 'Return', span: st.span } }],
    });
    // The source borrows through a reference to the promoted value.
    const p = locals.length;
    locals.push({ ty: refTy, mutbl: 'not', name: null, span: st.span });
    temps.push({ tag: 'Unpromotable' });
    extra.push({ loc, stmt: { tag: 'Assign', place: { local: p, projection: [] }, rvalue: { tag: 'Use', operand: { tag: 'Constant', constant: { ty: refTy, value: { tag: 'Promoted', def: body.def, index }, span: st.span } } }, span: st.span } });
    blocks[loc.block]!.statements[loc.index] = { ...st, rvalue: { tag: 'Ref', mutbl, place: { local: p, projection: [{ tag: 'Deref' }, ...place.projection] } } };
  }
  // Later locations first, so earlier insertion points stay valid.
  extra.sort((a, b) => b.loc.block - a.loc.block || b.loc.index - a.loc.index);
  for (const { loc, stmt } of extra) blocks[loc.block]!.statements.splice(loc.index, 0, stmt);

  // The assignments, storage markers and drops of temporaries moved out are gone.
  const out = (l: Local) => temps[l]!.tag === 'PromotedOut';
  for (const b of blocks) {
    b.statements = b.statements.filter((s) => {
      if (s.tag === 'Assign') return !(s.place.projection.length === 0 && out(s.place.local));
      if (s.tag === 'StorageLive' || s.tag === 'StorageDead') return !out(s.local);
      return true;
    });
    const t = b.terminator;
    if (t.tag === 'Drop' && t.place.projection.length === 0 && out(t.place.local)) b.terminator = { tag: 'Goto', target: t.target, span: t.span };
  }
  return { ...body, locals, blocks, promoted };
}
