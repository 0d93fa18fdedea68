import type { Span } from '../diagnostics/span.ts';
import type { HirPat } from '../hir/pat.ts';
import type { QPath } from '../hir/path.ts';
import type { DefId } from '../ty/def-id.ts';
import { symStr } from '../syntax/symbol.ts';
import { mkRef, mkTuple, mkTy, tyKind, tys } from '../ty/interner.ts';
import { fieldTyIn, pathAdt } from './adt-args.ts';
import type { Mutbl, Ty } from '../ty/ty.ts';
import { checkExpr } from './check-expr.ts';
import { checkPathExpr } from './check-path.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { demandEq, expectedFoundNote } from './mismatch.ts';

/** Where the value matched by a `let` pattern came from (for "this expression has type"). */
export interface PatOrigin {
  readonly span: Span;
  readonly ty: Ty;
}

/** The default binding mode (RFC 2005): `move`, or `ref`/`ref mut` below implicitly dereferenced references. */
type DefaultBm = 'move' | Mutbl;

/** How a pattern kind treats a reference-typed expected type (rustc's AdjustMode). */
function adjustMode(fcx: FnCtxt, p: HirPat): 'peel' | 'pass' | 'reset' {
  const k = p.kind;
  switch (k.tag) {
    case 'Struct': case 'TupleStruct': case 'Tuple': case 'Range': case 'Slice': case 'Never':
      return 'peel';
    case 'Lit':
      // String and byte-string literals have reference types and match references as they are.
      return k.expr.kind.tag === 'Lit' && (k.expr.kind.lit.value.tag === 'Str' || k.expr.kind.lit.value.tag === 'ByteStr') ? 'pass' : 'peel';
    case 'Path': {
      const res = k.qpath.tag === 'Resolved' ? k.qpath.path.res : null;
      return res && res.tag === 'Def' && (res.kind === 'Const' || res.kind === 'AssocConst') ? 'pass' : 'peel';
    }
    case 'Ref': return 'reset';
    default: return 'pass';
  }
}

/** Checks a pattern against the type of the value it matches; records binding types. */
export function checkPat(fcx: FnCtxt, p: HirPat, expected: Ty, origin: PatOrigin | null = null, bm: DefaultBm = 'move'): void {
  const mode = adjustMode(fcx, p);
  if (mode === 'reset') bm = 'move';
  if (mode === 'peel') {
    // Implicitly dereference `&T`s the pattern does not match itself.
    const adjs: Ty[] = [];
    for (;;) {
      const sk = tyKind(fcx.shallow(expected));
      if (sk.tag !== 'Ref') break;
      adjs.push(fcx.shallow(expected));
      expected = sk.pointee;
      bm = bm === 'not' || sk.mutbl === 'not' ? 'not' : 'mut';
    }
    if (adjs.length > 0) fcx.results.patAdjustmentsMap.set(p.hirId, adjs);
  }
  checkPatKind(fcx, p, expected, origin, bm);
}

function checkPatKind(fcx: FnCtxt, p: HirPat, expected: Ty, origin: PatOrigin | null, bm: DefaultBm): void {
  const k = p.kind;
  fcx.writeTy(p.hirId, expected);
  switch (k.tag) {
    case 'Wild': case 'Never': case 'Err':
      return;
    case 'Binding': {
      // A plain `x` under a default `ref` mode binds by reference; `mut x` resets to move (edition 2021).
      const byRef: Mutbl | null = k.mode.byRef ?? (k.mode.mutbl === 'not' && bm !== 'move' ? bm : null);
      const ty = byRef ? mkRef(expected, byRef) : expected;
      fcx.writeTy(p.hirId, ty);
      fcx.bindingSpans.set(p.hirId, p.span);
      fcx.results.bindingModes.set(
        p.hirId,
        byRef ? { tag: 'ByRef', mutbl: byRef, bindingMutbl: k.mode.mutbl } : { tag: 'ByValue', mutbl: k.mode.mutbl },
      );
      if (k.sub) checkPat(fcx, k.sub, expected, origin, bm);
      return;
    }
    case 'Tuple': {
      let exp = fcx.shallow(expected);
      let ek = tyKind(exp);
      if (ek.tag === 'Infer' && ek.kind === 'ty' && k.dotdot === null) {
        const fresh = mkTuple(k.pats.map(() => fcx.infcx.newVar()));
        fcx.infcx.unify(exp, fresh);
        exp = fresh;
        ek = tyKind(exp);
      }
      if (ek.tag === 'Error') {
        for (const sp of k.pats) checkPat(fcx, sp, tys.error);
        return;
      }
      if (ek.tag !== 'Tuple' || (k.dotdot === null ? ek.elems.length !== k.pats.length : ek.elems.length < k.pats.length)) {
        reportTupleMismatch(fcx, p, exp, k.pats.length, origin);
        for (const sp of k.pats) checkPat(fcx, sp, tys.error);
        return;
      }
      const n = ek.elems.length;
      k.pats.forEach((sp, i) => {
        const idx = k.dotdot !== null && i >= k.dotdot ? n - (k.pats.length - i) : i;
        checkPat(fcx, sp, ek.elems[idx]!, null, bm);
      });
      return;
    }
    case 'Ref': {
      const ek = tyKind(fcx.shallow(expected));
      if (ek.tag === 'Ref') {
        checkPat(fcx, k.pat, ek.pointee);
        return;
      }
      const inner = fcx.infcx.newVar();
      demandEq(fcx, p.span, expected, mkRef(inner, k.mutbl));
      checkPat(fcx, k.pat, inner);
      return;
    }
    case 'Lit': {
      const t = checkExpr(fcx, k.expr, expected);
      demandEq(fcx, p.span, expected, t);
      return;
    }
    case 'Range': {
      if (k.lo) demandEq(fcx, k.lo.span, expected, checkExpr(fcx, k.lo, expected));
      if (k.hi) demandEq(fcx, k.hi.span, expected, checkExpr(fcx, k.hi, expected));
      return;
    }
    case 'Or':
      for (const sp of k.pats) checkPat(fcx, sp, expected, origin, bm);
      return;
    case 'Path': {
      const t = k.qpath.tag === 'TypeRelative' ? typeRelativePatTy(fcx, p, k.qpath) : pathPatTy(fcx, k.qpath, p.span);
      demandEq(fcx, p.span, expected, t);
      return;
    }
    case 'TupleStruct': {
      const v = variantOfPath(fcx, k.qpath, p.span);
      if (!v) {
        for (const sp of k.pats) checkPat(fcx, sp, tys.error);
        return;
      }
      const adtTy = pathAdt(fcx, v.adt, k.qpath);
      demandEq(fcx, p.span, expected, adtTy);
      const fields = fcx.tcx.adtDef(v.adt).variants[v.variant]!.fields;
      const n = fields.length;
      k.pats.forEach((sp, i) => {
        const idx = k.dotdot !== null && i >= k.dotdot ? n - (k.pats.length - i) : i;
        const f = fields[idx];
        checkPat(fcx, sp, f ? fieldTyIn(fcx, adtTy, f.ty) : tys.error, null, bm);
      });
      return;
    }
    case 'Struct': {
      const v = variantOfPath(fcx, k.qpath, p.span);
      if (!v) {
        for (const f of k.fields) checkPat(fcx, f.pat, tys.error);
        return;
      }
      const adtTy = pathAdt(fcx, v.adt, k.qpath);
      demandEq(fcx, p.span, expected, adtTy);
      const fields = fcx.tcx.adtDef(v.adt).variants[v.variant]!.fields;
      for (const f of k.fields) {
        const name = symStr(f.ident.name);
        const idx = fields.findIndex((fd) => fd.name === name);
        if (idx < 0) {
          fcx.err(`struct \`${fcx.tcx.defName(v.adt)}\` does not have a field named \`${name}\``, 'E0026').primary(f.ident.span, `struct \`${fcx.tcx.defName(v.adt)}\` does not have this field`).emit();
          checkPat(fcx, f.pat, tys.error);
          continue;
        }
        fcx.results.fieldIndices.set(f.hirId, idx);
        checkPat(fcx, f.pat, fieldTyIn(fcx, adtTy, fields[idx]!.ty), null, bm);
      }
      return;
    }
    case 'Slice': {
      const ek = tyKind(fcx.shallow(expected));
      const elem = ek.tag === 'Array' || ek.tag === 'Slice' ? ek.elem : tys.error;
      if (elem === tys.error && ek.tag !== 'Error') fcx.err(`expected an array or slice, found \`${fcx.tyStr(expected)}\``, 'E0529').primary(p.span, 'pattern cannot match with input type').emit();
      for (const sp of [...k.before, ...k.after]) checkPat(fcx, sp, elem, null, bm);
      let rest = ek.tag === 'Slice' ? expected : tys.error;
      // `let [a, b] = as_chunks();` fixes the array's unknown length (rustc's inference from patterns).
      const len = ek.tag === 'Array' ? fcx.infcx.resolveConst(ek.len) : null;
      if (len !== null && len.tag === 'Infer' && k.mid === null) fcx.infcx.unifyConst(len, { tag: 'Value', ty: tys.usize, bits: BigInt(k.before.length + k.after.length) });
      const known = ek.tag === 'Array' ? fcx.infcx.resolveConst(ek.len) : null;
      if (ek.tag === 'Array' && known !== null && known.tag === 'Value') {
        // Arrays: the pattern's length must fit; `rest @ ..` is the array of what is left.
        const n = known.bits;
        const min = BigInt(k.before.length + k.after.length);
        const el = (x: bigint): string => `${x} element${x === 1n ? '' : 's'}`;
        if (k.mid === null && min !== n) {
          fcx.err(`pattern requires ${el(min)} but array has ${n}`, 'E0527').primary(p.span, `expected ${el(n)}`).emit();
        } else if (k.mid !== null && min > n) {
          fcx.err(`pattern requires at least ${el(min)} but array has ${n}`, 'E0528').primary(p.span, `pattern cannot match array of ${el(n)}`).emit();
        } else {
          rest = mkTy({ tag: 'Array', elem: ek.elem, len: { tag: 'Value', ty: tys.usize, bits: n - min } });
        }
      }
      if (k.mid) checkPat(fcx, k.mid, rest, null, bm);
      return;
    }
  }
}

function reportTupleMismatch(fcx: FnCtxt, p: HirPat, exp: Ty, found: number, origin: PatOrigin | null): void {
  if (fcx.isError(exp)) return;
  const ek = tyKind(exp);
  const placeholder = `(${Array.from({ length: found }, () => '_').join(', ')}${found === 1 ? ',' : ''})`;
  const d = fcx.err('mismatched types', 'E0308');
  if (ek.tag === 'Tuple') {
    const plural = (n: number): string => `${n} element${n === 1 ? '' : 's'}`;
    d.primary(p.span, `expected a tuple with ${plural(ek.elems.length)}, found one with ${plural(found)}`);
    if (origin) d.label(origin.span, `this expression has type \`${fcx.tyStr(origin.ty)}\``);
    d.note(expectedFoundNote(fcx, exp, exp, placeholder));
  } else {
    d.primary(p.span, `expected ${fcx.descr(exp)}, found tuple`);
    if (origin) d.label(origin.span, `this expression has type \`${fcx.tyStr(origin.ty)}\``);
    d.note(expectedFoundNote(fcx, exp, exp, placeholder));
  }
  d.emit();
}

/** The ADT variant a tuple-struct or struct pattern names. */
function variantOfPath(fcx: FnCtxt, q: QPath, span: Span): { adt: DefId; variant: number } | null {
  if (q.tag !== 'Resolved') {
    fcx.err('associated item paths in patterns are not supported by tsrustc yet').primary(span).emit();
    return null;
  }
  const res = q.path.res;
  if (res.tag === 'Err') return null;
  if (res.tag === 'Def' && res.kind === 'Ctor') return fcx.tcx.ctorTarget(res.def);
  if (res.tag === 'Def' && (res.kind === 'Struct' || res.kind === 'Union')) return { adt: res.def, variant: 0 };
  if (res.tag === 'Def' && res.kind === 'Variant') {
    const e = fcx.tcx.parent(res.def);
    if (e === null) return null;
    const idx = fcx.tcx.adtDef(e).variants.findIndex((v) => v.def === res.def);
    return { adt: e, variant: idx };
  }
  if (res.tag === 'SelfTyAlias' || res.tag === 'SelfCtor') {
    const t = tyKind(fcx.tcx.typeOf(res.implDef));
    if (t.tag === 'Adt') return { adt: t.def, variant: 0 };
  }
  fcx.err('expected tuple struct or tuple variant in pattern', 'E0532').primary(span).emit();
  return null;
}

/**
 * `Dog::LEGS` / `Self::MAX` in a pattern: resolved as the same path in an expression (which
 * records the associated item for MIR building); it must name a constant.
 */
function typeRelativePatTy(fcx: FnCtxt, p: HirPat, q: QPath): Ty {
  const t = checkPathExpr(fcx, { hirId: p.hirId, span: p.span, kind: { tag: 'Path', qpath: q } }, q);
  const tdd = fcx.results.typeDependentDefs.get(p.hirId);
  if (fcx.isError(t) || tdd === undefined) return tys.error;
  if (fcx.tcx.defKind(tdd.def) === 'AssocConst') return t;
  const what = fcx.tcx.defKind(tdd.def) === 'AssocFn' ? 'associated function' : 'associated item';
  const path = fcx.tcx.sess.sourceMap.snippet(p.span);
  fcx.err(`expected unit struct, unit variant or constant, found ${what} \`${path}\``, 'E0533').primary(p.span, 'not a unit struct, unit variant or constant').emit();
  return tys.error;
}

function pathPatTy(fcx: FnCtxt, q: QPath, span: Span): Ty {
  if (q.tag !== 'Resolved') return tys.error;
  const res = q.path.res;
  if (res.tag === 'Def') {
    if (res.kind === 'Const' || res.kind === 'AssocConst' || res.kind === 'Static') return fcx.tcx.typeOf(res.def);
    if (res.kind === 'Ctor') {
      const t = fcx.tcx.ctorTarget(res.def);
      return t ? pathAdt(fcx, t.adt, q) : tys.error;
    }
  }
  if (res.tag === 'SelfCtor') return fcx.tcx.typeOf(res.implDef);
  if (res.tag !== 'Err') fcx.err('expected unit struct, unit variant or constant').primary(span).emit();
  return tys.error;
}
