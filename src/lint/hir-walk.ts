// A pre-order walk over a HIR body for the lint passes: expressions, statements, patterns,
// optionally into the bodies of closures (which are bodies of their own).
import type { Arm, Block, Expr, Stmt } from '../hir/expr.ts';
import type { HirCrate } from '../hir/hir.ts';
import type { Body } from '../hir/item.ts';
import type { HirPat } from '../hir/pat.ts';

export interface HirVisitor {
  expr?(e: Expr): void;
  /** Called after an expression's children. */
  exprPost?(e: Expr): void;
  stmt?(s: Stmt): void;
  block?(b: Block): void;
  pat?(p: HirPat): void;
  arm?(a: Arm): void;
  /** Entering a closure's body (only with `intoClosures`). */
  closure?(body: Body): void;
}

export class HirWalker {
  constructor(
    private readonly hir: HirCrate,
    private readonly v: HirVisitor,
    private readonly intoClosures: boolean,
  ) {}

  body(b: Body): void {
    for (const p of b.params) this.pat(p.pat);
    this.expr(b.value);
  }

  pat(p: HirPat): void {
    this.v.pat?.(p);
    const k = p.kind;
    switch (k.tag) {
      case 'Binding': if (k.sub) this.pat(k.sub); return;
      case 'Struct': for (const f of k.fields) this.pat(f.pat); return;
      case 'TupleStruct': case 'Or': case 'Tuple': for (const s of k.pats) this.pat(s); return;
      case 'Ref': this.pat(k.pat); return;
      case 'Lit': this.expr(k.expr); return;
      case 'Range': if (k.lo) this.expr(k.lo); if (k.hi) this.expr(k.hi); return;
      case 'Slice':
        for (const s of k.before) this.pat(s);
        if (k.mid) this.pat(k.mid);
        for (const s of k.after) this.pat(s);
        return;
      default: return;
    }
  }

  block(b: Block): void {
    this.v.block?.(b);
    for (const s of b.stmts) this.stmt(s);
    if (b.expr) this.expr(b.expr);
  }

  stmt(s: Stmt): void {
    this.v.stmt?.(s);
    const k = s.kind;
    switch (k.tag) {
      case 'Let':
        if (k.local.init) this.expr(k.local.init);
        this.pat(k.local.pat);
        if (k.local.els) this.block(k.local.els);
        return;
      case 'Expr': case 'Semi': this.expr(k.expr); return;
      case 'Item': return;
    }
  }

  expr(e: Expr): void {
    this.v.expr?.(e);
    const k = e.kind;
    const ex = (x: Expr): void => this.expr(x);
    switch (k.tag) {
      case 'Lit': case 'Path': case 'Continue': case 'Err': break;
      case 'Call': ex(k.func); k.args.forEach(ex); break;
      case 'MethodCall': ex(k.receiver); k.args.forEach(ex); break;
      case 'Tup': case 'Array': k.elems.forEach(ex); break;
      case 'Repeat': ex(k.elem); break;
      case 'Binary': ex(k.lhs); ex(k.rhs); break;
      case 'Unary': case 'Cast': case 'AddrOf': case 'Field': case 'DropTemps': ex(k.expr); break;
      case 'If': ex(k.cond); ex(k.then); if (k.els) ex(k.els); break;
      case 'Loop': this.block(k.body); break;
      case 'Match':
        ex(k.scrutinee);
        for (const a of k.arms) {
          this.v.arm?.(a);
          this.pat(a.pat);
          if (a.guard) ex(a.guard);
          ex(a.body);
        }
        break;
      case 'Block': this.block(k.block); break;
      case 'Assign': case 'AssignOp': ex(k.lhs); ex(k.rhs); break;
      case 'Index': ex(k.expr); ex(k.index); break;
      case 'Break': case 'Ret': if (k.expr) ex(k.expr); break;
      case 'Struct': for (const f of k.fields) ex(f.expr); if (k.base) ex(k.base); break;
      case 'InlineAsm':
        for (const { op } of k.asm.operands) {
          if (op.tag === 'In' || op.tag === 'InOut' || op.tag === 'Const') ex(op.expr);
          else if (op.tag === 'Out' && op.expr) ex(op.expr);
          else if (op.tag === 'SplitInOut') {
            ex(op.inExpr);
            if (op.outExpr) ex(op.outExpr);
          }
        }
        break;
      case 'Closure':
        if (this.intoClosures) {
          const body = this.hir.bodies.get(k.body);
          if (body) {
            this.v.closure?.(body);
            this.body(body);
          }
        }
        break;
    }
    this.v.exprPost?.(e);
  }
}
