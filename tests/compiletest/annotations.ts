// `//~` annotations: the diagnostics a test expects, each pinned to a line.
//   //~ ERROR msg         this line
//   //~^^ ERROR msg       two lines up (one per caret)
//   //~| NOTE msg         the line of the previous non-`|` annotation
//   //[a,b]~ ERROR msg    only in revisions a and b
// The word after the marker names the kind (ERROR, WARN/WARNING, NOTE, HELP, SUGGESTION,
// any case, optional trailing colon); without one the annotation matches any kind.

import type { DiagKind, Expected } from './types.ts';

const MARKER = /\/\/(?:\[([\w,]+)\])?~(\||\^*)/;

export function parseKind(word: string): DiagKind | undefined {
  switch (word.toUpperCase().split(':')[0]) {
    case 'ERROR':
      return 'error';
    case 'WARN':
    case 'WARNING':
      return 'warning';
    case 'NOTE':
      return 'note';
    case 'HELP':
      return 'help';
    case 'SUGGESTION':
      return 'suggestion';
    default:
      return undefined;
  }
}

/** Annotations active in `revision` (undefined: only those without a revision list). */
export function parseAnnotations(source: string, revision: string | undefined): Expected[] {
  const out: Expected[] = [];
  let lastLine: number | undefined;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] ?? '';
    const m = MARKER.exec(text);
    if (!m) continue;
    const revs = m[1];
    if (revs !== undefined && (revision === undefined || !revs.split(',').includes(revision))) continue;
    const lineNo = i + 1;
    const adjust = m[2] ?? '';
    let line: number;
    if (adjust === '|') {
      if (lastLine === undefined) {
        throw new Error(`line ${lineNo}: \`//~|\` with no annotation before it`);
      }
      line = lastLine;
    } else {
      line = lineNo - adjust.length;
      lastLine = line;
    }
    const rest = text.slice(m.index + m[0].length).trim();
    const firstWord = rest.split(/\s+/)[0] ?? '';
    const kind = firstWord === '' ? undefined : parseKind(firstWord);
    const msg = kind === undefined ? rest : rest.slice(firstWord.length).trim();
    out.push({ line, kind, msg });
  }
  return out;
}
