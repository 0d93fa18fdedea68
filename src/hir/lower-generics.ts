import type * as ast from '../syntax/ast/index.ts';
import type { DefId } from '../ty/def-id.ts';
import type { Res } from './res.ts';
import type { HirGenericParam, HirGenerics, HirWherePredicate } from './generics.ts';
import type { LoweringCtx } from './lower-ctx.ts';
import { lowerTraitPath } from './lower-path.ts';
import { lowerTy } from './lower-ty.ts';
import { lowerAnonConst } from './lower-anon-const.ts';
import { checkGenericParams } from './generics-check.ts';
import type { Path } from './path.ts';
import type { HirTy } from './types.ts';
import type { Symbol } from '../syntax/symbol.ts';

/**
 * Declares the generic parameters of `owner` (DefIds of kind TyParam...) and pushes the rib
 * that makes them nameable; the caller pops it after lowering the item. Bounds and where
 * clauses are lowered inside the rib (they may name the parameters).
 */
export function lowerGenerics(cx: LoweringCtx, g: ast.Generics, owner: DefId): HirGenerics {
  checkGenericParams(cx, g, cx.t.defs.get(owner).kind);
  const names = new Map<Symbol, Res>();
  const values = new Map<Symbol, Res>();
  const params: HirGenericParam[] = [];
  for (const p of g.params) {
    const kind = p.kind.tag === 'Lifetime' ? 'lifetime' : p.kind.tag === 'Type' ? 'type' : 'const';
    const defKind = kind === 'lifetime' ? 'LifetimeParam' : kind === 'type' ? 'TyParam' : 'ConstParam';
    const def = cx.t.defs.create(defKind, p.ident.name, owner, p.span, p.ident.span, { tag: 'Public' });
    params.push({ def, name: p.ident.name, kind, span: p.span });
    if (kind === 'type') names.set(p.ident.name, { tag: 'Def', kind: 'TyParam', def });
    if (kind === 'const') values.set(p.ident.name, { tag: 'Def', kind: 'ConstParam', def });
  }
  const relaxed = maybeSizedParams(g);
  params.forEach((p, i) => {
    if (p.kind === 'type' && relaxed.has(p.name)) params[i] = { ...p, maybeSized: true };
  });
  cx.r.pushRib({ kind: 'generics', names, values });
  // Defaults may name earlier parameters and `Self`: lowered inside the rib.
  g.params.forEach((p, i) => {
    if (p.kind.tag === 'Type' && p.kind.default) params[i] = { ...params[i]!, default: lowerTy(cx, p.kind.default) };
    if (p.kind.tag === 'Const') {
      const constDefault = p.kind.default ? lowerAnonConst(cx, p.kind.default.value, 'const argument') : null;
      params[i] = { ...params[i]!, constTy: lowerTy(cx, p.kind.ty), constDefault };
    }
  });
  const predicates: HirWherePredicate[] = [];
  for (let i = 0; i < g.params.length; i++) {
    const p = g.params[i]!;
    if (p.kind.tag !== 'Type') continue;
    const bounds = traitBounds(cx, p.bounds);
    if (bounds.length === 0) continue;
    const res = names.get(p.ident.name)!;
    predicates.push({ boundedTy: paramTy(cx, p.ident, res), bounds, span: p.span });
  }
  for (const w of g.whereClause.predicates) {
    if (w.tag !== 'Bound') continue;
    const bounds = traitBounds(cx, w.bounds);
    const boundedTy = lowerTy(cx, w.boundedTy);
    // `for<'a> Self: 'a` only bounds lifetimes, which tsrustc does not check.
    if (bounds.length === 0) continue;
    if (w.boundGenericParams.length > 0) cx.unsupported('higher-ranked trait bounds are', w.span);
    predicates.push({ boundedTy, bounds, span: w.span });
  }
  return { params, predicates, span: g.span };
}

/** The type parameters with a `?Sized` bound, inline (`T: ?Sized`) or in the where clause. */
function maybeSizedParams(g: ast.Generics): Set<Symbol> {
  const out = new Set<Symbol>();
  const relaxes = (bounds: readonly ast.GenericBound[]): boolean => bounds.some((b) => b.tag === 'Trait' && b.modifier === 'maybe');
  for (const p of g.params) if (p.kind.tag === 'Type' && relaxes(p.bounds)) out.add(p.ident.name);
  for (const w of g.whereClause.predicates) {
    if (w.tag !== 'Bound' || !relaxes(w.bounds)) continue;
    const k = w.boundedTy.kind;
    if (k.tag === 'Path' && k.qself === null && k.path.segments.length === 1) out.add(k.path.segments[0]!.ident.name);
  }
  return out;
}

export function traitBounds(cx: LoweringCtx, bounds: readonly ast.GenericBound[]): Path[] {
  const out: Path[] = [];
  for (const b of bounds) {
    if (b.tag !== 'Trait') continue;
    // `?Sized` relaxes a default bound tsrustc does not model.
    if (b.modifier === 'maybe') continue;
    out.push(lowerTraitPath(cx, b.poly.traitRef.path));
  }
  return out;
}

function paramTy(cx: LoweringCtx, ident: ast.Ident, res: Res): HirTy {
  const seg = { hirId: cx.id(), ident, res, args: null };
  return { hirId: cx.id(), kind: { tag: 'Path', qpath: { tag: 'Resolved', qself: null, path: { span: ident.span, res, segments: [seg] } } }, span: ident.span };
}
