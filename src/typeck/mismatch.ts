import type { DiagBuilder } from '../diagnostics/diagnostic.ts';
import type { Span } from '../diagnostics/span.ts';
import type { Expr } from '../hir/expr.ts';
import type { Ty } from '../ty/ty.ts';
import { tryCoerce } from './coercion.ts';
import { article, emitWithNotes, type MultiNote } from './diag-util.ts';
import { shrinkToHi, shrinkToLo } from '../diagnostics/span.ts';
import { tyKind } from '../ty/interner.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { closureMismatchExtras, closureMismatchLabel, closureMismatchNotes } from './closure-mismatch.ts';
import { arraySizeLabel } from './array-size.ts';

/** Where a type error about `e` points: the tail expression of a block, else `e`. */
export function mismatchSpan(e: Expr): Span {
  if (e.kind.tag === 'Block' && e.kind.block.expr) return mismatchSpan(e.kind.block.expr);
  // A `for` loop's `match next(..) { None => break, Some(p) => body }`: the body is what is not `()`.
  if (e.kind.tag === 'Match' && e.kind.source === 'forLoop' && e.kind.arms.length === 2) return mismatchSpan(e.kind.arms[1]!.body);
  return e.span;
}

/** Adds to an E0308: labels and helps, optionally returning multi-span notes. */
export type MismatchExtra = (d: DiagBuilder) => readonly MultiNote[] | void;

/** E0308 `mismatched types` with rustc's "expected X, found Y" label. */
export function reportMismatch(fcx: FnCtxt, span: Span, expected: Ty, found: Ty, extra?: MismatchExtra, message = 'mismatched types', expr?: Expr): void {
  if (fcx.isError(expected) || fcx.isError(found)) return;
  const sizes = arraySizeLabel(fcx, expected, found);
  const d = fcx.err(message, 'E0308').primary(span, closureMismatchLabel(fcx, expected, found) ?? sizes ?? `expected ${fcx.descr(expected)}, found ${fcx.descr(found)}`);
  const notes = extra?.(d) ?? [];
  closureMismatchExtras(fcx, d, expected, found, expr);
  if (sizes === null && (!isSimpleText(fcx, expected) || !isSimpleText(fcx, found))) d.note(expectedFoundNote(fcx, expected, found));
  closureMismatchNotes(fcx, d, expected, found);
  if (expr) suggestNumericConversion(fcx, d, expr, expected, found);
  emitWithNotes(fcx.dcx, d, notes);
}

/** rustc's `is_simple_text`: types whose "expected X, found Y" label says it all. */
function isSimpleText(fcx: FnCtxt, t: Ty): boolean {
  const k = tyKind(fcx.resolve(t));
  switch (k.tag) {
    case 'Bool': case 'Char': case 'Str': case 'Int': case 'Uint': case 'Float': case 'Infer': case 'Adt': return true;
    case 'Tuple': return k.elems.length === 0;
    case 'Ref': return isSimpleText(fcx, k.pointee);
    case 'Array': case 'Slice': return isSimpleText(fcx, k.elem);
    default: return false;
  }
}

/** rustc's `prefix_string`: what kind of type it is, in the expected/found note. */
function prefixOf(fcx: FnCtxt, t: Ty): string {
  const k = tyKind(fcx.resolve(t));
  switch (k.tag) {
    case 'Tuple': return k.elems.length === 0 ? 'unit type' : 'tuple';
    case 'Adt': return fcx.tcx.adtDef(k.def).kind;
    case 'Ref': return 'reference';
    case 'RawPtr': return 'raw pointer';
    case 'Array': return 'array';
    case 'Slice': return 'slice';
    case 'FnDef': return 'fn item';
    case 'FnPtr': return 'fn pointer';
    case 'Closure': return 'closure';
    default: return 'type';
  }
}

/** `expected tuple \`(A, B)\`` / `   found struct \`S\`` with the backquotes aligned. */
export function expectedFoundNote(fcx: FnCtxt, expected: Ty, found: Ty, foundText?: string): string {
  const e = `expected ${prefixOf(fcx, expected)}`;
  const f = `found ${foundText === undefined ? prefixOf(fcx, found) : 'tuple'}`;
  const w = Math.max(e.length, f.length);
  return `${e.padStart(w)} \`${fcx.tyStr(expected)}\`\n${f.padStart(w)} \`${foundText ?? fcx.tyStr(found)}\``;
}

const LOSSLESS: Record<string, readonly string[]> = {
  u8: ['u16', 'u32', 'u64', 'u128', 'usize', 'i16', 'i32', 'i64', 'i128', 'isize'],
  u16: ['u32', 'u64', 'u128', 'usize', 'i32', 'i64', 'i128'],
  u32: ['u64', 'u128', 'i64', 'i128'],
  u64: ['u128', 'i128'],
  i8: ['i16', 'i32', 'i64', 'i128', 'isize'],
  i16: ['i32', 'i64', 'i128', 'isize'],
  i32: ['i64', 'i128'],
  i64: ['i128'],
};

/** rustc's "you can convert a `u32` to a `u64`" with `.into()` (or `.try_into().unwrap()`). */
function suggestNumericConversion(fcx: FnCtxt, d: DiagBuilder, e: Expr, expected: Ty, found: Ty): void {
  const ek = tyKind(fcx.resolve(expected));
  const fk = tyKind(fcx.resolve(found));
  if ((ek.tag !== 'Int' && ek.tag !== 'Uint') || (fk.tag !== 'Int' && fk.tag !== 'Uint')) return;
  if (e.kind.tag === 'Lit' || (e.kind.tag === 'Unary' && e.kind.expr.kind.tag === 'Lit')) return;
  const to = ek.tag === 'Int' ? ek.int : ek.uint;
  const from = fk.tag === 'Int' ? fk.int : fk.uint;
  const sm = fcx.tcx.sess.sourceMap;
  const simple = e.kind.tag === 'Path' || e.kind.tag === 'Field' || e.kind.tag === 'MethodCall' || e.kind.tag === 'Call' || e.kind.tag === 'Index';
  const lossless = LOSSLESS[from]?.includes(to) ?? false;
  const suffix = lossless ? '.into()' : '.try_into().unwrap()';
  const msg = lossless
    ? `you can convert ${article(from)} \`${from}\` to ${article(to)} \`${to}\``
    : `you can convert ${article(from)} \`${from}\` to ${article(to)} \`${to}\` and panic if the converted value doesn't fit`;
  const parts = simple
    ? [{ span: shrinkToHi(e.span), replacement: suffix }]
    : [{ span: shrinkToLo(e.span), replacement: '(' }, { span: shrinkToHi(e.span), replacement: `)${suffix}` }];
  void sm;
  d.help(msg, e.span, [{ span: parts[0]!.span, replacement: parts[0]!.replacement, parts, applicability: 'MachineApplicable', style: 'verbose' }]);
}

/** Coerces `e` (of type `found`) to `expected`, reporting E0308 on failure. */
export function coerceOrReport(fcx: FnCtxt, e: Expr, found: Ty, expected: Ty, extra?: MismatchExtra): boolean {
  if (tryCoerce(fcx, e.hirId, found, expected, e.span)) return true;
  reportMismatch(fcx, mismatchSpan(e), expected, found, extra, 'mismatched types', e);
  return false;
}

/** Unifies (no coercion), reporting E0308 on failure. */
export function demandEq(fcx: FnCtxt, span: Span, expected: Ty, found: Ty, extra?: MismatchExtra): boolean {
  if (fcx.infcx.probe(() => fcx.infcx.unify(expected, found))) return true;
  reportMismatch(fcx, span, expected, found, extra);
  return false;
}
