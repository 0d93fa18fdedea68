// #[derive(Debug)]: `Name { x: .. }` through Formatter::debug_struct, `Name(..)` through
// debug_tuple, unit structs and variants as their name (the output of rustc's derive).
import { Quote } from './quote.ts';
import { bindingPattern, fieldAccess, implHeader, type DeriveCx, type FieldShape, type VariantShape } from './shape.ts';

/** A Rust string literal for a name (`r#type` prints as `type`). */
function nameLit(name: string): string {
  return JSON.stringify(name.startsWith('r#') ? name.slice(2) : name);
}

/** `f.debug_struct("V").field("x", x).finish()` and friends; `value(f)` is a reference to the field. */
function debugVariant(q: Quote, v: VariantShape, value: (f: FieldShape) => string): void {
  if (v.kind === 'unit') {
    q.push(`f.write_str(${nameLit(v.name)})`);
    return;
  }
  q.push(v.kind === 'tuple' ? `f.debug_tuple(${nameLit(v.name)})` : `f.debug_struct(${nameLit(v.name)})`);
  for (const fd of v.fields) {
    q.push(v.kind === 'tuple' ? `.field(${value(fd)})` : `.field(${nameLit(fd.name!)}, ${value(fd)})`, fd.span);
  }
  q.push('.finish()');
}

export function deriveDebug(d: DeriveCx): Quote {
  const q = new Quote(d.span);
  const fmt = `${d.core}::fmt`;
  implHeader(d, `${fmt}::Debug`, q);
  q.push(`{ fn fmt(&self, f: &mut ${fmt}::Formatter<'_>) -> ${fmt}::Result { `);
  const s = d.shape;
  if (s.kind === 'struct') {
    debugVariant(q, s.variants[0]!, (f) => `&${fieldAccess('self', f)}`);
  } else if (s.variants.length === 0) {
    q.push('match *self {}');
  } else {
    q.push('match self { ');
    for (const v of s.variants) {
      q.push(`${bindingPattern(d, v, '__self_')} => `);
      debugVariant(q, v, (f) => `__self_${f.index}`);
      q.push(', ');
    }
    q.push('}');
  }
  q.push(' } }');
  return q;
}
