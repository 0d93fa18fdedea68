// rustc's source snippet layout: source lines with `^^^`/`---` underlines, labels placed
// inline (rightmost) or hanging below with `|`, multi-line spans drawn in a left margin
// (`_____^` ... `|_^`), and elided gaps (`...`).
import { charCount, lineIndexOf, type SourceFile, type SourceMap } from './source-map.ts';
import type { SpanLabel } from './diagnostic.ts';
import type { Style } from './emit-styled-buffer.ts';
import { StyledBuffer } from './emit-styled-buffer.ts';

export interface DLoc {
  readonly file: SourceFile;
  /** 1-based line. */
  readonly line: number;
  /** 0-based display column (tabs count 4). */
  readonly col: number;
}

/**
 * Line/column as rustc reports them; a position at EOF after a final newline stays on the
 * last line. The display column stops at the end of the line's text, except for the end of
 * a multi-line span (`countNewline`), where rustc counts the newline as one column.
 */
export function lookupLoc(sm: SourceMap, pos: number, countNewline = false): DLoc | null {
  const file = sm.fileAt(pos);
  if (!file) return null;
  const rel = pos - file.startPos;
  const lo = rustcLineIndex(file, rel);
  const lineStart = file.lineStarts[lo]!;
  let col = displayWidth(file.src, lineStart, rel);
  if (countNewline && rel > lineStart && (file.src.charCodeAt(rel - 1) === 10)) col++;
  return { file, line: lo + 1, col };
}

/** rustc's line table has no entry for the empty "line" after a trailing newline. */
function rustcLineIndex(file: SourceFile, rel: number): number {
  const lo = lineIndexOf(file, rel);
  return lo > 0 && file.lineStarts[lo] === file.src.length && rel === file.src.length ? lo - 1 : lo;
}

/** 1-based line and char column (code points, tabs count 1), as rustc's `-->` and JSON give. */
export function charLineCol(file: SourceFile, rel: number): { line: number; col: number } {
  const lo = rustcLineIndex(file, rel);
  return { line: lo + 1, col: charCount(file.src, file.lineStarts[lo]!, rel) + 1 };
}

/** 1-based char column (for `-->` lines): code points, tabs count 1 (as rustc). */
export function charCol(sm: SourceMap, pos: number): { file: SourceFile; line: number; col: number } | null {
  const file = sm.fileAt(pos);
  if (!file) return null;
  return { file, ...charLineCol(file, pos - file.startPos) };
}

export function charWidth(cp: number): number {
  if (cp === 9) return 4;
  // Line breaks take no room (a position at EOF points just after the last character).
  if (cp === 10 || cp === 13) return 0;
  // East Asian wide and fullwidth ranges (approximation of unicode-width).
  if (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) || (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  ) return 2;
  return 1;
}

export function displayWidth(src: string, from: number, to: number): number {
  let w = 0;
  for (let i = from; i < to; i++) {
    const cp = src.codePointAt(i)!;
    if (cp > 0xffff) i++;
    w += charWidth(cp);
  }
  return w;
}

/** Source text as shown: tabs become four spaces. */
export function normalizeLine(s: string): string {
  return s.indexOf('\t') >= 0 ? s.replace(/\t/g, '    ') : s;
}

export function lineText(file: SourceFile, line: number): string {
  const start = file.lineStarts[line - 1] ?? file.src.length;
  const next = file.lineStarts[line];
  let end = next === undefined ? file.src.length : next - 1;
  if (end > start && file.src.charCodeAt(end - 1) === 13) end--;
  return file.src.slice(start, end);
}

type AnnType = 'single' | 'mstart' | 'mend' | 'mline';

interface Ann {
  startCol: number;
  endCol: number;
  primary: boolean;
  label: string | null;
  type: AnnType;
  depth: number;
}

interface Multi {
  depth: number;
  lineStart: number;
  lineEnd: number;
  startCol: number;
  endCol: number;
  primary: boolean;
  label: string | null;
  overlapsExactly: boolean;
}

interface FileAnns {
  file: SourceFile;
  lines: Map<number, Ann[]>;
  multilineDepth: number;
  multis: Multi[];
}

function hasLabel(a: Ann): boolean {
  return a.label !== null && a.label !== '' && a.type !== 'mline';
}

function takesSpace(a: Ann): boolean {
  return a.type === 'mstart' || a.type === 'mend';
}

function overlaps(a1: Ann, a2: Ann, padding: number): boolean {
  return (a2.startCol <= a1.startCol && a1.startCol < a2.endCol + padding) || (a1.startCol <= a2.startCol && a2.startCol < a1.endCol + padding);
}

/** Groups span labels by file and line, as rustc's `FileWithAnnotatedLines::collect_annotations`. */
export function collectAnnotations(sm: SourceMap, labels: readonly SpanLabel[], primaryFile: SourceFile | null): FileAnns[] {
  const files: FileAnns[] = [];
  const get = (f: SourceFile): FileAnns => {
    let fa = files.find((x) => x.file === f);
    if (!fa) {
      fa = { file: f, lines: new Map(), multilineDepth: 0, multis: [] };
      files.push(fa);
    }
    return fa;
  };
  const add = (fa: FileAnns, line: number, a: Ann): void => {
    let l = fa.lines.get(line);
    if (!l) fa.lines.set(line, (l = []));
    l.push(a);
  };
  if (primaryFile) get(primaryFile);
  for (const sl of labels) {
    if (sl.span.lo === 0 && sl.span.hi === 0) continue;
    const lo = lookupLoc(sm, sl.span.lo);
    let hi = lookupLoc(sm, Math.max(sl.span.hi, sl.span.lo));
    if (hi && lo && hi.line !== lo.line) hi = lookupLoc(sm, Math.max(sl.span.hi, sl.span.lo), true);
    if (!lo || !hi || lo.file !== hi.file) continue;
    const fa = get(lo.file);
    if (lo.line !== hi.line) {
      fa.multis.push({
        depth: 1,
        lineStart: lo.line,
        lineEnd: hi.line,
        startCol: lo.col,
        endCol: hi.col,
        primary: sl.primary,
        label: sl.label,
        overlapsExactly: false,
      });
    } else {
      const endCol = hi.col === lo.col ? lo.col + 1 : hi.col;
      add(fa, lo.line, { startCol: lo.col, endCol, primary: sl.primary, label: sl.label, type: 'single', depth: 0 });
    }
  }
  for (const fa of files) {
    const ms = fa.multis;
    ms.sort((a, b) => a.lineStart - b.lineStart || b.lineEnd - a.lineEnd);
    const same = (a: Multi, b: Multi): boolean =>
      a.lineStart === b.lineStart && a.lineEnd === b.lineEnd && a.startCol === b.startCol && a.endCol === b.endCol;
    for (const ann of [...ms]) {
      for (const a of ms) {
        if (!same(ann, a) && numOverlap(ann.lineStart, ann.lineEnd, a.lineStart, a.lineEnd)) a.depth++;
        else if (same(ann, a) && ann !== a) a.overlapsExactly = true;
        else break;
      }
    }
    let maxDepth = 0;
    for (const m of ms) maxDepth = Math.max(maxDepth, m.depth);
    fa.multilineDepth = maxDepth;
    for (const m of ms) {
      const endAnn: Ann = { startCol: Math.max(m.endCol - 1, 0), endCol: m.endCol, primary: m.primary, label: m.label, type: 'mend', depth: m.depth };
      if (!m.overlapsExactly) {
        add(fa, m.lineStart, { startCol: m.startCol, endCol: m.startCol + 1, primary: m.primary, label: null, type: 'mstart', depth: m.depth });
        const middle = Math.min(m.lineStart + 4, m.lineEnd);
        const filter = (s: string): boolean => {
          const t = s.trim();
          return !(t.startsWith('//') && !(t.startsWith('///') || t.startsWith('//!'))) && !['', '{', '}', '(', ')', '[', ']'].includes(t);
        };
        let until = m.lineStart;
        for (let line = middle - 1; line >= m.lineStart; line--) {
          if (line - 1 < 0) continue;
          // rustc looks at 0-based line `line - 1`... i.e. the 1-based line `line`.
          if (filter(lineText(fa.file, line))) {
            until = line + 1;
            break;
          }
        }
        for (let line = m.lineStart + 1; line < until; line++) {
          add(fa, line, { startCol: 0, endCol: 0, primary: m.primary, label: null, type: 'mline', depth: m.depth });
        }
        const lineEnd = m.lineEnd - 1;
        const endIsEmpty = !filter(lineText(fa.file, lineEnd));
        if (middle < lineEnd && !endIsEmpty) {
          add(fa, lineEnd, { startCol: 0, endCol: 0, primary: m.primary, label: null, type: 'mline', depth: m.depth });
        }
      } else {
        endAnn.type = 'single';
      }
      add(fa, m.lineEnd, endAnn);
    }
  }
  return files.filter((f) => f.lines.size > 0);
}

function numOverlap(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  // rustc: inclusive overlap of line ranges (extra line allowed at the end).
  return (bStart <= aStart && aStart <= bEnd + 1) || (aStart <= bStart && bStart <= aEnd + 1);
}

export function maxLineNum(sm: SourceMap, labels: readonly SpanLabel[]): number {
  let max = 0;
  for (const fa of collectAnnotations(sm, labels, null)) {
    for (const l of fa.lines.keys()) max = Math.max(max, l);
  }
  return max;
}

export interface SnippetCtx {
  readonly buf: StyledBuffer;
  /** Width of the line-number column. */
  readonly lnw: number;
  readonly primaryStyle: Style;
}

/**
 * Renders the location line(s) and snippets for `labels` into the buffer (rows appended).
 * `isSecondary`: a sub-diagnostic (no blank `|` line is needed before its location).
 */
export function renderSnippets(sm: SourceMap, ctx: SnippetCtx, labels: readonly SpanLabel[], primaryPos: number | null): void {
  const { buf, lnw } = ctx;
  const pLoc = primaryPos !== null ? charCol(sm, primaryPos) : null;
  const files = collectAnnotations(sm, labels, pLoc ? pLoc.file : null);
  const widthOffset = 3 + lnw;
  for (let fi = 0; fi < files.length; fi++) {
    const fa = files[fi]!;
    const row = buf.numLines;
    if (fi === 0 && pLoc) {
      buf.puts(row, 0, ' '.repeat(lnw), 'plain');
      buf.append(row, '--> ', 'lineNo');
      buf.append(row, `${pLoc.file.name}:${pLoc.line}:${pLoc.col}`, 'plain');
    } else {
      // Other files: `:::` and the first annotated position in that file.
      const lines = [...fa.lines.keys()].sort((a, b) => a - b);
      const first = lines[0]!;
      const anns = fa.lines.get(first)!;
      const col = Math.min(...anns.map((a) => a.startCol)) + 1;
      buf.puts(row, 0, ' '.repeat(lnw), 'plain');
      buf.append(row, '::: ', 'lineNo');
      buf.append(row, `${fa.file.name}:${first}:${col}`, 'plain');
    }
    // Blank gutter line.
    buf.putc(buf.numLines, lnw + 1, '|', 'lineNo');
    const codeOffset = fa.multilineDepth === 0 ? widthOffset : widthOffset + fa.multilineDepth + 1;
    const lineNums = [...fa.lines.keys()].sort((a, b) => a - b);
    // Multi-line spans active across lines (for `...` and unannotated middle lines).
    const multis = fa.multis;
    for (let li = 0; li < lineNums.length; li++) {
      const ln = lineNums[li]!;
      renderSourceLine(buf, fa, ln, fa.lines.get(ln)!, lnw, widthOffset, codeOffset, ctx.primaryStyle);
      if (li < lineNums.length - 1) {
        const next = lineNums[li + 1]!;
        const delta = next - ln;
        if (delta > 2) {
          const r = buf.numLines;
          buf.puts(r, 0, '...', 'lineNo');
          for (const m of multis) if (m.lineStart <= ln && m.lineEnd >= next && !m.overlapsExactly) buf.putc(r, widthOffset + m.depth - 1, '|', m.primary ? ctx.primaryStyle : 'secondary');
        } else if (delta === 2) {
          const r = buf.numLines;
          drawLine(buf, r, fa.file, ln + 1, lnw, codeOffset);
          for (const m of multis) if (m.lineStart <= ln && m.lineEnd >= next && !m.overlapsExactly) buf.putc(r, widthOffset + m.depth - 1, '|', m.primary ? ctx.primaryStyle : 'secondary');
        }
      }
    }
  }
}

function drawLine(buf: StyledBuffer, row: number, file: SourceFile, line: number, lnw: number, codeOffset: number): void {
  const text = normalizeLine(lineText(file, line));
  buf.puts(row, 0, String(line).padStart(lnw), 'lineNo');
  buf.putc(row, lnw + 1, '|', 'lineNo');
  buf.puts(row, codeOffset, text, 'plain');
}

function renderSourceLine(
  buf: StyledBuffer,
  fa: FileAnns,
  line: number,
  anns0: readonly Ann[],
  lnw: number,
  widthOffset: number,
  codeOffset: number,
  primaryStyle: Style,
): void {
  const lineOffset = buf.numLines;
  drawLine(buf, lineOffset, fa.file, line, lnw, codeOffset);
  const styleOf = (a: Ann): Style => (a.primary ? primaryStyle : 'secondary');
  const text = normalizeLine(lineText(fa.file, line));

  // Short form of a multi-line start at the beginning of a line: `/` in the margin.
  let shortStart = true;
  const shortOps: [number, Style][] = [];
  for (const a of anns0) {
    if (a.type === 'mstart') {
      if (/^\s*$/.test(sliceDisplay(text, a.startCol))) shortOps.push([a.depth, styleOf(a)]);
      else {
        shortStart = false;
        break;
      }
    } else if (a.type !== 'mline') {
      shortStart = false;
      break;
    }
  }
  // Margin bars for multi-line spans passing through this line.
  const drawPassing = (rows: number): void => {
    for (const m of fa.multis) {
      if (m.overlapsExactly) continue;
      if (m.lineStart < line && line < m.lineEnd) {
        for (let r = lineOffset; r < lineOffset + rows; r++) buf.putc(r, widthOffset + m.depth - 1, '|', m.primary ? primaryStyle : 'secondary');
      }
    }
  };
  if (shortStart && shortOps.length > 0) {
    for (const [d, st] of shortOps) buf.putc(lineOffset, widthOffset + d - 1, '/', st);
    drawPassing(1);
    return;
  }
  if (anns0.every((a) => a.type === 'mline')) {
    drawPassing(1);
    return;
  }

  const anns = anns0.filter((a) => a.type !== 'mline');
  // Stable sort by start column, descending.
  const sorted = anns.map((a, i) => ({ a, i })).sort((x, y) => y.a.startCol - x.a.startCol || x.i - y.i).map((x) => x.a);

  const positions: [number, Ann][] = [];
  let lineLen = 0;
  let p = 0;
  for (let i = 0; i < sorted.length; i++) {
    const annotation = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const next = sorted[j]!;
      if (overlaps(next, annotation, 0) && hasLabel(annotation) && p === 0) {
        if (next.startCol === annotation.startCol && next.endCol === annotation.endCol && !hasLabel(next)) continue;
        p++;
        break;
      }
    }
    positions.push([p, annotation]);
    for (let j = i + 1; j < sorted.length; j++) {
      const next = sorted[j]!;
      const l = next.label ? next.label.length + 2 : 0;
      if (
        (overlaps(next, annotation, l) && hasLabel(annotation) && hasLabel(next)) ||
        (takesSpace(annotation) && hasLabel(next)) ||
        (hasLabel(annotation) && takesSpace(next)) ||
        (takesSpace(annotation) && takesSpace(next)) ||
        (overlaps(next, annotation, l) && next.endCol <= annotation.endCol && hasLabel(next) && p === 0)
      ) {
        p++;
        break;
      }
    }
    lineLen = Math.max(lineLen, p);
  }
  if (lineLen !== 0) lineLen++;
  if (positions.length > 0 && positions.every(([, a]) => a.type === 'mstart')) {
    const maxPos = Math.max(...positions.map(([q]) => q));
    for (const e of positions) e[0] = maxPos - e[0];
    lineLen = Math.max(lineLen - 1, 0);
  }

  // Gutter separators for the annotation rows.
  for (let q = 0; q <= lineLen; q++) buf.putc(lineOffset + q + 1, lnw + 1, '|', 'lineNo');

  // Vertical lines from underline to hanging labels.
  for (const [pos0, a] of positions) {
    const pos = pos0 + 1;
    if (pos > 1 && (hasLabel(a) || takesSpace(a))) {
      for (let r = lineOffset + 1; r <= lineOffset + pos; r++) buf.putc(r, codeOffset + a.startCol, '|', styleOf(a));
    }
  }
  // Horizontal lines of multi-line starts/ends.
  for (const [pos0, a] of positions) {
    const pos = pos0 + 1;
    if (a.type === 'mstart' || a.type === 'mend') {
      for (let c = widthOffset + a.depth; c < codeOffset + a.startCol; c++) buf.putc(lineOffset + pos, c, '_', styleOf(a));
    }
  }
  // Margin lines of multi-line starts/ends.
  for (const [pos0, a] of positions) {
    const pos = pos0 + 1;
    if (a.type === 'mstart') {
      for (let r = lineOffset + pos + 1; r < lineOffset + lineLen + 2; r++) buf.putc(r, widthOffset + a.depth - 1, '|', styleOf(a));
    } else if (a.type === 'mend') {
      for (let r = lineOffset; r <= lineOffset + pos; r++) buf.putc(r, widthOffset + a.depth - 1, '|', styleOf(a));
    }
  }
  // Labels.
  for (const [pos0, a] of positions) {
    if (!a.label) continue;
    let row: number;
    let col: number;
    if (pos0 === 0) {
      row = lineOffset + 1;
      col = codeOffset + a.endCol + 1;
    } else {
      row = lineOffset + pos0 + 2;
      col = codeOffset + a.startCol;
    }
    buf.puts(row, col, a.label, styleOf(a));
  }
  // Underlines: longer spans first so shorter ones show on top, a primary over a secondary of
  // the same length (rustc draws `----^` for a label inside a primary span).
  const drawOrder = [...positions].sort(([, x], [, y]) => (y.endCol - y.startCol) - (x.endCol - x.startCol) || Number(x.primary) - Number(y.primary));
  for (const [pos0, a] of drawOrder) {
    const st = styleOf(a);
    const u = a.primary ? '^' : '-';
    for (let c = a.startCol; c < a.endCol; c++) buf.putc(lineOffset + 1, codeOffset + c, u, st);
    if (pos0 === 0 && (a.type === 'mstart' || a.type === 'mend')) {
      buf.putc(lineOffset + 1, codeOffset + a.startCol, u, st);
    } else if (pos0 !== 0 && (hasLabel(a) || takesSpace(a))) {
      buf.putc(lineOffset + 1, codeOffset + a.startCol, u, st);
    }
  }
  drawPassing(lineLen + 2);
}

/** The part of `s` before display column `col`. */
function sliceDisplay(s: string, col: number): string {
  let w = 0;
  let i = 0;
  while (i < s.length && w < col) {
    const cp = s.codePointAt(i)!;
    w += charWidth(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return s.slice(0, i);
}
