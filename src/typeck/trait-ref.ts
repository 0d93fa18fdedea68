// Trait references as written (`Add<u8>`, `Iterator<Item = u32>`): their generic arguments
// with defaults filled (`trait Add<Rhs = Self>`), and the associated types they name.
import type { Span } from '../diagnostics/span.ts';
import type { HirGenericArgs } from '../hir/path.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';
import { mkTy, tys } from '../ty/interner.ts';
import { substArg, substArgs } from '../ty/subst.ts';
import { constArgOf } from './const-arg.ts';
import { convertArg, errorArg, inferredArg, slotArgs } from './generic-args.ts';
import type { GenericArg, GenericArgs, Ty } from '../ty/ty.ts';
import { astConv, itemCtx, SELF_PARAM, type AstConvCtx } from './astconv.ts';

/** Defaults of an item's own type and const parameters, by position in `own` (null: none). */
export function paramDefaults(tcx: TcxImpl, def: DefId): readonly (GenericArg | null)[] {
  return tcx.queries.get('paramDefaults', def, () => {
    const g = tcx.genericsOf(def);
    if (!isLocal(def)) return tcx.p(def).paramDefaults?.(def) ?? g.own.map(() => null);
    const hg = tcx.hir.generics.get(def);
    const cx = itemCtx(tcx, def);
    return g.own.map((o): GenericArg | null => {
      const p = hg?.params.find((q) => q.def === o.def);
      if (p?.default) return { tag: 'Type', ty: astConv(cx, p.default) };
      if (p?.constDefault && o.def !== null) {
        const c = constArgOf(tcx, p.constDefault, tcx.typeOf(o.def), 'const argument');
        return c === null ? errorArg(o) : { tag: 'Const', value: c };
      }
      return null;
    });
  }, () => []);
}

/**
 * `[self, A, B]` for `Trait<A, B>` applied to `self`: written arguments, then defaults
 * (substituted with the arguments before them, so `Rhs = Self` becomes `self`).
 */
export function traitRefArgs(cx: AstConvCtx, trait: DefId, self: Ty, hargs: HirGenericArgs | null): GenericArgs {
  const tcx = cx.tcx;
  const g = tcx.genericsOf(trait);
  const given = slotArgs(hargs);
  const defaults = paramDefaults(tcx, trait);
  const out: GenericArg[] = [{ tag: 'Type', ty: self }];
  for (let i = 1; i < g.own.length; i++) {
    const a = given[i - 1];
    const p = g.own[i]!;
    if (a) out.push(convertArg(cx, p, a));
    else {
      const d = defaults[i];
      out.push(d ? substArg(d, out) : inferredArg(cx, p) ?? errorArg(p));
    }
  }
  return out;
}

/** The associated type `name` of `trait` (or of a supertrait), with the trait reference's args. */
export function assocTyOfTrait(tcx: TcxImpl, trait: DefId, name: string, args: GenericArgs, depth = 0): { item: DefId; args: GenericArgs } | null {
  const item = tcx.assocItemNamed(trait, name);
  if (item !== null && tcx.defKind(item) === 'AssocTy') return { item, args };
  if (depth > 16) return null;
  for (const p of superPredicates(tcx, trait)) {
    const sub = substArgs(p.args, args);
    const r = assocTyOfTrait(tcx, p.trait, name, sub, depth + 1);
    if (r) return r;
  }
  return null;
}

/** `Self: Super<..>` predicates of a trait, read from the HIR bounds without converting types first. */
function superPredicates(tcx: TcxImpl, trait: DefId): { trait: DefId; args: GenericArgs }[] {
  if (!isLocal(trait)) {
    return (tcx.p(trait).ownPredicates?.(trait) ?? []).filter((p) => p.self === SELF_PARAM).map((p) => ({ trait: p.trait, args: p.args ?? [{ tag: 'Type', ty: p.self }] }));
  }
  const hg = tcx.hir.generics.get(trait);
  const out: { trait: DefId; args: GenericArgs }[] = [];
  for (const p of hg?.predicates ?? []) {
    const bt = p.boundedTy.kind;
    if (bt.tag !== 'Path' || bt.qpath.tag !== 'Resolved' || bt.qpath.path.res.tag !== 'SelfTyParam') continue;
    for (const b of p.bounds) {
      if (b.res.tag !== 'Def' || b.res.kind !== 'Trait') continue;
      const seg = b.segments[b.segments.length - 1];
      out.push({ trait: b.res.def, args: traitRefArgs(itemCtx(tcx, trait), b.res.def, SELF_PARAM, seg?.args ?? null) });
    }
  }
  return out;
}

/** `<args[0] as Trait>::Item`, unnormalized. */
export function projectionTy(item: DefId, args: GenericArgs): Ty {
  return mkTy({ tag: 'Alias', def: item, args });
}

/** E0220 as rustc words it (`for \`Trait\`` or, for a parameter, `for \`T\``). */
export function reportAssocNotFound(tcx: TcxImpl, trait: DefId | null, name: string, span: Span, selfName?: string): void {
  const of = trait !== null ? tcx.defName(trait) : selfName ?? '';
  tcx.sess.dcx
    .err(`associated type \`${name}\` not found for \`${of}\``, 'E0220')
    .primary(span, `associated type \`${name}\` not found`)
    .emit();
}
