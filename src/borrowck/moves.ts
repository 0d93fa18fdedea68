import { DiagBuilder, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Span } from '../diagnostics/span.ts';
import type { BasicBlock, Body, Local, Operand, Rvalue, Terminator } from '../mir/mir.ts';
import { tyKind } from '../ty/interner.ts';
import type { DefId } from '../ty/def-id.ts';
import type { Expr } from '../hir/expr.ts';
import { symStr } from '../syntax/symbol.ts';
import { walkExprs } from './hir-visit.ts';
import type { GenKillAnalysis } from './dataflow.ts';
import { BitSet } from './bitset.ts';
import type { MoveData } from './move-data.ts';

// Moves out of user variables (rustc's move-out sites restricted to whole variables): the
// "maybe moved" analysis behind E0382. A move of `x` reaches a later point unless `x` is
// assigned again (or its scope is re-entered) on every path in between; a read of `x` or of
// any part of it at a point some move reaches is a use after move.

export interface MoveOut {
  readonly local: Local;
  readonly span: Span;
  readonly block: BasicBlock;
  readonly index: number;
  /** A move into a call's argument `arg` of the local fn `callee` (for the borrow note). */
  readonly callee?: { readonly def: DefId; readonly arg: number };
}

function operandsOf(rv: Rvalue): readonly Operand[] {
  switch (rv.tag) {
    case 'Use': case 'Repeat': case 'Cast': case 'UnaryOp': return [rv.operand];
    case 'BinaryOp': case 'CheckedBinaryOp': return [rv.lhs, rv.rhs];
    case 'Aggregate': return rv.operands;
    default: return [];
  }
}

function terminatorOperands(t: Terminator): readonly Operand[] {
  switch (t.tag) {
    case 'Call': return [t.func, ...t.args];
    case 'InlineAsm': return t.operands.flatMap((o) => (o.tag === 'In' ? [o.value] : o.tag === 'InOut' ? [o.inValue] : []));
    default: return [];
  }
}

/** The argument expression naming `name` inside the call expression spanning `call`. */
export function argSpan(hir: Expr | null, call: Span, name: string): Span | null {
  if (hir === null) return null;
  let found: Span | null = null;
  walkExprs(hir, (e) => {
    if (found !== null || e.span.lo !== call.lo || e.span.hi !== call.hi) return;
    const args = e.kind.tag === 'Call' ? e.kind.args : e.kind.tag === 'MethodCall' ? [e.kind.receiver, ...e.kind.args] : [];
    for (const a of args) {
      if (a.kind.tag === 'Path' && a.kind.qpath.tag === 'Resolved' && a.kind.qpath.path.segments.length === 1 && symStr(a.kind.qpath.path.segments[0]!.ident.name) === name) {
        found = a.span;
        return;
      }
    }
  });
  return found;
}

/** Every move of a whole user variable, in block order. */
export function gatherMoves(body: Body, hir: Expr | null = null): MoveOut[] {
  const out: MoveOut[] = [];
  const add = (op: Operand, span: Span, block: BasicBlock, index: number, callee?: { def: DefId; arg: number }) => {
    if (op.tag !== 'Move' || op.place.projection.length !== 0) return;
    const decl = body.locals[op.place.local]!;
    if (decl.binding === undefined) return;
    // `&mut T` values passed on are implicitly reborrowed in Rust (MIR building moves them).
    if (tyKind(decl.ty).tag === 'Ref') return;
    const name = decl.name ?? '';
    const t = body.blocks[block]!.terminator;
    // A call's MIR has only the call's span: point at the argument, as rustc does.
    const sp = index === body.blocks[block]!.statements.length && t.tag === 'Call' ? argSpan(hir, span, name) ?? span : span;
    out.push(callee ? { local: op.place.local, span: sp, block, index, callee } : { local: op.place.local, span: sp, block, index });
  };
  body.blocks.forEach((b, bb) => {
    b.statements.forEach((s, i) => {
      if (s.tag === 'Assign') for (const op of operandsOf(s.rvalue)) add(op, s.span, bb, i);
    });
    const t = b.terminator;
    if (t.tag === 'Call') {
      const f = t.func.tag === 'Constant' ? tyKind(t.func.constant.ty) : null;
      const def = f && f.tag === 'FnDef' ? f.def : null;
      t.args.forEach((a, i) => add(a, t.span, bb, b.statements.length, def !== null ? { def, arg: i } : undefined));
    } else {
      for (const op of terminatorOperands(t)) add(op, t.span, bb, b.statements.length);
    }
  });
  return out;
}

/** Moves that may have happened with no re-initialization of their variable since. */
export function maybeMoved(body: Body, md: MoveData, moves: readonly MoveOut[]): GenKillAnalysis {
  const at = new Map<string, number[]>();
  const ofLocal = new Map<Local, number[]>();
  moves.forEach((m, k) => {
    const key = `${m.block}:${m.index}`;
    (at.get(key) ?? at.set(key, []).get(key)!).push(k);
    (ofLocal.get(m.local) ?? ofLocal.set(m.local, []).get(m.local)!).push(k);
  });
  const killLocal = (t: { kill(i: number): void }, l: Local) => {
    for (const k of ofLocal.get(l) ?? []) t.kill(k);
  };
  return {
    domainSize: moves.length,
    entryState: () => new BitSet(moves.length),
    effect(t, bb, i) {
      const s = body.blocks[bb]!.statements[i];
      if (s && (s.tag === 'StorageLive' || s.tag === 'StorageDead')) killLocal(t, s.local);
      for (const k of at.get(`${bb}:${i}`) ?? []) t.gen(k);
      const inits = md.initsAt[bb]?.get(i);
      if (inits) for (const k of inits) killLocal(t, md.inits[k]!.local);
    },
  };
}

export interface UseAfterMove {
  readonly body: Body;
  readonly local: Local;
  /** The read: a borrow (`&x`, a method call's autoref) or any other use. */
  readonly borrow: boolean;
  readonly span: Span;
  readonly moveSpans: readonly Span[];
  /** The variable's type as rustc prints it. */
  readonly tyStr: string;
  /** The type implements `Clone`: suggest `.clone()` at the move. */
  readonly cloneable: boolean;
  /** For a move into a local fn's parameter: the fn's name and the parameter's type. */
  readonly param: { readonly fnName: string; readonly fnSpan: Span; readonly tySpan: Span } | null;
}

/** E0382 as rustc words it. */
export function reportUseAfterMove(r: UseAfterMove, sink: (d: Diagnostic) => void): void {
  const decl = r.body.locals[r.local]!;
  const name = decl.name ?? '_';
  let d: Diagnostic | null = null;
  const b = new DiagBuilder('error', `${r.borrow ? 'borrow' : 'use'} of moved value: \`${name}\``, 'E0382', (x) => (d = x));
  b.primary(r.span, r.borrow ? 'value borrowed here after move' : 'value used here after move');
  for (const sp of r.moveSpans) b.label(sp, 'value moved here');
  b.label(decl.span, `move occurs because \`${name}\` has type \`${r.tyStr}\`, which does not implement the \`Copy\` trait`);
  if (r.param) {
    b.noteSpans(`consider changing this parameter type in function \`${r.param.fnName}\` to borrow instead if owning the value isn't necessary`, [
      { span: r.param.tySpan, label: 'this parameter takes ownership of the value', primary: true },
      { span: r.param.fnSpan, label: 'in this function', primary: false },
    ]);
  }
  if (r.cloneable && r.moveSpans.length === 1) {
    const at = r.moveSpans[0]!;
    b.help('consider cloning the value if the performance cost is acceptable', undefined, [
      { span: { lo: at.hi, hi: at.hi, ctxt: at.ctxt }, replacement: '.clone()', applicability: 'MachineApplicable', style: 'verbose' },
    ]);
  }
  b.emit();
  if (d) sink(d);
}
