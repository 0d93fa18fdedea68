import type { Expr } from '../hir/expr.ts';
import type { HirTy } from '../hir/types.ts';
import { symStr } from '../syntax/symbol.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import type { DefId } from '../ty/def-id.ts';

/**
 * Evaluates an integer constant expression on the HIR (array lengths, repeat counts,
 * enum discriminants, integer consts): literals, arithmetic, casts, paths to consts.
 * Returns null for anything else; the caller reports.
 */
export function evalConstInt(tcx: TcxImpl, e: Expr): bigint | null {
  const k = e.kind;
  switch (k.tag) {
    case 'Lit': {
      const v = k.lit.value;
      if (v.tag === 'Int') return v.value;
      if (v.tag === 'Bool') return v.value ? 1n : 0n;
      if (v.tag === 'Char' || v.tag === 'Byte') return BigInt(v.value);
      return null;
    }
    case 'Unary': {
      const x = evalConstInt(tcx, k.expr);
      if (x === null) return null;
      if (k.op === 'Neg') return -x;
      if (k.op === 'Not') return ~x;
      return null;
    }
    case 'Binary': {
      const a = evalConstInt(tcx, k.lhs);
      const b = evalConstInt(tcx, k.rhs);
      if (a === null || b === null) return null;
      switch (k.op) {
        case '+': return a + b;
        case '-': return a - b;
        case '*': return a * b;
        case '/': return b === 0n ? null : a / b;
        case '%': return b === 0n ? null : a % b;
        case '&': return a & b;
        case '|': return a | b;
        case '^': return a ^ b;
        case '<<': return a << b;
        case '>>': return a >> b;
        case '==': return a === b ? 1n : 0n;
        case '!=': return a !== b ? 1n : 0n;
        case '<': return a < b ? 1n : 0n;
        case '<=': return a <= b ? 1n : 0n;
        case '>': return a > b ? 1n : 0n;
        case '>=': return a >= b ? 1n : 0n;
        case '&&': return a !== 0n && b !== 0n ? 1n : 0n;
        case '||': return a !== 0n || b !== 0n ? 1n : 0n;
      }
      return null;
    }
    case 'Cast': return evalConstInt(tcx, k.expr);
    case 'Block': return k.block.stmts.length === 0 && k.block.expr ? evalConstInt(tcx, k.block.expr) : null;
    case 'Path': {
      if (k.qpath.tag === 'TypeRelative') return assocConstOfType(tcx, k.qpath.qself, symStr(k.qpath.segment.ident.name));
      if (k.qpath.tag !== 'Resolved') return null;
      const res = k.qpath.path.res;
      if (res.tag === 'Def' && (res.kind === 'Const' || res.kind === 'AssocConst')) return tcx.constIntValue(res.def);
      return null;
    }
    default:
      return null;
  }
}

/**
 * `Self::SIZE` in an impl of a concrete type, `Buf::SIZE`: the impl's constant (or its trait's
 * default). A generic `Self` is not allowed in array lengths, as in rustc without
 * generic_const_exprs.
 */
function assocConstOfType(tcx: TcxImpl, qself: HirTy, name: string): bigint | null {
  if (qself.kind.tag !== 'Path' || qself.kind.qpath.tag !== 'Resolved') return null;
  const res = qself.kind.qpath.path.res;
  const isConst = (d: DefId | null): d is DefId => d !== null && tcx.defKind(d) === 'AssocConst';
  if (res.tag === 'SelfTyAlias') {
    if (tcx.genericsOf(res.implDef).count > 0) return null;
    const own = tcx.assocItemNamed(res.implDef, name);
    if (isConst(own)) return tcx.constIntValue(own);
    // A trait impl that keeps the trait's default.
    const trait = tcx.implTraitRef(res.implDef)?.trait ?? null;
    const dflt = trait === null ? null : tcx.assocItemNamed(trait, name);
    if (isConst(dflt)) return tcx.constIntValue(dflt);
    return inherentConst(tcx, tcx.typeOf(res.implDef), name);
  }
  if (res.tag === 'Def' && (res.kind === 'Struct' || res.kind === 'Enum' || res.kind === 'Union') && tcx.genericsOf(res.def).count === 0) {
    return inherentConst(tcx, tcx.typeOf(res.def), name);
  }
  return null;
}

/** A constant named `name` in an inherent impl of the concrete type `self`. */
function inherentConst(tcx: TcxImpl, self: Ty, name: string): bigint | null {
  for (const impl of tcx.inherentImpls()) {
    if (tcx.typeOf(impl) !== self) continue;
    const c = tcx.assocItemNamed(impl, name);
    if (c !== null && tcx.defKind(c) === 'AssocConst') return tcx.constIntValue(c);
  }
  return null;
}

/** Wraps an integer to the range of an integer type (two's complement), or returns it. */
export function wrapToTy(v: bigint, ty: Ty, pointerWidth: number): bigint {
  const k = tyKind(ty);
  if (k.tag === 'Bool') return v !== 0n ? 1n : 0n;
  if (k.tag !== 'Int' && k.tag !== 'Uint') return v;
  const name = k.tag === 'Int' ? k.int : k.uint;
  const bits = name.endsWith('size') ? pointerWidth : Number(name.slice(1));
  return k.tag === 'Int' ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
}
