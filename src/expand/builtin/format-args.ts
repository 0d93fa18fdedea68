import type { Span } from '../../diagnostics/span.ts';
import type { Expr, FormatArgs, FormatArgument, FormatCount, FormatPiece, Ident } from '../../syntax/ast/index.ts';
import { intern, symStr } from '../../syntax/symbol.ts';
import type { ExpandCtx } from '../expand-ctx.ts';
import { parseTemplate, type ArgRef, type CountRef } from '../format-template.ts';
import { AstBuilder } from '../ast-build.ts';

export interface RawFormatArg {
  readonly name: Ident | null;
  readonly expr: Expr;
}

/** Maps an offset in the unescaped template back to a source span (exact for plain literals). */
export function templateSpan(cx: ExpandCtx, litSpan: Span, raw: boolean, start: number, end: number): Span {
  const src = cx.sm.snippet(litSpan);
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
  const { pieces: tpieces, error } = parseTemplate(template.value);
  if (error) {
    const d = cx.dcx.err(error.message).primary(templateSpan(cx, template.span, template.raw, error.start, error.end), error.label || null);
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
  const invalidRefs: { index: number; span: Span }[] = [];

  const resolve = (ref: ArgRef, span: Span): number => {
    switch (ref.tag) {
      case 'Next':
      case 'Index': {
        const index = ref.tag === 'Next' ? next++ : ref.index;
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
        // Implicit capture `{x}` of a variable in scope (Rust 2021 and all editions since 1.58).
        const ident: Ident = { name: intern(ref.name), span };
        arguments_.push({ kind: { tag: 'Captured', name: ident.name }, expr: b.expr({ tag: 'Path', qself: null, path: { span, global: false, segments: [{ id: cx.nextNodeId(), ident, args: null }] } }, span) });
        used.push(true);
        return arguments_.length - 1;
      }
    }
  };
  const count = (c: CountRef | null, span: Span): FormatCount | null => {
    if (c === null) return null;
    if (c.tag === 'Literal') return { tag: 'Literal', value: c.value };
    if (c.tag === 'Star') {
      const r = resolve({ tag: 'Next' }, span);
      return r < 0 ? null : { tag: 'Argument', argument: r };
    }
    const r = resolve(c.arg, span);
    return r < 0 ? null : { tag: 'Argument', argument: r };
  };

  const pieces: FormatPiece[] = [];
  for (const p of tpieces) {
    if (p.tag === 'Lit') {
      pieces.push({ tag: 'Lit', text: p.text });
      continue;
    }
    const ph = p.ph;
    const span = templateSpan(cx, template.span, template.raw, ph.start, ph.end);
    // Precision `.*` takes its argument before the value itself, as std::fmt specifies.
    const precision = count(ph.precision, span);
    const width = count(ph.width, span);
    const argument = resolve(ph.arg, ph.arg.tag === 'Name' ? templateSpan(cx, template.span, template.raw, ph.argStart, ph.argEnd) : span);
    if (argument < 0) {
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
    reportInvalidRefs(cx, macroSpan, invalidRefs, positional.length, template.span);
    return null;
  }
  const unused = rawArgs.map((a, i) => ({ a, i })).filter(({ i }) => !used[i]);
  if (unused.length > 0) {
    const d = cx.dcx.err(unused.length === 1 ? 'argument never used' : 'multiple unused formatting arguments');
    if (unused.length > 1) d.primary(unused[0]!.a.expr.span, 'argument never used');
    else d.primary(unused[0]!.a.expr.span, 'argument never used');
    for (const { a } of unused.slice(1)) d.primary(a.expr.span, 'argument never used');
    d.label(template.span, unused.length === 1 ? 'formatting specifier missing' : 'multiple missing formatting specifiers');
    d.emit();
    return null;
  }
  if (failed) return null;
  return { span: macroSpan, template: pieces, arguments: arguments_ };
}

function reportInvalidRefs(cx: ExpandCtx, macroSpan: Span, refs: { index: number; span: Span }[], nPositional: number, litSpan: Span): void {
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (nPositional === 0) {
    const d = cx.dcx.err(`${plural(refs.length, 'positional argument')} in format string, but no arguments were given`);
    for (const r of refs) d.primary(r.span);
    d.emit();
    return;
  }
  const r = refs[0]!;
  cx.dcx
    .err(`invalid reference to positional argument ${r.index} (there ${nPositional === 1 ? 'is' : 'are'} ${plural(nPositional, 'argument')})`)
    .primary(r.span)
    .note('positional arguments are zero-based')
    .emit();
  void macroSpan;
  void litSpan;
}
