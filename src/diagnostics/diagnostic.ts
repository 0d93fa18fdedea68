import type { Span } from './span.ts';

export type Level = 'error' | 'warning' | 'note' | 'help' | 'failure-note' | 'error: internal compiler error';

export interface SpanLabel {
  readonly span: Span;
  readonly label: string | null;
  readonly primary: boolean;
}

export interface Suggestion {
  readonly span: Span;
  readonly replacement: string;
  readonly applicability: 'MachineApplicable' | 'MaybeIncorrect' | 'HasPlaceholders' | 'Unspecified';
  /**
   * How the human emitter shows it (rustc's SuggestionStyle). Default 'showCode': inline as
   * `help: msg: \`code\`` on the primary line when short, else as a patched source snippet.
   * 'hideCodeInline': inline `help: msg` without the code; 'hideCodeAlways': a plain
   * `help: msg` line; 'verbose': always a patched snippet; 'hidden': never shown (JSON only).
   */
  readonly style?: 'showCode' | 'hideCodeInline' | 'hideCodeAlways' | 'verbose' | 'hidden';
  /** All parts of a multipart suggestion (the first repeats span/replacement). */
  readonly parts?: readonly { readonly span: Span; readonly replacement: string }[];
}

export interface SubDiagnostic {
  readonly level: 'note' | 'help' | 'warning';
  readonly message: string;
  readonly spans: readonly SpanLabel[];
  readonly suggestions?: readonly Suggestion[];
}

export interface Diagnostic {
  /** 'failure-note': rustc's closing "For more information..." lines (JSON output only). */
  readonly level: 'error' | 'warning' | 'ice' | 'failure-note';
  readonly code: string | null;
  readonly message: string;
  readonly spans: readonly SpanLabel[];
  readonly children: readonly SubDiagnostic[];
  /** A lint: `code` is the lint's name, shown in JSON output only (rustc's DiagnosticId::Lint). */
  readonly isLint?: boolean;
}

/** Builder so call sites read like rustc's `struct_span_err!(...).span_label(...).emit()`. */
export class DiagBuilder {
  private readonly spans: SpanLabel[] = [];
  private readonly children: SubDiagnostic[] = [];
  private isLint = false;

  constructor(
    private readonly level: Diagnostic['level'],
    private readonly message: string,
    private readonly code: string | null,
    private readonly sink: (d: Diagnostic) => void,
  ) {}

  primary(span: Span, label: string | null = null): this {
    this.spans.push({ span, label, primary: true });
    return this;
  }

  label(span: Span, label: string): this {
    this.spans.push({ span, label, primary: false });
    return this;
  }

  note(message: string, span?: Span): this {
    this.children.push({ level: 'note', message, spans: span ? [{ span, label: null, primary: true }] : [] });
    return this;
  }

  /** A `= warning:` child (rustc's future-incompatibility explanation). */
  warnNote(message: string): this {
    this.children.push({ level: 'warning', message, spans: [] });
    return this;
  }

  /** A note with its own multi-span (rustc's `span_note` with a MultiSpan). */
  noteSpans(message: string, spans: readonly SpanLabel[]): this {
    this.children.push({ level: 'note', message, spans });
    return this;
  }

  help(message: string, span?: Span, suggestions?: Suggestion[]): this {
    const sub: SubDiagnostic = { level: 'help', message, spans: span ? [{ span, label: null, primary: true }] : [] };
    this.children.push(suggestions ? { ...sub, suggestions } : sub);
    return this;
  }

  /** Marks the diagnostic as a lint (its code is the lint name). */
  lint(): this {
    this.isLint = true;
    return this;
  }

  build(): Diagnostic {
    const d: Diagnostic = { level: this.level, code: this.code, message: this.message, spans: this.spans, children: this.children };
    return this.isLint ? { ...d, isLint: true } : d;
  }

  emit(): void {
    this.sink(this.build());
  }
}
