import type { Span } from '../diagnostics/span.ts';
import type { Expr } from '../hir/expr.ts';
import type { Ident } from '../hir/path.ts';
import { symStr } from '../syntax/symbol.ts';
import { tyKind, tys } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import type { Adjustment } from './adjustment.ts';
import { checkExpr } from './check-expr.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { findSimilar } from '../resolve/similar.ts';
import { fieldTyIn } from './adt-args.ts';
import { fieldAccessible } from './privacy.ts';
import { derefOnce, lookupOpMethod, recordOp } from './op-lookup.ts';
import { coerceOrReport } from './mismatch.ts';
import { overloadedDerefStep } from './method-probe.ts';

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
    if (k.tag !== 'Array' && k.tag !== 'Slice') continue;
    fcx.addAdjustments(base.hirId, step.adj);
    if (!fcx.isError(it) && !fcx.infcx.probe(() => fcx.infcx.unify(it, tys.usize))) {
      fcx
        .err(`the type \`[${fcx.tyStr(k.elem)}]\` cannot be indexed by \`${fcx.tyStr(it)}\``, 'E0277')
        .primary(index.span, 'slice indices are of type `usize` or ranges of `usize`')
        .help(`the trait \`SliceIndex<[${fcx.tyStr(k.elem)}]>\` is not implemented for \`${fcx.tyStr(it)}\``)
        .emit();
    }
    return k.elem;
  }
  const m = lookupOpMethod(fcx, 'index', 'index', bt);
  if (m && m.sig.inputs.length === 2) {
    recordOp(fcx, e.hirId, m);
    coerceOrReport(fcx, index, it, m.sig.inputs[1]!);
    return derefOnce(m.sig.output);
  }
  fcx.err(`cannot index into a value of type \`${fcx.tyStr(bt)}\``, 'E0608').primary(bracketSpan).emit();
  void e;
  return tys.error;
}
