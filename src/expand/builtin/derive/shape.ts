// The shared builder of derive expansions: what a struct or enum looks like to a derive
// (its name, generics, variants and fields) and the pieces every derive writes the same way
// (the impl header with `T: Trait` bounds, patterns that bind each field, paths into core).
import type { Span } from '../../../diagnostics/span.ts';
import type { Attribute, Expr, GenericBound, Generics, Ident, Item, VariantData } from '../../../syntax/ast/index.ts';
import { isReservedIdent } from '../../../syntax/keywords.ts';
import { exprToString, pathToString, tyToString } from '../../../syntax/pretty/print.ts';
import { symStr } from '../../../syntax/symbol.ts';
import type { ExpandCtx } from '../../expand-ctx.ts';
import { Quote } from './quote.ts';

export interface FieldShape {
  /** Field name for brace structs/variants; null for tuple fields. */
  readonly name: string | null;
  readonly index: number;
  readonly span: Span;
}

export interface VariantShape {
  readonly name: string;
  readonly kind: 'struct' | 'tuple' | 'unit';
  readonly fields: readonly FieldShape[];
  readonly attrs: readonly Attribute[];
  /** Explicit discriminant (`A = 3`). */
  readonly discr: Expr | null;
  readonly span: Span;
}

export interface ItemShape {
  readonly kind: 'struct' | 'enum' | 'union';
  readonly name: string;
  /** A struct or union has one "variant", itself. */
  readonly variants: readonly VariantShape[];
  readonly generics: Generics;
  readonly item: Item;
}

/** Everything a derive needs: the expansion context, the item, where the derive was named. */
export interface DeriveCx {
  readonly cx: ExpandCtx;
  readonly shape: ItemShape;
  /** Span of the trait's name inside `#[derive(...)]`. */
  readonly span: Span;
  /** `::core` in user crates, `crate` inside core itself. */
  readonly core: string;
}

/** An identifier as source text (`r#type` for a keyword used as a name). */
export function identText(cx: ExpandCtx, id: Ident): string {
  const s = symStr(id.name);
  return isReservedIdent(id.name, cx.edition) && s !== '_' ? `r#${s}` : s;
}

function fieldsOf(cx: ExpandCtx, data: VariantData): { kind: VariantShape['kind']; fields: FieldShape[] } {
  if (data.tag === 'Unit') return { kind: 'unit', fields: [] };
  const fields = data.fields.map((f, i) => ({ name: f.ident ? identText(cx, f.ident) : null, index: i, span: f.span }));
  return { kind: data.tag === 'Struct' ? 'struct' : 'tuple', fields };
}

/** The shape of a struct, enum or union item; null for other items. */
export function itemShape(cx: ExpandCtx, item: Item): ItemShape | null {
  const k = item.kind;
  const name = identText(cx, item.ident);
  if (k.tag === 'Struct' || k.tag === 'Union') {
    const { kind, fields } = fieldsOf(cx, k.data);
    const v: VariantShape = { name, kind, fields, attrs: item.attrs, discr: null, span: item.span };
    return { kind: k.tag === 'Struct' ? 'struct' : 'union', name, variants: [v], generics: k.generics, item };
  }
  if (k.tag === 'Enum') {
    const variants = k.variants.map((v) => ({ name: identText(cx, v.ident), ...fieldsOf(cx, v.data), attrs: v.attrs, discr: v.disrExpr?.value ?? null, span: v.span }));
    return { kind: 'enum', name, variants, generics: k.generics, item };
  }
  return null;
}

function boundText(b: GenericBound): string {
  if (b.tag === 'Outlives') return symStr(b.lifetime.ident.name);
  if (b.tag === 'Use') return '';
  const binder = b.poly.boundGenericParams.length > 0 ? `for<${b.poly.boundGenericParams.map((p) => symStr(p.ident.name)).join(', ')}> ` : '';
  const mod = b.modifier === 'maybe' ? '?' : b.modifier === 'negative' ? '!' : '';
  return `${mod}${binder}${pathToString(b.poly.traitRef.path)}`;
}

function boundsText(bounds: readonly GenericBound[]): string[] {
  return bounds.map(boundText).filter((s) => s !== '');
}

/**
 * `impl<'a, T: Bound + Trait> Trait for Name<'a, T> where ...` (rustc's bounds: each type
 * parameter also gets the derived trait), ready for the body's `{ ... }`.
 */
export function implHeader(d: DeriveCx, traitPath: string, q: Quote): void {
  const g = d.shape.generics;
  const params: string[] = [];
  const args: string[] = [];
  for (const p of g.params) {
    const name = symStr(p.ident.name);
    const bounds = boundsText(p.bounds);
    if (p.kind.tag === 'Lifetime') {
      params.push(bounds.length > 0 ? `${name}: ${bounds.join(' + ')}` : name);
    } else if (p.kind.tag === 'Type') {
      params.push(`${name}: ${[...bounds, traitPath].join(' + ')}`);
    } else {
      params.push(`const ${name}: ${tyToString(p.kind.ty)}`);
    }
    args.push(name);
  }
  const where: string[] = [];
  for (const w of g.whereClause.predicates) {
    if (w.tag === 'Bound') {
      const binder = w.boundGenericParams.length > 0 ? `for<${w.boundGenericParams.map((p) => symStr(p.ident.name)).join(', ')}> ` : '';
      where.push(`${binder}${tyToString(w.boundedTy)}: ${boundsText(w.bounds).join(' + ')}`);
    } else if (w.tag === 'Region') {
      where.push(`${symStr(w.lifetime.ident.name)}: ${boundsText(w.bounds).join(' + ')}`);
    }
  }
  // As rustc's derives: lints and dead-code analysis know the impl is not the user's code.
  q.push('#[automatically_derived] ');
  q.push(`impl${params.length > 0 ? `<${params.join(', ')}>` : ''} ${traitPath} for ${d.shape.name}${args.length > 0 ? `<${args.join(', ')}>` : ''}`);
  if (where.length > 0) q.push(` where ${where.join(', ')}`);
  q.push(' ');
}

/** The path naming a variant's constructor: `Name` for structs, `Name::Variant` for enums. */
export function variantPath(d: DeriveCx, v: VariantShape): string {
  return d.shape.kind === 'enum' ? `${d.shape.name}::${v.name}` : d.shape.name;
}

/** A pattern binding each field of `v` to `<prefix><index>`: `E::V { a: __self_0, .. }`. */
export function bindingPattern(d: DeriveCx, v: VariantShape, prefix: string): string {
  const path = variantPath(d, v);
  if (v.kind === 'unit') return path;
  if (v.kind === 'tuple') return `${path}(${v.fields.map((f) => `${prefix}${f.index}`).join(', ')})`;
  return `${path} { ${v.fields.map((f) => `${f.name}: ${prefix}${f.index}`).join(', ')} }`;
}

/** A constructor expression of `v` whose field `i` is `value(i)` (pushed with the field's span). */
export function construct(d: DeriveCx, v: VariantShape, q: Quote, value: (f: FieldShape) => string): void {
  const path = variantPath(d, v);
  if (v.kind === 'unit') {
    q.push(path);
    return;
  }
  const brace = v.kind === 'struct';
  q.push(brace ? `${path} { ` : `${path}(`);
  for (const f of v.fields) {
    if (brace) q.push(`${f.name}: `);
    q.push(value(f), f.span);
    q.push(', ');
  }
  q.push(brace ? '}' : ')');
}

/** `self.x` / `self.0`: a struct's field through `self` (or another receiver). */
export function fieldAccess(recv: string, f: FieldShape): string {
  return `${recv}.${f.name ?? f.index}`;
}

/** A variant's discriminant as an `isize` expression: its explicit value, else the previous one + 1. */
export function discriminantExprs(d: DeriveCx): string[] {
  const out: string[] = [];
  let base: string | null = null;
  let offset = 0;
  for (const v of d.shape.variants) {
    if (v.discr) {
      base = `(${exprToString(v.discr)}) as isize`;
      offset = 0;
    }
    out.push(base === null ? `${offset}isize` : offset === 0 ? base : `${base} + ${offset}isize`);
    offset++;
  }
  return out;
}
