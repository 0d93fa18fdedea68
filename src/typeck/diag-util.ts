import type { DiagBuilder, SpanLabel } from '../diagnostics/diagnostic.ts';
import type { DiagCtxt } from '../diagnostics/handler.ts';
import type { Span } from '../diagnostics/span.ts';

/** A note with several spans (rustc's `span_note` with a MultiSpan). */
export interface MultiNote {
  readonly message: string;
  readonly primary: Span;
  readonly labels: readonly { readonly span: Span; readonly label: string | null }[];
}

/** Emits `d` with extra multi-span notes (DiagBuilder's `note` takes one span). */
export function emitWithNotes(dcx: DiagCtxt, d: DiagBuilder, notes: readonly MultiNote[]): void {
  const built = d.build();
  const extra = notes.map((n) => {
    const spans: SpanLabel[] = [{ span: n.primary, label: null, primary: true }, ...n.labels.map((l) => ({ span: l.span, label: l.label, primary: false }))];
    return { level: 'note' as const, message: n.message, spans };
  });
  dcx.emit({ ...built, children: [...built.children, ...extra] });
}

/** "a" or "an" before a type name, as rustc words numeric conversion hints. */
export function article(word: string): string {
  return /^[aeiouf]/.test(word) && !word.startsWith('u') ? 'an' : 'a';
}
