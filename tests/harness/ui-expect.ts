/** One error as rustc reported it, or as we report it. */
export interface ReportedError {
  readonly code: string | null;
  readonly message: string;
  readonly line: number;
  readonly col: number;
}

/** Errors with a location in a stderr file recorded from rustc's human output. */
export function parseRustcStderr(text: string): ReportedError[] {
  const out: ReportedError[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^error(?:\[(E\d{4})\])?: (.*)$/.exec(lines[i]!);
    if (!m) continue;
    const loc = /^\s*--> .*?:(\d+):(\d+)$/.exec(lines[i + 1] ?? '');
    if (!loc) continue;
    out.push({ code: m[1] ?? null, message: m[2]!, line: Number(loc[1]), col: Number(loc[2]) });
  }
  return out;
}

interface JsonSpan {
  is_primary: boolean;
  line_start: number;
  column_start: number;
}

interface JsonDiag {
  level: string;
  message: string;
  code: { code: string } | null;
  spans: JsonSpan[];
}

/** Errors from `--error-format=json` output (one JSON object per line). */
export function parseJsonDiagnostics(text: string): ReportedError[] {
  const out: ReportedError[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('{')) continue;
    const d = JSON.parse(line) as JsonDiag;
    if (d.level !== 'error') continue;
    const primary = d.spans.find((s) => s.is_primary);
    if (!primary) continue;
    // A lint's JSON code is its name; rustc's human output shows only error codes (E0308).
    const code = d.code && /^E\d{4}$/.test(d.code.code) ? d.code.code : null;
    out.push({ code, message: d.message, line: primary.line_start, col: primary.column_start });
  }
  return out;
}

/** `//~ ERROR E0308` / `//~^ ERROR msg` annotations: the line each expected error is on. */
export function parseAnnotations(source: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  source.split('\n').forEach((l, i) => {
    const m = /\/\/~(\^*)\s*ERROR\s*(.*)$/.exec(l);
    if (m) out.push({ line: i + 1 - m[1]!.length, text: m[2]!.trim() });
  });
  return out;
}

export function formatErrors(errs: readonly ReportedError[]): string {
  return errs.map((e) => `${e.line}:${e.col} ${e.code ? `[${e.code}] ` : ''}${e.message}`).join('\n');
}

/** The flags of a `// compile-flags: ...` line among a test's first lines. */
export function compileFlagsOf(source: string): string[] {
  for (const l of source.split('\n').slice(0, 5)) {
    const m = /^\/\/\s*compile-flags:\s*(.*)$/.exec(l);
    if (m) return m[1]!.trim().split(/\s+/).filter((x) => x !== '');
  }
  return [];
}
