// `expr?` as rustc 1.63 desugars it (the Try trait, v2):
//
//   match Try::branch(expr) {
//       ControlFlow::Continue(val) => val,
//       ControlFlow::Break(residual) => return FromResidual::from_residual(residual),
//   }
//
// with `branch`, `from_residual`, `Continue` and `Break` named through their lang items. The
// two calls are recorded so typeck words its errors about `?` as rustc does.
import type { Span } from '../diagnostics/span.ts';
import type * as ast from '../syntax/ast/index.ts';
import { intern } from '../syntax/symbol.ts';
import type { Arm, Expr } from './expr.ts';
import type { LoweringCtx } from './lower-ctx.ts';
import { lowerExpr } from './lower-expr.ts';
import type { HirPat } from './pat.ts';

/** Which call of a `?` desugaring a path is, and where the `?` is. */
export interface TryDesugar {
  readonly call: 'branch' | 'fromResidual';
  /** The `?` token. */
  readonly qmark: Span;
  /** The whole `expr?`. */
  readonly span: Span;
}

const VAL = intern('val');
const RESIDUAL = intern('residual');

export function lowerTry(cx: LoweringCtx, e: ast.Expr, inner: ast.Expr): Expr {
  const sp = e.span;
  const qmark: Span = { lo: Math.max(sp.lo, sp.hi - 1), hi: sp.hi, ctxt: sp.ctxt };
  const value = lowerExpr(cx, inner);
  const branch = cx.langQPath('branch', sp);
  const fromResidual = cx.langQPath('from_residual', sp);
  const cont = cx.langQPath('Continue', sp, true);
  const brk = cx.langQPath('Break', sp, true);
  if (!branch || !fromResidual || !cont || !brk) return cx.expr({ tag: 'Err' }, sp);

  const binding = (name: typeof VAL): HirPat => cx.pat({ tag: 'Binding', mode: { byRef: null, mutbl: 'not' }, ident: { name, span: sp }, sub: null }, sp);
  const read = (p: HirPat, name: typeof VAL): Expr => {
    const res = { tag: 'Local', id: p.hirId } as const;
    const seg = { hirId: cx.id(), ident: { name, span: sp }, res, args: null };
    return cx.expr({ tag: 'Path', qpath: { tag: 'Resolved', qself: null, path: { span: sp, res, segments: [seg] } } }, sp);
  };

  const branchPath = cx.expr({ tag: 'Path', qpath: branch }, sp);
  cx.tryDesugars.set(branchPath.hirId, { call: 'branch', qmark, span: sp });
  const scrutinee = cx.expr({ tag: 'Call', func: branchPath, args: [value] }, sp);

  const val = binding(VAL);
  const residual = binding(RESIDUAL);
  const fromPath = cx.expr({ tag: 'Path', qpath: fromResidual }, qmark);
  cx.tryDesugars.set(fromPath.hirId, { call: 'fromResidual', qmark, span: sp });
  const ret = cx.expr({ tag: 'Ret', expr: cx.expr({ tag: 'Call', func: fromPath, args: [read(residual, RESIDUAL)] }, qmark) }, qmark);
  const arms: Arm[] = [
    { hirId: cx.id(), pat: cx.pat({ tag: 'TupleStruct', qpath: cont, pats: [val], dotdot: null }, sp), guard: null, body: read(val, VAL), span: sp },
    { hirId: cx.id(), pat: cx.pat({ tag: 'TupleStruct', qpath: brk, pats: [residual], dotdot: null }, qmark), guard: null, body: ret, span: qmark },
  ];
  return cx.expr({ tag: 'Match', scrutinee, arms, source: 'tryDesugar' }, sp);
}
