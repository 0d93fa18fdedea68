import type { Expr } from '../../hir/expr.ts';
import type { HirPat } from '../../hir/pat.ts';
import type { QPath } from '../../hir/path.ts';
import type { DefId } from '../../ty/def-id.ts';
import { tyKind } from '../../ty/interner.ts';
import type { Ty } from '../../ty/ty.ts';
import type { TypeckResults } from '../../typeck/results.ts';
import type { ConstTree } from '../const-tree.ts';
import { ctorSubTys, intTyRange } from './ctors.ts';
import type { Ctor, DPat } from './deconstructed.ts';
import type { MatchCx } from './match-cx.ts';

// HIR patterns with their typeck results -> DeconstructedPats (rustc's THIR pattern lowering
// plus DeconstructedPat::from_pat): implicit derefs become `&` constructors, literals and
// constants become values, struct patterns list every field.

export interface LowerCx extends MatchCx {
  readonly tr: TypeckResults;
  /** The enum variant (or struct: 0) a struct-like or path pattern names. */
  variantOf(p: HirPat, q: QPath): number;
  /** A path (pattern or range end, `hirId`) naming a `const` or associated const (`i64::MAX`): its def. */
  constOf(q: QPath, hirId: number): DefId | null;
  constValue(def: DefId): ConstTree;
  nextId(): number;
  /** Opaque ids for values that only compare equal (floats...), keyed by their text. */
  opaqueId(key: string): number;
}

function mk(cx: LowerCx, p: HirPat, ctor: Ctor, fields: DPat[], ty: Ty): DPat {
  return { ctor, fields, ty, span: p.span, id: cx.nextId(), isWildcardLike: false };
}

function wild(cx: LowerCx, p: HirPat, ty: Ty): DPat {
  return { ctor: { tag: 'Wildcard' }, fields: [], ty, span: p.span, id: cx.nextId(), isWildcardLike: true };
}

/** Sign-extends raw bits of an integer constant of type `ty`. */
function signed(cx: LowerCx, bits: bigint, ty: Ty): bigint {
  const k = tyKind(ty);
  if (k.tag !== 'Int') return bits;
  const w = BigInt(k.int === 'isize' ? cx.pointerWidth : Number(k.int.slice(1)));
  const v = bits & ((1n << w) - 1n);
  return v >= 1n << (w - 1n) ? v - (1n << w) : v;
}

/** The value of a literal or constant pattern end, or null when it is not an integer/char/bool. */
function scalarValue(cx: LowerCx, e: Expr, ty: Ty): bigint | null {
  const k = e.kind;
  if (k.tag === 'Unary' && k.op === 'Neg') {
    const v = scalarValue(cx, k.expr, ty);
    return v === null ? null : -v;
  }
  if (k.tag === 'Lit') {
    const v = k.lit.value;
    switch (v.tag) {
      case 'Int': return k.negated ? -v.value : v.value;
      case 'Char': case 'Byte': return BigInt(v.value);
      case 'Bool': return v.value ? 1n : 0n;
      default: return null;
    }
  }
  if (k.tag === 'Path') {
    const def = cx.constOf(k.qpath, e.hirId);
    if (def === null) return null;
    const t = cx.constValue(def);
    return t.tag === 'Scalar' ? signed(cx, t.bits, ty) : null;
  }
  return null;
}

function isIntLike(ty: Ty): boolean {
  const t = tyKind(ty).tag;
  return t === 'Int' || t === 'Uint' || t === 'Char';
}

/** A constant of type `ty` as a constructor. */
function valueCtor(cx: LowerCx, e: Expr, ty: Ty): Ctor {
  const k = tyKind(ty);
  const v = scalarValue(cx, e, ty);
  if (v !== null && k.tag === 'Bool') return { tag: 'Bool', value: v !== 0n };
  if (v !== null && isIntLike(ty)) return { tag: 'Int', range: { lo: v, hi: v } };
  const lit = e.kind.tag === 'Unary' && e.kind.op === 'Neg' ? e.kind.expr : e;
  const text = lit.kind.tag === 'Lit' ? `${lit !== e ? '-' : ''}${JSON.stringify(lit.kind.lit.value, (_k, x) => (typeof x === 'bigint' ? String(x) : x))}` : `expr${e.hirId}`;
  return { tag: 'Opaque', id: cx.opaqueId(text) };
}

export function lowerPat(cx: LowerCx, p: HirPat): DPat {
  let out = lowerPatKind(cx, p);
  const adjs = cx.tr.patAdjustments(p.hirId);
  for (let i = adjs.length - 1; i >= 0; i--) out = { ...out, ctor: { tag: 'Ref' }, fields: [out], ty: adjs[i]!, id: cx.nextId(), isWildcardLike: false };
  return out;
}

function lowerPatKind(cx: LowerCx, p: HirPat): DPat {
  const ty = cx.tr.nodeType(p.hirId);
  const k = p.kind;
  switch (k.tag) {
    case 'Wild': case 'Never': case 'Err':
      return wild(cx, p, ty);
    case 'Binding': {
      if (!k.sub) return wild(cx, p, ty);
      const sub = lowerPat(cx, k.sub);
      return { ...sub, span: p.span };
    }
    case 'Tuple': {
      const elems = tyKind(ty).tag === 'Tuple' ? ctorSubTys(cx, { tag: 'Single' }, ty) : [];
      return mk(cx, p, { tag: 'Single' }, positional(cx, p, k.pats, k.dotdot, elems), ty);
    }
    case 'TupleStruct': case 'Struct': case 'Path': {
      const tk = tyKind(ty);
      if (k.tag === 'Path') {
        const c = cx.constOf(k.qpath, p.hirId);
        if (c !== null) return mk(cx, p, valueCtor(cx, { hirId: p.hirId, kind: { tag: 'Path', qpath: k.qpath }, span: p.span }, ty), [], ty);
      }
      if (tk.tag !== 'Adt') return wild(cx, p, ty);
      const isEnum = cx.adtDef(tk.def).kind === 'enum';
      const variant = isEnum ? cx.variantOf(p, k.qpath) : 0;
      const ctor: Ctor = isEnum ? { tag: 'Variant', index: variant } : { tag: 'Single' };
      const ftys = cx.fieldTys(tk.def, tk.args, variant);
      let fields: DPat[];
      if (k.tag === 'TupleStruct') fields = positional(cx, p, k.pats, k.dotdot, ftys);
      else if (k.tag === 'Struct') {
        fields = ftys.map((t) => wild(cx, p, t));
        for (const f of k.fields) fields[cx.tr.fieldIndex(f.hirId)] = lowerPat(cx, f.pat);
      } else fields = ftys.map((t) => wild(cx, p, t));
      return mk(cx, p, ctor, fields, ty);
    }
    case 'Ref': {
      return mk(cx, p, { tag: 'Ref' }, [lowerPat(cx, k.pat)], ty);
    }
    case 'Lit': {
      const e = k.expr;
      const tk = tyKind(ty);
      if (e.kind.tag === 'Lit' && e.kind.lit.value.tag === 'Str' && tk.tag === 'Ref') {
        const inner: DPat = { ctor: { tag: 'Str', value: e.kind.lit.value.value }, fields: [], ty: tk.pointee, span: p.span, id: cx.nextId(), isWildcardLike: false };
        return mk(cx, p, { tag: 'Ref' }, [inner], ty);
      }
      return mk(cx, p, valueCtor(cx, e, ty), [], ty);
    }
    case 'Range': {
      const full = tyKind(ty).tag === 'Char' ? { lo: 0n, hi: 0x10ffffn } : intTyRange(ty, cx.pointerWidth);
      if (!full) return mk(cx, p, { tag: 'Opaque', id: cx.nextId() }, [], ty);
      const lo = k.lo ? scalarValue(cx, k.lo, ty) : full.lo;
      let hi = k.hi ? scalarValue(cx, k.hi, ty) : full.hi;
      if (lo === null || hi === null) return mk(cx, p, { tag: 'Opaque', id: cx.nextId() }, [], ty);
      if (k.hi && k.end === 'excluded') hi -= 1n;
      return mk(cx, p, { tag: 'Int', range: { lo, hi } }, [], ty);
    }
    case 'Slice': {
      const tk = tyKind(ty);
      const elem = tk.tag === 'Array' || tk.tag === 'Slice' ? tk.elem : ty;
      const fields = [...k.before, ...k.after].map((s) => lowerPat(cx, s));
      const arrayLen = tk.tag === 'Array' && tk.len.tag === 'Value' ? Number(tk.len.bits) : null;
      void elem;
      const kind = k.mid === null ? { tag: 'Fixed' as const, len: fields.length } : { tag: 'Var' as const, prefix: k.before.length, suffix: k.after.length };
      // On arrays, `[a, .., b]` is the array's one length with wildcards in the middle.
      if (arrayLen !== null && kind.tag === 'Var') {
        const mid = Array.from({ length: Math.max(0, arrayLen - fields.length) }, () => wild(cx, p, elem));
        return mk(cx, p, { tag: 'Slice', kind: { tag: 'Fixed', len: arrayLen } }, [...fields.slice(0, kind.prefix), ...mid, ...fields.slice(kind.prefix)], ty);
      }
      return mk(cx, p, { tag: 'Slice', kind }, fields, ty);
    }
    case 'Or':
      return mk(cx, p, { tag: 'Or' }, k.pats.map((a) => lowerPat(cx, a)), ty);
  }
}

function positional(cx: LowerCx, p: HirPat, pats: readonly HirPat[], dotdot: number | null, tys: readonly Ty[]): DPat[] {
  const out = tys.map((t) => wild(cx, p, t));
  pats.forEach((s, i) => {
    const idx = dotdot !== null && i >= dotdot ? tys.length - (pats.length - i) : i;
    if (idx >= 0 && idx < out.length) out[idx] = lowerPat(cx, s);
  });
  return out;
}
