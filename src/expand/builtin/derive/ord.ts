// #[derive(Ord)]: the total order of #[derive(PartialOrd)], through `Ord::cmp`.
import type { Quote } from './quote.ts';
import { deriveOrdering } from './ordering.ts';
import type { DeriveCx } from './shape.ts';

export function deriveOrd(d: DeriveCx): Quote {
  const c = d.core;
  return deriveOrdering(d, {
    traitPath: `${c}::cmp::Ord`,
    signature: `fn cmp(&self, other: &Self) -> ${c}::cmp::Ordering`,
    compareFn: `${c}::cmp::Ord::cmp`,
    equal: `${c}::cmp::Ordering::Equal`,
  });
}
