import type { Span } from '../diagnostics/span.ts';
import type { Expr } from '../hir/expr.ts';
import type { Ident } from '../hir/path.ts';
import { symStr } from '../syntax/symbol.ts';
import { mkRef, mkTy, tyKind, tys } from '../ty/interner.ts';
import { substTy } from '../ty/subst.ts';
import type { DefId } from '../ty/def-id.ts';
import type { GenericArgs, Ty } from '../ty/ty.ts';
import type { Adjustment } from './adjustment.ts';
import { checkExpr } from './check-expr.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { findSimilar } from '../resolve/similar.ts';
import { fieldTyIn } from './adt-args.ts';
import { fieldAccessible } from './privacy.ts';
import { derefOnce, lookupOpMethod, recordOp } from './op-lookup.ts';
import { coerceOrReport } from './mismatch.ts';
import { derefsToMutable, overloadedDerefStep } from './method-probe.ts';

/** Autoderef through references and `Deref` impls (`Box<T>`), yielding each type with the derefs that reach it. */
function* autoderef(fcx: FnCtxt, t: Ty): Generator<{ ty: Ty; adj: Adjustment[] }> {
  let cur = fcx.resolve(t);
  const adj: Adjustment[] = [];
  for (let i = 0; i < 16; i++) {
    yield { ty: cur, adj: [...adj] };
    const k = tyKind(cur);
    if (k.tag !== 'Ref') {
      const ov = overloadedDerefStep(fcx, cur);
      if (ov === null) return;
      cur = ov.target;
      adj.push({ kind: { tag: 'Deref', overloaded: { method: ov.method, mutbl: 'not' } }, target: cur });
      continue;
    }
    cur = fcx.resolve(k.pointee);
    adj.push({ kind: { tag: 'Deref', overloaded: null }, target: cur });
  }
}

/** `base.name` / `base.0`, through references. */
export function checkField(fcx: FnCtxt, e: Expr, base: Expr, ident: Ident): Ty {
  const bt = checkExpr(fcx, base, null);
  if (fcx.isError(bt)) return tys.error;
  const name = symStr(ident.name);
  let last = fcx.resolve(bt);
  for (const step of autoderef(fcx, bt)) {
    last = step.ty;
    const k = tyKind(step.ty);
    let found: { idx: number; ty: Ty } | null = null;
    if (k.tag === 'Tuple' && /^\d+$/.test(name)) {
      const idx = Number(name);
      if (idx < k.elems.length) found = { idx, ty: k.elems[idx]! };
    } else if (k.tag === 'Adt') {
      const adt = fcx.tcx.adtDef(k.def);
      if (adt.kind !== 'enum') {
        const idx = adt.variants[0]!.fields.findIndex((f) => f.name === name);
        if (idx >= 0) {
          const fd = adt.variants[0]!.fields[idx]!;
          if (!fieldAccessible(fcx, fd)) {
            fcx.err(`field \`${name}\` of ${adt.kind} \`${adt.name}\` is private`, 'E0616').primary(ident.span, 'private field').emit();
          }
          found = { idx, ty: fieldTyIn(fcx, step.ty, fd.ty) };
        }
      }
    }
    if (found) {
      fcx.results.fieldIndices.set(e.hirId, found.idx);
      fcx.addAdjustments(base.hirId, step.adj);
      return found.ty;
    }
  }
  reportNoField(fcx, last, name, ident.span);
  return tys.error;
}

function reportNoField(fcx: FnCtxt, t: Ty, name: string, span: Span): void {
  const k = tyKind(t);
  if (k.tag === 'Int' || k.tag === 'Uint' || k.tag === 'Float' || k.tag === 'Bool' || k.tag === 'Char' || (k.tag === 'Infer' && k.kind !== 'ty')) {
    fcx.err(`\`${fcx.tyStr(t)}\` is a primitive type and therefore doesn't have fields`, 'E0610').primary(span).emit();
    return;
  }
  if (k.tag === 'Infer') {
    fcx.err('type annotations needed', 'E0282').primary(span).emit();
    return;
  }
  const d = fcx.err(`no field \`${name}\` on type \`${fcx.tyStr(t)}\``, 'E0609').primary(span, 'unknown field');
  let fields: string[] = [];
  if (k.tag === 'Tuple') fields = k.elems.map((_, i) => String(i));
  else if (k.tag === 'Adt' && fcx.tcx.adtDef(k.def).kind !== 'enum') fields = fcx.tcx.adtDef(k.def).variants[0]!.fields.map((f) => f.name);
  const similar = /^\d+$/.test(name) ? null : findSimilar(name, fields);
  if (similar !== null) d.help('a field with a similar name exists', span, [{ span, replacement: similar, applicability: 'MaybeIncorrect', style: 'verbose' }]);
  else if (fields.length > 0) d.note(`available fields are: ${fields.map((f) => `\`${f}\``).join(', ')}`);
  d.emit();
}

/** `base[index]` on arrays and slices (bounds-checked by MIR), through references. */
export function checkIndex(fcx: FnCtxt, e: Expr, base: Expr, index: Expr, bracketSpan: Span): Ty {
  const bt = checkExpr(fcx, base, null);
  const it = checkExpr(fcx, index, tys.usize);
  if (fcx.isError(bt)) return tys.error;
  for (const step of autoderef(fcx, bt)) {
    const k = tyKind(step.ty);
    if (k.tag === 'Str') {
      // `s[a..b]` on a `&str` (or `String`, through Deref): `Index` for `str`, as rustc
      // tries the overloaded index at each autoderef step.
      const m = lookupOpMethod(fcx, 'index', 'index', step.ty, it);
      if (m && m.sig.inputs.length === 2) {
        fcx.addAdjustments(base.hirId, step.adj);
        recordOp(fcx, e.hirId, m);
        coerceOrReport(fcx, index, it, m.sig.inputs[1]!);
        return derefOnce(m.sig.output);
      }
      continue;
    }
    if (k.tag !== 'Array' && k.tag !== 'Slice') continue;
    if (!fcx.isError(it) && !fcx.infcx.probe(() => fcx.infcx.unify(it, tys.usize))) {
      // Not a `usize`: a range (or another index type) through `Index` for the slice type.
      const sliceTy = mkTy({ tag: 'Slice', elem: k.elem });
      const m = lookupOpMethod(fcx, 'index', 'index', sliceTy, it);
      if (m && m.sig.inputs.length === 2) {
        const adj: Adjustment[] = [...step.adj];
        if (k.tag === 'Array') {
          // `arr[r]` indexes `*(&arr as &[T])`.
          adj.push({ kind: { tag: 'Borrow', kind: 'Ref', mutbl: 'not' }, target: mkRef(step.ty, 'not') });
          adj.push({ kind: { tag: 'Pointer', cast: 'Unsize' }, target: mkRef(sliceTy, 'not') });
          adj.push({ kind: { tag: 'Deref', overloaded: null }, target: sliceTy });
        }
        fcx.addAdjustments(base.hirId, adj);
        recordOp(fcx, e.hirId, m);
        coerceOrReport(fcx, index, it, m.sig.inputs[1]!);
        return derefOnce(m.sig.output);
      }
      fcx.addAdjustments(base.hirId, step.adj);
      fcx
        .err(`the type \`[${fcx.tyStr(k.elem)}]\` cannot be indexed by \`${fcx.tyStr(it)}\``, 'E0277')
        .primary(index.span, 'slice indices are of type `usize` or ranges of `usize`')
        .help(`the trait \`SliceIndex<[${fcx.tyStr(k.elem)}]>\` is not implemented for \`${fcx.tyStr(it)}\``)
        .emit();
      return k.elem;
    }
    fcx.addAdjustments(base.hirId, step.adj);
    return k.elem;
  }
  // The index type selects among impls and binds impl parameters only it mentions
  // (`impl<K, Q: ?Sized, V, S> Index<&Q> for HashMap<K, V, S>`).
  // Tried at each autoderef step, as rustc does (`self[i]` with `self: &VecDeque<T>`).
  for (const step of autoderef(fcx, bt)) {
    const m = lookupOpMethod(fcx, 'index', 'index', step.ty, it) ?? lookupOpMethod(fcx, 'index', 'index', step.ty);
    if (m && m.sig.inputs.length === 2) {
      fcx.addAdjustments(base.hirId, step.adj);
      recordOp(fcx, e.hirId, m);
      coerceOrReport(fcx, index, it, m.sig.inputs[1]!);
      return derefOnce(m.sig.output);
    }
  }
  fcx.err(`cannot index into a value of type \`${fcx.tyStr(bt)}\``, 'E0608').primary(bracketSpan).emit();
  void e;
  return tys.error;
}

/**
 * A place used mutably (`&mut a[i]`, `a[i] = x`, `a[i] += x`): overloaded indexing in it
 * becomes `IndexMut::index_mut` (rustc's convert_place_derefs_to_mutable), with the base's
 * array-to-slice borrow made mutable; the base place is converted in turn.
 */
export function convertPlaceToMutable(fcx: FnCtxt, e: Expr): void {
  const k = e.kind;
  if (k.tag === 'Field') {
    // `b.field = x` with `b: Box<S>`: the base derefs through `DerefMut::deref_mut`.
    const adj = fcx.results.adjustmentsMap.get(k.expr.hirId);
    if (adj) adj.splice(0, adj.length, ...derefsToMutable(fcx, adj));
    convertPlaceToMutable(fcx, k.expr);
    return;
  }
  if (k.tag === 'Unary' && k.op === 'Deref') {
    convertDerefToMutable(fcx, e, k.expr);
    return;
  }
  if (k.tag !== 'Index') return;
  const tcx = fcx.tcx;
  const m = fcx.results.typeDependentDefs.get(e.hirId);
  const index = tcx.langItem('index');
  const indexMut = tcx.langItem('index_mut');
  if (!m) {
    // Built-in indexing of a slice reached through `Deref` (`v[i] = x` with `v: Vec<T>`):
    // the base derefs through `DerefMut::deref_mut`.
    const adj = fcx.results.adjustmentsMap.get(k.expr.hirId);
    if (adj) adj.splice(0, adj.length, ...derefsToMutable(fcx, adj));
  }
  const op = m && indexMut !== null ? opMethodTrait(fcx, m) : null;
  if (m && op !== null && op.trait === index) {
    // The index type: the trait's argument (caller's terms), or the impl's under its arguments.
    const ofTrait = tcx.traitOfItem(m.def) !== null;
    const rhs = ofTrait ? m.args[1] : tcx.implTraitRef(tcx.parent(m.def)!)?.args[1] ?? m.args[1];
    const rhsTy = rhs && rhs.tag === 'Type' ? (ofTrait ? rhs.ty : substTy(rhs.ty, m.args)) : undefined;
    if (op.selfTy !== null) {
      const mm = lookupOpMethod(fcx, 'index_mut', 'index_mut', op.selfTy, rhsTy);
      if (mm) recordOp(fcx, e.hirId, mm);
    }
    const adj = fcx.results.adjustmentsMap.get(k.expr.hirId);
    if (adj) {
      for (let i = 0; i < adj.length; i++) {
        const a = adj[i]!;
        if (a.kind.tag === 'Borrow' && a.kind.mutbl === 'not') adj[i] = { kind: { ...a.kind, mutbl: 'mut' }, target: retarget(a.target) };
        else if (a.kind.tag === 'Pointer' && a.kind.cast === 'Unsize') adj[i] = { kind: a.kind, target: retarget(a.target) };
      }
    }
  }
  convertPlaceToMutable(fcx, k.expr);
}

/**
 * `*g = v`, `*g += 1`, `&mut *g` with `g` of a type implementing `DerefMut` (`RefMut`,
 * `Box`, user guards): the explicit deref recorded as `Deref::deref` becomes
 * `DerefMut::deref_mut`; built-in derefs of references and raw pointers need nothing.
 */
function convertDerefToMutable(fcx: FnCtxt, e: Expr, inner: Expr): void {
  const m = fcx.results.typeDependentDefs.get(e.hirId);
  const deref = fcx.tcx.langItem('deref');
  const op = m ? opMethodTrait(fcx, m) : null;
  if (op !== null && deref !== null && op.trait === deref && op.selfTy !== null) {
    const mm = lookupOpMethod(fcx, 'deref_mut', 'deref_mut', op.selfTy);
    if (mm) recordOp(fcx, e.hirId, mm);
  }
  const adj = fcx.results.adjustmentsMap.get(inner.hirId);
  if (adj) adj.splice(0, adj.length, ...derefsToMutable(fcx, adj));
  convertPlaceToMutable(fcx, inner);
}

/**
 * The trait of a recorded operator method and its `Self` type. The method is the trait's
 * (through a bound on a parameter: `Self` is its first argument, already in the caller's
 * terms) or an impl's (`Self` is the impl's type under the impl's arguments).
 */
function opMethodTrait(fcx: FnCtxt, m: { def: DefId; args: GenericArgs }): { trait: DefId | null; selfTy: Ty | null } | null {
  const tcx = fcx.tcx;
  const parent = tcx.parent(m.def);
  if (parent === null) return null;
  if (tcx.traitOfItem(m.def) !== null) {
    const self = m.args[0];
    return { trait: tcx.traitOfItem(m.def), selfTy: self?.tag === 'Type' ? self.ty : null };
  }
  return { trait: tcx.implTraitRef(parent)?.trait ?? null, selfTy: substTy(tcx.typeOf(parent), m.args) };
}

function retarget(t: Ty): Ty {
  const k = tyKind(t);
  return k.tag === 'Ref' ? mkRef(k.pointee, 'mut') : t;
}
