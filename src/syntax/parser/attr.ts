// Attributes `#[path args]`, `#![...]` and doc comments; arguments stay token trees.
import type { AttrArgs, Attribute, DelimArgs } from '../ast/attr.ts';
import type { Path } from '../ast/path.ts';
import type { Parser } from './parser.ts';
import { PErr } from './parser.ts';
import { parsePath } from './path.ts';
import { parseExpr } from './expr.ts';
import { kw } from '../symbol.ts';
import { buildTrees } from '../token-trees.ts';
import type { Span } from '../../diagnostics/span.ts';
import { parseItemCommon, itemDescrShort } from './item.ts';

/** Outer attributes (`#[...]` and `///`) before an item, statement, field... */
export function parseOuterAttributes(p: Parser): Attribute[] {
  let attrs: Attribute[] | null = null;
  for (;;) {
    const t = p.token;
    if (t.kind === 'punct' && t.p === '#') {
      const next = p.look(1);
      if (p.isPunct('!', next)) {
        // An inner attribute where only outer ones may be: rustc reports and keeps it.
        const a = parseAttribute(p, 'inner');
        const b = p
          .err('an inner attribute is not permitted in this context')
          .primary(a.span)
          .note('inner attributes, like `#![no_std]`, annotate the item enclosing them, and are usually found at the beginning of source files');
        annotateFollowingItem(p, b, a.span);
        p.emit(b);
        (attrs ??= []).push(a);
        continue;
      }
      (attrs ??= []).push(parseAttribute(p, 'outer'));
    } else if (t.kind === 'doc') {
      if (t.style === 'inner') {
        const b = p
          .err('expected outer doc comment')
          .primary(t.span)
          .note('inner doc comments like this (starting with `//!` or `/*!`) can only appear before items');
        p.bump();
        p.emit(b);
        continue;
      }
      p.bump();
      (attrs ??= []).push({ id: p.id(), kind: { tag: 'DocComment', comment: t.comment, sym: t.sym }, style: 'outer', span: t.span });
    } else {
      return attrs ?? EMPTY;
    }
  }
}

const EMPTY: Attribute[] = [];

/** rustc's `annotate_following_item_if_applicable` for a misplaced inner attribute. */
function annotateFollowingItem(p: Parser, b: import('../../diagnostics/diagnostic.ts').DiagBuilder, attrSpan: Span): void {
  const snap = p.snapshot();
  p.speculative++;
  let item = null;
  try {
    item = parseItemCommon(p, [], 'mod');
  } catch (e) {
    if (!(e instanceof PErr)) throw e;
  }
  p.speculative--;
  p.restore(snap);
  if (item) {
    const descr = itemDescrShort(item.kind);
    b.label(item.span, `the inner attribute doesn't annotate this ${descr}`);
    const bang = { lo: attrSpan.lo + 1, hi: attrSpan.lo + 2, ctxt: 0 };
    b.help(`to annotate the ${descr}, change the attribute from inner to outer style`, bang, [
      { span: bang, replacement: '', applicability: 'MachineApplicable', style: 'verbose' },
    ]);
  } else {
    b.note('outer attributes, like `#[test]`, annotate the item following them');
  }
}

/** Inner attributes (`#![...]`, `//!`) at the start of a crate, module, block or body. */
export function parseInnerAttributes(p: Parser): Attribute[] {
  let attrs: Attribute[] | null = null;
  for (;;) {
    const t = p.token;
    if (t.kind === 'punct' && t.p === '#' && p.isPunct('!', p.look(1)) && p.isOpen('[', p.look(2))) {
      (attrs ??= []).push(parseAttribute(p, 'inner'));
    } else if (t.kind === 'doc' && t.style === 'inner') {
      p.bump();
      (attrs ??= []).push({ id: p.id(), kind: { tag: 'DocComment', comment: t.comment, sym: t.sym }, style: 'inner', span: t.span });
    } else {
      return attrs ?? EMPTY;
    }
  }
}

/** `#[...]` or `#![...]` starting at `#`. */
export function parseAttribute(p: Parser, style: 'outer' | 'inner'): Attribute {
  const lo = p.span;
  p.expect('#');
  if (style === 'inner') p.expect('!');
  p.expectOpen('[');
  const { path, args } = parseAttrItem(p);
  p.expectClose('[');
  return { id: p.id(), kind: { tag: 'Normal', path, args }, style, span: p.sp(lo) };
}

/** `path args` inside `#[...]` (also `unsafe(path args)`). */
export function parseAttrItem(p: Parser): { path: Path; args: AttrArgs } {
  if (p.token.kind === 'interpolated' && p.token.nt.tag === 'meta') {
    const a = p.token.nt.attr;
    p.bump();
    if (a.kind.tag === 'Normal') return { path: a.kind.path, args: a.kind.args };
  }
  if (p.isKw(kw.Unsafe) && p.isOpen('(', p.look(1))) {
    p.bump();
    p.expectOpen('(');
    const r = parseAttrItem(p);
    p.expectClose('(');
    return r;
  }
  const path = parsePath(p, 'mod');
  const args = parseAttrArgs(p);
  return { path, args };
}

export function parseAttrArgs(p: Parser): AttrArgs {
  const t = p.token;
  if (t.kind === 'open') return { tag: 'Delimited', args: parseDelimArgs(p) };
  if (p.isPunct('=')) {
    const eqSpan = p.span;
    p.bump();
    const expr = parseExpr(p);
    return { tag: 'Eq', eqSpan, expr };
  }
  return { tag: 'Empty' };
}

/** A delimited group as macro/attribute arguments. */
export function parseDelimArgs(p: Parser): DelimArgs {
  const t = p.token;
  if (t.kind !== 'open') {
    p.expected.push('`(`', '`[`', '`{`');
    throw p.unexpectedErr();
  }
  const end = p.closeOf(p.pos);
  const tokens = buildTrees(p.toks, p.match, p.pos + 1, end);
  const close = p.toks[end]!.span;
  p.skipGroup();
  return { dspan: { open: t.span, close }, delim: t.delim, tokens };
}

export function isPErr(e: unknown): e is PErr {
  return e instanceof PErr;
}
