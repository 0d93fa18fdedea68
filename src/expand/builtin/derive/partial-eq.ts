// #[derive(PartialEq)]: structs compare field by field (`self.x == other.x && ...`); enums
// compare the fields of equal variants (through references, as rustc's expansion does) and
// are unequal when the variants differ.
import { Quote } from './quote.ts';
import { bindingPattern, fieldAccess, implHeader, type DeriveCx } from './shape.ts';

export function derivePartialEq(d: DeriveCx): Quote {
  const q = new Quote(d.span);
  implHeader(d, `${d.core}::cmp::PartialEq`, q);
  q.push('{ #[inline] fn eq(&self, other: &Self) -> bool { ');
  const s = d.shape;
  if (s.kind === 'struct') {
    const v = s.variants[0]!;
    if (v.fields.length === 0) q.push('true');
    v.fields.forEach((f, i) => {
      if (i > 0) q.push(' && ');
      q.push(`${fieldAccess('self', f)} == ${fieldAccess('other', f)}`, f.span);
    });
  } else if (s.variants.length === 0) {
    q.push('match *self {}');
  } else {
    q.push('match (self, other) { ');
    for (const v of s.variants) {
      q.push(`(${bindingPattern(d, v, '__self_')}, ${bindingPattern(d, v, '__arg1_')}) => `);
      if (v.fields.length === 0) q.push('true');
      v.fields.forEach((f, i) => {
        if (i > 0) q.push(' && ');
        q.push(`__self_${f.index} == __arg1_${f.index}`, f.span);
      });
      q.push(', ');
    }
    if (s.variants.length > 1) q.push('_ => false, ');
    q.push('}');
  }
  q.push(' } }');
  return q;
}
