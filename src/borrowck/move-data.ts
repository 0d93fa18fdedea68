import type { Span } from '../diagnostics/span.ts';
import type { BasicBlock, Body, Local, Place } from '../mir/mir.ts';

/** One place where a whole local gets a value (rustc's `Init`). */
export interface Init {
  readonly local: Local;
  readonly span: Span;
  /** Null for the incoming value of an argument. */
  readonly block: BasicBlock | null;
  /** Statement index; the block's statement count for its terminator. */
  readonly index: number;
}

/**
 * Where each local is initialized. Only whole locals are tracked for now (a field write
 * into an uninitialized local is an error anyway); moves are not tracked yet, so "maybe
 * uninitialized" means "not assigned on some path" (E0382 comes with move paths).
 */
export interface MoveData {
  readonly inits: readonly Init[];
  /** Init indices per local, in creation order (arguments first, then by block). */
  readonly initsOfLocal: readonly (readonly number[])[];
  /** Init indices per block and statement index (terminator: statements.length); null: none. */
  readonly initsAt: readonly (ReadonlyMap<number, readonly number[]> | null)[];
}

export function wholeLocal(p: Place | null): Local | null {
  return p !== null && p.projection.length === 0 ? p.local : null;
}

export function gatherMoveData(body: Body): MoveData {
  const inits: Init[] = [];
  const initsOfLocal: number[][] = body.locals.map(() => []);
  const initsAt: (Map<number, number[]> | null)[] = body.blocks.map(() => null);
  const add = (local: Local, span: Span, block: BasicBlock | null, index: number) => {
    const i = inits.length;
    inits.push({ local, span, block, index });
    initsOfLocal[local]!.push(i);
    if (block !== null) {
      const m = (initsAt[block] ??= new Map());
      const list = m.get(index);
      if (list) list.push(i);
      else m.set(index, [i]);
    }
  };
  for (let a = 1; a <= body.argCount; a++) add(a, body.locals[a]!.span, null, 0);
  body.blocks.forEach((b, bb) => {
    b.statements.forEach((s, i) => {
      if (s.tag === 'Assign') {
        const l = wholeLocal(s.place);
        if (l !== null) add(l, s.span, bb, i);
      }
    });
    const t = b.terminator;
    const ti = b.statements.length;
    if (t.tag === 'Call') {
      const l = wholeLocal(t.destination);
      if (l !== null) add(l, t.span, bb, ti);
    } else if (t.tag === 'InlineAsm') {
      for (const o of t.operands) {
        const p = o.tag === 'Out' ? o.place : o.tag === 'InOut' ? o.outPlace : null;
        const l = wholeLocal(p);
        if (l !== null) add(l, t.span, bb, ti);
      }
    }
  });
  return { inits, initsOfLocal, initsAt };
}
