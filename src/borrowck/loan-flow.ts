import { successors } from '../mir/build/simplify.ts';
import type { BasicBlock, Body, Local, Operand, Place, Rvalue, Statement, Terminator } from '../mir/mir.ts';
import { placeTy } from '../mir/tys.ts';
import { closureUpvars } from '../ty/closure.ts';
import { mkTy, tyKind, tys } from '../ty/interner.ts';
import { substTy } from '../ty/subst.ts';
import type { AdtDef } from '../ty/adt.ts';
import type { Ty } from '../ty/ty.ts';
import type { DefId } from '../ty/def-id.ts';
import { BitSet } from './bitset.ts';
import type { BorrowSet } from './borrow-set.ts';
import { reversePostorder } from '../mir/traversal.ts';

// Where each loan is alive, without region inference: a loan is live at a point when some
// local that may hold the reference (or a value made from it) is used later (rustc's NLL
// region of the borrow, approximated by the liveness of the values that carry it). Holders
// are tracked forward: `_t = &x` holds its loan; assignments, aggregates, casts and calls
// whose result can contain a reference pass on the loans of what they read (a method's
// result, those of its `self` argument, as elision ties them); a `&mut v` argument next to
// a reference (`v.push(&x)`) makes `v` hold that reference's loans.

/**
 * Which types can contain a reference (and so carry a loan). Lifetimes are erased from
 * types, so an ADT is judged by its fields (`Iter<T>` holds a `PhantomData<&T>`), with its
 * arguments substituted; a recursive type is assumed not to while it is being judged.
 */
export class RefTypes {
  private readonly memo = new Map<Ty, boolean>();
  constructor(private readonly adtDef: (d: DefId) => AdtDef) {}

  carries(t: Ty): boolean {
    const hit = this.memo.get(t);
    if (hit !== undefined) return hit;
    this.memo.set(t, false);
    const r = this.compute(t);
    this.memo.set(t, r);
    return r;
  }

  private compute(t: Ty): boolean {
    const k = tyKind(t);
    switch (k.tag) {
      case 'Ref': return true;
      // Containers own what their raw pointers point at (`Vec<&str>`, `Box<&T>`).
      case 'RawPtr': return this.carries(k.pointee);
      case 'Adt': {
        const adt = this.adtDef(k.def);
        // `PhantomData<&'a T>` has no fields but stands for its argument.
        if (adt.variants.every((v) => v.fields.length === 0)) return k.args.some((a) => a.tag === 'Type' && this.carries(a.ty));
        return adt.variants.some((v) => v.fields.some((f) => this.carries(substTy(f.ty, k.args))));
      }
      case 'Tuple': return k.elems.some((e) => this.carries(e));
      case 'Array': case 'Slice': return this.carries(k.elem);
      case 'Closure': return closureUpvars(k.args).some((u) => this.carries(u));
      case 'Param': case 'Alias': case 'Infer': return true;
      default: return false;
    }
  }

  /** An ADT with references of its own, whatever its type arguments (lifetime parameters). */
  hasOwnRefs(t: Ty): boolean {
    const k = tyKind(t);
    if (k.tag !== 'Adt') return false;
    const unitArgs = k.args.map((a) => (a.tag === 'Type' ? { tag: 'Type' as const, ty: tys.unit } : a));
    return this.carries(mkTy({ tag: 'Adt', def: k.def, args: unitArgs }));
  }
}

export interface LoanFlowCx {
  adtDef(def: DefId): AdtDef;
  /** A method with a `self` receiver: its result borrows from that argument only. */
  hasSelfReceiver?(def: DefId): boolean;
  /** The output type a fn declares (with its own generic parameters). */
  declaredOutput?(def: DefId): Ty | null;
  /** The parameter types a fn declares. */
  declaredInputs?(def: DefId): readonly Ty[] | null;
}

/** A type naming a generic parameter or projection (which a caller may fill with references). */
function hasParam(t: Ty, depth = 0): boolean {
  if (depth > 8) return true;
  const k = tyKind(t);
  switch (k.tag) {
    case 'Param': case 'Alias': return true;
    case 'Adt': return k.args.some((a) => a.tag === 'Type' && hasParam(a.ty, depth + 1));
    case 'Ref': case 'RawPtr': return hasParam(k.pointee, depth + 1);
    case 'Tuple': return k.elems.some((e) => hasParam(e, depth + 1));
    case 'Array': case 'Slice': return hasParam(k.elem, depth + 1);
    default: return false;
  }
}

/**
 * Holder state: for each local, the loans it may hold (`rows`), and among them those of the
 * reference the local itself is (`refRows`: `_t = &x`, copies and reborrows of it), as
 * opposed to loans held by what it points to or contains.
 */
export class Holders {
  constructor(readonly nLoans: number, readonly rows: (BitSet | null)[], readonly refRows: (BitSet | null)[]) {}

  static empty(nLocals: number, nLoans: number): Holders {
    return new Holders(nLoans, new Array<BitSet | null>(nLocals).fill(null), new Array<BitSet | null>(nLocals).fill(null));
  }

  clone(): Holders {
    return new Holders(this.nLoans, this.rows.map((r) => (r === null ? null : r.clone())), this.refRows.map((r) => (r === null ? null : r.clone())));
  }

  row(l: Local): BitSet | null {
    return this.rows[l] ?? null;
  }

  refRow(l: Local): BitSet | null {
    return this.refRows[l] ?? null;
  }

  set(l: Local, s: BitSet | null, ref: BitSet | null = null): void {
    this.rows[l] = s === null || s.isEmpty() ? null : s;
    this.refRows[l] = ref === null || ref.isEmpty() || this.rows[l] === null ? null : ref;
  }

  addTo(l: Local, s: BitSet): void {
    if (s.isEmpty()) return;
    const r = this.rows[l];
    if (r) r.union(s);
    else this.rows[l] = s.clone();
  }

  /** this |= other; whether anything changed. */
  join(other: Holders): boolean {
    let changed = false;
    const joinRows = (mineRows: (BitSet | null)[], theirs: (BitSet | null)[]): void => {
      theirs.forEach((r, l) => {
        if (r === null) return;
        const mine = mineRows[l];
        if (!mine) {
          mineRows[l] = r.clone();
          changed = true;
        } else if (mine.union(r)) changed = true;
      });
    };
    joinRows(this.rows, other.rows);
    joinRows(this.refRows, other.refRows);
    return changed;
  }

  removeLoans(kill: BitSet): void {
    for (const rows of [this.rows, this.refRows]) {
      for (let l = 0; l < rows.length; l++) {
        const r = rows[l];
        if (r) {
          r.subtract(kill);
          if (r.isEmpty()) rows[l] = null;
        }
      }
    }
  }

  /** Loans held by what `l` points to or contains, not by the reference `l` itself. */
  deep(l: Local): BitSet | null {
    const r = this.rows[l];
    const own = this.refRows[l];
    if (!r || !own) return r ?? null;
    const d = r.clone();
    d.subtract(own);
    return d;
  }
}

function operandsOf(rv: Rvalue): readonly Operand[] {
  switch (rv.tag) {
    case 'Use': case 'Repeat': case 'Cast': case 'UnaryOp': return [rv.operand];
    case 'BinaryOp': case 'CheckedBinaryOp': return [rv.lhs, rv.rhs];
    case 'Aggregate': return rv.operands;
    default: return [];
  }
}

export class LoanFlow {
  /** Holder state on entry of each block. */
  readonly entry: Holders[];
  /** Locals live on exit of each block (backward). */
  readonly liveOut: BitSet[];
  /** Loans killed when the local is overwritten or goes out of scope, by local. */
  private readonly throughLocal: BitSet[];
  private readonly ofLocal: BitSet[];

  readonly refs: RefTypes;

  constructor(readonly body: Body, readonly borrows: BorrowSet, private readonly cx: LoanFlowCx) {
    this.refs = new RefTypes((d) => cx.adtDef(d));
    const n = borrows.loans.length;
    const nl = body.locals.length;
    this.throughLocal = Array.from({ length: nl }, () => new BitSet(n));
    this.ofLocal = Array.from({ length: nl }, () => new BitSet(n));
    for (const l of borrows.loans) {
      this.ofLocal[l.place.local]!.add(l.index);
      if (l.place.projection.some((e) => e.tag === 'Deref')) this.throughLocal[l.place.local]!.add(l.index);
    }
    this.entry = this.solveHolders();
    this.liveOut = this.solveLiveness();
  }

  // ---- holders (forward) ----

  /**
   * The loans the values of `ops` hold. A value read through a reference (`*c`, `r.field`)
   * is counted as holding none: it may be a reference of its own, made before the one it
   * was read through and unrelated to that one's loan (`Reverse(*c)` for `c: &&str` out of
   * a borrowed map), and without regions a guess either way could reject a valid program.
   */
  private readsOf(h: Holders, ops: readonly Operand[]): BitSet {
    const out = new BitSet(this.borrows.loans.length);
    for (const o of ops) {
      if (o.tag === 'Constant' || o.place.projection.some((e) => e.tag === 'Deref')) continue;
      const r = h.row(o.place.local);
      if (r) out.union(r);
    }
    return out;
  }

  /** Applies statement `i` of `bb` (the terminator when `i` is the statement count). */
  apply(h: Holders, bb: BasicBlock, i: number): void {
    const b = this.body.blocks[bb]!;
    const s: Statement | undefined = b.statements[i];
    if (s) this.statement(h, s, bb, i);
    else this.terminator(h, b.terminator);
  }

  private statement(h: Holders, s: Statement, bb: BasicBlock, i: number): void {
    if (s.tag === 'StorageDead' || s.tag === 'StorageLive') {
      h.set(s.local, null);
      h.removeLoans(this.ofLocal[s.local]!);
      return;
    }
    if (s.tag !== 'Assign') return;
    const rv = s.rvalue;
    const held = this.readsOf(h, operandsOf(rv));
    // The reference the value is: a copy of one (`x = y`, `x = y as T`), a new borrow, a reborrow.
    const ref = new BitSet(this.borrows.loans.length);
    if ((rv.tag === 'Use' || rv.tag === 'Cast') && rv.operand.tag !== 'Constant' && rv.operand.place.projection.length === 0) {
      const r = h.refRow(rv.operand.place.local);
      if (r) ref.union(r);
    }
    if (rv.tag === 'Ref' || rv.tag === 'CopyForDeref') {
      const r = h.row(rv.place.local);
      if (r) held.union(r);
      const through = rv.place.projection.some((e) => e.tag === 'Deref') ? h.refRow(rv.place.local) : null;
      if (through) ref.union(through);
    }
    // Overwriting a reference ends the loans of what it pointed to (rustc kills them), also
    // in the new value (`slot = &mut node.left` where `node` came from `*slot`).
    if (s.place.projection.length === 0) {
      const kill = this.throughLocal[s.place.local]!;
      h.removeLoans(kill);
      held.subtract(kill);
      ref.subtract(kill);
    }
    const created = this.borrows.createdAt.get(`${bb}:${i}`);
    if (created !== undefined) {
      held.add(created);
      ref.add(created);
    }
    this.write(h, s.place, held, ref);
  }

  private write(h: Holders, place: Place, held: BitSet, ref: BitSet | null = null): void {
    if (place.projection.length === 0) {
      if (this.refs.carries(this.body.locals[place.local]!.ty)) h.set(place.local, held, ref);
      else h.set(place.local, null);
    } else if (!place.projection.some((e) => e.tag === 'Deref')) {
      // A field of a local: the local now holds it too.
      h.addTo(place.local, held);
    }
  }

  private terminator(h: Holders, t: Terminator): void {
    if (t.tag !== 'Call') return;
    const f = t.func.tag === 'Constant' ? tyKind(t.func.constant.ty) : null;
    const def = f !== null && f.tag === 'FnDef' ? f.def : null;
    const declared = def !== null ? this.cx.declaredOutput?.(def) ?? null : null;
    const inputs = def !== null ? this.cx.declaredInputs?.(def) ?? null : null;
    let held: BitSet;
    const method = def !== null && (this.cx.hasSelfReceiver?.(def) ?? false);
    if (declared !== null && this.hasRegion(declared) && method && this.selfHasLifetime(t.args[0])) {
      // `Iter<'a, T>::next(&mut self) -> Option<&'a T>`: a receiver with lifetime parameters
      // usually lends what it holds, not itself (regions are not tracked: a guess).
      held = this.deepOf(h, t.args.slice(0, 1));
    } else if (declared === null || this.hasRegion(declared)) {
      // The result may borrow from the arguments (from `self` only for a method, by elision).
      held = this.readsOf(h, method ? t.args.slice(0, 1) : t.args);
    } else if (hasParam(declared)) {
      // `Option<Self::Item>`, `T`: what the arguments hold may come back, not the borrows
      // made to pass them (`it.next()` does not keep `it` borrowed). A closure's result
      // cannot borrow from its arguments (the tuple of a rust-call), only from its captures.
      // A parameter passed by value brings all it holds (`into_iter(self)` with
      // `Self = &Vec<T>`); one passed by reference, what it points to.
      held = new BitSet(this.borrows.loans.length);
      (t.spreadLastArg ? t.args.slice(0, -1) : t.args).forEach((a, k) => {
        if (a.tag === 'Constant') return;
        const byRef = inputs === null || inputs[k] === undefined || tyKind(inputs[k]!).tag === 'Ref';
        const d = byRef ? h.deep(a.place.local) : h.row(a.place.local);
        if (d) held.union(d);
      });
    } else {
      held = new BitSet(this.borrows.loans.length);
    }
    // `v.push(&x)`: a value passed next to `&mut v` may be stored in `v` (what a parameter
    // taken by reference points to, for `a.append(&mut b)`; a closure called through the
    // Fn traits cannot keep its arguments).
    for (const a of t.spreadLastArg ? [] : t.args) {
      if (a.tag === 'Constant') continue;
      const r = h.row(a.place.local);
      if (!r) continue;
      for (const l of this.borrows.loans) {
        if (!r.has(l.index) || l.mutbl !== 'mut' || l.holder !== a.place.local) continue;
        if (!this.refs.carries(placeTy(this.body, l.place))) continue;
        if (l.place.projection.some((e) => e.tag === 'Deref')) continue;
        const others = new BitSet(this.borrows.loans.length);
        t.args.forEach((x, k) => {
          if (x === a || x.tag === 'Constant' || x.place.projection.some((e) => e.tag === 'Deref')) return;
          const byRef = inputs === null || inputs[k] === undefined || tyKind(inputs[k]!).tag === 'Ref';
          const d = byRef ? h.deep(x.place.local) : h.row(x.place.local);
          if (d) others.union(d);
        });
        h.addTo(l.place.local, others);
      }
    }
    if (t.destination.projection.length === 0) {
      h.removeLoans(this.throughLocal[t.destination.local]!);
      held.subtract(this.throughLocal[t.destination.local]!);
    }
    this.write(h, t.destination, this.refs.carries(placeTy(this.body, t.destination)) ? held : new BitSet(this.borrows.loans.length));
  }

  /**
   * A declared type naming a lifetime: a reference, or an ADT with references of its own
   * (lifetimes are erased: `Iter<'a, T>` is known by its fields). A boxed trait object is
   * `'static` unless a lifetime is written, which is not tracked.
   */
  private hasRegion(t: Ty, depth = 0): boolean {
    if (depth > 8) return true;
    const k = tyKind(t);
    switch (k.tag) {
      case 'Ref': return true;
      case 'Adt': return this.refs.hasOwnRefs(t) || k.args.some((a) => a.tag === 'Type' && this.hasRegion(a.ty, depth + 1));
      case 'Tuple': return k.elems.some((e) => this.hasRegion(e, depth + 1));
      case 'Array': case 'Slice': return this.hasRegion(k.elem, depth + 1);
      default: return false;
    }
  }

  private deepOf(h: Holders, args: readonly Operand[]): BitSet {
    const held = new BitSet(this.borrows.loans.length);
    for (const a of args) {
      if (a.tag === 'Constant') continue;
      const d = h.deep(a.place.local);
      if (d) held.union(d);
    }
    return held;
  }

  /** A `&self`/`&mut self` argument whose type has lifetime parameters (`&mut Iter<'a, T>`). */
  private selfHasLifetime(a: Operand | undefined): boolean {
    if (a === undefined || a.tag === 'Constant') return false;
    const k = tyKind(placeTy(this.body, a.place));
    if (k.tag !== 'Ref') return false;
    return this.refs.hasOwnRefs(k.pointee);
  }

  private solveHolders(): Holders[] {
    const body = this.body;
    const n = body.blocks.length;
    const nl = body.locals.length;
    const nLoans = this.borrows.loans.length;
    const entry = Array.from({ length: n }, () => Holders.empty(nl, nLoans));
    const order = reversePostorder(body);
    let changed = true;
    let guard = 0;
    while (changed && guard++ < 200) {
      changed = false;
      for (const bb of order) {
        const h = entry[bb]!.clone();
        const stmts = body.blocks[bb]!.statements.length;
        for (let i = 0; i <= stmts; i++) this.apply(h, bb, i);
        for (const s of successors(body.blocks[bb]!.terminator)) if (entry[s]!.join(h)) changed = true;
      }
    }
    return entry;
  }

  // ---- liveness (backward) ----

  /** Locals a statement reads (uses) and the whole local it overwrites (def). */
  usesAndDef(bb: BasicBlock, i: number): { uses: Local[]; def: Local | null } {
    const b = this.body.blocks[bb]!;
    const s = b.statements[i];
    const uses: Local[] = [];
    const usePlace = (p: Place, isWrite: boolean): void => {
      if (!isWrite || p.projection.length > 0) uses.push(p.local);
      for (const e of p.projection) if (e.tag === 'Index') uses.push(e.local);
    };
    const useOp = (o: Operand): void => {
      if (o.tag !== 'Constant') usePlace(o.place, false);
    };
    if (s) {
      if (s.tag === 'StorageDead') return { uses, def: s.local };
      if (s.tag !== 'Assign') return { uses, def: null };
      const rv = s.rvalue;
      for (const o of operandsOf(rv)) useOp(o);
      if (rv.tag === 'Ref' || rv.tag === 'RawPtr' || rv.tag === 'Len' || rv.tag === 'Discriminant' || rv.tag === 'CopyForDeref') usePlace(rv.place, false);
      usePlace(s.place, true);
      return { uses, def: s.place.projection.length === 0 ? s.place.local : null };
    }
    const t = b.terminator;
    switch (t.tag) {
      case 'Call':
        useOp(t.func);
        for (const a of t.args) useOp(a);
        usePlace(t.destination, true);
        return { uses, def: t.destination.projection.length === 0 ? t.destination.local : null };
      case 'SwitchInt': useOp(t.discr); break;
      case 'Assert': useOp(t.cond); break;
      case 'InlineAsm':
        for (const o of t.operands) {
          if (o.tag === 'In') useOp(o.value);
          else if (o.tag === 'InOut') useOp(o.inValue);
        }
        break;
      default: break;
    }
    return { uses, def: null };
  }

  /** Applies statement `i` backward to the live set `live` (live after -> live before). */
  liveBefore(live: BitSet, bb: BasicBlock, i: number): void {
    const { uses, def } = this.usesAndDef(bb, i);
    if (def !== null) live.remove(def);
    for (const u of uses) live.add(u);
  }

  private solveLiveness(): BitSet[] {
    const body = this.body;
    const n = body.blocks.length;
    const nl = body.locals.length;
    const liveOut = Array.from({ length: n }, () => new BitSet(nl));
    const liveIn = Array.from({ length: n }, () => new BitSet(nl));
    const order = reversePostorder(body).reverse();
    let changed = true;
    let guard = 0;
    while (changed && guard++ < 200) {
      changed = false;
      for (const bb of order) {
        const out = liveOut[bb]!;
        for (const s of successors(body.blocks[bb]!.terminator)) out.union(liveIn[s]!);
        const live = out.clone();
        for (let i = body.blocks[bb]!.statements.length; i >= 0; i--) this.liveBefore(live, bb, i);
        if (liveIn[bb]!.union(live)) changed = true;
      }
    }
    return liveOut;
  }
}
