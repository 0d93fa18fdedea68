import type { Span } from './span.ts';

export interface SourceFile {
  readonly name: string;
  readonly src: string;
  /** Global position of the file's first byte; files never overlap. */
  readonly startPos: number;
  readonly endPos: number;
  /** Offsets (relative to the file) at which each line starts. */
  readonly lineStarts: readonly number[];
}

export interface Loc {
  readonly file: SourceFile;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column counted in characters (as rustc does for `-->` lines). */
  readonly col: number;
  /** 0-based offset of the position within its line, in UTF-16 units of `src`. */
  readonly colOffset: number;
}

// Positions are offsets into JS strings (UTF-16 units). rustc counts bytes, but positions
// are only ever shown as line/column, which we compute in characters like rustc does.
/** One macro expansion, by the syntax context its tokens carry (rustc's ExpnData). */
export interface ExpansionInfo {
  /** The invocation (`name!(...)`), in the context of the code that wrote it. */
  readonly callSite: Span;
  /** The macro's name as diagnostics print it. */
  readonly name: string;
  /** Defined in another crate: its own spans cannot be shown, so diagnostics use the call site. */
  readonly external: boolean;
}

export class SourceMap {
  private readonly files: SourceFile[] = [];
  /** Macro expansions by syntax context, for "in this macro invocation" and macro backtraces. */
  readonly expansions = new Map<number, ExpansionInfo>();
  // Position 0 is reserved so that DUMMY_SP never points into a real file.
  private nextPos = 1;

  addFile(name: string, text: string): SourceFile {
    // Like rustc, CRLF line endings are read as LF (literals and doc comments then match).
    const src = text.indexOf('\r\n') >= 0 ? text.replace(/\r\n/g, '\n') : text;
    const lineStarts = [0];
    for (let i = 0; i < src.length; i++) if (src.charCodeAt(i) === 10) lineStarts.push(i + 1);
    const file: SourceFile = { name, src, startPos: this.nextPos, endPos: this.nextPos + src.length, lineStarts };
    this.files.push(file);
    this.nextPos = file.endPos + 1;
    return file;
  }

  allFiles(): readonly SourceFile[] {
    return this.files;
  }

  fileAt(pos: number): SourceFile | undefined {
    let lo = 0;
    let hi = this.files.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const f = this.files[mid]!;
      if (pos < f.startPos) hi = mid - 1;
      else if (pos > f.endPos) lo = mid + 1;
      else return f;
    }
    return undefined;
  }

  lookup(pos: number): Loc | undefined {
    const file = this.fileAt(pos);
    if (!file) return undefined;
    const rel = pos - file.startPos;
    const lo = lineIndexOf(file, rel);
    const lineStart = file.lineStarts[lo]!;
    const col = charCount(file.src, lineStart, rel) + 1;
    return { file, line: lo + 1, col, colOffset: rel - lineStart };
  }

  lineText(file: SourceFile, line: number): string {
    const start = file.lineStarts[line - 1] ?? file.src.length;
    const next = file.lineStarts[line];
    let end = next === undefined ? file.src.length : next - 1;
    if (end > start && file.src.charCodeAt(end - 1) === 13) end--;
    return file.src.slice(start, end);
  }

  snippet(sp: Span): string {
    const file = this.fileAt(sp.lo);
    if (!file) return '';
    return file.src.slice(sp.lo - file.startPos, sp.hi - file.startPos);
  }
}

/** 0-based index of the line holding file-relative offset `rel` (binary search). */
export function lineIndexOf(file: SourceFile, rel: number): number {
  const starts = file.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= rel) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Number of code points in src[from, to): surrogate pairs count once. */
export function charCount(src: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}
