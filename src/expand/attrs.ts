import type { Attribute } from '../syntax/ast/index.ts';
import { symStr } from '../syntax/symbol.ts';
import type { TokenTree } from '../syntax/token.ts';
import { evalCfg, parseCfgPredicate } from './cfg.ts';
import type { ExpandCtx } from './expand-ctx.ts';

export function attrName(a: Attribute): string | null {
  if (a.kind.tag !== 'Normal') return null;
  const segs = a.kind.path.segments;
  return segs.map((s) => symStr(s.ident.name)).join('::');
}

export function attrTokens(a: Attribute): readonly TokenTree[] | null {
  if (a.kind.tag !== 'Normal' || a.kind.args.tag !== 'Delimited') return null;
  return a.kind.args.args.tokens;
}

/** Value of `#[name = "value"]`, if the attribute has that form with a string literal. */
export function attrStrValue(a: Attribute): string | null {
  if (a.kind.tag !== 'Normal' || a.kind.args.tag !== 'Eq') return null;
  const e = a.kind.args.expr;
  if (e.kind.tag === 'Lit' && e.kind.lit.value.tag === 'Str') return e.kind.lit.value.value;
  return null;
}

/** Evaluates `#[cfg(...)]`; reports malformed predicates (then keeps the node). */
export function cfgAttrHolds(cx: ExpandCtx, a: Attribute): boolean {
  const tts = attrTokens(a);
  if (tts === null) {
    cx.dcx.err('malformed `cfg` attribute input').primary(a.span).help('must be of the form: `#[cfg(predicate)]`').emit();
    return true;
  }
  const pred = parseCfgPredicate(tts);
  if ('message' in pred) {
    cx.dcx.err(pred.message).primary(a.span).emit();
    return true;
  }
  return evalCfg(pred, cx.cfg);
}

/**
 * Applies `#[cfg_attr(pred, a, b)]` (replacing it by `#[a] #[b]` when pred holds) and
 * reports whether every `#[cfg]` holds. The returned attributes keep their order.
 */
export function processCfgAttrs(cx: ExpandCtx, attrs: readonly Attribute[]): { keep: boolean; attrs: Attribute[] } {
  const out: Attribute[] = [];
  for (const a of attrs) {
    const name = attrName(a);
    if (name === 'cfg_attr') {
      const expanded = expandCfgAttr(cx, a);
      const inner = processCfgAttrs(cx, expanded);
      if (!inner.keep) return { keep: false, attrs: out };
      out.push(...inner.attrs);
      continue;
    }
    if (name === 'cfg') {
      if (!cfgAttrHolds(cx, a)) return { keep: false, attrs: out };
      continue;
    }
    out.push(a);
  }
  return { keep: true, attrs: out };
}

function expandCfgAttr(cx: ExpandCtx, a: Attribute): Attribute[] {
  const tts = attrTokens(a);
  if (tts === null) {
    cx.dcx.err('malformed `cfg_attr` attribute input').primary(a.span).emit();
    return [];
  }
  const comma = tts.findIndex((t) => t.kind === 'token' && t.token.kind === 'punct' && t.token.p === ',');
  if (comma < 0) {
    cx.dcx.err('malformed `cfg_attr` attribute input').primary(a.span).emit();
    return [];
  }
  const pred = parseCfgPredicate(tts.slice(0, comma));
  if ('message' in pred) {
    cx.dcx.err(pred.message).primary(a.span).emit();
    return [];
  }
  if (!evalCfg(pred, cx.cfg)) return [];
  return cx.parseAttrsFromTokens(tts.slice(comma + 1), a);
}
