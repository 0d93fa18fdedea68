// What #[derive(PartialOrd)] and #[derive(Ord)] share: lexicographic comparison of fields
// in declaration order, and for enums the variants' discriminants when the variants differ.
import { Quote } from './quote.ts';
import { bindingPattern, discriminantExprs, fieldAccess, implHeader, variantPath, type DeriveCx, type FieldShape, type VariantShape } from './shape.ts';

export interface OrderingStyle {
  /** `::core::cmp::PartialOrd` */
  readonly traitPath: string;
  /** `fn partial_cmp(&self, other: &Self) -> Option<Ordering>` */
  readonly signature: string;
  /** `::core::cmp::PartialOrd::partial_cmp` */
  readonly compareFn: string;
  /** The result meaning "equal so far": `Some(Equal)` or `Equal`. */
  readonly equal: string;
}

/** `match cmp(a0, b0) { EQUAL => <next>, cmp => cmp }`, ending with the last comparison. */
function chain(st: OrderingStyle, q: Quote, fields: readonly FieldShape[], pair: (f: FieldShape) => [string, string]): void {
  if (fields.length === 0) {
    q.push(st.equal);
    return;
  }
  fields.forEach((f, i) => {
    const [a, b] = pair(f);
    const call = `${st.compareFn}(${a}, ${b})`;
    if (i === fields.length - 1) q.push(call, f.span);
    else {
      q.push('match ');
      q.push(call, f.span);
      q.push(` { ${st.equal} => `);
    }
  });
  for (let i = 0; i < fields.length - 1; i++) q.push(', cmp => cmp, }');
}

/** A pattern matching any value of the variant: `E::A(..)`, `E::B { .. }`, `E::C`. */
function anyOf(d: DeriveCx, v: VariantShape): string {
  const path = variantPath(d, v);
  return v.kind === 'unit' ? path : v.kind === 'tuple' ? `${path}(..)` : `${path} { .. }`;
}

export function deriveOrdering(d: DeriveCx, st: OrderingStyle): Quote {
  const q = new Quote(d.span);
  implHeader(d, st.traitPath, q);
  q.push(`{ #[inline] ${st.signature} { `);
  const s = d.shape;
  if (s.kind === 'struct') {
    chain(st, q, s.variants[0]!.fields, (f) => [`&${fieldAccess('self', f)}`, `&${fieldAccess('other', f)}`]);
  } else if (s.variants.length === 0) {
    q.push('match *self {}');
  } else {
    const many = s.variants.length > 1;
    if (many) {
      const discrs = discriminantExprs(d);
      for (const who of ['self', 'other']) {
        q.push(`let __${who === 'self' ? 'self' : 'arg1'}_discr: isize = match ${who} { `);
        s.variants.forEach((v, i) => q.push(`${anyOf(d, v)} => ${discrs[i]}, `));
        q.push('}; ');
      }
    }
    const withFields = s.variants.filter((v) => v.fields.length > 0);
    const byDiscr = `${st.compareFn}(&__self_discr, &__arg1_discr)`;
    if (withFields.length === 0) {
      q.push(many ? byDiscr : st.equal);
    } else {
      q.push('match (self, other) { ');
      for (const v of withFields) {
        q.push(`(${bindingPattern(d, v, '__self_')}, ${bindingPattern(d, v, '__arg1_')}) => `);
        chain(st, q, v.fields, (f) => [`__self_${f.index}`, `__arg1_${f.index}`]);
        q.push(', ');
      }
      if (withFields.length < s.variants.length || many) q.push(`_ => ${many ? byDiscr : st.equal}, `);
      q.push('}');
    }
  }
  q.push(' } }');
  return q;
}
