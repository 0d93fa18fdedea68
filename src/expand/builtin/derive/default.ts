// #[derive(Default)]: structs get `Default::default()` for every field; enums name the unit
// variant marked `#[default]` (E0665 when there is none, as rustc reports it).
import { attrName } from '../../attrs.ts';
import { Quote } from './quote.ts';
import { construct, implHeader, variantPath, type DeriveCx, type VariantShape } from './shape.ts';

function isDefault(v: VariantShape): boolean {
  return v.attrs.some((a) => attrName(a) === 'default');
}

/** The impl, or null after reporting why an enum has no usable default variant. */
export function deriveDefault(d: DeriveCx): Quote | null {
  const s = d.shape;
  const dflt = `${d.core}::default::Default`;
  let body: (q: Quote) => void;
  if (s.kind === 'enum') {
    const marked = s.variants.filter(isDefault);
    if (marked.length === 0) {
      reportNoDefault(d);
      return null;
    }
    if (marked.length > 1) {
      const e = d.cx.dcx.err('multiple declared defaults').primary(d.span);
      for (const v of marked) e.label(v.span, 'first default');
      e.note('only one variant can be default').emit();
      return null;
    }
    const v = marked[0]!;
    if (v.kind !== 'unit') {
      d.cx.dcx.err('the `#[default]` attribute may only be used on unit enum variants').primary(v.span).help('consider a manual implementation of `Default`').emit();
      return null;
    }
    body = (q) => q.push(variantPath(d, v));
  } else {
    body = (q) => construct(d, s.variants[0]!, q, () => `${dflt}::default()`);
  }
  const q = new Quote(d.span);
  implHeader(d, dflt, q);
  q.push('{ #[inline] fn default() -> Self { ');
  body(q);
  q.push(' } }');
  return q;
}

function reportNoDefault(d: DeriveCx): void {
  const e = d.cx.dcx
    .err('`#[derive(Default)]` on enum with no `#[default]`', 'E0665')
    .primary(d.span)
    .label(d.shape.item.span, 'this enum needs a unit variant marked with `#[default]`');
  for (const v of d.shape.variants) {
    if (v.kind !== 'unit') continue;
    e.help('make this unit variant default by placing `#[default]` on it', v.span, [
      { span: { lo: v.span.lo, hi: v.span.lo, ctxt: v.span.ctxt }, replacement: '#[default] ', applicability: 'MaybeIncorrect', style: 'verbose' },
    ]);
  }
  e.emit();
}
