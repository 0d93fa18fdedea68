import type { Span } from '../../diagnostics/span.ts';
import type { Expr } from '../../hir/expr.ts';
import type { HirId } from '../../hir/ids.ts';
import type { HirPat } from '../../hir/pat.ts';
import type { Ty } from '../../ty/ty.ts';
import type { Local } from '../mir.ts';
import type { Builder } from './builder.ts';
import type { DropScope } from './scope.ts';

// Temporary lifetime extension (rustc's rvalue scopes, region.rs): in `let x = &temp();` the
// temporary lives until the end of the block holding the `let`, not of the statement, so `x`
// may be used afterwards. The extended temporaries are those of the operands of `&` in the
// initializer's "extending" positions (through struct, tuple, array and tuple-constructor
// fields, casts, block tails and `if`/`match` arms), with the places they are projected from,
// and the whole initializer when the pattern binds by `ref`.

/** The extension in force while a `let` is lowered. */
export interface Extension {
  readonly exprs: ReadonlySet<HirId>;
  /** The scope of the block holding the `let`. */
  readonly scope: DropScope;
  /** Where the next temporary's drop goes: before the `let`'s bindings, dropped after them. */
  at: number;
}

/** Lowers a `let` with initializer `init` and pattern `pat` (`f`) with its temporaries extended. */
export function withExtendedTemporaries(b: Builder, init: Expr, pat: HirPat, f: () => void): void {
  const exprs = new Set<HirId>();
  extendIfBorrow(init, exprs);
  if (bindsByRef(pat)) extendPlace(init, exprs);
  const scope = blockScope(b);
  const saved = b.extension;
  b.extension = exprs.size === 0 || scope === null ? null : { exprs, scope, at: scope.drops.length };
  try {
    f();
  } finally {
    b.extension = saved;
  }
}

/**
 * A fresh temporary for `e` if its lifetime is extended: its drop is scheduled in the
 * `let`'s block, before the bindings (so they are dropped first). Null otherwise.
 */
export function extendedTemp(b: Builder, e: Expr, ty: Ty, span: Span): Local | null {
  const ext = b.extension;
  if (ext === null || !ext.exprs.has(e.hirId)) return null;
  const t = b.newLocal(ty, span, null, 'mut', undefined, false);
  if (b.mayNeedDrop(ty)) ext.scope.drops.splice(ext.at++, 0, t);
  return t;
}

function blockScope(b: Builder): DropScope | null {
  for (let i = b.dropScopes.length - 1; i >= 0; i--) if (!b.dropScopes[i]!.statement) return b.dropScopes[i]!;
  return null;
}

/** rustc's `record_rvalue_scope_if_borrow_expr`. */
function extendIfBorrow(e: Expr, out: Set<HirId>): void {
  const k = e.kind;
  switch (k.tag) {
    case 'AddrOf':
      extendIfBorrow(k.expr, out);
      extendPlace(k.expr, out);
      return;
    case 'Struct': for (const f of k.fields) extendIfBorrow(f.expr, out); return;
    case 'Array': case 'Tup': for (const x of k.elems) extendIfBorrow(x, out); return;
    case 'Cast': case 'DropTemps': extendIfBorrow(k.expr, out); return;
    case 'Block': if (k.block.expr) extendIfBorrow(k.block.expr, out); return;
    case 'If':
      extendIfBorrow(k.then, out);
      if (k.els) extendIfBorrow(k.els, out);
      return;
    case 'Match': for (const a of k.arms) extendIfBorrow(a.body, out); return;
    case 'Call':
      // `Some(&temp())` extends like `Some { 0: &temp() }`.
      if (isTupleCtor(k.func)) for (const a of k.args) extendIfBorrow(a, out);
      return;
    default: return;
  }
}

function isTupleCtor(func: Expr): boolean {
  if (func.kind.tag !== 'Path' || func.kind.qpath.tag !== 'Resolved') return false;
  const res = func.kind.qpath.path.res;
  return res.tag === 'SelfCtor' || (res.tag === 'Def' && res.kind === 'Ctor');
}

/** rustc's `record_rvalue_scope`: the expression and the places it is projected from. */
function extendPlace(e: Expr, out: Set<HirId>): void {
  let x: Expr = e;
  for (;;) {
    out.add(x.hirId);
    const k = x.kind;
    if (k.tag === 'AddrOf' || k.tag === 'Field' || k.tag === 'Index' || (k.tag === 'Unary' && k.op === 'Deref')) x = k.expr;
    else return;
  }
}

/** rustc's `is_binding_pat`: the pattern has an explicit `ref` binding. */
function bindsByRef(p: HirPat): boolean {
  const k = p.kind;
  switch (k.tag) {
    case 'Binding': return k.mode.byRef !== null;
    case 'Struct': return k.fields.some((f) => bindsByRef(f.pat));
    case 'TupleStruct': case 'Tuple': case 'Or': return k.pats.some(bindsByRef);
    case 'Slice': return [...k.before, ...(k.mid ? [k.mid] : []), ...k.after].some(bindsByRef);
    default: return false;
  }
}
