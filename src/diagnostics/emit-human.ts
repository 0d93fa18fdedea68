// rustc's human-readable diagnostic format: header, `-->` location, snippet with labels,
// `= note:` children, span children, and suggestions (inline `help:` labels or patched
// snippets), optionally colored like rustc's terminal output.
import type { Diagnostic, SpanLabel, SubDiagnostic, Suggestion } from './diagnostic.ts';
import type { Emitter } from './handler.ts';
import type { SourceMap } from './source-map.ts';
import type { Span } from './span.ts';
import type { Style } from './emit-styled-buffer.ts';
import { StyledBuffer } from './emit-styled-buffer.ts';
import { charCol, lineText, lookupLoc, maxLineNum, normalizeLine, renderSnippets } from './emit-snippet.ts';

export interface HumanOptions {
  readonly color: boolean;
}

export function emitHuman(opts: HumanOptions): Emitter {
  return (d, sm) => renderHuman(d, sm, opts.color);
}

function levelText(d: Diagnostic): string {
  return d.level === 'ice' ? 'error: internal compiler error' : d.level;
}

function levelStyle(level: string): Style {
  switch (level) {
    case 'warning': return 'warning';
    case 'note': return 'note';
    case 'help': return 'help';
    default: return 'error';
  }
}

const sameSpan = (a: Span, b: Span): boolean => a.lo === b.lo && a.hi === b.hi;

/** rustc's `MultiSpan::span_labels`: labeled spans in order, then unlabeled primaries. */
export function orderedLabels(spans: readonly SpanLabel[]): SpanLabel[] {
  const primaries = spans.filter((s) => s.primary).map((s) => s.span);
  const isPrimary = (sp: Span): boolean => primaries.some((p) => sameSpan(p, sp));
  const out: SpanLabel[] = [];
  for (const s of spans) if (s.label !== null) out.push({ span: s.span, label: s.label, primary: isPrimary(s.span) });
  for (const p of primaries) if (!out.some((o) => sameSpan(o.span, p))) out.push({ span: p, label: null, primary: true });
  return out;
}

interface Sugg {
  readonly msg: string;
  readonly subs: readonly Suggestion[];
}

function partsOf(s: Suggestion): { span: Span; replacement: string }[] {
  return s.parts && s.parts.length > 0 ? [...s.parts] : [{ span: s.span, replacement: s.replacement }];
}

/** rustc's is_case_difference: only letters whose two cases look alike (`c`/`C`, `o`/`O`) differ. */
function isCaseDifference(found: string, suggested: string): boolean {
  if (found === suggested || found.toLowerCase() !== suggested.toLowerCase()) return false;
  const confusable = 'cfikosuvwxyz';
  const a = [...found];
  const b = [...suggested];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i] && !confusable.includes(a[i]!) && !confusable.includes(b[i]!)) return false;
  }
  return true;
}

/** Splits out the suggestion shown inline as a `help:` label, as rustc does for short ones. */
function inlineSuggestion(suggs: Sugg[], sm: SourceMap): { label: SpanLabel; rest: Sugg[] } | null {
  if (suggs.length !== 1) return null;
  const s = suggs[0]!;
  if (s.subs.length !== 1) return null;
  const sub = s.subs[0]!;
  const parts = partsOf(sub);
  if (parts.length !== 1) return null;
  const style = sub.style ?? 'showCode';
  if (style === 'hideCodeAlways' || style === 'hidden' || style === 'verbose') return null;
  if (s.msg.split(/\s+/).filter((w) => w).length >= 10) return null;
  const code = parts[0]!.replacement;
  if (code.includes('\n')) return null;
  const trimmed = code.trim();
  // rustc points out a suggestion that only changes letter case.
  const found = sm.snippet(parts[0]!.span);
  const caseOnly = isCaseDifference(found, trimmed) ? ' (notice the capitalization)' : '';
  const text = trimmed === '' || style === 'hideCodeInline' ? `help: ${s.msg}` : `help: ${s.msg}${caseOnly}: \`${trimmed}\``;
  return { label: { span: parts[0]!.span, label: text, primary: false }, rest: [] };
}

export function renderHuman(d: Diagnostic, sm: SourceMap, color: boolean): string {
  const buf = new StyledBuffer();
  if (d.level === 'failure-note') {
    // Printed bare, like rustc's "For more information about this error..." line.
    buf.puts(0, 0, d.message, 'header');
    return buf.render(color);
  }
  const level = levelText(d);
  const lst = levelStyle(d.level);
  const header = d.code && !d.isLint ? `${level}[${d.code}]` : level;
  buf.puts(0, 0, header, lst);
  writeMessage(buf, 0, header.length, `: ${d.message}`, 'header', header.length + 2);

  // Suggestions live in help children; rustc renders them after all other children.
  const plainChildren: SubDiagnostic[] = [];
  const suggs: Sugg[] = [];
  for (const c of d.children) {
    if (c.suggestions && c.suggestions.length > 0) suggs.push({ msg: c.message, subs: c.suggestions });
    else plainChildren.push(c);
  }
  let spans = [...d.spans];
  let restSuggs = suggs;
  const inl = inlineSuggestion(suggs, sm);
  if (inl && spans.some((s) => s.primary)) {
    spans = [...spans, inl.label];
    restSuggs = inl.rest;
  }
  const labels = orderedLabels(spans);
  // Several primary spans are kept sorted (rustc's `MultiSpan::from_spans`): `-->` is the first.
  let primary: SpanLabel | null = null;
  for (const l of labels) if (l.primary && (primary === null || l.span.lo < primary.span.lo)) primary = l;

  let maxLine = maxLineNum(sm, labels);
  for (const c of plainChildren) maxLine = Math.max(maxLine, maxLineNum(sm, orderedLabels(c.spans)));
  // Suggestions that add lines number them too (rustc widens the gutter for them).
  for (const s of restSuggs) {
    for (const sub of s.subs) {
      const added = partsOf(sub).reduce((n, p) => n + (p.replacement.split('\n').length - 1), 0);
      const loc = added > 0 ? sm.lookup(sub.span.hi) : undefined;
      if (loc) maxLine = Math.max(maxLine, loc.line + added);
    }
  }
  const lnw = String(Math.max(maxLine, 1)).length;

  if (primary) renderSnippets(sm, { buf, lnw, primaryStyle: lst }, labels, primary.span.lo);

  const visibleSuggs = restSuggs.filter((s) => s.subs.some((x) => (x.style ?? 'showCode') !== 'hidden'));
  if (plainChildren.length > 0 || visibleSuggs.length > 0) {
    buf.putc(buf.numLines, lnw + 1, '|', 'lineNo');
  }
  for (const c of plainChildren) {
    const cl = orderedLabels(c.spans);
    const cp = cl.find((l) => l.primary) ?? null;
    if (cp) {
      const row = buf.numLines;
      buf.puts(row, 0, c.level, levelStyle(c.level));
      writeMessage(buf, row, c.level.length, `: ${c.message}`, 'plain', c.level.length + 2);
      renderSnippets(sm, { buf, lnw, primaryStyle: levelStyle(c.level) }, cl, cp.span.lo);
    } else {
      const row = buf.numLines;
      buf.puts(row, lnw + 1, '= ', 'lineNo');
      buf.puts(row, lnw + 3, c.level, 'bold');
      const indent = lnw + 3 + c.level.length + 2;
      writeMessage(buf, row, lnw + 3 + c.level.length, `: ${c.message}`, 'plain', indent);
    }
  }
  for (const s of visibleSuggs) {
    const style = s.subs[0]!.style ?? 'showCode';
    if (style === 'hideCodeAlways') {
      const row = buf.numLines;
      buf.puts(row, lnw + 1, '= ', 'lineNo');
      buf.puts(row, lnw + 3, 'help', 'bold');
      writeMessage(buf, row, lnw + 7, `: ${s.msg}`, 'plain', lnw + 9);
      continue;
    }
    renderSuggestion(buf, sm, s, lnw);
  }
  return buf.render(color) + '\n';
}

/** Writes a possibly multi-line message; continuation lines are indented to `indent`. */
function writeMessage(buf: StyledBuffer, row: number, col: number, msg: string, st: Style, indent: number): void {
  const lines = msg.split('\n');
  buf.puts(row, col, lines[0]!, st);
  for (let i = 1; i < lines.length; i++) {
    const r = buf.numLines;
    buf.puts(r, indent, lines[i]!, st);
  }
}

/**
 * rustc's `as_substr`: if `sugg` is `original` with something inserted in the middle
 * (`AACC` -> `AABBCC`), returns [prefix length, inserted text, suffix length].
 */
function asSubstr(original: string, sugg: string): [number, string, number] | null {
  let p = 0;
  while (p < original.length && p < sugg.length && original[p] === sugg[p]) p++;
  const o = original.slice(p);
  const s = sugg.slice(p);
  if (s.endsWith(o)) return [p, s.slice(0, s.length - o.length), o.length];
  return null;
}

interface Part {
  span: Span;
  replacement: string;
}

/** rustc's `trim_trivial_replacements`: a replacement that keeps the original becomes an insertion. */
function trimPart(sm: SourceMap, p: Part): Part {
  if (p.replacement === '') return p;
  const orig = sm.snippet(p.span);
  const r = asSubstr(orig, p.replacement);
  if (!r) return p;
  const [pre, mid, suf] = r;
  return { span: { lo: p.span.lo + pre, hi: p.span.hi - suf, ctxt: p.span.ctxt }, replacement: mid };
}

function renderSuggestion(buf: StyledBuffer, sm: SourceMap, s: Sugg, lnw: number): void {
  let row = buf.numLines;
  buf.puts(row, 0, 'help', 'help');
  writeMessage(buf, row, 4, `: ${s.msg}`, 'plain', 6);
  buf.putc(buf.numLines, lnw + 1, '|', 'lineNo');
  for (const sub of s.subs.slice(0, 4)) {
    if ((sub.style ?? 'showCode') === 'hidden') continue;
    const parts = partsOf(sub).map((p) => trimPart(sm, p)).sort((a, b) => a.span.lo - b.span.lo);
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    const loLoc = lookupLoc(sm, first.span.lo);
    const hiLoc = lookupLoc(sm, last.span.hi);
    if (!loLoc || !hiLoc) continue;
    const file = loLoc.file;
    const isAddition = (p: Part): boolean => p.span.hi === p.span.lo && p.replacement !== '';
    const isDeletion = (p: Part): boolean => p.span.hi > p.span.lo && p.replacement.trim() === '';
    const isDestructive = (p: Part): boolean =>
      p.span.hi > p.span.lo && p.replacement.trim() !== '' && asSubstr(sm.snippet(p.span).trim(), p.replacement.trim()) === null;
    const isMultiline = loLoc.line !== hiLoc.line || parts.some((p) => p.replacement.includes('\n'));
    const hasDeletion = parts.some((p) => isDeletion(p) || isDestructive(p));
    const line = loLoc.line;
    const lineStart = file.startPos + file.lineStarts[line - 1]!;
    const endLineStart = file.startPos + file.lineStarts[hiLoc.line - 1]!;
    const oldLast = lineText(file, hiLoc.line);
    // The patched text of the affected lines.
    let complete = sm.snippet({ lo: lineStart, hi: first.span.lo, ctxt: 0 });
    let pos = first.span.lo;
    for (const p of parts) {
      complete += sm.snippet({ lo: pos, hi: p.span.lo, ctxt: 0 }) + p.replacement;
      pos = p.span.hi;
    }
    complete += oldLast.slice(pos - endLineStart);
    if (hasDeletion && !isMultiline) {
      // Diff: `N - old` / `N + new`, changed parts colored.
      row = buf.numLines;
      buf.puts(row, 0, String(line).padStart(lnw), 'lineNo');
      buf.puts(row, lnw + 1, '- ', 'removal');
      let col = lnw + 3;
      pos = lineStart;
      for (const p of parts) {
        const before = normalizeLine(sm.snippet({ lo: pos, hi: p.span.lo, ctxt: 0 }));
        buf.puts(row, col, before, 'plain');
        col += before.length;
        const removed = normalizeLine(sm.snippet(p.span));
        buf.puts(row, col, removed, 'removal');
        col += removed.length;
        pos = p.span.hi;
      }
      buf.puts(row, col, normalizeLine(oldLast.slice(pos - lineStart)), 'plain');
      row = buf.numLines;
      buf.puts(row, 0, String(line).padStart(lnw), 'lineNo');
      buf.puts(row, lnw + 1, '+ ', 'addition');
      col = lnw + 3;
      pos = lineStart;
      for (const p of parts) {
        const before = normalizeLine(sm.snippet({ lo: pos, hi: p.span.lo, ctxt: 0 }));
        buf.puts(row, col, before, 'plain');
        col += before.length;
        buf.puts(row, col, p.replacement, 'addition');
        col += p.replacement.length;
        pos = p.span.hi;
      }
      buf.puts(row, col, normalizeLine(oldLast.slice(pos - lineStart)), 'plain');
      buf.putc(buf.numLines, lnw + 1, '|', 'lineNo');
      continue;
    }
    // Whole lines added before existing code (`use path::Trait;\n`): rustc's splice_lines keeps
    // nothing after a replacement ending in a newline, and shows only the new lines, as `+`.
    if (parts.length === 1 && first.replacement.endsWith('\n')) {
      const added = sm.snippet({ lo: lineStart, hi: first.span.lo, ctxt: 0 }) + first.replacement;
      if (first.replacement.trim() === added.trim()) {
        added.slice(0, -1).split('\n').forEach((l, i) => {
          row = buf.numLines;
          buf.puts(row, 0, String(line + i).padStart(lnw), 'lineNo');
          buf.puts(row, lnw + 1, '+ ', 'addition');
          buf.puts(row, lnw + 3, normalizeLine(l), 'addition');
        });
        buf.putc(buf.numLines, lnw + 1, '|', 'lineNo');
        continue;
      }
    }
    const underline = !isMultiline && (parts.length !== 1 || parts[0]!.replacement.trim() !== complete.trim());
    // A replacement that adds lines marks each patched line as rustc does: `+` for lines that
    // are entirely new, `~` for lines that keep some of the old text.
    const addsLines = loLoc.line === hiLoc.line && parts.length === 1 && first.replacement.includes('\n');
    const lines = complete.split('\n');
    let n = line;
    lines.forEach((l, i) => {
      row = buf.numLines;
      buf.puts(row, 0, String(n).padStart(lnw), 'lineNo');
      if (addsLines) {
        const tailKept = first.span.hi > first.span.lo || complete.length > 0 && oldLast.slice(first.span.hi - endLineStart) !== '';
        const whole = i > 0 && (i < lines.length - 1 || !tailKept);
        buf.puts(row, lnw + 1, whole ? '+ ' : '~ ', 'addition');
      } else {
        buf.puts(row, lnw + 1, '| ', 'lineNo');
      }
      buf.puts(row, lnw + 3, normalizeLine(l), 'plain');
      n++;
    });
    if (!underline) {
      buf.putc(buf.numLines, lnw + 1, '|', 'lineNo');
      continue;
    }
    // Color the inserted text and mark it with `+` (insertions) or `~` (replacements).
    const textRow = buf.numLines - 1;
    const markRow = buf.numLines;
    buf.putc(markRow, lnw + 1, '|', 'lineNo');
    let offset = 0;
    for (const p of parts) {
      const startCol = lnw + 3 + normalizeLine(sm.snippet({ lo: lineStart, hi: p.span.lo, ctxt: 0 })).length + offset;
      const ws = p.replacement.trim() === '';
      const lead = ws ? 0 : p.replacement.length - p.replacement.trimStart().length;
      const len = ws ? p.replacement.length : p.replacement.trim().length;
      const ch = isAddition(p) ? '+' : '~';
      for (let i = 0; i < len; i++) {
        buf.putc(markRow, startCol + lead + i, ch, 'addition');
        buf.putc(textRow, startCol + lead + i, buf.getc(textRow, startCol + lead + i), 'addition');
      }
      offset += p.replacement.length - (p.span.hi - p.span.lo);
    }
  }
}

export { charCol };
