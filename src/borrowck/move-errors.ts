import { DiagBuilder, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Span } from '../diagnostics/span.ts';
import type { Body, Local, Place, PlaceElem } from '../mir/mir.ts';
import { projectTy } from '../mir/tys.ts';
import type { DefId } from '../ty/def-id.ts';
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import type { BorrowckCx } from './cx.ts';
import { describePlace } from './describe.ts';
import type { Expr } from '../hir/expr.ts';
import { walkStmts } from './hir-visit.ts';

// Moves out of places that cannot be moved from (rustc's move-path builder rejecting a
// place, then report_cannot_move_from_borrowed_content): E0507 behind a reference or raw
// pointer (which covers overloaded `*rc` and `v[i]`, whose MIR derefs the reference the
// Deref/Index impl returned), E0508 out of a slice or an array by a runtime index.

/** Temporaries holding the reference an overloaded `Deref`/`Index` call returned. */
export type OverloadedTemps = ReadonlyMap<Local, { readonly op: 'deref' | 'index'; readonly selfTy: Ty }>;

/** Temporaries a box is moved into to be unboxed (`*b` is `box_into_inner(move _t)`), with the `*b` span. */
export type BoxInnerTemps = ReadonlyMap<Local, Span>;

/** The temporaries `_t = Deref::deref(..)` / `_t = Index::index(..)` of a body, and those `box_into_inner` consumes. */
export function overloadedTemps(body: Body, cx: BorrowckCx): { readonly temps: OverloadedTemps; readonly boxes: BoxInnerTemps } {
  const temps = new Map<Local, { op: 'deref' | 'index'; selfTy: Ty }>();
  const boxes = new Map<Local, Span>();
  if (!cx.placeOpOf) return { temps, boxes };
  for (const b of body.blocks) {
    const t = b.terminator;
    if (t.tag !== 'Call' || t.destination.projection.length !== 0 || t.func.tag !== 'Constant') continue;
    const f = tyKind(t.func.constant.ty);
    if (f.tag !== 'FnDef') continue;
    const op = cx.placeOpOf(f.def);
    const self = f.args[0];
    const arg = t.args[0];
    if (op === 'boxInner') {
      if (arg && arg.tag === 'Move' && arg.place.projection.length === 0) boxes.set(arg.place.local, t.span);
    } else if (op !== null && self && self.tag === 'Type') {
      temps.set(t.destination.local, { op, selfTy: self.ty });
    }
  }
  return { temps, boxes };
}

type Origin =
  | { readonly tag: 'behindRef'; readonly what: 'a shared reference' | 'a mutable reference' | 'a raw pointer'; readonly deref: number }
  | { readonly tag: 'array'; readonly ty: Ty; readonly isIndex: boolean };

/** Whether `place` is behind a reference or raw pointer (moving out of it is E0507). */
export function movesFromBehindRef(body: Body, place: Place): boolean {
  return illegalOrigin(body, place)?.tag === 'behindRef';
}

/** Why `place` cannot be moved from (the first projection that forbids it), or null. */
function illegalOrigin(body: Body, place: Place): Origin | null {
  let ty = body.locals[place.local]!.ty;
  const proj = place.projection;
  for (let i = 0; i < proj.length; i++) {
    const e: PlaceElem = proj[i]!;
    const k = tyKind(ty);
    if (e.tag === 'Deref') {
      if (k.tag === 'Ref') return { tag: 'behindRef', what: k.mutbl === 'mut' ? 'a mutable reference' : 'a shared reference', deref: i };
      if (k.tag === 'RawPtr') return { tag: 'behindRef', what: 'a raw pointer', deref: i };
    } else if (e.tag === 'Index' || e.tag === 'ConstantIndex') {
      // A constant index into an array (a slice pattern) moves one element out.
      if (k.tag === 'Slice' || (k.tag === 'Array' && e.tag === 'Index')) return { tag: 'array', ty, isIndex: e.tag === 'Index' };
    } else if (e.tag === 'Subslice' && k.tag === 'Slice') {
      return { tag: 'array', ty, isIndex: false };
    }
    ty = projectTy(ty, e);
  }
  return null;
}

export interface MoveErrorCtx {
  readonly body: Body;
  readonly cx: BorrowckCx;
  readonly statics: Map<Local, DefId>;
  readonly temps: OverloadedTemps;
  /** The moved value's type implements `Clone` (suggest `.clone()`). */
  readonly cloneable: boolean;
  /** The move initializes a `let` binding: suggest borrowing instead. */
  readonly letInit: boolean;
  /** The moved box is unboxed at once (`**r`): report the `*` of the place, where it is written. */
  readonly unboxedAt: Span | null;
}

/** Reports E0507/E0508 for a move of `place` at `span`; false when the move is allowed. */
export function reportIllegalMove(c: MoveErrorCtx, place: Place, span: Span, sink: (d: Diagnostic) => void): boolean {
  const origin = illegalOrigin(c.body, place);
  if (origin === null) return false;
  let movedTy = placeTyOf(c.body, place);
  let desc = describePlace(c.body, place, c.cx, c.statics);
  if (c.unboxedAt !== null) {
    const bk = tyKind(movedTy);
    const inner = bk.tag === 'Adt' ? bk.args[0] : undefined;
    if (inner && inner.tag === 'Type') movedTy = inner.ty;
    if (desc !== null) desc = `*${desc}`;
    span = c.unboxedAt;
  }
  const tyStr = c.cx.tyStr?.(movedTy) ?? '_';
  let message: string;
  let code = 'E0507';
  let named = desc !== null;
  if (origin.tag === 'array') {
    code = 'E0508';
    const at = c.cx.tyStr?.(origin.ty) ?? '_';
    message = `cannot move out of type \`${at}\`, a non-copy ${tyKind(origin.ty).tag === 'Array' ? 'array' : 'slice'}`;
  } else {
    // `*Deref::deref(&rc)`, `(*Deref::deref(&v))[i]`: what the user wrote is `*rc` / `v[i]`.
    const temp = origin.deref === 0 ? c.temps.get(place.local) : undefined;
    if (temp !== undefined) {
      const selfTy = c.cx.tyStr?.(pointee(temp.selfTy)) ?? '_';
      const indexed = temp.op === 'index' || place.projection.some((e) => e.tag === 'Index' || e.tag === 'ConstantIndex');
      message = `cannot move out of ${indexed ? 'index' : 'dereference'} of \`${selfTy}\``;
      named = false;
    } else if (desc !== null) {
      message = `cannot move out of \`${desc}\` which is behind ${origin.what}`;
    } else {
      message = `cannot move out of ${origin.what}`;
    }
  }
  let d: Diagnostic | null = null;
  const b = new DiagBuilder('error', message, code, (x) => (d = x));
  b.primary(span, named
    ? `move occurs because \`${desc}\` has type \`${tyStr}\`, which does not implement the \`Copy\` trait`
    : `move occurs because value has type \`${tyStr}\`, which does not implement the \`Copy\` trait`);
  // `let s = *r;`: the reference itself is what the binding can have.
  const derefOfLocal = c.letInit && origin.tag === 'behindRef' && place.projection.length === 1 && desc !== null && desc.startsWith('*');
  const star = { lo: span.lo, hi: span.lo + 1, ctxt: span.ctxt };
  const end = { lo: span.hi, hi: span.hi, ctxt: span.ctxt };
  if (derefOfLocal) {
    b.help('consider removing the dereference here', undefined, [{ span: star, replacement: '', applicability: 'MachineApplicable', style: 'verbose' }]);
  } else if (origin.tag === 'behindRef' && c.letInit) {
    b.help('consider borrowing here', undefined, [
      { span: { lo: span.lo, hi: span.lo, ctxt: span.ctxt }, replacement: '&', applicability: 'MaybeIncorrect', style: 'verbose' },
    ]);
  }
  if (c.cloneable && origin.tag === 'behindRef') {
    const parts = derefOfLocal ? [{ span: star, replacement: '' }, { span: end, replacement: '.clone()' }] : [{ span: end, replacement: '.clone()' }];
    b.help('consider cloning the value if the performance cost is acceptable', undefined, [
      { span: parts[0]!.span, replacement: parts[0]!.replacement, applicability: 'MachineApplicable', style: 'verbose', parts },
    ]);
  }
  b.emit();
  if (d) sink(d);
  return true;
}

function pointee(t: Ty): Ty {
  const k = tyKind(t);
  return k.tag === 'Ref' ? k.pointee : t;
}

function placeTyOf(body: Body, place: Place): Ty {
  let ty = body.locals[place.local]!.ty;
  for (const e of place.projection) ty = projectTy(ty, e);
  return ty;
}

/** A move into a pattern's binding out of the place a `match`/`let` inspects. */
export interface PatternMove {
  readonly matchPlace: Place;
  /** The scrutinee as written (its `FakeRead` span). */
  readonly matchSpan: Span;
  readonly moved: Place;
  readonly binding: Local;
}

/**
 * The place a destructuring `let` reads, found from its statement: the moved place up to its
 * last dereference (`*p` of `(*p).a`), at the initializer's span.
 */
export function letPlaceOf(hir: Expr | null, moved: Place, binding: Span): { place: Place; span: Span } | null {
  if (hir === null) return null;
  let init: Span | null = null;
  walkStmts(hir, (st) => {
    const k = st.kind;
    if (init === null && k.tag === 'Let' && k.local.init && k.local.pat.span.lo <= binding.lo && binding.hi <= k.local.pat.span.hi) init = k.local.init.span;
  });
  let last = -1;
  moved.projection.forEach((e, i) => {
    if (e.tag === 'Deref') last = i;
  });
  return init !== null && last >= 0 ? { place: { local: moved.local, projection: moved.projection.slice(0, last + 1) }, span: init } : null;
}

/** The place a `match` or destructuring `let` reads (its `FakeRead`) that `moved` is part of. */
export function matchedPlaceOf(body: Body, moved: Place): { place: Place; span: Span } | null {
  let best: { place: Place; span: Span } | null = null;
  for (const b of body.blocks) {
    for (const s of b.statements) {
      if (s.tag !== 'FakeRead' || s.place.local !== moved.local || s.place.projection.length > moved.projection.length) continue;
      if (!s.place.projection.every((e, i) => sameElem(e, moved.projection[i]!))) continue;
      if (best === null || s.place.projection.length > best.place.projection.length) best = { place: s.place, span: s.span };
    }
  }
  return best;
}

function sameElem(a: PlaceElem, b: PlaceElem): boolean {
  if (a.tag !== b.tag) return false;
  if (a.tag === 'Field' && b.tag === 'Field') return a.index === b.index;
  if (a.tag === 'Downcast' && b.tag === 'Downcast') return a.variant === b.variant;
  if (a.tag === 'Index' && b.tag === 'Index') return a.local === b.local;
  return a.tag === 'Deref';
}

/**
 * E0507 for the bindings of one pattern that move out of a place behind a reference, as
 * rustc groups them: at the scrutinee, "data moved here" at each binding.
 */
export function reportPatternMoves(c: Omit<MoveErrorCtx, 'letInit' | 'unboxedAt' | 'cloneable'>, moves: readonly PatternMove[], sink: (d: Diagnostic) => void): void {
  const first = moves[0];
  if (first === undefined) return;
  const origin = illegalOrigin(c.body, first.moved);
  if (origin === null || origin.tag !== 'behindRef') return;
  const body = c.body;
  const mp = first.matchPlace;
  const after = first.moved.projection[mp.projection.length];
  let message: string;
  if (after !== undefined && after.tag === 'Downcast') {
    const k = tyKind(placeTyOf(body, mp));
    const variant = k.tag === 'Adt' ? c.cx.adtDef(k.def).variants[after.variant]?.name ?? '_' : '_';
    // `match *s` names `s`, as rustc does.
    const derefOfLocal = mp.projection.length === 1 && mp.projection[0]!.tag === 'Deref';
    const desc = derefOfLocal ? body.locals[mp.local]!.name : describePlace(body, mp, c.cx, c.statics);
    message = `cannot move out of \`${desc ?? '_'}\` as enum variant \`${variant}\` which is behind ${origin.what}`;
  } else {
    const desc = describePlace(body, first.moved, c.cx, c.statics);
    message = desc !== null ? `cannot move out of \`${desc}\` which is behind ${origin.what}` : `cannot move out of ${origin.what}`;
  }
  let d: Diagnostic | null = null;
  const b = new DiagBuilder('error', message, 'E0507', (x) => (d = x));
  b.primary(first.matchSpan);
  moves.forEach((m, i) => {
    const decl = body.locals[m.binding]!;
    b.label(decl.span, i === 0 ? 'data moved here' : '...and here');
    if (moves.length === 1) b.label(decl.span, `move occurs because \`${decl.name ?? '_'}\` has type \`${c.cx.tyStr?.(decl.ty) ?? '_'}\`, which does not implement the \`Copy\` trait`);
  });
  if (moves.length > 1) b.note("move occurs because these variables have types that don't implement the `Copy` trait");
  const sp = first.matchSpan;
  const src = describePlace(body, mp, c.cx, c.statics);
  if (mp.projection.length === 1 && mp.projection[0]!.tag === 'Deref' && src !== null && src.startsWith('*')) {
    b.help('consider removing the dereference here', undefined, [{ span: { lo: sp.lo, hi: sp.lo + 1, ctxt: sp.ctxt }, replacement: '', applicability: 'MachineApplicable', style: 'verbose' }]);
  } else {
    b.help('consider borrowing here', undefined, [{ span: { lo: sp.lo, hi: sp.lo, ctxt: sp.ctxt }, replacement: '&', applicability: 'MaybeIncorrect', style: 'verbose' }]);
  }
  b.emit();
  if (d) sink(d);
}
