// Anonymous constants in types: array lengths and const generic arguments. Stable Rust
// (min_const_generics) allows a bare const parameter (`N`, `{ N }`) or a concrete constant
// expression; resolution already rejected anything mixing the two.
import type { Expr } from '../hir/expr.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import { tyKind, tys } from '../ty/interner.ts';
import { constParam, constValue } from '../ty/consts.ts';
import type { ConstArg, Ty } from '../ty/ty.ts';
import { evalConstInt } from './const-eval.ts';
import { tyToString } from './ty-print.ts';

/** `{ N }` is `N`. */
function unwrapBlock(e: Expr): Expr {
  while (e.kind.tag === 'Block' && e.kind.label === null && e.kind.block.stmts.length === 0 && e.kind.block.expr) e = e.kind.block.expr;
  return e;
}

/** The const parameter an expression names directly, if it does. */
export function constParamOf(tcx: TcxImpl, e: Expr): ConstArg | null {
  const x = unwrapBlock(e);
  if (x.kind.tag !== 'Path' || x.kind.qpath.tag !== 'Resolved') return null;
  const res = x.kind.qpath.path.res;
  if (res.tag !== 'Def' || res.kind !== 'ConstParam') return null;
  return constParam(tcx.paramIndex(res.def), tcx.defName(res.def));
}

/**
 * The value of an anonymous constant of type `ty`, or null when it cannot be evaluated
 * (reported here unless resolution already reported the expression).
 */
export function constArgOf(tcx: TcxImpl, e: Expr, ty: Ty, what: 'array length' | 'const argument'): ConstArg | null {
  const p = constParamOf(tcx, e);
  if (p !== null) return p;
  const x = unwrapBlock(e);
  if (mentionsErr(x)) return null;
  if (x.kind.tag === 'Lit' && !litFits(x.kind.lit.value, ty)) {
    const found = litTyName(x.kind.lit.value);
    tcx.sess.dcx.err('mismatched types', 'E0308').primary(x.span, `expected \`${tyToString(ty, (d) => tcx.defName(d))}\`, found \`${found}\``).emit();
    return null;
  }
  const v = evalConstInt(tcx, e);
  if (v === null) {
    const msg = what === 'array length' ? 'array length must be an integer constant tsrustc can evaluate' : 'const argument must be a constant tsrustc can evaluate';
    tcx.sess.dcx.err(msg).primary(e.span).emit();
    return null;
  }
  return constValue(ty, v);
}

/** An operand resolution already reported (`N + 1`'s `N`), or a parse error. */
function mentionsErr(e: Expr): boolean {
  const k = e.kind;
  switch (k.tag) {
    case 'Err': return true;
    case 'Path': return k.qpath.tag === 'Resolved' && k.qpath.path.res.tag === 'Err';
    case 'Binary': return mentionsErr(k.lhs) || mentionsErr(k.rhs);
    case 'Unary': return mentionsErr(k.expr);
    case 'Cast': return mentionsErr(k.expr);
    case 'Block': return k.block.expr !== null && mentionsErr(k.block.expr);
    default: return false;
  }
}

type LitValue = Extract<Expr['kind'], { tag: 'Lit' }>['lit']['value'];

function litFits(lit: LitValue, ty: Ty): boolean {
  const tk = tyKind(ty);
  const k = tk.tag;
  switch (lit.tag) {
    case 'Int':
      if (lit.suffix !== null) return (k === 'Int' && tk.int === lit.suffix) || (k === 'Uint' && tk.uint === lit.suffix);
      return k === 'Int' || k === 'Uint';
    case 'Bool': return k === 'Bool';
    case 'Char': return k === 'Char';
    case 'Byte': return ty === tys.u8;
    default: return false;
  }
}

function litTyName(lit: LitValue): string {
  switch (lit.tag) {
    case 'Int': return lit.suffix ?? '{integer}';
    case 'Bool': return 'bool';
    case 'Char': return 'char';
    case 'Byte': return 'u8';
    case 'Str': return '&str';
    case 'Float': return lit.suffix ?? '{float}';
    default: return '_';
  }
}
