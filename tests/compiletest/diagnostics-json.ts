// rustc's `--error-format=json` diagnostics, and their flattening into the (line, kind,
// message) triples annotations are compared with. The flattening follows compiletest:
// - a diagnostic lands on the line of its first primary span in the test file (a span in
//   another file is followed through its macro expansion back to the test file);
// - the message carries its code as ` [E0308]`, so `//~ ERROR E0308` matches;
// - children without spans of their own inherit the parent's line;
// - span labels in the test file become NOTEs, suggested replacements SUGGESTIONs;
// - lines after the first of a multi-line message match annotations of any kind only.

import * as path from 'node:path';
import { parseKind } from './annotations.ts';
import type { Actual } from './types.ts';

export interface DiagSpan {
  fileName: string;
  lineStart: number;
  lineEnd: number;
  isPrimary: boolean;
  label: string | undefined;
  suggestedReplacement: string | undefined;
  /** The span of the macro call this span was expanded from. */
  expansion: DiagSpan | undefined;
}

export interface Diagnostic {
  message: string;
  code: string | undefined;
  level: string;
  spans: DiagSpan[];
  children: Diagnostic[];
  rendered: string | undefined;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function obj(v: Json | undefined): { [key: string]: Json } | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

function str(v: Json | undefined): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function toSpan(v: Json | undefined): DiagSpan | undefined {
  const o = obj(v);
  if (!o) return undefined;
  const fileName = str(o['file_name']);
  const lineStart = o['line_start'];
  if (fileName === undefined || typeof lineStart !== 'number') return undefined;
  const lineEnd = typeof o['line_end'] === 'number' ? o['line_end'] : lineStart;
  return {
    fileName,
    lineStart,
    lineEnd,
    isPrimary: o['is_primary'] === true,
    label: str(o['label']),
    suggestedReplacement: str(o['suggested_replacement']),
    expansion: toSpan(obj(o['expansion'])?.['span']),
  };
}

export function toDiagnostic(v: Json | undefined): Diagnostic | undefined {
  const o = obj(v);
  if (!o) return undefined;
  const message = str(o['message']);
  const level = str(o['level']);
  if (message === undefined || level === undefined) return undefined;
  const spans = Array.isArray(o['spans']) ? o['spans'] : [];
  const children = Array.isArray(o['children']) ? o['children'] : [];
  return {
    message,
    code: str(obj(o['code'])?.['code']),
    level,
    spans: spans.map(toSpan).filter((s): s is DiagSpan => s !== undefined),
    children: children.map(toDiagnostic).filter((d): d is Diagnostic => d !== undefined),
    rendered: str(o['rendered']),
  };
}

/** JSON diagnostics on stderr, and every other line (ICE text, linker output...). */
export function parseJsonStderr(stderr: string): { diagnostics: Diagnostic[]; other: string[] } {
  const diagnostics: Diagnostic[] = [];
  const other: string[] = [];
  for (const line of stderr.split('\n')) {
    if (line.startsWith('{')) {
      let parsed: Json | undefined;
      try {
        parsed = JSON.parse(line) as Json;
      } catch {
        parsed = undefined;
      }
      const o = obj(parsed);
      if (o) {
        // Other message types (future-incompat reports, artifact notices) are not diagnostics.
        const type = str(o['$message_type']);
        if (type !== undefined && type !== 'diagnostic') continue;
        const d = toDiagnostic(o);
        if (d) {
          diagnostics.push(d);
          continue;
        }
      }
    }
    if (line.trim() !== '') other.push(line);
  }
  return { diagnostics, other };
}

/** The human-readable text of the diagnostics: their `rendered` fields, else the raw line. */
export function renderedText(stderr: string): string {
  const { diagnostics, other } = parseJsonStderr(stderr);
  if (diagnostics.length === 0) return stderr;
  const parts = diagnostics.map((d) => d.rendered ?? `${d.level}: ${d.message}\n`);
  return parts.join('') + other.map((l) => l + '\n').join('');
}

function sameFile(a: string, testFile: string, cwd: string): boolean {
  return path.resolve(cwd, a) === path.resolve(cwd, testFile);
}

function inTestFile(span: DiagSpan, testFile: string, cwd: string): DiagSpan | undefined {
  for (let s: DiagSpan | undefined = span; s; s = s.expansion) {
    if (sameFile(s.fileName, testFile, cwd)) return s;
  }
  return undefined;
}

export function flattenDiagnostics(diags: readonly Diagnostic[], testFile: string, cwd: string): Actual[] {
  const out: Actual[] = [];
  for (const d of diags) push(d, [], testFile, cwd, out);
  return out;
}

function push(d: Diagnostic, defaultLines: DiagSpan[], testFile: string, cwd: string, out: Actual[]): void {
  const here: { primary: boolean; span: DiagSpan }[] = [];
  for (const s of d.spans) {
    const f = inTestFile(s, testFile, cwd);
    if (f) here.push({ primary: s.isPrimary, span: f });
  }
  const firstPrimary = here.find((h) => h.primary);
  const primary = firstPrimary ? [firstPrimary.span] : defaultLines;
  const kind = parseKind(d.level);
  const lines = d.message.split('\n');
  const withCode = (s: string) => (d.code !== undefined ? `${s} [${d.code}]` : s);
  for (const span of primary) {
    out.push({ line: span.lineStart, kind, msg: withCode(lines[0] ?? '') });
    for (const extra of lines.slice(1)) out.push({ line: span.lineEnd, kind: undefined, msg: extra });
  }
  for (const span of primary) {
    span.suggestedReplacement?.split('\n').forEach((text, i) => {
      out.push({ line: span.lineStart + i, kind: 'suggestion', msg: text });
    });
  }
  for (const h of here) {
    if (h.span.label !== undefined) out.push({ line: h.span.lineStart, kind: 'note', msg: h.span.label });
  }
  for (const c of d.children) push(c, primary, testFile, cwd, out);
}
