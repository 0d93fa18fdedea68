// Fallback for a compiler that ignores `--error-format=json`: read rustc's human format.
//   error[E0308]: mismatched types
//     --> src/main.rs:4:18
//      |
//   ...
//   note: a child with a span          (column 0, same block: no blank line before)
//     --> src/main.rs:2:1
//      = help: a child without a span
// Span labels are not recovered; codes, messages, kinds and lines are.

import type { Diagnostic } from './diagnostics-json.ts';

const HEADER = /^(error|warning|note|help|failure-note)(?:\[(\w+)\])?: (.*)$/;
const ARROW = /^\s*--> (.+):(\d+):(\d+)\s*$/;
const FOOTNOTE = /^\s*= (note|help|warning): (.*)$/;

function diag(level: string, message: string, code: string | undefined): Diagnostic {
  return { message, code, level, spans: [], children: [], rendered: undefined };
}

export function parseHumanStderr(stderr: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  let top: Diagnostic | undefined;
  let current: Diagnostic | undefined;
  let blockOpen = false;
  for (const line of stderr.split('\n')) {
    if (line.trim() === '') {
      blockOpen = false;
      continue;
    }
    const h = HEADER.exec(line);
    if (h) {
      const level = h[1] ?? 'error';
      const d = diag(level, h[3] ?? '', h[2]);
      const isChild = blockOpen && top !== undefined && (level === 'note' || level === 'help');
      if (isChild && top) {
        top.children.push(d);
      } else {
        out.push(d);
        top = d;
      }
      current = d;
      blockOpen = true;
      continue;
    }
    const a = ARROW.exec(line);
    if (a && current && current.spans.length === 0) {
      const lineNo = Number(a[2]);
      current.spans.push({
        fileName: a[1] ?? '',
        lineStart: lineNo,
        lineEnd: lineNo,
        isPrimary: true,
        label: undefined,
        suggestedReplacement: undefined,
        expansion: undefined,
      });
      continue;
    }
    const f = FOOTNOTE.exec(line);
    if (f && top && blockOpen) {
      top.children.push(diag(f[1] ?? 'note', f[2] ?? '', undefined));
    }
  }
  return out;
}
