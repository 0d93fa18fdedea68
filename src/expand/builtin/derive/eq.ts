// #[derive(Eq)]: the marker impl (`Eq` has no required methods).
import { Quote } from './quote.ts';
import { implHeader, type DeriveCx } from './shape.ts';

export function deriveEq(d: DeriveCx): Quote {
  const q = new Quote(d.span);
  implHeader(d, `${d.core}::cmp::Eq`, q);
  q.push('{}');
  return q;
}
