// `impl Trait` in a fn signature (rustc's lowering of impl-trait): in argument position an
// anonymous type parameter of the fn, named after its bounds (`impl Fn(i32) -> i32`), with
// those bounds as its predicates; in return position an opaque type (DefKind OpaqueTy, child
// of the fn) whose bounds are its predicates and whose hidden type typeck infers from the body.
import type { Span } from '../diagnostics/span.ts';
import type * as ast from '../syntax/ast/index.ts';
import { intern } from '../syntax/symbol.ts';
import type { DefId } from '../ty/def-id.ts';
import type { HirGenericParam, HirWherePredicate } from './generics.ts';
import type { LoweringCtx } from './lower-ctx.ts';
import { traitBounds } from './lower-generics.ts';
import type { HirTy } from './types.ts';

/** Where `impl Trait` may appear while a signature is lowered. */
export interface ImplTraitCtx {
  readonly owner: DefId;
  readonly position: 'arg' | 'ret';
  /** Synthesized type parameters (argument position), appended to the fn's generics. */
  readonly params: HirGenericParam[];
  readonly predicates: HirWherePredicate[];
}

const contexts = new WeakMap<LoweringCtx, ImplTraitCtx | null>();

/** Runs `f` (lowering a signature's inputs or output) with `impl Trait` allowed as `position`. */
export function withImplTrait<T>(cx: LoweringCtx, ctx: ImplTraitCtx | null, f: () => T): T {
  const saved = contexts.get(cx) ?? null;
  contexts.set(cx, ctx);
  try {
    return f();
  } finally {
    contexts.set(cx, saved);
  }
}

/** Appends the synthesized parameters of `ctx` to its owner's generics. */
export function addImplTraitParams(cx: LoweringCtx, ctx: ImplTraitCtx, span: Span): void {
  if (ctx.params.length === 0) return;
  const g = cx.generics.get(ctx.owner) ?? { params: [], predicates: [], span };
  cx.generics.set(ctx.owner, { ...g, params: [...g.params, ...ctx.params], predicates: [...g.predicates, ...ctx.predicates] });
}

function pathTo(cx: LoweringCtx, def: DefId, name: ast.Ident['name'], span: Span): HirTy {
  const res = { tag: 'Def' as const, kind: 'TyParam' as const, def };
  const seg = { hirId: cx.id(), ident: { name, span }, res, args: null };
  return { hirId: cx.id(), kind: { tag: 'Path', qpath: { tag: 'Resolved', qself: null, path: { span, res, segments: [seg] } } }, span };
}

export function lowerImplTrait(cx: LoweringCtx, ty: ast.Ty, bounds: readonly ast.GenericBound[]): HirTy {
  const ctx = contexts.get(cx) ?? null;
  if (ctx === null) {
    cx.dcx
      .err('`impl Trait` is not allowed in the type of variable bindings and other positions outside fn signatures', 'E0562')
      .primary(ty.span)
      .note('`impl Trait` is only allowed in arguments and return types of functions and methods')
      .emit();
    return { hirId: cx.id(), kind: { tag: 'Err' }, span: ty.span };
  }
  const text = `impl ${cx.dcx.sourceMap.snippet(ty.span).replace(/^impl\s+/, '')}`;
  const paths = traitBounds(cx, bounds);
  if (ctx.position === 'arg') {
    const name = intern(text);
    const def = cx.t.defs.create('TyParam', name, ctx.owner, ty.span, ty.span, { tag: 'Public' });
    ctx.params.push({ def, name, kind: 'type', span: ty.span });
    ctx.predicates.push({ boundedTy: pathTo(cx, def, name, ty.span), bounds: paths, span: ty.span });
    return pathTo(cx, def, name, ty.span);
  }
  const def = cx.t.defs.create('OpaqueTy', intern(text), ctx.owner, ty.span, ty.span, { tag: 'Public' });
  const self: HirTy = { hirId: cx.id(), kind: { tag: 'Opaque', def }, span: ty.span };
  cx.generics.set(def, { params: [], predicates: [{ boundedTy: { ...self, hirId: cx.id() }, bounds: paths, span: ty.span }], span: ty.span });
  return self;
}
