import type { Span } from '../diagnostics/span.ts';
import type { Block, Expr } from '../hir/expr.ts';
import type { Body } from '../hir/item.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import type { DefId } from '../ty/def-id.ts';
import { tyKind } from '../ty/interner.ts';
import type { TypeckResults } from './results.ts';
import { instSig } from './subst.ts';

interface UnsafeOp {
  readonly span: Span;
  readonly what: string;
  readonly label: string;
  readonly note: string;
}

const CALL_NOTE = "consult the function's documentation for information on how to avoid undefined behavior";

/**
 * E0133: operations that need an `unsafe` block or fn (calls of unsafe fns, raw pointer
 * derefs, mutable and extern statics, inline assembly), as rustc's THIR unsafety check.
 */
export function checkUnsafety(tcx: TcxImpl, owner: DefId, body: Body, r: TypeckResults): UnsafeOp[] {
  const ops: UnsafeOp[] = [];
  const item = tcx.hir.items.get(owner);
  const unsafeFn = item !== undefined && item.kind.tag === 'Fn' && item.kind.sig.header.unsafe;
  const block = (b: Block, inUnsafe: boolean): void => {
    const u = inUnsafe || b.rules === 'unsafe';
    for (const s of b.stmts) {
      const k = s.kind;
      if (k.tag === 'Let') {
        if (k.local.init) expr(k.local.init, u);
        if (k.local.els) block(k.local.els, u);
      } else if (k.tag === 'Expr' || k.tag === 'Semi') expr(k.expr, u);
    }
    if (b.expr) expr(b.expr, u);
  };
  const expr = (e: Expr, u: boolean): void => {
    const k = e.kind;
    switch (k.tag) {
      case 'Call': {
        const t = tyKind(r.nodeTypeOpt(k.func.hirId) ?? r.nodeType(e.hirId));
        if (!u && t.tag === 'FnDef' && instSig(tcx, t.def, t.args).unsafe) {
          ops.push({ span: e.span, what: `call to unsafe function \`${tcx.defName(t.def)}\``, label: 'call to unsafe function', note: CALL_NOTE });
        } else if (!u && t.tag === 'FnPtr' && t.sig.unsafe) {
          ops.push({ span: e.span, what: 'call to unsafe function', label: 'call to unsafe function', note: CALL_NOTE });
        }
        expr(k.func, u);
        k.args.forEach((a) => expr(a, u));
        return;
      }
      case 'MethodCall': {
        const d = r.typeDependentDef(e.hirId);
        if (!u && d && instSig(tcx, d.def, d.args).unsafe) {
          ops.push({ span: e.span, what: `call to unsafe function \`${tcx.defName(d.def)}\``, label: 'call to unsafe function', note: CALL_NOTE });
        }
        expr(k.receiver, u);
        k.args.forEach((a) => expr(a, u));
        return;
      }
      case 'Unary':
        if (!u && k.op === 'Deref') {
          const t = r.nodeTypeOpt(k.expr.hirId);
          if (t !== null && tyKind(r.exprTyAdjusted(k.expr.hirId)).tag === 'RawPtr') {
            ops.push({
              span: e.span,
              what: 'dereference of raw pointer',
              label: 'dereference of raw pointer',
              note: 'raw pointers may be null, dangling or unaligned; they can violate aliasing rules and cause data races: all of these are undefined behavior',
            });
          }
        }
        expr(k.expr, u);
        return;
      case 'AddrOf':
        // `&raw const STATIC` does not read the static.
        if (k.raw && k.expr.kind.tag === 'Path') return;
        expr(k.expr, u);
        return;
      case 'Path': {
        if (u || k.qpath.tag !== 'Resolved') return;
        const res = k.qpath.path.res;
        if (res.tag !== 'Def') return;
        if (res.kind === 'Static' && tcx.p(res.def).staticMutable(res.def)) {
          ops.push({
            span: e.span,
            what: 'use of mutable static',
            label: 'use of mutable static',
            note: 'mutable statics can be mutated by multiple threads: aliasing violations or data races will cause undefined behavior',
          });
        } else if (res.kind === 'ForeignStatic') {
          ops.push({
            span: e.span,
            what: 'use of extern static',
            label: 'use of extern static',
            note: 'extern statics are not controlled by the Rust type system: invalid data, aliasing violations or data races will cause undefined behavior',
          });
        }
        return;
      }
      case 'InlineAsm':
        if (!u) ops.push({ span: e.span, what: 'use of inline assembly', label: 'use of inline assembly', note: 'inline assembly is entirely unchecked and can cause undefined behavior' });
        for (const { op } of k.asm.operands) {
          if (op.tag === 'In' || op.tag === 'InOut') expr(op.expr, u);
          else if (op.tag === 'Out' && op.expr) expr(op.expr, u);
          else if (op.tag === 'SplitInOut') {
            expr(op.inExpr, u);
            if (op.outExpr) expr(op.outExpr, u);
          }
        }
        return;
      case 'Block': block(k.block, u); return;
      case 'Loop': block(k.body, u); return;
      case 'If': expr(k.cond, u); expr(k.then, u); if (k.els) expr(k.els, u); return;
      case 'Match': expr(k.scrutinee, u); for (const a of k.arms) { if (a.guard) expr(a.guard, u); expr(a.body, u); } return;
      case 'Tup': case 'Array': k.elems.forEach((x) => expr(x, u)); return;
      case 'Repeat': expr(k.elem, u); return;
      case 'Binary': case 'Assign': case 'AssignOp': expr(k.lhs, u); expr(k.rhs, u); return;
      case 'Cast': case 'Field': case 'DropTemps': expr(k.expr, u); return;
      case 'Index': expr(k.expr, u); expr(k.index, u); return;
      case 'Break': case 'Ret': if (k.expr) expr(k.expr, u); return;
      case 'Struct': k.fields.forEach((f) => expr(f.expr, u)); if (k.base) expr(k.base, u); return;
      case 'Closure': {
        // A closure inside an `unsafe` block may do unsafe operations.
        const cb = tcx.hir.bodies.get(k.body);
        if (cb) expr(cb.value, u);
        return;
      }
      case 'Lit': case 'Continue': case 'Err': return;
    }
  };
  expr(body.value, unsafeFn);
  return ops;
}

/** Queues the E0133 errors of a body (reported after all type errors, as rustc does). */
export function reportUnsafety(tcx: TcxImpl, owner: DefId, body: Body, r: TypeckResults): void {
  if (r.taintedByErrors) return;
  for (const op of checkUnsafety(tcx, owner, body, r)) {
    tcx.lints.push(() =>
      tcx.sess.dcx.err(`${op.what} is unsafe and requires unsafe function or block`, 'E0133').primary(op.span, op.label).note(op.note).emit(),
    );
  }
}
