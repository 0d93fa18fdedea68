import { successors } from '../mir/build/simplify.ts';
import type { BasicBlock, Body } from '../mir/mir.ts';
import { reversePostorder } from '../mir/traversal.ts';
import { BitSet } from './bitset.ts';
import type { MoveData } from './move-data.ts';

/** Receives the effects of one statement: bits that become set (gen) or clear (kill). */
export interface Trans {
  gen(i: number): void;
  kill(i: number): void;
}

/** A forward gen/kill dataflow problem joined by union (rustc's GenKillAnalysis). */
export interface GenKillAnalysis {
  readonly domainSize: number;
  /** State at the start of the body. */
  entryState(): BitSet;
  /** Effect of statement `index` of `block` (`index` = statement count: the terminator). */
  effect(t: Trans, block: BasicBlock, index: number): void;
}

class StateTrans implements Trans {
  constructor(public state: BitSet) {}
  gen(i: number): void {
    this.state.add(i);
  }
  kill(i: number): void {
    this.state.remove(i);
  }
}

class GenKillTrans implements Trans {
  constructor(readonly genSet: BitSet, readonly killSet: BitSet) {}
  gen(i: number): void {
    this.genSet.add(i);
    this.killSet.remove(i);
  }
  kill(i: number): void {
    this.killSet.add(i);
    this.genSet.remove(i);
  }
}

/**
 * Solves a gen/kill problem: the state on entry of every block. Each block's effect is
 * summarized once as a gen and a kill set, then a worklist in reverse postorder iterates
 * to the fixpoint (a few passes over the blocks for structured code).
 */
export function solve(body: Body, a: GenKillAnalysis): BitSet[] {
  const n = body.blocks.length;
  const gens: BitSet[] = [];
  const kills: BitSet[] = [];
  for (let bb = 0; bb < n; bb++) {
    const t = new GenKillTrans(new BitSet(a.domainSize), new BitSet(a.domainSize));
    const stmts = body.blocks[bb]!.statements.length;
    for (let i = 0; i <= stmts; i++) a.effect(t, bb, i);
    gens.push(t.genSet);
    kills.push(t.killSet);
  }
  const entry: BitSet[] = Array.from({ length: n }, () => new BitSet(a.domainSize));
  entry[0] = a.entryState();
  const order = reversePostorder(body);
  const rank = new Int32Array(n).fill(-1);
  order.forEach((b, i) => (rank[b] = i));
  // Each block is queued at most once at a time: a ring buffer of n slots suffices.
  const queued = new Uint8Array(n);
  const ring = new Int32Array(n);
  let head = 0;
  let count = 0;
  for (const b of order) {
    ring[(head + count++) % n] = b;
    queued[b] = 1;
  }
  const out = new BitSet(a.domainSize);
  while (count > 0) {
    const bb = ring[head]!;
    head = (head + 1) % n;
    count--;
    queued[bb] = 0;
    out.copyFrom(entry[bb]!);
    out.subtract(kills[bb]!);
    out.union(gens[bb]!);
    for (const s of successors(body.blocks[bb]!.terminator)) {
      if (entry[s]!.union(out) && !queued[s] && rank[s]! >= 0) {
        queued[s] = 1;
        ring[(head + count++) % n] = s;
      }
    }
  }
  return entry;
}

/** Replays one block's effects from its entry state, calling `visit` before each statement. */
export function walkBlock(body: Body, analyses: { a: GenKillAnalysis; state: BitSet }[], bb: BasicBlock, visit: (index: number) => void): void {
  const trans = analyses.map((x) => new StateTrans(x.state));
  const stmts = body.blocks[bb]!.statements.length;
  for (let i = 0; i <= stmts; i++) {
    visit(i);
    analyses.forEach((x, k) => x.a.effect(trans[k]!, bb, i));
  }
}

/** Numbers a subset of some index space densely (bit i of an analysis = member i). */
export interface Domain {
  /** Bit of each index, or -1 when the index is not tracked. */
  readonly bit: Int32Array;
  readonly size: number;
}

export function domainOf(total: number, tracked: (i: number) => boolean): Domain {
  const bit = new Int32Array(total).fill(-1);
  let size = 0;
  for (let i = 0; i < total; i++) if (tracked(i)) bit[i] = size++;
  return { bit, size };
}

/**
 * Locals that may be uninitialized (rustc's MaybeUninitializedPlaces, per local), over the
 * locals in `domain` (those declared without a value: only they can be read uninitialized
 * while moves are not tracked). Set at the start and at `StorageLive`/`StorageDead`,
 * cleared by assignments of the whole local.
 */
export function maybeUninit(body: Body, md: MoveData, domain: Domain): GenKillAnalysis {
  return {
    domainSize: domain.size,
    entryState() {
      const s = BitSet.full(domain.size);
      for (let a = 1; a <= body.argCount; a++) if (domain.bit[a]! >= 0) s.remove(domain.bit[a]!);
      return s;
    },
    effect(t, bb, i) {
      const s = body.blocks[bb]!.statements[i];
      if (s && (s.tag === 'StorageLive' || s.tag === 'StorageDead') && domain.bit[s.local]! >= 0) t.gen(domain.bit[s.local]!);
      const inits = md.initsAt[bb]?.get(i);
      if (inits) {
        for (const k of inits) {
          const b = domain.bit[md.inits[k]!.local]!;
          if (b >= 0) t.kill(b);
        }
      }
    },
  };
}

/**
 * Init sites (of the inits in `domain`) that may have run on some path to here without
 * the variable's scope being re-entered since (rustc's EverInitializedPlaces;
 * `StorageLive` ends earlier inits so an immutable `let` in a loop is fresh on every
 * iteration).
 */
export function everInit(body: Body, md: MoveData, domain: Domain): GenKillAnalysis {
  return {
    domainSize: domain.size,
    entryState() {
      const s = new BitSet(domain.size);
      md.inits.forEach((init, k) => {
        if (init.block === null && domain.bit[k]! >= 0) s.add(domain.bit[k]!);
      });
      return s;
    },
    effect(t, bb, i) {
      const s = body.blocks[bb]!.statements[i];
      if (s && (s.tag === 'StorageLive' || s.tag === 'StorageDead')) {
        for (const k of md.initsOfLocal[s.local]!) if (domain.bit[k]! >= 0) t.kill(domain.bit[k]!);
      }
      const inits = md.initsAt[bb]?.get(i);
      if (inits) for (const k of inits) if (domain.bit[k]! >= 0) t.gen(domain.bit[k]!);
    },
  };
}
