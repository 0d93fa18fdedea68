import { localKey } from '../resolve/hygiene.ts';
import type * as ast from '../syntax/ast/index.ts';
import { symStr, type Symbol } from '../syntax/symbol.ts';
import type { HirId } from './ids.ts';
import type { LoweringCtx } from './lower-ctx.ts';
import { lowerExpr } from './lower-expr.ts';
import { lowerQPath } from './lower-path.ts';
import type { HirPat } from './pat.ts';

/** Names bound by one pattern (checked for duplicates, E0416). */
export type PatBindings = Map<Symbol, HirId>;

/**
 * Lowers a pattern, collecting its bindings into `binds`. The caller brings them into scope
 * afterwards (`let x = x + 1` reads the outer `x`).
 */
export function lowerPat(cx: LoweringCtx, p: ast.Pat, binds: PatBindings, inOr = false): HirPat {
  const k = p.kind;
  switch (k.tag) {
    case 'Paren': return lowerPat(cx, k.pat, binds, inOr);
    case 'Wild': return cx.pat({ tag: 'Wild' }, p.span);
    case 'Ident': {
      // `NONE_CONST` or a unit struct in scope: a path pattern, not a new binding.
      if (!k.sub && k.mode.byRef === null && k.mode.mutbl === 'not') {
        const res = cx.r.patIdentRes(k.ident.name);
        if (res) {
          const seg = { hirId: cx.id(), ident: k.ident, res, args: null };
          return cx.pat({ tag: 'Path', qpath: { tag: 'Resolved', qself: null, path: { span: k.ident.span, res, segments: [seg] } } }, p.span);
        }
      }
      const sub = k.sub ? lowerPat(cx, k.sub, binds, inOr) : null;
      const pat = cx.pat({ tag: 'Binding', mode: { byRef: k.mode.byRef, mutbl: k.mode.mutbl }, ident: k.ident, sub }, p.span);
      if (binds.has(localKey(k.ident)) && !inOr) {
        const n = symStr(k.ident.name);
        cx.dcx.err(`identifier \`${n}\` is bound more than once in the same pattern`, 'E0416').primary(k.ident.span, 'used in a pattern more than once').emit();
      } else if (!binds.has(localKey(k.ident))) {
        binds.set(localKey(k.ident), pat.hirId);
      }
      return pat;
    }
    case 'Tuple': {
      const { pats, dotdot } = lowerSeq(cx, k.pats, binds, inOr);
      return cx.pat({ tag: 'Tuple', pats, dotdot }, p.span);
    }
    case 'TupleStruct': {
      const qpath = lowerQPath(cx, k.qself, k.path, 'value');
      const { pats, dotdot } = lowerSeq(cx, k.pats, binds, inOr);
      return cx.pat({ tag: 'TupleStruct', qpath, pats, dotdot }, p.span);
    }
    case 'Path': return cx.pat({ tag: 'Path', qpath: lowerQPath(cx, k.qself, k.path, 'value') }, p.span);
    case 'Struct': {
      const qpath = lowerQPath(cx, k.qself, k.path, 'type');
      const fields = k.fields.map((f) => ({ hirId: cx.id(), ident: f.ident, pat: lowerPat(cx, f.pat, binds, inOr), isShorthand: f.isShorthand, span: f.span }));
      return cx.pat({ tag: 'Struct', qpath, fields, rest: k.rest }, p.span);
    }
    case 'Or': {
      const pats = k.pats.map((sp) => lowerPat(cx, sp, binds, true));
      return cx.pat({ tag: 'Or', pats }, p.span);
    }
    case 'Ref': return cx.pat({ tag: 'Ref', pat: lowerPat(cx, k.pat, binds, inOr), mutbl: k.mutbl }, p.span);
    case 'Lit': return cx.pat({ tag: 'Lit', expr: lowerExpr(cx, k.expr) }, p.span);
    case 'Range':
      return cx.pat(
        { tag: 'Range', lo: k.start ? lowerExpr(cx, k.start) : null, hi: k.end ? lowerExpr(cx, k.end) : null, end: k.rangeEnd === '..' ? 'excluded' : 'included' },
        p.span,
      );
    case 'Slice': {
      const before: HirPat[] = [];
      const after: HirPat[] = [];
      let mid: HirPat | null = null;
      let seenRest = false;
      for (const sp of k.pats) {
        if (sp.kind.tag === 'Rest') {
          seenRest = true;
          mid = cx.pat({ tag: 'Wild' }, sp.span);
        } else if (sp.kind.tag === 'Ident' && sp.kind.sub?.kind.tag === 'Rest') {
          seenRest = true;
          mid = cx.pat({ tag: 'Binding', mode: { byRef: sp.kind.mode.byRef, mutbl: sp.kind.mode.mutbl }, ident: sp.kind.ident, sub: null }, sp.span);
          binds.set(localKey(sp.kind.ident), mid.hirId);
        } else (seenRest ? after : before).push(lowerPat(cx, sp, binds, inOr));
      }
      return cx.pat({ tag: 'Slice', before, mid, after }, p.span);
    }
    case 'Never': return cx.pat({ tag: 'Never' }, p.span);
    case 'Rest':
      cx.dcx.err('`..` patterns are not allowed here').primary(p.span).note('only allowed in tuple, tuple struct, and slice patterns').emit();
      return cx.pat({ tag: 'Err' }, p.span);
    case 'Box': case 'Deref':
      cx.unsupported('box and deref patterns are', p.span);
      return cx.pat({ tag: 'Err' }, p.span);
    case 'MacCall': case 'Err':
      return cx.pat({ tag: 'Err' }, p.span);
  }
}

function lowerSeq(cx: LoweringCtx, ps: readonly ast.Pat[], binds: PatBindings, inOr: boolean): { pats: HirPat[]; dotdot: number | null } {
  const pats: HirPat[] = [];
  let dotdot: number | null = null;
  for (const sp of ps) {
    if (sp.kind.tag === 'Rest') {
      if (dotdot === null) dotdot = pats.length;
      continue;
    }
    pats.push(lowerPat(cx, sp, binds, inOr));
  }
  return { pats, dotdot };
}

/** Brings a pattern's bindings into the innermost locals scope. */
export function bindAll(names: Map<Symbol, HirId>, binds: PatBindings): void {
  for (const [n, id] of binds) names.set(n, id);
}
