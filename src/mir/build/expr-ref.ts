import type { Expr } from '../../hir/expr.ts';
import type { Adjustment } from '../../typeck/results.ts';
import type { Ty } from '../../ty/ty.ts';
import type { Builder } from './builder.ts';

/**
 * An expression with the first `n` of its typeck adjustments applied (rustc applies them
 * when building THIR; we apply them while lowering). `n` = all of them for a use site.
 */
export interface ExprRef {
  readonly e: Expr;
  readonly n: number;
}

/** How an expression lowers most naturally (rustc's `Category`). */
export type Category = 'place' | 'constant' | 'rvalue' | 'into';

export function full(b: Builder, e: Expr): ExprRef {
  return { e, n: b.tr.adjustments(e.hirId).length };
}

export function bare(e: Expr): ExprRef {
  return { e, n: 0 };
}

/** The adjustment applied last in `r`, or null for the unadjusted expression. */
export function lastAdjustment(b: Builder, r: ExprRef): Adjustment | null {
  return r.n === 0 ? null : b.tr.adjustments(r.e.hirId)[r.n - 1]!;
}

export function exprRefTy(b: Builder, r: ExprRef): Ty {
  const adj = lastAdjustment(b, r);
  return adj ? adj.target : b.tr.nodeType(r.e.hirId);
}

/** The expression with one adjustment fewer. */
export function inner(r: ExprRef): ExprRef {
  return { e: r.e, n: r.n - 1 };
}

export function category(b: Builder, r: ExprRef): Category {
  const adj = lastAdjustment(b, r);
  if (adj) {
    switch (adj.kind.tag) {
      case 'Deref': return 'place';
      case 'Borrow': case 'Pointer': return 'rvalue';
      case 'NeverToAny': return 'into';
    }
  }
  const k = r.e.kind;
  switch (k.tag) {
    case 'Lit': return 'constant';
    case 'Path': {
      if (k.qpath.tag === 'Resolved') {
        const res = k.qpath.path.res;
        if (res.tag === 'Local') return 'place';
        if (res.tag === 'Def') {
          switch (res.kind) {
            case 'Static': case 'ForeignStatic': return 'place';
            case 'Ctor': case 'Variant': case 'Struct': return 'rvalue';
            default: return 'constant';
          }
        }
        if (res.tag === 'SelfCtor') return 'rvalue';
      }
      return 'constant';
    }
    case 'Unary':
      if (negatedLiteral(b, r.e) !== null) return 'constant';
      return k.op === 'Deref' ? 'place' : 'rvalue';
    case 'Field': case 'Index': return 'place';
    case 'Binary': return k.op === '&&' || k.op === '||' ? 'into' : 'rvalue';
    case 'Cast': case 'AddrOf': case 'Tup': case 'Array': case 'Repeat': case 'Struct': case 'Closure': return 'rvalue';
    case 'DropTemps': return category(b, full(b, k.expr));
    case 'Call': case 'MethodCall': case 'If': case 'Loop': case 'Match': case 'Block': case 'Assign': case 'AssignOp':
    case 'Break': case 'Continue': case 'Ret': case 'InlineAsm':
      return 'into';
    case 'Err':
      throw new Error('MIR build: error expression reached MIR building');
  }
}

/**
 * `-LIT` on a numeric literal is itself a literal (so `-128i8` is not `-(128i8)`, which
 * would overflow), as rustc's THIR makes it. Returns the literal expression.
 */
export function negatedLiteral(b: Builder, e: Expr): Expr | null {
  const k = e.kind;
  if (k.tag !== 'Unary' || k.op !== 'Neg' || b.tr.typeDependentDef(e.hirId) !== null) return null;
  const x = k.expr;
  if (x.kind.tag !== 'Lit' || b.tr.adjustments(x.hirId).length !== 0) return null;
  const t = x.kind.lit.value.tag;
  return t === 'Int' || t === 'Float' ? x : null;
}
