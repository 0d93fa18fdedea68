import { DiagBuilder, type Diagnostic } from './diagnostic.ts';
import type { SourceMap } from './source-map.ts';
import { withMacroBacktrace } from './macro-backtrace.ts';

/** Renders one diagnostic to text (human or JSON line). */
export type Emitter = (d: Diagnostic, sm: SourceMap) => string;

/** Thrown to stop compilation after errors were reported (rustc's FatalError). */
export class FatalError extends Error {
  constructor() {
    super('aborting due to previous errors');
  }
}

export interface DiagOptions {
  readonly emitter: Emitter;
  readonly write: (text: string) => void;
  /** rustc prints `error: aborting due to N previous errors` and the --explain hint. */
  readonly summaryStyle: 'human' | 'json';
  readonly explainCommand: string;
}

/** Collects and prints diagnostics for one compilation session; counts errors. */
export class DiagCtxt {
  private errors = 0;
  private warnings = 0;
  /** Errors that are denied lints (rustc's has_errors_excluding_lint_errors ignores them). */
  private lintErrors = 0;
  private readonly codes = new Set<string>();
  private readonly seen = new Set<string>();
  readonly emitted: Diagnostic[] = [];
  /** False under `-A warnings` or `--cap-lints allow`: warnings are dropped (rustc's can_emit_warnings). */
  canEmitWarnings = true;

  constructor(
    readonly sourceMap: SourceMap,
    private readonly opts: DiagOptions,
  ) {}

  err(message: string, code: string | null = null): DiagBuilder {
    return new DiagBuilder('error', message, code, (d) => this.emit(d));
  }

  warn(message: string, code: string | null = null): DiagBuilder {
    return new DiagBuilder('warning', message, code, (d) => this.emit(d));
  }

  emit(d: Diagnostic): void {
    if (d.level === 'warning' && !this.canEmitWarnings) return;
    // Identical diagnostics at the same place are reported once, as rustc deduplicates.
    const key = `${d.level}|${d.code}|${d.message}|${d.spans.map((s) => `${s.span.lo}:${s.span.hi}:${s.label}`).join(',')}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    if (d.level === 'error' || d.level === 'ice') {
      this.errors++;
      if (d.isLint) this.lintErrors++;
    }
    else if (d.level === 'warning') this.warnings++;
    if (d.code && !d.isLint) this.codes.add(d.code);
    d = withMacroBacktrace(d, this.sourceMap);
    this.emitted.push(d);
    this.opts.write(this.opts.emitter(d, this.sourceMap));
  }

  get errorCount(): number {
    return this.errors;
  }

  /** Errors that are not denied lints: what taints a body (a lint never does). */
  get nonLintErrorCount(): number {
    return this.errors - this.lintErrors;
  }

  hasErrors(): boolean {
    return this.errors > 0;
  }

  /** Errors other than denied lints: later analyses (dead code, late lints) are skipped after them. */
  hasErrorsExcludingLints(): boolean {
    return this.errors > this.lintErrors;
  }

  /** Stop the pipeline if any error was reported so far (rustc's `abort_if_errors`). */
  abortIfErrors(): void {
    if (this.errors > 0) throw new FatalError();
  }

  /** Lines rustc prints at the end of a failed compilation. */
  summary(): string {
    if (this.errors === 0) {
      if (this.warnings === 0) return '';
      const text = `${this.warnings} warning${this.warnings === 1 ? '' : 's'} emitted`;
      return this.opts.summaryStyle === 'human'
        ? `warning: ${text}\n\n`
        : this.opts.emitter({ level: 'warning', code: null, message: text, spans: [], children: [] }, this.sourceMap);
    }
    let out = '';
    const w = this.warnings > 0 ? `; ${this.warnings} warning${this.warnings === 1 ? '' : 's'} emitted` : '';
    const abort = `aborting due to ${this.errors === 1 ? '1 previous error' : `${this.errors} previous errors`}${w}`;
    out += this.opts.emitter({ level: 'error', code: null, message: abort, spans: [], children: [] }, this.sourceMap);
    const codes = [...this.codes].sort();
    if (codes.length > 0 && this.opts.summaryStyle === 'json') {
      // rustc's JSON output carries the --explain hints as `failure-note` diagnostics.
      const note = (message: string): string =>
        this.opts.emitter({ level: 'failure-note', code: null, message, spans: [], children: [] }, this.sourceMap);
      if (codes.length === 1) {
        out += note(`For more information about this error, try \`${this.opts.explainCommand} ${codes[0]}\`.`);
      } else {
        out += note(`Some errors have detailed explanations: ${codes.join(', ')}.`);
        out += note(`For more information about an error, try \`${this.opts.explainCommand} ${codes[0]}\`.`);
      }
    }
    if (codes.length > 0 && this.opts.summaryStyle === 'human') {
      if (codes.length === 1) {
        out += `For more information about this error, try \`${this.opts.explainCommand} ${codes[0]}\`.\n`;
      } else {
        out += `Some errors have detailed explanations: ${codes.join(', ')}.\n`;
        out += `For more information about an error, try \`${this.opts.explainCommand} ${codes[0]}\`.\n`;
      }
    }
    return out;
  }
}
