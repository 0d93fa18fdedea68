// Statements whose value is thrown away (rustc_lint::unused): path_statements (`x;`) and
// unused_must_use (a `#[must_use]` type or fn result, a closure, discarded by `expr;`).
import type { Expr, Stmt } from '../hir/expr.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import type { DefId } from '../ty/def-id.ts';
import { tyKind } from '../ty/interner.ts';
import type { TypeckResults } from '../typeck/results.ts';
import type { LintScope } from './levels.ts';

export function checkPathStatement(tcx: TcxImpl, scope: LintScope, s: Stmt, e: Expr, r: TypeckResults): void {
  if (e.kind.tag !== 'Path') return;
  const lcx = tcx.lint;
  const ty = r.nodeTypeOpt(e.hirId);
  if (ty !== null && tcx.needsDrop(ty)) {
    lcx.emit('path_statements', scope, s.span, 'path statement drops value', (d) => {
      const text = tcx.sess.sourceMap.snippet(e.span);
      d.help('use `drop` to clarify the intent', undefined, [{ span: s.span, replacement: `drop(${text});`, applicability: 'MachineApplicable' }]);
    });
  } else {
    lcx.emit('path_statements', scope, s.span, 'path statement with no effect');
  }
}

/** The fn or method a call expression calls, when known. */
function callee(e: Expr, r: TypeckResults): DefId | null {
  const k = e.kind;
  if (k.tag === 'MethodCall') return r.typeDependentDef(e.hirId)?.def ?? null;
  if (k.tag !== 'Call' || k.func.kind.tag !== 'Path') return null;
  const q = k.func.kind.qpath;
  if (q.tag === 'TypeRelative') return r.typeDependentDef(k.func.hirId)?.def ?? null;
  const res = q.path.res;
  return res.tag === 'Def' && (res.kind === 'Fn' || res.kind === 'AssocFn') ? res.def : null;
}

/** How rustc names a fn in "unused return value of `...`": `f`, `Type::method`, `Trait::method`. */
function fnPath(tcx: TcxImpl, def: DefId): string {
  const name = tcx.defName(def);
  const parent = tcx.parent(def);
  if (parent === null) return name;
  const kind = tcx.defKind(parent);
  if (kind === 'Trait') return `${tcx.defName(parent)}::${name}`;
  if (kind === 'Impl') {
    const self = tyKind(tcx.typeOf(parent));
    if (self.tag === 'Adt') return `${tcx.defName(self.def)}::${name}`;
  }
  return name;
}

/** rustc's must_use_op: an operator whose value is the only thing it does. */
function mustUseOp(e: Expr): string | null {
  const k = e.kind;
  if (k.tag === 'Binary') {
    switch (k.op) {
      case '==': case '!=': case '<': case '<=': case '>': case '>=': return 'comparison';
      case '+': case '-': case '*': case '/': case '%': return 'arithmetic operation';
      case '&&': case '||': return 'logical operation';
      default: return 'bitwise operation';
    }
  }
  if (k.tag === 'AddrOf') return 'borrow';
  if (k.tag === 'Unary') return 'unary operation';
  return null;
}

/** The `#[must_use]` that applies to a call of `f`: a trait impl's method takes its trait's. */
function mustUseOf(tcx: TcxImpl, f: DefId): { def: DefId; why: string | null } | null {
  const parent = tcx.parent(f);
  if (parent !== null && tcx.defKind(parent) === 'Impl') {
    const tr = tcx.implTrait(parent);
    if (tr !== null) {
      const item = tcx.assocItemNamed(tr, tcx.defName(f));
      if (item === null) return null;
      const why = tcx.mustUse(item);
      return why === undefined ? null : { def: item, why };
    }
  }
  const why = tcx.mustUse(f);
  return why === undefined ? null : { def: f, why };
}

export function checkMustUse(tcx: TcxImpl, scope: LintScope, e: Expr, r: TypeckResults): void {
  const ty = r.nodeTypeOpt(e.hirId);
  if (ty === null) return;
  const k = tyKind(ty);
  if (k.tag === 'Never' || k.tag === 'Error') return;
  const lcx = tcx.lint;
  const letUnderscore = (d: import('../diagnostics/diagnostic.ts').DiagBuilder): void => {
    d.help('use `let _ = ...` to ignore the resulting value', undefined, [{ span: { lo: e.span.lo, hi: e.span.lo, ctxt: e.span.ctxt }, replacement: 'let _ = ', applicability: 'MaybeIncorrect', style: 'verbose' }]);
  };
  // As rustc's UnusedResults: the type, then the fn, then the operator.
  let typeWarned = false;
  if (k.tag === 'Adt') {
    const why = tcx.mustUse(k.def);
    if (why !== undefined) {
      typeWarned = true;
      lcx.emit('unused_must_use', scope, e.span, `unused \`${tcx.defName(k.def)}\` that must be used`, (d) => {
        if (why !== null) d.note(why);
        letUnderscore(d);
      });
    }
  } else if (k.tag === 'Closure') {
    typeWarned = true;
    lcx.emit('unused_must_use', scope, e.span, 'unused closure that must be used', (d) => d.note('closures are lazy and do nothing unless called'));
  }
  const f = callee(e, r);
  const mu = f === null ? null : mustUseOf(tcx, f);
  if (mu !== null) {
    lcx.emit('unused_must_use', scope, e.span, `unused return value of \`${fnPath(tcx, mu.def)}\` that must be used`, (d) => {
      if (mu.why !== null) d.note(mu.why);
      letUnderscore(d);
    });
  }
  if (mu === null && typeWarned) return;
  const op = mustUseOp(e);
  if (op !== null) {
    lcx.emit('unused_must_use', scope, e.span, `unused ${op} that must be used`, (d) => {
      d.label(e.span, `the ${op} produces a value`);
      letUnderscore(d);
    });
  }
}
