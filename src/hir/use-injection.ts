// Where "perhaps you want to import it" inserts a `use` (rustc's UsePlacementFinder): before
// the module's first `use` written in the source, else before its first item (attributes
// included), never inside macro-generated code.
import { span as mkSpan, type Span } from '../diagnostics/span.ts';
import type * as ast from '../syntax/ast/index.ts';

function startOf(item: ast.Item): number {
  let lo = item.span.lo;
  for (const a of item.attrs) if (a.style === 'outer' && a.span.ctxt === item.span.ctxt && a.span.hi > 0) lo = Math.min(lo, a.span.lo);
  return lo;
}

export function useInjectionSpan(items: readonly ast.Item[]): Span | null {
  const source = items.filter((i) => i.span.ctxt === 0 && i.span.hi > i.span.lo);
  const use = source.find((i) => i.kind.tag === 'Use');
  const first = use ?? source.reduce<ast.Item | null>((a, i) => (a === null || startOf(i) < startOf(a) ? i : a), null);
  if (first === null) return null;
  const lo = startOf(first);
  return mkSpan(lo, lo, 0);
}
