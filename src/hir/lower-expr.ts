import { span as mkSpan } from '../diagnostics/span.ts';
import type * as ast from '../syntax/ast/index.ts';
import { symStr } from '../syntax/symbol.ts';
import type { Arm, Block, Expr, ExprField, ExprKind, HirAsmOperand, Stmt } from './expr.ts';
import type { LoweringCtx } from './lower-ctx.ts';
import { lowerNestedItem } from './lower-item.ts';
import { lowerFor, lowerWhile, lowerLoop, lowerBreak, lowerContinue } from './lower-loops.ts';
import { lowerTry } from './lower-try.ts';
import { lowerRange } from './lower-range.ts';
import { lowerArgs, lowerQPath } from './lower-path.ts';
import { bindAll, lowerPat, type PatBindings } from './lower-pat.ts';
import { lowerTy } from './lower-ty.ts';
import { lowerClosure } from './lower-closure.ts';
import { lowerAnonConst } from './lower-anon-const.ts';

export function lowerBlock(cx: LoweringCtx, b: ast.Block): Block {
  const m = cx.t.blockModules.get(b);
  if (m) cx.r.pushRib({ kind: 'module', module: m });
  const names = cx.r.pushLocals();
  const stmts: Stmt[] = [];
  let tail: Expr | null = null;
  b.stmts.forEach((s, i) => {
    const k = s.kind;
    switch (k.tag) {
      case 'Let': {
        const l = k.local;
        const savedLintScope = cx.enterLintNode(l.id, l.attrs);
        const ty = l.ty ? lowerTy(cx, l.ty) : null;
        let init: Expr | null = null;
        if (l.init.tag !== 'Decl') {
          const ie = l.init.expr;
          const bare = !l.ty && ie.kind.tag === 'Path' && ie.kind.path.segments.length === 1;
          const saved = cx.r.letTypoSpan;
          cx.r.letTypoSpan = bare ? mkSpan(l.pat.span.hi, ie.span.lo, ie.span.ctxt) : null;
          init = lowerExpr(cx, ie);
          cx.r.letTypoSpan = saved;
        }
        const els = l.init.tag === 'InitElse' ? lowerBlock(cx, l.init.els) : null;
        const binds: PatBindings = new Map();
        const pat = lowerPat(cx, l.pat, binds);
        bindAll(names, binds);
        stmts.push({ hirId: cx.id(), kind: { tag: 'Let', local: { hirId: cx.id(), pat, ty, init, els, span: l.span } }, span: s.span });
        cx.lintScope = savedLintScope;
        return;
      }
      case 'Item': {
        const def = lowerNestedItem(cx, k.item);
        if (def !== null) stmts.push({ hirId: cx.id(), kind: { tag: 'Item', def }, span: s.span });
        return;
      }
      case 'Expr': {
        const e = lowerExpr(cx, k.expr);
        if (i === b.stmts.length - 1) tail = e;
        else stmts.push({ hirId: cx.id(), kind: { tag: 'Expr', expr: e }, span: s.span });
        return;
      }
      case 'Semi':
        stmts.push({ hirId: cx.id(), kind: { tag: 'Semi', expr: lowerExpr(cx, k.expr) }, span: s.span });
        return;
      case 'Empty':
        return;
      case 'MacCall':
        // Unexpanded macros were reported by the expander.
        return;
    }
  });
  cx.r.popRib();
  if (m) cx.r.popRib();
  return cx.block(stmts, tail, b.span, b.rules);
}

export function blockExpr(cx: LoweringCtx, b: ast.Block): Expr {
  const block = lowerBlock(cx, b);
  return cx.expr({ tag: 'Block', block, label: null }, b.span);
}

function lowerExprs(cx: LoweringCtx, es: readonly ast.Expr[]): Expr[] {
  return es.map((e) => lowerExpr(cx, e));
}

export function lowerExpr(cx: LoweringCtx, e: ast.Expr): Expr {
  return e.attrs.length === 0 ? lowerExprIn(cx, e) : cx.inLintNode(e.id, e.attrs, () => lowerExprIn(cx, e));
}

function lowerExprIn(cx: LoweringCtx, e: ast.Expr): Expr {
  const k = e.kind;
  const mk = (kind: ExprKind): Expr => cx.expr(kind, e.span);
  switch (k.tag) {
    case 'Paren': {
      const inner = lowerExpr(cx, k.expr);
      return { ...inner, span: e.span };
    }
    case 'Lit': return mk({ tag: 'Lit', lit: { value: k.lit.value, span: k.lit.span }, negated: false });
    case 'Path': return mk({ tag: 'Path', qpath: lowerQPath(cx, k.qself, k.path, 'value') });
    case 'Call': {
      const f = k.func;
      const func = f.kind.tag === 'Path' ? cx.expr({ tag: 'Path', qpath: lowerQPath(cx, f.kind.qself, f.kind.path, 'value', true) }, f.span) : lowerExpr(cx, f);
      return mk({ tag: 'Call', func, args: lowerExprs(cx, k.args) });
    }
    case 'MethodCall': {
      const receiver = lowerExpr(cx, k.receiver);
      const seg = { hirId: cx.id(), ident: k.seg.ident, res: { tag: 'Err' } as const, args: lowerArgs(cx, k.seg.args) };
      cx.traitMap.set(seg.hirId, cx.r.traitsInScope());
      return mk({ tag: 'MethodCall', seg, receiver, args: lowerExprs(cx, k.args), span: k.span });
    }
    case 'Tup': return mk({ tag: 'Tup', elems: lowerExprs(cx, k.elems) });
    case 'Array': return mk({ tag: 'Array', elems: lowerExprs(cx, k.elems) });
    case 'Repeat': {
      const elem = lowerExpr(cx, k.elem);
      const count = lowerAnonConst(cx, k.count.value, 'array length');
      return mk({ tag: 'Repeat', elem, count });
    }
    case 'Binary': return mk({ tag: 'Binary', op: k.op, opSpan: k.opSpan, lhs: lowerExpr(cx, k.lhs), rhs: lowerExpr(cx, k.rhs) });
    case 'Unary': return mk({ tag: 'Unary', op: k.op, expr: lowerExpr(cx, k.expr) });
    case 'Cast': return mk({ tag: 'Cast', expr: lowerExpr(cx, k.expr), ty: lowerTy(cx, k.ty) });
    case 'Type': return lowerExpr(cx, k.expr);
    case 'If': return lowerIf(cx, e, k);
    case 'Let':
      cx.unsupported('`let` expressions in this position are', e.span);
      return mk({ tag: 'Err' });
    case 'While': return lowerWhile(cx, e, k);
    case 'ForLoop': return lowerFor(cx, e, k);
    case 'Loop': return lowerLoop(cx, e, k);
    case 'Match': {
      const scrutinee = lowerExpr(cx, k.scrutinee);
      const arms = k.arms.filter((a) => a.body !== null).map((a) => lowerArm(cx, a));
      return mk({ tag: 'Match', scrutinee, arms, source: 'normal' });
    }
    case 'Block': {
      if (!k.label) return mk({ tag: 'Block', block: lowerBlock(cx, k.block), label: null });
      const id = cx.id();
      cx.loops.set(id, { target: id, source: 'block', headSpan: k.label.ident.span });
      cx.r.pushLabel({ name: k.label.ident.name, span: k.label.ident.span, target: id, isLoop: false });
      const block = lowerBlock(cx, k.block);
      cx.r.popLabel();
      return { hirId: id, kind: { tag: 'Block', block, label: k.label.ident }, span: e.span };
    }
    case 'Assign': return mk({ tag: 'Assign', lhs: lowerExpr(cx, k.lhs), rhs: lowerExpr(cx, k.rhs), eqSpan: k.eqSpan });
    case 'AssignOp': return mk({ tag: 'AssignOp', op: k.op, opSpan: k.opSpan, lhs: lowerExpr(cx, k.lhs), rhs: lowerExpr(cx, k.rhs) });
    case 'Field': return mk({ tag: 'Field', expr: lowerExpr(cx, k.expr), ident: k.ident });
    case 'Index': return mk({ tag: 'Index', expr: lowerExpr(cx, k.expr), index: lowerExpr(cx, k.index), bracketSpan: k.bracketSpan });
    case 'AddrOf': return mk({ tag: 'AddrOf', raw: k.raw, mutbl: k.mutbl, expr: lowerExpr(cx, k.expr) });
    case 'Break': return lowerBreak(cx, e, k);
    case 'Continue': return lowerContinue(cx, e, k);
    case 'Ret': return mk({ tag: 'Ret', expr: k.expr ? lowerExpr(cx, k.expr) : null });
    case 'Struct': {
      const qpath = lowerQPath(cx, k.qself, k.path, 'type');
      const fields: ExprField[] = k.fields.map((f) => ({ hirId: cx.id(), ident: f.ident, expr: lowerExpr(cx, f.expr), isShorthand: f.isShorthand, span: f.span }));
      let base: Expr | null = null;
      if (k.rest?.tag === 'Base') base = lowerExpr(cx, k.rest.expr);
      else if (k.rest?.tag === 'Rest') cx.unsupported('default field values (`..`) are', k.rest.span);
      return mk({ tag: 'Struct', qpath, fields, base });
    }
    case 'InlineAsm': return mk({ tag: 'InlineAsm', asm: lowerAsm(cx, k.asm) });
    case 'Range': return lowerRange(cx, e, k);
    case 'Closure': return lowerClosure(cx, e, k);
    case 'Try': return lowerTry(cx, e, k.expr);
    case 'Underscore': cx.unsupported('destructuring assignments are', e.span); return mk({ tag: 'Err' });
    case 'ConstBlock': case 'Gen': case 'Await': case 'TryBlock': case 'Yield': case 'Become': case 'OffsetOf': case 'FormatArgs':
      cx.unsupported(`\`${k.tag}\` expressions are`, e.span);
      return mk({ tag: 'Err' });
    case 'MacCall': // reported by the expander
      return mk({ tag: 'Err' });
    case 'Err': return mk({ tag: 'Err' });
  }
}

function lowerIf(cx: LoweringCtx, e: ast.Expr, k: Extract<ast.ExprKind, { tag: 'If' }>): Expr {
  if (k.cond.kind.tag === 'Let') {
    // `if let P = E { A } else { B }` -> `match E { P => A, _ => B }`.
    const l = k.cond.kind;
    const scrutinee = lowerExpr(cx, l.expr);
    const names = cx.r.pushLocals();
    const binds: PatBindings = new Map();
    const pat = lowerPat(cx, l.pat, binds);
    bindAll(names, binds);
    const then = blockExpr(cx, k.then);
    cx.r.popRib();
    const els = k.else ? lowerExpr(cx, k.else) : cx.expr({ tag: 'Block', block: cx.block([], null, mkSpan(e.span.hi, e.span.hi, e.span.ctxt)), label: null }, e.span);
    const wild = cx.pat({ tag: 'Wild' }, e.span);
    const arms: Arm[] = [
      { hirId: cx.id(), pat, guard: null, body: then, span: k.then.span },
      { hirId: cx.id(), pat: wild, guard: null, body: els, span: els.span },
    ];
    return cx.expr({ tag: 'Match', scrutinee, arms, source: 'ifLet' }, e.span);
  }
  const cond = lowerExpr(cx, k.cond);
  const then = blockExpr(cx, k.then);
  const els = k.else ? lowerExpr(cx, k.else) : null;
  return cx.expr({ tag: 'If', cond, then, els }, e.span);
}

function lowerArm(cx: LoweringCtx, a: ast.Arm): Arm {
  return cx.inLintNode(a.id, a.attrs, () => lowerArmIn(cx, a));
}

function lowerArmIn(cx: LoweringCtx, a: ast.Arm): Arm {
  const names = cx.r.pushLocals();
  const binds: PatBindings = new Map();
  const pat = lowerPat(cx, a.pat, binds);
  bindAll(names, binds);
  const guard = a.guard ? lowerExpr(cx, a.guard) : null;
  const body = lowerExpr(cx, a.body!);
  cx.r.popRib();
  return { hirId: cx.id(), pat, guard, body, span: a.span };
}

export function lowerAsm(cx: LoweringCtx, asm: ast.InlineAsm): import('./expr.ts').HirInlineAsm {
  const operands = asm.operands.map(({ op, span }) => {
    let o: HirAsmOperand;
    switch (op.tag) {
      case 'In': o = { tag: 'In', reg: op.reg, expr: lowerExpr(cx, op.expr) }; break;
      case 'Out': o = { tag: 'Out', reg: op.reg, late: op.late, expr: op.expr ? lowerExpr(cx, op.expr) : null }; break;
      case 'InOut': o = { tag: 'InOut', reg: op.reg, late: op.late, expr: lowerExpr(cx, op.expr) }; break;
      case 'SplitInOut':
        o = { tag: 'SplitInOut', reg: op.reg, late: op.late, inExpr: lowerExpr(cx, op.inExpr), outExpr: op.outExpr ? lowerExpr(cx, op.outExpr) : null };
        break;
      case 'Const': o = { tag: 'Const', expr: lowerExpr(cx, op.anonConst.value) }; break;
      case 'Sym': {
        const qpath = lowerQPath(cx, op.qself, op.path, 'value');
        const res = qpath.tag === 'Resolved' ? qpath.path.res : null;
        if (res && res.tag === 'Def' && (res.kind === 'Static' || res.kind === 'ForeignStatic')) o = { tag: 'SymStatic', qpath, def: res.def };
        else o = { tag: 'SymFn', qpath, hirId: cx.id() };
        break;
      }
      case 'Label':
        cx.unsupported('`label` operands in `asm!` are', span);
        o = { tag: 'Const', expr: cx.expr({ tag: 'Err' }, span) };
        break;
    }
    return { op: o, span };
  });
  return { template: asm.template, operands, options: asm.options, clobberAbis: asm.clobberAbis.map((c) => symStr(c.abi)), lineSpans: asm.lineSpans };
}
