import { span as mkSpan, type Span } from '../diagnostics/span.ts';
import type * as ast from '../syntax/ast/index.ts';
import { intern, symStr } from '../syntax/symbol.ts';
import type { Arm, Expr, ExprKind, LoopSource, Stmt } from './expr.ts';
import type { HirId } from './ids.ts';
import type { LoweringCtx } from './lower-ctx.ts';
import { blockExpr, lowerBlock, lowerExpr } from './lower-expr.ts';
import { bindAll, lowerPat, type PatBindings } from './lower-pat.ts';
import type { HirPat } from './pat.ts';
import type { Ident } from './path.ts';

type K<T extends ast.ExprKind['tag']> = Extract<ast.ExprKind, { tag: T }>;

/** Enters a loop: `break`/`continue` inside `f` target `id`. */
function inLoop<T>(cx: LoweringCtx, id: HirId, label: ast.Label | null, source: LoopSource, headSpan: Span, f: () => T): T {
  const info = { target: id, source, headSpan };
  cx.loops.set(id, info);
  cx.loopStack.push(info);
  cx.r.pushLabel({ name: label ? label.ident.name : null, span: label ? label.ident.span : null, target: id, isLoop: true });
  try {
    return f();
  } finally {
    cx.r.popLabel();
    cx.loopStack.pop();
  }
}

export function lowerLoop(cx: LoweringCtx, e: ast.Expr, k: K<'Loop'>): Expr {
  const id = cx.id();
  const head = mkSpan(e.span.lo, k.body.span.lo, e.span.ctxt);
  const body = inLoop(cx, id, k.label, 'loop', head, () => lowerBlock(cx, k.body));
  return { hirId: id, kind: { tag: 'Loop', body, label: k.label?.ident ?? null, source: 'loop', span: head }, span: e.span };
}

/** `while COND BODY` -> `loop { if COND { BODY } else { break } }`. */
export function lowerWhile(cx: LoweringCtx, e: ast.Expr, k: K<'While'>): Expr {
  if (k.cond.kind.tag === 'Let') return lowerWhileLet(cx, e, k, k.cond.kind);
  const id = cx.id();
  const head = mkSpan(e.span.lo, k.cond.span.hi, e.span.ctxt);
  const body = inLoop(cx, id, k.label, 'while', head, () => {
    const cond = lowerExpr(cx, k.cond);
    const then = blockExpr(cx, k.body);
    const brk = cx.expr({ tag: 'Break', dest: { label: null, target: id }, expr: null }, k.cond.span);
    const els = cx.expr({ tag: 'Block', block: cx.block([], brk, k.cond.span), label: null }, k.cond.span);
    const ifExpr = cx.expr({ tag: 'If', cond, then, els }, e.span);
    return cx.block([], ifExpr, e.span);
  });
  return { hirId: id, kind: { tag: 'Loop', body, label: k.label?.ident ?? null, source: 'while', span: head }, span: e.span };
}

/** `while let PAT = EXPR BODY` -> `loop { match EXPR { PAT => BODY, _ => break } }` (rustc's desugaring). */
function lowerWhileLet(cx: LoweringCtx, e: ast.Expr, k: K<'While'>, l: K<'Let'>): Expr {
  const id = cx.id();
  const head = mkSpan(e.span.lo, k.cond.span.hi, e.span.ctxt);
  const body = inLoop(cx, id, k.label, 'while', head, () => {
    const scrutinee = lowerExpr(cx, l.expr);
    const names = cx.r.pushLocals();
    const binds: PatBindings = new Map();
    const pat = lowerPat(cx, l.pat, binds);
    bindAll(names, binds);
    const then = blockExpr(cx, k.body);
    cx.r.popRib();
    const brk = cx.expr({ tag: 'Break', dest: { label: null, target: id }, expr: null }, k.cond.span);
    const arms: Arm[] = [
      { hirId: cx.id(), pat, guard: null, body: then, span: k.body.span },
      { hirId: cx.id(), pat: cx.pat({ tag: 'Wild' }, k.cond.span), guard: null, body: brk, span: k.cond.span },
    ];
    const m = cx.expr({ tag: 'Match', scrutinee, arms, source: 'whileLet' }, e.span);
    return cx.block([], m, e.span);
  });
  return { hirId: id, kind: { tag: 'Loop', body, label: k.label?.ident ?? null, source: 'while', span: head }, span: e.span };
}

const ITER = intern('iter');

/**
 * `for PAT in HEAD BODY` as rustc desugars it:
 * `match IntoIterator::into_iter(HEAD) { mut iter => 'l: loop { match Iterator::next(&mut iter) { None => break, Some(PAT) => BODY }; } }`
 * with `into_iter`, `next`, `Some` and `None` named through their lang items.
 */
export function lowerFor(cx: LoweringCtx, e: ast.Expr, k: K<'ForLoop'>): Expr {
  const sp = e.span;
  const headSp = k.iter.span;
  const head = lowerExpr(cx, k.iter);
  const intoIter = cx.langQPath('into_iter', headSp);
  const next = cx.langQPath('next', headSp);
  const some = cx.langQPath('Some', k.pat.span, true);
  const none = cx.langQPath('None', k.pat.span, true);
  if (!intoIter || !next || !some || !none) return cx.expr({ tag: 'Err' }, sp);
  const b = new Build(cx, headSp);
  const iterPat = b.binding(ITER, true);
  const id = cx.id();
  const headSpan = mkSpan(sp.lo, headSp.hi, sp.ctxt);
  const body = inLoop(cx, id, k.label, 'for', headSpan, () => {
    const iterRef = b.expr({ tag: 'AddrOf', raw: false, mutbl: 'mut', expr: b.read(iterPat) });
    const nextCall = b.expr({ tag: 'Call', func: b.expr({ tag: 'Path', qpath: next }), args: [iterRef] });
    const names = cx.r.pushLocals();
    const binds: PatBindings = new Map();
    const pat = lowerPat(cx, k.pat, binds);
    bindAll(names, binds);
    const userBody = blockExpr(cx, k.body);
    cx.r.popRib();
    const brk = cx.expr({ tag: 'Break', dest: { label: null, target: id }, expr: null }, headSp);
    const arms: Arm[] = [
      { hirId: cx.id(), pat: cx.pat({ tag: 'Path', qpath: none }, headSp), guard: null, body: brk, span: headSp },
      { hirId: cx.id(), pat: cx.pat({ tag: 'TupleStruct', qpath: some, pats: [pat], dotdot: null }, k.pat.span), guard: null, body: userBody, span: k.body.span },
    ];
    const m = cx.expr({ tag: 'Match', scrutinee: nextCall, arms, source: 'forLoop' }, headSp);
    // An expression statement, as in rustc: the body must be `()` (E0308 for `for x in r { x }`).
    return cx.block([{ hirId: cx.id(), kind: { tag: 'Expr', expr: m }, span: headSp }], null, sp);
  });
  const loop: Expr = { hirId: id, kind: { tag: 'Loop', body, label: k.label?.ident ?? null, source: 'for', span: headSpan }, span: sp };
  const call = cx.expr({ tag: 'Call', func: cx.expr({ tag: 'Path', qpath: intoIter }, headSp), args: [head] }, headSp);
  const arm: Arm = { hirId: cx.id(), pat: iterPat, guard: null, body: loop, span: sp };
  return cx.expr({ tag: 'DropTemps', expr: cx.expr({ tag: 'Match', scrutinee: call, arms: [arm], source: 'forLoop' }, sp) }, sp);
}

/** Builds the desugared nodes of a `for` loop, all at one span. */
class Build {
  constructor(
    private readonly cx: LoweringCtx,
    private readonly sp: Span,
  ) {}

  expr(kind: ExprKind): Expr {
    return this.cx.expr(kind, this.sp);
  }

  binding(name: ReturnType<typeof intern>, mutable: boolean): HirPat {
    const ident: Ident = { name, span: this.sp };
    return this.cx.pat({ tag: 'Binding', mode: { byRef: null, mutbl: mutable ? 'mut' : 'not' }, ident, sub: null }, this.sp);
  }

  read(pat: HirPat): Expr {
    const res = { tag: 'Local', id: pat.hirId } as const;
    const ident = pat.kind.tag === 'Binding' ? pat.kind.ident : { name: ITER, span: this.sp };
    const seg = { hirId: this.cx.id(), ident, res, args: null };
    return this.expr({ tag: 'Path', qpath: { tag: 'Resolved', qself: null, path: { span: this.sp, res, segments: [seg] } } });
  }

  semi(e: Expr): Stmt {
    return { hirId: this.cx.id(), kind: { tag: 'Semi', expr: e }, span: this.sp };
  }
}

export function lowerBreak(cx: LoweringCtx, e: ast.Expr, k: K<'Break'>): Expr {
  const target = cx.r.resolveLabel(k.label?.ident ?? null);
  const value = k.expr ? lowerExpr(cx, k.expr) : null;
  if (target === null && !k.label) {
    cx.loopErrors.push(() =>
      cx.dcx.err('`break` outside of a loop or labeled block', 'E0268').primary(e.span, 'cannot `break` outside of a loop or labeled block').emit(),
    );
  } else if (target !== null && value) {
    const info = cx.loops.get(target);
    if (info && (info.source === 'while' || info.source === 'for')) {
      const kind = info.source;
      cx.loopErrors.push(() =>
        cx.dcx
          .err(`\`break\` with value from a \`${kind}\` loop`, 'E0571')
          .primary(e.span, 'can only break with a value inside `loop` or breakable block')
          .label(info.headSpan, `you can't \`break\` with a value in a \`${kind}\` loop`)
          .help(`use \`break\` on its own without a value inside this \`${kind}\` loop`, e.span, [
            { span: e.span, replacement: k.label ? `break ${symStr(k.label.ident.name)}` : 'break', applicability: 'MaybeIncorrect' },
          ])
          .emit(),
      );
    }
  }
  return cx.expr({ tag: 'Break', dest: { label: k.label?.ident ?? null, target }, expr: value }, e.span);
}

export function lowerContinue(cx: LoweringCtx, e: ast.Expr, k: K<'Continue'>): Expr {
  const target = cx.r.resolveLabel(k.label?.ident ?? null);
  if (target === null && !k.label) {
    cx.loopErrors.push(() => cx.dcx.err('`continue` outside of a loop', 'E0268').primary(e.span, 'cannot `continue` outside of a loop').emit());
  }
  return cx.expr({ tag: 'Continue', dest: { label: k.label?.ident ?? null, target } }, e.span);
}
