// #[derive(PartialOrd)]: fields compared in declaration order, the first unequal pair
// deciding; enums first by discriminant (declaration order unless given).
import type { Quote } from './quote.ts';
import { deriveOrdering } from './ordering.ts';
import type { DeriveCx } from './shape.ts';

export function derivePartialOrd(d: DeriveCx): Quote {
  const c = d.core;
  return deriveOrdering(d, {
    traitPath: `${c}::cmp::PartialOrd`,
    signature: `fn partial_cmp(&self, other: &Self) -> ${c}::option::Option<${c}::cmp::Ordering>`,
    compareFn: `${c}::cmp::PartialOrd::partial_cmp`,
    equal: `${c}::option::Option::Some(${c}::cmp::Ordering::Equal)`,
  });
}
