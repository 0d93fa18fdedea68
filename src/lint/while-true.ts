// while_true (rustc_lint::builtin::WhileTrue): `while true { .. }` is `loop { .. }`.
import type * as ast from '../syntax/ast/index.ts';
import { symStr } from '../syntax/symbol.ts';
import type { LintCx } from './context.ts';
import type { LintScope } from './levels.ts';

function peelParens(e: ast.Expr): ast.Expr {
  while (e.kind.tag === 'Paren') e = e.kind.expr;
  return e;
}

export function checkWhileTrue(lcx: LintCx, scope: LintScope, e: ast.Expr): void {
  if (e.kind.tag !== 'While') return;
  const cond = peelParens(e.kind.cond);
  if (cond.kind.tag !== 'Lit' || cond.kind.lit.value.tag !== 'Bool' || !cond.kind.lit.value.value) return;
  // `true` written by a macro is not the user's spelling.
  if (cond.span.ctxt !== e.span.ctxt) return;
  const head = { lo: e.span.lo, hi: e.kind.cond.span.hi, ctxt: e.span.ctxt };
  const label = e.kind.label ? `${symStr(e.kind.label.ident.name)}: ` : '';
  lcx.emit('while_true', scope, head, 'denote infinite loops with `loop { ... }`', (d) => {
    d.help('use `loop`', undefined, [{ span: head, replacement: `${label}loop`, applicability: 'MachineApplicable', style: 'hideCodeInline' }]);
  });
}
