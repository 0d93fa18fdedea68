// #[derive(Clone)]: clones field by field (`Name { x: Clone::clone(&self.x) }`); enums match
// on `self` and rebuild the same variant. Unions must be `Copy` and clone as `*self`.
import { Quote } from './quote.ts';
import { bindingPattern, construct, fieldAccess, implHeader, type DeriveCx } from './shape.ts';

export function deriveClone(d: DeriveCx): Quote {
  const q = new Quote(d.span);
  const clone = `${d.core}::clone::Clone`;
  implHeader(d, clone, q);
  q.push(`{ #[inline] fn clone(&self) -> Self { `);
  const s = d.shape;
  if (s.kind === 'union') {
    q.push('*self');
  } else if (s.kind === 'struct') {
    construct(d, s.variants[0]!, q, (f) => `${clone}::clone(&${fieldAccess('self', f)})`);
  } else if (s.variants.length === 0) {
    q.push('match *self {}');
  } else {
    q.push('match self { ');
    for (const v of s.variants) {
      q.push(`${bindingPattern(d, v, '__self_')} => `);
      construct(d, v, q, (f) => `${clone}::clone(__self_${f.index})`);
      q.push(', ');
    }
    q.push('}');
  }
  q.push(' } }');
  return q;
}
