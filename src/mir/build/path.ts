import type { Expr } from '../../hir/expr.ts';
import type { Res } from '../../hir/res.ts';
import type { DefKind } from '../../ty/context.ts';
import type { DefId } from '../../ty/def-id.ts';
import { mkTy, tyKind } from '../../ty/interner.ts';
import type { Operand, Place, Rvalue } from '../mir.ts';
import { constOperand, local, project, type Builder } from './builder.ts';
import { adtFieldTys, variantIndex } from './adt.ts';
import { constTreeOperand, zstConst } from './constant.ts';

/** What a path expression names, after type-dependent resolution (`S::new`, `Trait::f`). */
export type PathTarget =
  | { readonly tag: 'Local'; readonly local: number }
  /** A variable captured by the closure whose body is being built. */
  | { readonly tag: 'Upvar'; readonly place: Place }
  | { readonly tag: 'Def'; readonly kind: DefKind; readonly def: DefId }
  | { readonly tag: 'SelfCtor' };

export function pathTarget(b: Builder, e: Expr): PathTarget {
  if (e.kind.tag !== 'Path') throw new Error('MIR build: not a path');
  const tdd = b.tr.typeDependentDef(e.hirId);
  if (tdd) return { tag: 'Def', kind: b.cx.defKind(tdd.def), def: tdd.def };
  const q = e.kind.qpath;
  if (q.tag === 'TypeRelative') throw new Error('MIR build: unresolved type-relative path');
  return resTarget(b, q.path.res);
}

function resTarget(b: Builder, res: Res): PathTarget {
  switch (res.tag) {
    case 'Local': {
      const l = b.varMap.get(res.id);
      if (l !== undefined) return { tag: 'Local', local: l };
      const u = b.upvarPlaces.get(res.id);
      if (u !== undefined) return { tag: 'Upvar', place: u };
      throw new Error(`MIR build: unknown local variable (HirId ${res.id})`);
    }
    case 'Def': return { tag: 'Def', kind: res.kind, def: res.def };
    case 'SelfCtor': return { tag: 'SelfCtor' };
    default: throw new Error(`MIR build: path resolved to ${res.tag} in a value position`);
  }
}

/** Place of a static: deref of a `StaticRef` constant (`&T`, or `*mut T` for `static mut`). */
export function staticPlace(b: Builder, def: DefId, kind: DefKind, e: Expr): Place {
  const ty = b.tr.nodeType(e.hirId);
  const mutable = b.cx.staticMutability(def) === 'mut';
  const ptrTy = mutable
    ? mkTy({ tag: 'RawPtr', mutbl: 'mut', pointee: ty })
    : kind === 'ForeignStatic'
      ? mkTy({ tag: 'RawPtr', mutbl: 'not', pointee: ty })
      : mkTy({ tag: 'Ref', mutbl: 'not', pointee: ty });
  const op = constOperand({ ty: ptrTy, value: { tag: 'StaticRef', def }, span: e.span });
  const t = b.temp({ tag: 'Use', operand: op }, ptrTy, e.span);
  return project(local(t), { tag: 'Deref' });
}

/** A path in a place position: a local variable or a static. */
export function pathPlace(b: Builder, e: Expr): Place {
  const t = pathTarget(b, e);
  if (t.tag === 'Local') return local(t.local);
  if (t.tag === 'Upvar') return t.place;
  if (t.tag === 'Def' && (t.kind === 'Static' || t.kind === 'ForeignStatic')) return staticPlace(b, t.def, t.kind, e);
  throw new Error('MIR build: path is not a place');
}

/** A path in a value position that is not a place: fn item, const, unit constructor. */
export function pathValue(b: Builder, e: Expr): { operand: Operand } | { rvalue: Rvalue } {
  const t = pathTarget(b, e);
  const ty = b.tr.nodeType(e.hirId);
  const k = tyKind(ty);
  if (t.tag === 'Local' || t.tag === 'Upvar') throw new Error('MIR build: local used as a constant');
  if (t.tag === 'Def' && (t.kind === 'Const' || t.kind === 'AssocConst')) {
    // A constant of a generic impl may depend on its parameters: evaluated per instance.
    const tdd = b.tr.typeDependentDef(e.hirId);
    if (t.kind === 'AssocConst' && tdd !== null && tdd.def === t.def && tdd.args.length > 0) {
      return { operand: constOperand({ ty, value: { tag: 'Unevaluated', def: t.def, args: tdd.args }, span: e.span }) };
    }
    return { operand: constTreeOperand(b, b.cx.constTree(t.def), ty, e.span) };
  }
  // `N` of `const N: usize`: its value comes with the instance's generic args.
  if (t.tag === 'Def' && t.kind === 'ConstParam') {
    const c = b.cx.constParamIndex?.(t.def);
    if (c === undefined) throw new Error('MIR build: const parameter without generics');
    return { operand: constOperand({ ty, value: { tag: 'ConstParam', index: c.index, name: c.name }, span: e.span }) };
  }
  // Unit structs/variants (and `Self` as a unit value) build the aggregate.
  if (k.tag === 'Adt') {
    const variant = t.tag === 'Def' ? variantIndex(b.cx, k.def, t.def) : 0;
    if (adtFieldTys(b.cx, k.def, k.args, variant).length !== 0) throw new Error('MIR build: non-unit constructor used as a value');
    return { rvalue: { tag: 'Aggregate', kind: { tag: 'Adt', def: k.def, variant, args: k.args, activeField: null }, operands: [] } };
  }
  // Fn items, tuple-struct constructors used as values: zero-sized fn item constants.
  return { operand: zstConst(ty, e.span) };
}
