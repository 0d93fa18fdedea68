import type { Span } from '../../diagnostics/span.ts';
import { tyKind, tys } from '../../ty/interner.ts';
import { substTy } from '../../ty/subst.ts';
import type { Ty } from '../../ty/ty.ts';
import { closureUpvars } from '../../ty/closure.ts';
import type { AdtDef } from '../../ty/adt.ts';
import type { DefId } from '../../ty/def-id.ts';
import type { BasicBlock, BasicBlockData, Body, Local, Operand, Place, PlaceElem, Rvalue, Statement, Terminator } from '../mir.ts';
import { discriminantTy, intInfo, placeTy, truncBits } from '../tys.ts';

// Drop elaboration (rustc's ElaborateDrops, with dynamic drop flags only): MIR building
// emits `Drop(place)` wherever a scheduled value goes out of scope or is overwritten, whether
// or not it still holds a value. This pass gives every dropped local a boolean flag per
// "move path" (the local itself and every field path something is moved out of), keeps the
// flags up to date at each initialization and move, and turns each `Drop` into a test of
// the flag. A partially moved value is dropped field by field ("open drop"): fields still
// present are dropped, moved ones are skipped; for an enum, the variant moved out of is
// opened and the others dropped whole. LLVM folds the flags away where they are constant.
// After this pass every `Drop` terminator is unconditional.

export interface ElaborateCx {
  adtDef(def: DefId): AdtDef;
  needsDrop?(ty: Ty): boolean;
  readonly pointerWidth: number;
}

/** A move path: a local and a projection of fields and downcasts. */
interface Path {
  readonly place: Place;
  readonly key: string;
  readonly flag: Local;
}

function isPathElem(e: PlaceElem): boolean {
  return e.tag === 'Field' || e.tag === 'Downcast';
}

function elemKey(e: PlaceElem): string {
  return e.tag === 'Field' ? `.${e.index}` : e.tag === 'Downcast' ? `@${e.variant}` : '?';
}

function keyOf(p: Place): string {
  return String(p.local) + p.projection.map(elemKey).join('');
}

/** The longest prefix of `p` made of fields and downcasts (what a move out of it moves). */
function movePathOf(p: Place): Place {
  let n = 0;
  while (n < p.projection.length && isPathElem(p.projection[n]!)) n++;
  if (n === p.projection.length) return p;
  // A downcast alone is not a path of its own.
  while (n > 0 && p.projection[n - 1]!.tag === 'Downcast') n--;
  return { local: p.local, projection: p.projection.slice(0, n) };
}

/** `a` is `b` or inside it. */
function isUnder(a: string, b: string): boolean {
  return a === b || (a.startsWith(b) && (a[b.length] === '.' || a[b.length] === '@'));
}

function operandsOfRvalue(rv: Rvalue): readonly Operand[] {
  switch (rv.tag) {
    case 'Use': case 'Repeat': case 'Cast': case 'UnaryOp': return [rv.operand];
    case 'BinaryOp': case 'CheckedBinaryOp': return [rv.lhs, rv.rhs];
    case 'Aggregate': return rv.operands;
    default: return [];
  }
}

function movesOfTerminator(t: Terminator): readonly Operand[] {
  switch (t.tag) {
    case 'Call': return [t.func, ...t.args];
    case 'SwitchInt': return [t.discr];
    case 'InlineAsm': return t.operands.flatMap((o) => (o.tag === 'In' ? [o.value] : o.tag === 'InOut' ? [o.inValue] : []));
    default: return [];
  }
}

export function elaborateDrops(body: Body, cx: ElaborateCx): Body {
  const dropped = new Set<Local>();
  for (const bb of body.blocks) {
    const t = bb.terminator;
    if (t.tag === 'Drop' && !t.place.projection.some((e) => e.tag === 'Deref')) dropped.add(t.place.local);
  }
  if (dropped.size === 0) return body;

  const locals = [...body.locals];
  const blocks: BasicBlockData[] = body.blocks.map((b) => ({ statements: [...b.statements], terminator: b.terminator }));
  const paths = new Map<Local, Path[]>();
  const newFlag = (span: Span): Local => {
    locals.push({ ty: tys.bool, mutbl: 'mut', name: null, span });
    return locals.length - 1;
  };
  const addPath = (place: Place): void => {
    const list = paths.get(place.local)!;
    const key = keyOf(place);
    if (!list.some((p) => p.key === key)) list.push({ place, key, flag: newFlag(locals[place.local]!.span) });
  };
  for (const l of dropped) {
    paths.set(l, []);
    addPath({ local: l, projection: [] });
  }
  const movedPlace = (op: Operand): Place | null => {
    if (op.tag !== 'Move' || !paths.has(op.place.local)) return null;
    return movePathOf(op.place);
  };
  for (const bb of blocks) {
    for (const st of bb.statements) {
      if (st.tag !== 'Assign') continue;
      for (const op of operandsOfRvalue(st.rvalue)) {
        const p = movedPlace(op);
        if (p) addPath(p);
      }
    }
    for (const op of movesOfTerminator(bb.terminator)) {
      const p = movedPlace(op);
      if (p) addPath(p);
    }
  }

  const setFlags = (place: Place, value: boolean, span: Span): Statement[] => {
    const list = paths.get(place.local);
    if (!list || place.projection.some((e) => !isPathElem(e))) return [];
    const key = keyOf(place);
    return list.filter((p) => isUnder(p.key, key)).map((p) => flagAssign(p.flag, value, span));
  };
  const movesIn = (ops: readonly Operand[], span: Span): Statement[] =>
    ops.flatMap((op) => {
      const p = movedPlace(op);
      return p ? setFlags(p, false, span) : [];
    });

  // Flags start false, except for the paths of arguments (initialized by the caller).
  const entry: Statement[] = [];
  for (const [l, list] of paths) for (const p of list) entry.push(flagAssign(p.flag, l >= 1 && l <= body.argCount, body.span));

  const newBlock = (statements: Statement[], terminator: Terminator): BasicBlock => {
    blocks.push({ statements, terminator });
    return blocks.length - 1;
  };

  const originalCount = blocks.length;
  for (let bi = 0; bi < originalCount; bi++) {
    const bb = blocks[bi]!;
    const out: Statement[] = [];
    for (const st of bb.statements) {
      out.push(st);
      if (st.tag !== 'Assign') continue;
      out.push(...movesIn(operandsOfRvalue(st.rvalue), st.span));
      out.push(...setFlags(st.place, true, st.span));
    }
    const t = bb.terminator;
    out.push(...movesIn(movesOfTerminator(t), t.span));
    bb.statements.length = 0;
    bb.statements.push(...out);
    if (t.tag === 'Call' && t.target !== null) {
      const inits = setFlags(t.destination, true, t.span);
      if (inits.length > 0) bb.terminator = { ...t, target: newBlock(inits, { tag: 'Goto', target: t.target, span: t.span }) };
    } else if (t.tag === 'Drop' && !t.place.projection.some((e) => e.tag === 'Deref')) {
      bb.terminator = { tag: 'Goto', target: elaborate(t.place, t.target, t.span), span: t.span };
    }
  }
  blocks[0]!.statements.unshift(...entry);
  return { ...body, locals, blocks };

  /** Nearest tracked path at or above `place`: its flag says whether `place` holds a value. */
  function statusFlag(place: Place): Local {
    const list = paths.get(place.local)!;
    // An array element (`a[i] = v` drops the old `a[i]`) is there whenever the array is.
    const key = keyOf(movePathOf(place));
    let best: Path | null = null;
    for (const p of list) if (isUnder(key, p.key) && (best === null || p.key.length > best.key.length)) best = p;
    return best!.flag;
  }

  /** Blocks that drop whatever of `place` is initialized, then go to `target`; returns the entry. */
  function elaborate(place: Place, target: BasicBlock, span: Span): BasicBlock {
    const ty = placeTy({ locals }, place);
    if (cx.needsDrop && !cx.needsDrop(ty)) return target;
    const key = keyOf(place);
    const list = paths.get(place.local)!;
    const hasChildren = list.some((p) => p.key !== key && isUnder(p.key, key));
    const reset = setFlags(place, false, span);
    let dropBlock: BasicBlock;
    if (!hasChildren) {
      dropBlock = newBlock(reset, { tag: 'Drop', place, target, span });
    } else {
      const after = newBlock(reset, { tag: 'Goto', target, span });
      dropBlock = openDrop(place, ty, after, span);
    }
    const flag = statusFlag(place);
    return newBlock([], {
      tag: 'SwitchInt', discr: { tag: 'Copy', place: { local: flag, projection: [] } }, span,
      targets: { values: [0n], targets: [target], otherwise: dropBlock },
    });
  }

  /** Drops the fields of a partially moved `place` one by one, in declaration order. */
  function openDrop(place: Place, ty: Ty, target: BasicBlock, span: Span): BasicBlock {
    const k = tyKind(ty);
    const fieldsThen = (base: Place, fieldTys: readonly Ty[], next: BasicBlock): BasicBlock => {
      let cont = next;
      for (let i = fieldTys.length - 1; i >= 0; i--) {
        cont = elaborate({ local: base.local, projection: [...base.projection, { tag: 'Field', index: i, ty: fieldTys[i]! }] }, cont, span);
      }
      return cont;
    };
    if (k.tag === 'Tuple') return fieldsThen(place, k.elems, target);
    // A by-value closure environment whose body moved some captures out.
    if (k.tag === 'Closure') return fieldsThen(place, closureUpvars(k.args), target);
    if (k.tag === 'Adt') {
      const adt = cx.adtDef(k.def);
      const fieldTysOf = (v: number): Ty[] => adt.variants[v]!.fields.map((f) => substTy(f.ty, k.args));
      if (adt.kind !== 'enum') return fieldsThen(place, fieldTysOf(0), target);
      // Open the variants something was moved out of; drop the others whole.
      const key = keyOf(place);
      const opened = new Set<number>();
      for (const p of paths.get(place.local)!) {
        if (p.key === key || !isUnder(p.key, key)) continue;
        const e = p.place.projection[place.projection.length];
        if (e && e.tag === 'Downcast') opened.add(e.variant);
      }
      const whole = newBlock([], { tag: 'Drop', place, target, span });
      const dty = discriminantTy(adt);
      const info = intInfo(dty, cx.pointerWidth)!;
      const values: bigint[] = [];
      const targets: BasicBlock[] = [];
      for (const v of [...opened].sort((a, b) => a - b)) {
        values.push(truncBits(adt.variants[v]!.discr, info.bits));
        targets.push(fieldsThen({ local: place.local, projection: [...place.projection, { tag: 'Downcast', variant: v }] }, fieldTysOf(v), target));
      }
      const d = locals.length;
      locals.push({ ty: dty, mutbl: 'mut', name: null, span });
      return newBlock([{ tag: 'Assign', place: { local: d, projection: [] }, rvalue: { tag: 'Discriminant', place }, span }], {
        tag: 'SwitchInt', discr: { tag: 'Copy', place: { local: d, projection: [] } }, span, targets: { values, targets, otherwise: whole },
      });
    }
    // Arrays are moved out of only as a whole here: drop what is left whole.
    return newBlock([], { tag: 'Drop', place, target, span });
  }
}

function flagAssign(flag: Local, value: boolean, span: Span): Statement {
  return {
    tag: 'Assign', place: { local: flag, projection: [] }, span,
    rvalue: { tag: 'Use', operand: { tag: 'Constant', constant: { ty: tys.bool, value: { tag: 'Scalar', bits: value ? 1n : 0n }, span } } },
  };
}
