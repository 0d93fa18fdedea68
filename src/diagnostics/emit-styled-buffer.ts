// A grid of characters with a style per cell, rendered with or without ANSI colors the
// way rustc's terminal output does (each styled run is `ESC[1m ESC[9Xm text ESC[0m`).

export type Style =
  | 'plain'
  | 'lineNo'
  | 'header'
  | 'error'
  | 'warning'
  | 'note'
  | 'help'
  | 'secondary'
  | 'bold'
  | 'addition'
  | 'removal';

const CODES: Record<Style, string> = {
  plain: '',
  lineNo: '\x1b[1m\x1b[94m',
  header: '\x1b[1m',
  error: '\x1b[1m\x1b[91m',
  warning: '\x1b[1m\x1b[33m',
  note: '\x1b[1m\x1b[92m',
  help: '\x1b[1m\x1b[96m',
  secondary: '\x1b[1m\x1b[94m',
  bold: '\x1b[1m',
  addition: '\x1b[92m',
  removal: '\x1b[91m',
};

export class StyledBuffer {
  private readonly rows: { ch: string[]; st: Style[] }[] = [];

  get numLines(): number {
    return this.rows.length;
  }

  private ensure(row: number, col: number): { ch: string[]; st: Style[] } {
    while (this.rows.length <= row) this.rows.push({ ch: [], st: [] });
    const r = this.rows[row]!;
    while (r.ch.length < col) {
      r.ch.push(' ');
      r.st.push('plain');
    }
    return r;
  }

  putc(row: number, col: number, ch: string, st: Style): void {
    const r = this.ensure(row, col + 1);
    r.ch[col] = ch;
    r.st[col] = st;
  }

  puts(row: number, col: number, s: string, st: Style): void {
    let c = col;
    for (const ch of s) this.putc(row, c++, ch, st);
  }

  /** Appends at the end of a row. */
  append(row: number, s: string, st: Style): void {
    const r = this.ensure(row, 0);
    this.puts(row, r.ch.length, s, st);
  }

  getc(row: number, col: number): string {
    return this.rows[row]?.ch[col] ?? ' ';
  }

  render(color: boolean): string {
    let out = '';
    for (const r of this.rows) {
      // rustc trims trailing whitespace of every output line.
      let n = r.ch.length;
      while (n > 0 && r.ch[n - 1] === ' ') n--;
      if (!color) {
        out += r.ch.slice(0, n).join('') + '\n';
        continue;
      }
      let i = 0;
      let line = '';
      while (i < n) {
        const st = r.st[i]!;
        let j = i;
        let text = '';
        while (j < n && r.st[j] === st) text += r.ch[j++];
        line += st === 'plain' ? text : CODES[st] + text + '\x1b[0m';
        i = j;
      }
      out += line + '\n';
    }
    return out;
  }
}
