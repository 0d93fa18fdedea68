// rustc's `--error-format=json`: one object per line with the fields cargo reads
// (message, code, level, spans with byte/line/column positions and text, children with
// suggested replacements, and the human rendering).
import type { Diagnostic, SpanLabel, SubDiagnostic } from './diagnostic.ts';
import type { Emitter } from './handler.ts';
import type { SourceFile, SourceMap } from './source-map.ts';
import type { Span } from './span.ts';
import { renderHuman, orderedLabels } from './emit-human.ts';
import { charLineCol, lineText } from './emit-snippet.ts';

export interface JsonOptions {
  /** Color the `rendered` field (rustc's `--json=diagnostic-rendered-ansi`). */
  readonly renderedAnsi?: boolean;
}

export function emitJson(opts: JsonOptions = {}): Emitter {
  return (d, sm) => JSON.stringify(toJson(d, sm, opts.renderedAnsi ?? false)) + '\n';
}

interface JsonSpan {
  file_name: string;
  byte_start: number;
  byte_end: number;
  line_start: number;
  line_end: number;
  column_start: number;
  column_end: number;
  is_primary: boolean;
  text: { text: string; highlight_start: number; highlight_end: number }[];
  label: string | null;
  suggested_replacement: string | null;
  suggestion_applicability: string | null;
  expansion: null;
}

const encoder = new TextEncoder();

/** UTF-8 byte offset of a UTF-16 offset within a file's text. */
function byteOffset(file: SourceFile, rel: number): number {
  // Fast path: ASCII prefix.
  const src = file.src;
  let ascii = true;
  for (let i = 0; i < rel; i++) {
    if (src.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  return ascii ? rel : encoder.encode(src.slice(0, rel)).length;
}

function jsonSpan(
  sm: SourceMap,
  sp: Span,
  primary: boolean,
  label: string | null,
  repl: string | null,
  appl: string | null,
): JsonSpan | null {
  const file = sm.fileAt(sp.lo);
  if (!file) return null;
  const lo = sp.lo - file.startPos;
  const hi = Math.max(sp.hi, sp.lo) - file.startPos;
  const a = charLineCol(file, lo);
  const b = charLineCol(file, hi);
  const text: JsonSpan['text'] = [];
  for (let l = a.line; l <= b.line; l++) {
    const t = lineText(file, l);
    const hs = l === a.line ? a.col : 1;
    const he = l === b.line ? b.col : [...t].length + 1;
    text.push({ text: t, highlight_start: hs, highlight_end: he });
  }
  return {
    file_name: file.name,
    byte_start: byteOffset(file, lo),
    byte_end: byteOffset(file, hi),
    line_start: a.line,
    line_end: b.line,
    column_start: a.col,
    column_end: b.col,
    is_primary: primary,
    text,
    label,
    suggested_replacement: repl,
    suggestion_applicability: appl,
    expansion: null,
  };
}

function spansOf(sm: SourceMap, labels: readonly SpanLabel[]): JsonSpan[] {
  const out: JsonSpan[] = [];
  for (const l of orderedLabels(labels)) {
    const j = jsonSpan(sm, l.span, l.primary, l.label, null, null);
    if (j) out.push(j);
  }
  return out;
}

function child(sm: SourceMap, c: SubDiagnostic): object {
  let spans: JsonSpan[];
  if (c.suggestions && c.suggestions.length > 0) {
    spans = [];
    for (const s of c.suggestions) {
      const parts = s.parts && s.parts.length > 0 ? s.parts : [{ span: s.span, replacement: s.replacement }];
      for (const p of parts) {
        const j = jsonSpan(sm, p.span, true, null, p.replacement, s.applicability);
        if (j) spans.push(j);
      }
    }
  } else spans = spansOf(sm, c.spans);
  return { message: c.message, code: null, level: c.level, spans, children: [], rendered: null };
}

export function toJson(d: Diagnostic, sm: SourceMap, ansi: boolean): object {
  return {
    $message_type: 'diagnostic',
    message: d.message,
    code: d.code ? { code: d.code, explanation: null } : null,
    level: d.level === 'ice' ? 'error: internal compiler error' : d.level,
    spans: spansOf(sm, d.spans),
    // rustc lists plain children first, then the suggestions.
    children: [
      ...d.children.filter((c) => !(c.suggestions && c.suggestions.length > 0)),
      ...d.children.filter((c) => c.suggestions && c.suggestions.length > 0),
    ].map((c) => child(sm, c)),
    rendered: renderHuman(d, sm, ansi),
  };
}
