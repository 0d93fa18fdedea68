import type { Body, Local } from '../../mir.ts';
import { reversePostorder } from '../../traversal.ts';
import { visitBlock, type Location } from '../../visit-locals.ts';

// Promotion's view of temporaries (rustc's `TempState` and candidate collection): a temp
// can be promoted when it is assigned exactly once and otherwise only read or borrowed;
// every borrow (`Ref` rvalue) is a candidate.

export type TempState =
  /** Not mentioned (yet). */
  | { readonly tag: 'Undefined' }
  /**
   * One assignment (a statement, or a call terminator) and `uses` reads or borrows.
   * `valid`: null until validated, then whether the assigned value is promotable.
   */
  | { tag: 'Defined'; readonly loc: Location; uses: number; valid: boolean | null }
  /** Assigned twice, written through a projection, or used before it is assigned. */
  | { readonly tag: 'Unpromotable' }
  /** Its assignment moved into a promoted body (removed from the source afterwards). */
  | { readonly tag: 'PromotedOut' };

/** Temporaries: neither the return place, an argument, nor a user variable. */
export function isTemp(body: Body, l: Local): boolean {
  return l > body.argCount && body.locals[l]!.binding === undefined;
}

export function collectTempsAndCandidates(body: Body): { temps: TempState[]; candidates: Location[] } {
  const temps: TempState[] = body.locals.map(() => ({ tag: 'Undefined' }));
  const candidates: Location[] = [];
  for (const bb of reversePostorder(body)) {
    visitBlock(body, bb, (l, cx, loc) => {
      if (!isTemp(body, l)) return;
      // Drops do not matter (a promoted value needs none); storage markers are not uses.
      if (cx.tag === 'NonUse' || (cx.tag === 'Mutating' && cx.use === 'Drop')) return;
      const t = temps[l]!;
      if (t.tag === 'Undefined') {
        if (cx.tag === 'Mutating' && (cx.use === 'Store' || cx.use === 'Call')) {
          temps[l] = { tag: 'Defined', loc, uses: 0, valid: null };
          return;
        }
      } else if (t.tag === 'Defined') {
        // Mutable borrows are allowed too: `&mut []` is promotable.
        if (cx.tag === 'NonMutating' || cx.use === 'Borrow') {
          t.uses++;
          return;
        }
      }
      temps[l] = { tag: 'Unpromotable' };
    });
    const data = body.blocks[bb]!;
    data.statements.forEach((s, index) => {
      if (s.tag === 'Assign' && s.rvalue.tag === 'Ref') candidates.push({ block: bb, index });
    });
  }
  return { temps, candidates };
}
