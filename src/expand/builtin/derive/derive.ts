// `#[derive(...)]`: the built-in derive macros. Each named trait becomes an impl item placed
// after the item (rustc's expansion: `#[derive(Clone)] struct S` is `struct S` plus
// `impl Clone for S`), written in Rust (see quote.ts) with paths through `::core` so it
// works in `no_std` crates, and `crate::...` inside core itself.
import type { Span } from '../../../diagnostics/span.ts';
import type { Item } from '../../../syntax/ast/index.ts';
import { symStr } from '../../../syntax/symbol.ts';
import type { TokenTree } from '../../../syntax/token.ts';
import { attrName, attrTokens } from '../../attrs.ts';
import type { ExpandCtx } from '../../expand-ctx.ts';
import { deriveClone } from './clone.ts';
import { deriveCopy } from './copy.ts';
import { deriveDebug } from './debug.ts';
import { deriveDefault } from './default.ts';
import { deriveEq } from './eq.ts';
import { deriveHash } from './hash.ts';
import { deriveOrd } from './ord.ts';
import { derivePartialEq } from './partial-eq.ts';
import { derivePartialOrd } from './partial-ord.ts';
import { parseQuotedItems, type Quote } from './quote.ts';
import { itemShape, type DeriveCx } from './shape.ts';

const BUILTIN: Record<string, (d: DeriveCx) => Quote | null> = {
  Clone: deriveClone,
  Copy: deriveCopy,
  Debug: deriveDebug,
  Default: deriveDefault,
  Eq: deriveEq,
  Hash: deriveHash,
  Ord: deriveOrd,
  PartialEq: derivePartialEq,
  PartialOrd: derivePartialOrd,
};

/** The crates whose paths may name a built-in derive (`std::fmt::Debug`). */
const ROOTS = new Set(['std', 'core']);

interface DerivePath {
  readonly segments: readonly string[];
  readonly global: boolean;
  readonly span: Span;
}

/** The comma-separated paths of `#[derive(A, b::C)]`. */
function derivePaths(tts: readonly TokenTree[]): DerivePath[] {
  const out: DerivePath[] = [];
  let segs: string[] = [];
  let global = false;
  let lo: Span | null = null;
  let hi: Span | null = null;
  const flush = (): void => {
    if (segs.length > 0 && lo && hi) out.push({ segments: segs, global, span: { lo: lo.lo, hi: hi.hi, ctxt: lo.ctxt } });
    segs = [];
    global = false;
    lo = hi = null;
  };
  for (const tt of tts) {
    if (tt.kind !== 'token') continue;
    const t = tt.token;
    if (t.kind === 'punct' && t.p === ',') flush();
    else if (t.kind === 'punct' && t.p === '::') {
      if (segs.length === 0) global = true;
      lo ??= t.span;
      hi = t.span;
    } else if (t.kind === 'ident') {
      segs.push(symStr(t.sym));
      lo ??= t.span;
      hi = t.span;
    }
  }
  flush();
  return out;
}

/** The built-in derive a path names, or null. */
function builtinOf(p: DerivePath): string | null {
  const name = p.segments[p.segments.length - 1]!;
  if (!(name in BUILTIN)) return null;
  if (p.segments.length === 1 && !p.global) return name;
  return ROOTS.has(p.segments[0]!) ? name : null;
}

/**
 * The impls `item`'s `#[derive(...)]` attributes ask for (after reporting misuses).
 * Unknown derive macros are reported through `late`, after the whole crate is expanded,
 * as rustc reports unresolved macros.
 */
export function expandDerives(cx: ExpandCtx, item: Item, late: (() => void)[]): Item[] {
  const attrs = item.attrs.filter((a) => attrName(a) === 'derive');
  if (attrs.length === 0) return [];
  const shape = itemShape(cx, item);
  if (!shape) {
    for (const a of attrs) {
      cx.dcx
        .err('`derive` may only be applied to `struct`s, `enum`s and `union`s', 'E0774')
        .primary(a.span, 'not applicable here')
        .label(item.span, 'not a `struct`, `enum` or `union`')
        .emit();
    }
    return [];
  }
  // `::core` names the extern crate from 2018 on; in 2015 a global path starts at the
  // crate root, where only the injected `std` is (rustc's derives resolve at def-site).
  const root = cx.edition === '2015' && cx.stdRoot?.global ? cx.stdRoot : cx.coreRoot;
  const core = `${root.global ? '::' : ''}${root.segments.join('::')}`;
  const out: Item[] = [];
  for (const a of attrs) {
    for (const p of derivePaths(attrTokens(a) ?? [])) {
      const name = builtinOf(p);
      if (name === null) {
        late.push(() => cx.dcx.err(`cannot find derive macro \`${p.segments[p.segments.length - 1]}\` in this scope`).primary(p.span).emit());
        continue;
      }
      if (shape.kind === 'union' && name !== 'Clone' && name !== 'Copy') {
        cx.dcx.err('this trait cannot be derived for unions').primary(p.span).emit();
        continue;
      }
      const q = BUILTIN[name]!({ cx, shape, span: p.span, core });
      const items = q ? parseQuotedItems(cx, q) : null;
      if (items) out.push(...items);
    }
  }
  return out;
}
