import type { Span } from '../../diagnostics/span.ts';
import type { Expr, FormatArgs, FormatArgument, FormatCount, FormatPiece, Ident } from '../../syntax/ast/index.ts';
import { intern, symStr } from '../../syntax/symbol.ts';
import type { ExpandCtx } from '../expand-ctx.ts';
import { parseTemplate, type ArgRef, type CountRef, type TemplatePlaceholder } from '../format-template.ts';
import { AstBuilder } from '../ast-build.ts';

export interface RawFormatArg {
  readonly name: Ident | null;
  readonly expr: Expr;
}

/** Maps an offset in the unescaped template back to a source span (exact for plain literals). */
export function templateSpan(cx: ExpandCtx, litSpan: Span, raw: boolean, start: number, end: number): Span {
  const src = cx.sm.snippet(litSpan);
  // A template a macro produced (`concat!(..)`): positions inside it point at the call.
  if (!/^(b|c)?(r#*)?"/.test(src)) return litSpan;
  let pos = 0;
  while (pos < src.length && src[pos] !== '"') pos++;
  pos++;
  const toSource = (offset: number): number => {
    let p = pos;
    let n = 0;
    while (n < offset && p < src.length) {
      if (!raw && src[p] === '\\') {
        const c = src[p + 1];
        if (c === 'u') p = src.indexOf('}', p) + 1;
        else if (c === 'x') p += 4;
        else if (c === '\n') {
          p += 2;
          while (p < src.length && /\s/.test(src[p]!)) p++;
          continue;
        } else p += 2;
      } else p += src.codePointAt(p)! > 0xffff ? 2 : 1;
      n++;
    }
    return p;
  };
  return { lo: litSpan.lo + toSource(start), hi: litSpan.lo + toSource(end), ctxt: litSpan.ctxt };
}

/** A reference to a positional argument that does not exist. */
interface InvalidRef {
  readonly index: number;
  readonly span: Span;
}

/** A placeholder that takes implicit positional arguments (`{}`, `{:.*}`), for rustc's count error. */
interface ImplicitUse {
  readonly span: Span;
  readonly star: { readonly span: Span; readonly index: number } | null;
}

/**
 * Checks a format_args! call and resolves its argument references (rustc's
 * format_args expansion up to ast::FormatArgs). Reports rustc's errors; returns null after one.
 */
export function buildFormatArgs(
  cx: ExpandCtx,
  macroSpan: Span,
  template: { value: string; span: Span; raw: boolean },
  rawArgs: readonly RawFormatArg[],
): FormatArgs | null {
  const tspan = (start: number, end: number): Span => templateSpan(cx, template.span, template.raw, start, end);
  const { pieces: tpieces, error } = parseTemplate(template.value);
  if (error) {
    const d = cx.dcx.err(error.message).primary(tspan(error.start, error.end), error.label || null);
    if (error.note) d.note(error.note);
    d.emit();
    return null;
  }
  const positional = rawArgs.filter((a) => a.name === null);
  const firstNamed = rawArgs.findIndex((a) => a.name !== null);
  const arguments_: FormatArgument[] = rawArgs.map((a) => ({
    kind: a.name ? { tag: 'Named' as const, name: a.name.name } : { tag: 'Normal' as const },
    expr: a.expr,
  }));
  if (firstNamed >= 0) {
    for (let i = firstNamed + 1; i < rawArgs.length; i++) {
      if (rawArgs[i]!.name === null) {
        cx.dcx.err('positional arguments cannot follow named arguments').primary(rawArgs[i]!.expr.span, 'positional arguments must be before named arguments').emit();
        return null;
      }
    }
  }
  const used = new Array<boolean>(rawArgs.length).fill(false);
  let next = 0;
  let failed = false;
  const b = new AstBuilder(() => cx.nextNodeId(), macroSpan);
  const invalidRefs: InvalidRef[] = [];
  const implicitUses: ImplicitUse[] = [];
  let implicitCount = 0;
  // rustc words the error differently when no reference names a position by number.
  let explicitNumbers = false;
  // Names captured by placeholders (`{x}`), where a leftover `x` argument is redundant.
  const capturedNames = new Map<string, Span[]>();
  const flagsUsed = tpieces.some((p) => p.tag === 'Placeholder' && hasOptions(p.ph));

  const resolve = (ref: ArgRef, span: Span): number => {
    switch (ref.tag) {
      case 'Next':
      case 'Index': {
        const index = ref.tag === 'Next' ? next++ : ref.index;
        if (ref.tag === 'Next') implicitCount++;
        else explicitNumbers = true;
        if (index >= positional.length) {
          invalidRefs.push({ index, span });
          return -1;
        }
        used[index] = true;
        return index;
      }
      case 'Name': {
        const idx = rawArgs.findIndex((a) => a.name !== null && symStr(a.name.name) === ref.name);
        if (idx >= 0) {
          used[idx] = true;
          return idx;
        }
        // Implicit capture `{x}` of a variable in scope (Rust 2021 and all editions since 1.58),
        // one argument per name.
        const sym = intern(ref.name);
        const prev = arguments_.findIndex((a) => a.kind.tag === 'Captured' && a.kind.name === sym);
        if (prev >= 0) return prev;
        const ident: Ident = { name: sym, span };
        arguments_.push({ kind: { tag: 'Captured', name: ident.name }, expr: b.expr({ tag: 'Path', qself: null, path: { span, global: false, segments: [{ id: cx.nextNodeId(), ident, args: null }] } }, span) });
        used.push(true);
        return arguments_.length - 1;
      }
    }
  };
  const count = (c: CountRef | null): FormatCount | null | 'invalid' => {
    if (c === null) return null;
    if (c.tag === 'Literal') return { tag: 'Literal', value: c.value };
    const r = resolve(c.tag === 'Star' ? { tag: 'Next' } : c.arg, tspan(c.start, c.end));
    return r < 0 ? 'invalid' : { tag: 'Argument', argument: r };
  };

  const pieces: FormatPiece[] = [];
  for (const p of tpieces) {
    if (p.tag === 'Lit') {
      pieces.push({ tag: 'Lit', text: p.text });
      continue;
    }
    const ph = p.ph;
    const span = tspan(ph.start, ph.end);
    if (ph.unknownTrait !== null) {
      cx.dcx.err(`unknown format trait \`${ph.unknownTrait}\``).primary(tspan(ph.traitStart, ph.traitEnd)).emit();
      failed = true;
    }
    // Precision `.*` takes its argument before the value itself, as std::fmt specifies.
    const starIndex = next;
    const precision = count(ph.precision);
    const width = count(ph.width);
    const argSpan = ph.arg.tag === 'Next' ? tspan(ph.argStart, ph.argStart) : tspan(ph.argStart, ph.argEnd);
    const argument = resolve(ph.arg, argSpan);
    const star = ph.precision?.tag === 'Star' ? { span: tspan(ph.precision.start, ph.precision.end), index: starIndex } : null;
    if (ph.arg.tag === 'Next' || star !== null) implicitUses.push({ span, star });
    if (ph.arg.tag === 'Name' && argument >= 0 && arguments_[argument]!.kind.tag === 'Captured') {
      const spans = capturedNames.get(ph.arg.name) ?? [];
      spans.push(argSpan);
      capturedNames.set(ph.arg.name, spans);
    }
    if (argument < 0 || precision === 'invalid' || width === 'invalid') {
      failed = true;
      continue;
    }
    pieces.push({
      tag: 'Placeholder',
      placeholder: {
        argument,
        trait: ph.trait,
        span,
        options: {
          fill: ph.fill, align: ph.align, sign: ph.sign, alternate: ph.alternate, zeroPad: ph.zeroPad,
          debugHex: ph.debugHex, width, precision,
        },
      },
    });
  }

  if (invalidRefs.length > 0) {
    if (explicitNumbers) reportInvalidRefs(cx, invalidRefs, positional.length, flagsUsed);
    else reportPositionalCount(cx, macroSpan, implicitUses, implicitCount, positional.map((a) => a.expr.span), flagsUsed);
    failed = true;
  }
  const unused = rawArgs.map((a, i) => ({ a, i })).filter(({ i }) => !used[i]);
  if (unused.length > 0) {
    reportUnused(cx, unused.map(({ a }) => a), capturedNames, template.span);
    failed = true;
  }
  if (failed) return null;
  return { span: macroSpan, template: pieces, arguments: arguments_ };
}

function hasOptions(ph: TemplatePlaceholder): boolean {
  return ph.fill !== null || ph.align !== null || ph.sign !== null || ph.alternate || ph.zeroPad
    || ph.width !== null || ph.precision !== null || ph.debugHex !== null;
}

function argsDesc(n: number): string {
  return n === 0 ? 'no arguments were given' : n === 1 ? 'there is 1 argument' : `there are ${n} arguments`;
}

const FLAGS_NOTE = 'for information about formatting flags, visit https://doc.rust-lang.org/std/fmt/index.html';

/** `{3}` or `{:2$}` past the arguments given: one error naming every such position. */
function reportInvalidRefs(cx: ExpandCtx, refs: readonly InvalidRef[], nPositional: number, flagsUsed: boolean): void {
  const indexes = [...new Set(refs.map((r) => r.index))].sort((a, b) => a - b);
  const list = indexes.length === 1
    ? String(indexes[0])
    : `${indexes.slice(0, -1).join(', ')} and ${indexes[indexes.length - 1]}`;
  const d = cx.dcx.err(`invalid reference to positional argument${indexes.length === 1 ? '' : 's'} ${list} (${argsDesc(nPositional)})`);
  for (const r of refs) d.primary(r.span);
  d.note('positional arguments are zero-based');
  if (flagsUsed) d.note(FLAGS_NOTE);
  d.emit();
}

/** Only implicit positions (`{}`, `{:.*}`) and too few arguments: rustc counts them. */
function reportPositionalCount(cx: ExpandCtx, macroSpan: Span, uses: readonly ImplicitUse[], n: number, argSpans: readonly Span[], flagsUsed: boolean): void {
  const d = cx.dcx.err(`${n} positional argument${n === 1 ? '' : 's'} in format string, but ${argsDesc(argSpans.length)}`);
  if (uses.length === 0) d.primary(macroSpan);
  for (const u of uses) d.primary(u.span);
  for (const s of argSpans) d.label(s, '');
  let star = false;
  for (const u of uses) {
    if (u.star === null) continue;
    star = true;
    const are = n === 1 ? 'is 1 argument' : `are ${n} arguments`;
    d.label(u.star.span, `this precision flag adds an extra required argument at position ${u.star.index}, which is why there ${are} expected`);
  }
  if (star) d.note('positional arguments are zero-based');
  if (flagsUsed) d.note(FLAGS_NOTE);
  d.emit();
}

/**
 * Arguments no placeholder uses. A positional argument that is just a name some `{name}`
 * already captures is "redundant" instead, and then only those are reported, as rustc does.
 */
function reportUnused(cx: ExpandCtx, unused: readonly RawFormatArg[], captured: ReadonlyMap<string, Span[]>, litSpan: Span): void {
  const redundant = unused.filter((a) => a.name === null && captured.has(plainName(a.expr) ?? ''));
  if (redundant.length > 0) {
    const many = redundant.length > 1;
    const d = cx.dcx.err(many ? 'redundant arguments' : 'redundant argument');
    for (const a of redundant) d.primary(a.expr.span);
    const noteSpans = redundant.flatMap((a) => captured.get(plainName(a.expr)!) ?? []);
    d.note(many ? 'the formatting specifiers are referencing the bindings already' : 'the formatting specifier is referencing the binding already', noteSpans[0]);
    const removals = redundant.map((a) => ({ span: a.expr.span, replacement: '' }));
    d.help('this can be removed', undefined, [{
      ...removals[0]!, applicability: 'MaybeIncorrect', style: many ? 'verbose' : 'hideCodeInline', parts: removals,
    }]);
    d.emit();
    return;
  }
  const label = (a: RawFormatArg): string => (a.name ? 'named argument never used' : 'argument never used');
  if (unused.length === 1) {
    cx.dcx.err(label(unused[0]!)).primary(unused[0]!.expr.span, label(unused[0]!)).label(litSpan, 'formatting specifier missing').emit();
    return;
  }
  const d = cx.dcx.err('multiple unused formatting arguments');
  for (const a of unused) d.primary(a.expr.span, label(a));
  d.label(litSpan, 'multiple missing formatting specifiers');
  d.note(`consider adding ${unused.length} format specifiers`);
  d.emit();
}

/** The identifier of an expression that is a plain one-segment path (`x`). */
function plainName(e: Expr): string | null {
  if (e.kind.tag !== 'Path' || e.kind.qself !== null) return null;
  const p = e.kind.path;
  if (p.global || p.segments.length !== 1 || p.segments[0]!.args !== null) return null;
  return symStr(p.segments[0]!.ident.name);
}
