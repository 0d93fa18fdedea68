// #[derive(Copy)]: the marker impl, with `T: Copy` for each type parameter.
import { Quote } from './quote.ts';
import { implHeader, type DeriveCx } from './shape.ts';

export function deriveCopy(d: DeriveCx): Quote {
  const q = new Quote(d.span);
  implHeader(d, `${d.core}::marker::Copy`, q);
  q.push('{}');
  return q;
}
