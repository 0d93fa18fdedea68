import type { Ty } from '../../ty/ty.ts';
import { covers, ctorSubTys, sliceArity, splitCtors } from './ctors.ts';
import type { Ctor, DPat, WitnessPat } from './deconstructed.ts';
import type { MatchCx } from './match-cx.ts';

// The usefulness algorithm (rustc_pattern_analysis::usefulness, after Maranget's "Warnings
// for pattern matching"): a matrix of pattern rows is specialized by each constructor of its
// first column until no column is left. A row is useful if some value reaches it; the
// witnesses are the values no row matches, built back up constructor by constructor.

export interface Row {
  readonly pats: readonly DPat[];
  /** Index of the row this one came from in the parent matrix (the arm index at the top). */
  readonly parent: number;
  readonly underGuard: boolean;
  /** The or-pattern alternatives this row stands for (each marked useful when the row is). */
  readonly alts: readonly DPat[];
  /** Set when this row's head is an alternative of an or-pattern expanded in this matrix. */
  readonly expandedAlt: DPat | null;
  useful: boolean;
  /** Earlier rows of the same matrix that match some of the same values. */
  readonly intersects: Set<number>;
}

/** A counterexample under construction: one pattern per column, the first column last. */
type WitnessStack = WitnessPat[];

export interface UsefulnessState {
  readonly cx: MatchCx;
  /** Ids of or-pattern alternatives that some value reaches. */
  readonly usefulAlts: Set<number>;
  /** For or-pattern alternatives: the patterns of earlier rows that match some of the same values. */
  readonly altCoveredBy: Map<number, DPat[]>;
  /** Specialization steps taken; bounds the work on pathological matches. */
  steps: number;
}

/** Adds `pats` as a row, one row per alternative when its first pattern is an or-pattern. */
export function pushRow(rows: Row[], pats: readonly DPat[], parent: number, underGuard: boolean, alts: readonly DPat[], expandedAlt: DPat | null = null): void {
  const head = pats[0];
  if (head && head.ctor.tag === 'Or') {
    for (const alt of head.fields) pushRow(rows, [alt, ...pats.slice(1)], parent, underGuard, [...alts, alt], alt);
    return;
  }
  rows.push({ pats, parent, underGuard, alts, expandedAlt, useful: false, intersects: new Set() });
}

export function wildWitness(ty: Ty): WitnessPat {
  return { ctor: { tag: 'Wildcard' }, fields: [], ty };
}

function wildPat(ty: Ty, like: DPat): DPat {
  return { ctor: { tag: 'Wildcard' }, fields: [], ty, span: like.span, id: -1, isWildcardLike: true };
}

/** The fields of `p` seen as constructor `c` (of arity `subTys.length`). */
function specializeHead(p: DPat, c: Ctor, subTys: readonly Ty[]): DPat[] {
  if (p.ctor.tag === 'Wildcard') return subTys.map((t) => wildPat(t, p));
  if (p.ctor.tag === 'Slice' && c.tag === 'Slice' && p.ctor.kind.tag === 'Var') {
    const { prefix, suffix } = p.ctor.kind;
    const middle = sliceArity(c.kind) - prefix - suffix;
    return [...p.fields.slice(0, prefix), ...subTys.slice(prefix, prefix + middle).map((t) => wildPat(t, p)), ...p.fields.slice(prefix)];
  }
  return [...p.fields];
}

/**
 * Marks the useful rows of `rows` (whose columns have types `tys`) and returns the values
 * that no row matches. `isScrutinee`: the first column is the matched value itself (missing
 * constructors are then listed even when no row names any).
 */
export function computeUsefulness(st: UsefulnessState, rows: Row[], tys: readonly Ty[], isScrutinee: boolean, relevant = true, valid: readonly boolean[] = tys.map(() => true)): WitnessStack[] {
  st.steps++;
  if (tys.length === 0) {
    let useful = true;
    rows.forEach((row, i) => {
      row.useful = useful;
      for (let j = 0; j < i; j++) row.intersects.add(j);
      if (!row.underGuard) useful = false;
    });
    for (const row of rows) if (row.useful) for (const a of row.alts) st.usefulAlts.add(a.id);
    // Witnesses come only from branches that specialize by missing constructors (rustc's
    // relevancy): `Shape::Empty`, not every shape of the variants that are there.
    return useful && relevant ? [[]] : [];
  }
  const ty = tys[0]!;
  const seen = rows.map((r) => r.pats[0]!.ctor).filter((c) => c.tag !== 'Wildcard');
  const split = splitCtors(st.cx, ty, seen, valid[0] ?? true);
  const tryCtors: Ctor[] = [...split.present];
  if (split.missing.length > 0) tryCtors.push({ tag: 'Missing' });
  const reportIndividually = isScrutinee || split.present.length > 0;
  const out: WitnessStack[] = [];
  for (const c of tryCtors) {
    const subTys = c.tag === 'Missing' ? [] : ctorSubTys(st.cx, c, ty);
    const spec: Row[] = [];
    rows.forEach((row, i) => {
      const head = row.pats[0]!;
      const matches = c.tag === 'Missing' ? head.ctor.tag === 'Wildcard' : covers(head.ctor, c);
      if (matches) pushRow(spec, [...specializeHead(head, c, subTys), ...row.pats.slice(1)], i, row.underGuard, row.alts);
    });
    const ctorRelevant = c.tag === 'Missing' || split.missing.length === 0;
    // Fields of a valid place are valid; what a reference points to may not be.
    const fieldValid = (valid[0] ?? true) && c.tag !== 'Ref';
    const ws = computeUsefulness(st, spec, [...subTys, ...tys.slice(1)], false, relevant && ctorRelevant, [...subTys.map(() => fieldValid), ...valid.slice(1)]);
    // Unspecialize: usefulness and intersections flow back to the parent rows.
    for (const child of spec) {
      const parent = rows[child.parent]!;
      if (child.useful) parent.useful = true;
      for (const j of child.intersects) {
        const pj = spec[j]!.parent;
        if (pj !== child.parent) parent.intersects.add(pj);
      }
    }
    for (const w of ws) {
      if (c.tag !== 'Missing') {
        const fields = w.splice(w.length - subTys.length, subTys.length).reverse();
        w.push({ ctor: c, fields, ty });
        out.push(w);
      } else if (split.missing.some((m) => m.tag === 'NonExhaustive')) {
        w.push({ ctor: { tag: 'NonExhaustive' }, fields: [], ty });
        out.push(w);
      } else if (!reportIndividually) {
        w.push(wildWitness(ty));
        out.push(w);
      } else {
        for (const m of split.missing) out.push([...w, { ctor: m, fields: ctorSubTys(st.cx, m, ty).map(wildWitness), ty }]);
      }
    }
  }
  // Alternatives expanded in this matrix: which rows' patterns overlap them (reported if the
  // alternative turns out unreachable).
  rows.forEach((row) => {
    if (row.expandedAlt === null || st.altCoveredBy.has(row.expandedAlt.id)) return;
    st.altCoveredBy.set(row.expandedAlt.id, [...row.intersects].sort((a, b) => a - b).map((j) => rows[j]!.pats[0]!));
  });
  return out;
}
