import type { LetStmt, Stmt } from '../../hir/expr.ts';
import type { HirPat } from '../../hir/pat.ts';
import { local, type Builder } from './builder.ts';
import { asPlace } from './expr.ts';
import { full } from './expr-ref.ts';
import { exprInto } from './into.ts';
import { lowerLetElse } from './matches.ts';
import { bindPattern, declareBindings } from './pattern.ts';
import { inDropScope } from './scope.ts';
import { withExtendedTemporaries } from './temp-lifetime.ts';

/** A statement is a terminating scope: its temporaries are dropped at its end. */
export function lowerStmt(b: Builder, s: Stmt): void {
  inDropScope(b, true, s.span, () => lowerStmtKind(b, s), true);
}

function lowerStmtKind(b: Builder, s: Stmt): void {
  const k = s.kind;
  switch (k.tag) {
    case 'Let': return lowerLet(b, k.local);
    case 'Item': return;
    case 'Expr': case 'Semi': return exprInto(b, null, full(b, k.expr));
  }
}

/** A plain `x` / `mut x` binding by value, which `let` initializes in place. */
export function isSimpleBinding(b: Builder, pat: HirPat): boolean {
  return pat.kind.tag === 'Binding' && pat.kind.sub === null && b.tr.bindingMode(pat.hirId).tag === 'ByValue';
}

function lowerLet(b: Builder, l: LetStmt): void {
  if (l.init === null) {
    declareBindings(b, l.pat, 'uninit');
    return;
  }
  const init = l.init;
  const els = l.els;
  withExtendedTemporaries(b, init, l.pat, () => {
    if (els) return lowerLetElse(b, l.pat, init, els);
    if (isSimpleBinding(b, l.pat)) {
      const [x] = declareBindings(b, l.pat, 'init');
      exprInto(b, local(x!), full(b, init));
      return;
    }
    const place = asPlace(b, full(b, init));
    declareBindings(b, l.pat, 'pattern');
    bindPattern(b, l.pat, place, null);
  });
}
