import { span, type Span } from '../diagnostics/span.ts';
import type * as ast from '../syntax/ast/index.ts';

/**
 * The span rustc shows for a definition (its `def_span`): a fn's signature, a struct's or
 * module's head (`struct Foo`), not the whole body.
 */
export function itemDefSpan(item: ast.Item<{ readonly tag: string }>): Span {
  const k = item.kind as ast.ItemKind;
  if (k.tag === 'Fn') return span(item.span.lo, Math.max(k.sig.span.hi, item.ident.span.hi), item.span.ctxt);
  if (k.tag === 'Impl') return span(item.span.lo, k.selfTy.span.hi, item.span.ctxt);
  if ((k.tag === 'Static' || k.tag === 'Const') && k.ty.span.hi > item.span.lo) return span(item.span.lo, k.ty.span.hi, item.span.ctxt);
  if (k.tag === 'Static' || k.tag === 'Const' || k.tag === 'Use' || k.tag === 'ExternCrate' || k.tag === 'TyAlias') {
    return item.span;
  }
  if (item.ident.span.hi > item.span.lo) return span(item.span.lo, item.ident.span.hi, item.span.ctxt);
  return item.span;
}
