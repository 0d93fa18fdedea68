// #[derive(Hash)]: feeds each field to the hasher in order; enums first feed their
// discriminant (as an `isize`, as rustc's expansion does) when there is more than one variant.
import { Quote } from './quote.ts';
import { bindingPattern, discriminantExprs, fieldAccess, implHeader, variantPath, type DeriveCx } from './shape.ts';

export function deriveHash(d: DeriveCx): Quote {
  const q = new Quote(d.span);
  const hash = `${d.core}::hash::Hash`;
  implHeader(d, hash, q);
  q.push(`{ fn hash<__H: ${d.core}::hash::Hasher>(&self, state: &mut __H) { `);
  const s = d.shape;
  if (s.kind === 'struct') {
    for (const f of s.variants[0]!.fields) q.push(`${hash}::hash(&${fieldAccess('self', f)}, state); `, f.span);
  } else if (s.variants.length === 0) {
    q.push('match *self {}');
  } else {
    if (s.variants.length > 1) {
      const discrs = discriminantExprs(d);
      q.push('let __self_discr: isize = match self { ');
      s.variants.forEach((v, i) => {
        const path = variantPath(d, v);
        q.push(`${v.kind === 'unit' ? path : v.kind === 'tuple' ? `${path}(..)` : `${path} { .. }`} => ${discrs[i]}, `);
      });
      q.push(`}; ${hash}::hash(&__self_discr, state); `);
    }
    const withFields = s.variants.filter((v) => v.fields.length > 0);
    if (withFields.length > 0) {
      q.push('match self { ');
      for (const v of withFields) {
        q.push(`${bindingPattern(d, v, '__self_')} => { `);
        for (const f of v.fields) q.push(`${hash}::hash(__self_${f.index}, state); `, f.span);
        q.push('} ');
      }
      if (withFields.length < s.variants.length) q.push('_ => {} ');
      q.push('}');
    }
  }
  q.push(' } }');
  return q;
}
