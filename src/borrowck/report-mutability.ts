import { DiagBuilder, type Diagnostic, type Suggestion } from '../diagnostics/diagnostic.ts';
import { shrinkToLo, type Span } from '../diagnostics/span.ts';
import type { Expr } from '../hir/expr.ts';
import type { HirTy } from '../hir/types.ts';
import type { Body, Local, LocalDecl, Place } from '../mir/mir.ts';
import { placeTy } from '../mir/tys.ts';
import type { DefId } from '../ty/def-id.ts';
import { tyKind } from '../ty/interner.ts';
import type { BorrowckCx } from './cx.ts';
import { describePlace } from './describe.ts';
import { walkStmts } from './hir-visit.ts';

function capture(): { sink: (d: Diagnostic) => void; get: () => Diagnostic | null } {
  let d: Diagnostic | null = null;
  return { sink: (x) => (d = x), get: () => d };
}

function insertMut(span: Span, replacement = 'mut '): Suggestion {
  return { span: shrinkToLo(span), replacement, applicability: 'MachineApplicable', style: 'verbose' };
}

/** Bindings by value (`x`, `self`) can take a `mut`. */
function canBeMadeMutable(decl: LocalDecl): boolean {
  return decl.binding !== undefined && decl.binding.byValue;
}

export interface ReassignReport {
  readonly body: Body;
  readonly local: Local;
  /** The assignment statement. */
  readonly span: Span;
  /** Span of the init that already ran (the first one on some path here). */
  readonly firstInitSpan: Span;
}

/** E0384: `cannot assign twice to immutable variable `x`` / `cannot assign to immutable argument `x``. */
export function reportReassign(r: ReassignReport, sink: (d: Diagnostic) => void): void {
  const decl = r.body.locals[r.local]!;
  const fromArg = r.local >= 1 && r.local <= r.body.argCount;
  const desc = `\`${decl.name ?? '_'}\``;
  // `let x;` points at the assignment that ran first; other bindings at the declaration.
  const assigned = decl.binding?.form === 'uninit' ? r.firstInitSpan : decl.span;
  const c = capture();
  const b = new DiagBuilder('error', fromArg ? `cannot assign to immutable argument ${desc}` : `cannot assign twice to immutable variable ${desc}`, 'E0384', c.sink);
  b.primary(r.span, fromArg ? 'cannot assign to immutable argument' : 'cannot assign twice to immutable variable');
  if (!fromArg && !(assigned.lo === r.span.lo && assigned.hi === r.span.hi)) b.label(assigned, `first assignment to ${desc}`);
  if (canBeMadeMutable(decl)) {
    b.help('consider making this binding mutable', undefined, [insertMut(decl.span)]);
    if (!fromArg && decl.binding?.form === 'pattern') {
      b.help('to modify the original value, take a borrow instead', undefined, [{ ...insertMut(decl.span, 'ref mut '), applicability: 'MaybeIncorrect' }]);
    }
  }
  b.emit();
  const d = c.get();
  if (d) sink(d);
}

/** Why a place cannot be mutated. */
export type MutabilityError =
  /** The local itself is not `mut` (`root` names it). */
  | { readonly tag: 'Local'; readonly root: Local }
  /** Behind a shared reference stored in `ptr`. */
  | { readonly tag: 'SharedRef'; readonly ptr: Place }
  /** Behind a `*const` pointer stored in `ptr`. */
  | { readonly tag: 'ConstPtr'; readonly ptr: Place }
  | { readonly tag: 'ImmutableStatic'; readonly def: DefId };

/**
 * Whether `place` may be written or mutably borrowed (rustc's `is_mutable`): a `mut` local,
 * or through `&mut`/`*mut` (then the pointer's own local need not be `mut`). `allowLocal`
 * is set below a `&mut` deref.
 */
export function checkMutable(body: Body, place: Place, statics: () => Map<Local, DefId>, allowLocal = false): MutabilityError | null {
  let d = -1;
  for (let i = place.projection.length - 1; i >= 0; i--) {
    if (place.projection[i]!.tag === 'Deref') {
      d = i;
      break;
    }
  }
  if (d < 0) {
    const decl = body.locals[place.local]!;
    if (allowLocal || decl.mutbl === 'mut' || decl.binding === undefined) return null;
    return { tag: 'Local', root: place.local };
  }
  const ptr: Place = { local: place.local, projection: place.projection.slice(0, d) };
  const k = tyKind(placeTy(body, ptr));
  if (k.tag === 'Ref' && k.mutbl === 'not') {
    const st = ptr.projection.length === 0 ? statics().get(ptr.local) : undefined;
    return st !== undefined ? { tag: 'ImmutableStatic', def: st } : { tag: 'SharedRef', ptr };
  }
  if (k.tag === 'RawPtr' && k.mutbl === 'not') return { tag: 'ConstPtr', ptr };
  if (k.tag === 'Ref') return checkMutable(body, ptr, statics, true);
  return null;
}

/** Where to turn `&T` into `&mut T` for the reference in local `l` (param type or `&expr` init). */
function refSuggestion(body: Body, l: Local, cx: BorrowckCx): Suggestion | null {
  const decl = body.locals[l]!;
  const afterAmp = (sp: Span): Suggestion => ({ span: { lo: sp.lo + 1, hi: sp.lo + 1, ctxt: sp.ctxt }, replacement: 'mut ', applicability: 'MachineApplicable', style: 'verbose' });
  if (l >= 1 && l <= body.argCount) {
    const ty: HirTy | undefined = cx.paramTys?.[l - 1];
    return ty && ty.kind.tag === 'Ref' ? afterAmp(ty.span) : null;
  }
  const hir = cx.hir?.value;
  if (!hir || decl.binding === undefined) return null;
  let out: Suggestion | null = null;
  walkStmts(hir, (s) => {
    if (out || s.kind.tag !== 'Let') return;
    const let_ = s.kind.local;
    if (let_.pat.span.lo !== decl.span.lo || let_.pat.span.hi !== decl.span.hi) return;
    const init: Expr | null = let_.init;
    if (init && init.kind.tag === 'AddrOf' && !init.kind.raw && init.kind.mutbl === 'not') out = afterAmp(init.span);
    else if (let_.ty && let_.ty.kind.tag === 'Ref') out = afterAmp(let_.ty.span);
  });
  return out;
}

/** E0596 (mutable borrow) / E0594 (assignment) of a place that is not mutable. */
export function reportMutability(
  body: Body, place: Place, err: MutabilityError, isBorrow: boolean, span: Span, cx: BorrowckCx, statics: Map<Local, DefId>,
  sink: (d: Diagnostic) => void,
): void {
  const c = capture();
  const desc = describePlace(body, place, cx, statics) ?? 'value';
  const code = isBorrow ? 'E0596' : 'E0594';
  let b: DiagBuilder;
  switch (err.tag) {
    case 'Local': {
      const root = body.locals[err.root]!;
      const rootName = root.name ?? '_';
      const which = place.projection.length === 0 ? 'it' : `\`${rootName}\``;
      b = new DiagBuilder('error', isBorrow
        ? `cannot borrow \`${desc}\` as mutable, as ${which} is not declared as mutable`
        : `cannot assign to \`${desc}\`, as ${which} is not declared as mutable`, code, c.sink);
      b.primary(span, isBorrow ? 'cannot borrow as mutable' : 'cannot assign');
      if (canBeMadeMutable(root)) b.help('consider changing this to be mutable', undefined, [insertMut(root.span)]);
      break;
    }
    case 'SharedRef': case 'ConstPtr': {
      const ptrDesc = describePlace(body, err.ptr, cx, statics) ?? 'value';
      const kindText = err.tag === 'SharedRef' ? '`&` reference' : '`*const` pointer';
      b = new DiagBuilder('error', isBorrow
        ? `cannot borrow \`${desc}\` as mutable, as it is behind a ${kindText}`
        : `cannot assign to \`${desc}\`, which is behind a ${kindText}`, code, c.sink);
      b.primary(span, `\`${ptrDesc}\` is a ${kindText}, so ${isBorrow ? 'it cannot be borrowed as mutable' : 'it cannot be written to'}`);
      if (err.tag === 'SharedRef' && err.ptr.projection.length === 0) {
        const sugg = refSuggestion(body, err.ptr.local, cx);
        if (sugg) b.help('consider changing this to be a mutable reference', undefined, [sugg]);
      }
      break;
    }
    case 'ImmutableStatic': {
      const name = cx.defName(err.def);
      b = new DiagBuilder('error', isBorrow
        ? `cannot borrow immutable static item \`${name}\` as mutable`
        : `cannot assign to immutable static item \`${name}\``, code, c.sink);
      b.primary(span, isBorrow ? 'cannot borrow as mutable' : 'cannot assign');
      if (!isBorrow) b.label(cx.staticHeadSpan(err.def), 'this `static` cannot be written to');
      break;
    }
  }
  b.emit();
  const d = c.get();
  if (d) sink(d);
}
