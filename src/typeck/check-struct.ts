import type { Expr, ExprField } from '../hir/expr.ts';
import type { QPath } from '../hir/path.ts';
import { symStr } from '../syntax/symbol.ts';
import type { DefId } from '../ty/def-id.ts';
import { mkAdt, tyKind, tys } from '../ty/interner.ts';
import { adtArgs } from './astconv.ts';
import { fieldTyIn, freshAdt } from './adt-args.ts';
import type { Ty } from '../ty/ty.ts';
import { checkExpr, checkExprCoercible } from './check-expr.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { findSimilar } from '../resolve/similar.ts';
import { fieldAccessible } from './privacy.ts';

function structTarget(fcx: FnCtxt, q: QPath): { adt: DefId; variant: number } | null {
  if (q.tag !== 'Resolved') {
    fcx.err('associated item paths in struct expressions are not supported by tsrustc yet').primary(q.span).emit();
    return null;
  }
  const res = q.path.res;
  if (res.tag === 'Err') return null;
  if (res.tag === 'Def' && (res.kind === 'Struct' || res.kind === 'Union')) return { adt: res.def, variant: 0 };
  if (res.tag === 'Def' && res.kind === 'Variant') {
    const e = fcx.tcx.parent(res.def);
    if (e === null) return null;
    return { adt: e, variant: fcx.tcx.adtDef(e).variants.findIndex((v) => v.def === res.def) };
  }
  let t: Ty | null = null;
  if (res.tag === 'SelfTyAlias') t = fcx.tcx.typeOf(res.implDef);
  if (res.tag === 'Def' && res.kind === 'TyAlias') t = fcx.tcx.typeOf(res.def);
  if (t !== null) {
    const k = tyKind(t);
    if (k.tag === 'Adt' && fcx.tcx.adtDef(k.def).kind !== 'enum') return { adt: k.def, variant: 0 };
  }
  const name = q.path.segments.map((s) => symStr(s.ident.name)).join('::');
  fcx.err(`expected struct, variant or union type, found \`${name}\``, 'E0574').primary(q.path.span, 'not a struct, variant or union type').emit();
  return null;
}

function listNames(names: string[]): string {
  const q = names.map((n) => `\`${n}\``);
  if (q.length <= 1) return q.join('');
  if (q.length <= 3) return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
  return `${q.slice(0, 3).join(', ')} and ${q.length - 3} other field${q.length - 3 === 1 ? '' : 's'}`;
}

/** `S { a: x, b }`, `E::V { .. }`, `Self { .. }` with functional update `..base`. */
export function checkStructExpr(fcx: FnCtxt, e: Expr, q: QPath, fields: readonly ExprField[], base: Expr | null, expected: Ty | null = null): Ty {
  const target = structTarget(fcx, q);
  if (!target) {
    for (const f of fields) checkExpr(fcx, f.expr, null);
    if (base) checkExpr(fcx, base, null);
    return tys.error;
  }
  const adt = fcx.tcx.adtDef(target.adt);
  const variant = adt.variants[target.variant]!;
  // `Buf::<3> { .. }`: the written arguments, else inference variables.
  const seg = q.tag === 'Resolved' ? q.path.segments[q.path.segments.length - 1] : undefined;
  const adtTy = seg?.args && fcx.tcx.defKind(target.adt) !== 'Enum' ? mkAdt(target.adt, adtArgs(fcx, target.adt, seg, seg.ident.span)) : freshAdt(fcx, target.adt);
  // `Wrapper { inner: Box::new(x) }` where `Wrapper<dyn Trait>` is expected: the fields take
  // the expected type's arguments, so they coerce (rustc's expected field types).
  if (expected !== null) {
    const want = fcx.resolve(expected);
    const wk = tyKind(want);
    // Const arguments never coerce: `let b: Buf<2> = Buf { data: [1, 2, 3] }` is a mismatch at the field.
    if (wk.tag === 'Adt' && wk.def === target.adt && wk.args.some((a) => (a.tag === 'Type' && tyKind(fcx.resolve(a.ty)).tag === 'Dynamic') || a.tag === 'Const')) {
      fcx.infcx.probe(() => fcx.infcx.unify(adtTy, want));
    }
  }
  const seen = new Map<number, ExprField>();
  const named = new Set(fields.map((f) => symStr(f.ident.name)));
  for (const f of fields) {
    const name = symStr(f.ident.name);
    const idx = variant.fields.findIndex((fd) => fd.name === name);
    if (idx < 0) {
      const what = adt.kind === 'enum' ? `variant \`${adt.name}::${variant.name}\`` : `${adt.kind} \`${adt.name}\``;
      const d = fcx.err(`${what} has no field named \`${name}\``, 'E0560');
      const unassigned = variant.fields.map((fd) => fd.name).filter((n) => !named.has(n));
      const similar = findSimilar(name, unassigned);
      if (similar !== null) {
        d.primary(f.ident.span, 'unknown field').help('a field with a similar name exists', f.ident.span, [
          { span: f.ident.span, replacement: similar, applicability: 'MaybeIncorrect', style: 'verbose' },
        ]);
      } else {
        d.primary(f.ident.span, `\`${adt.kind === 'enum' ? `${adt.name}::${variant.name}` : adt.name}\` does not have this field`);
        d.note(unassigned.length === 0 ? 'all struct fields are already assigned' : `available fields are: ${unassigned.map((n) => `\`${n}\``).join(', ')}`);
      }
      d.emit();
      checkExpr(fcx, f.expr, null);
      continue;
    }
    const fd = variant.fields[idx]!;
    if (adt.kind !== 'enum' && !fieldAccessible(fcx, fd)) {
      fcx.err(`field \`${name}\` of ${adt.kind} \`${adt.name}\` is private`, 'E0451').primary(f.ident.span, 'private field').emit();
    }
    const prev = seen.get(idx);
    if (prev) {
      fcx.err(`field \`${name}\` specified more than once`, 'E0062').label(prev.ident.span, `first use of \`${name}\``).primary(f.ident.span, 'used more than once').emit();
    } else {
      seen.set(idx, f);
    }
    fcx.results.fieldIndices.set(f.hirId, idx);
    checkExprCoercible(fcx, f.expr, fieldTyIn(fcx, adtTy, variant.fields[idx]!.ty));
  }
  if (base) {
    checkExprCoercible(fcx, base, adtTy);
  } else if (adt.kind !== 'union') {
    const missing = variant.fields.filter((_, i) => !seen.has(i)).map((f) => f.name);
    if (missing.length > 0) {
      const span = q.tag === 'Resolved' ? q.path.span : e.span;
      fcx
        .err(`missing field${missing.length === 1 ? '' : 's'} ${listNames(missing)} in initializer of \`${adt.kind === 'enum' ? `${adt.name}::${variant.name}` : adt.name}\``, 'E0063')
        .primary(span, `missing ${listNames(missing)}`)
        .emit();
    }
  }
  return adtTy;
}
