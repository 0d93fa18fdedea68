import type { Diagnostic, SpanLabel, SubDiagnostic } from './diagnostic.ts';
import type { ExpansionInfo, SourceMap } from './source-map.ts';
import type { Span } from './span.ts';

// What rustc's emitter adds to a diagnostic whose spans come out of macro expansions
// (without -Z macro-backtrace): spans inside another crate's macro move to the call site,
// the outermost invocation gets an "in this macro invocation" label, and a note names the
// macro the error originates in.

/** The expansions `sp` descends from, innermost first. */
function backtrace(sm: SourceMap, sp: Span): ExpansionInfo[] {
  const out: ExpansionInfo[] = [];
  for (let c = sp.ctxt, n = 0; c !== 0 && n < 512; n++) {
    const e = sm.expansions.get(c);
    if (!e) break;
    out.push(e);
    c = e.callSite.ctxt;
  }
  return out;
}

function contains(a: Span, b: Span): boolean {
  return a.lo <= b.lo && b.hi <= a.hi;
}

/** Spans written inside another crate's macro point at the outermost call instead. */
function fixExtern(sm: SourceMap, labels: readonly SpanLabel[]): SpanLabel[] {
  return labels.map((l) => {
    const bt = backtrace(sm, l.span);
    if (bt.length === 0 || !bt.some((e) => e.external)) return l;
    return { ...l, span: bt[bt.length - 1]!.callSite };
  });
}

function addInvocationLabels(sm: SourceMap, labels: SpanLabel[]): SpanLabel[] {
  const out = [...labels];
  const primaries = labels.filter((l) => l.primary).map((l) => l.span);
  for (const l of labels) {
    const bt = backtrace(sm, l.span);
    if (bt.length === 0) continue;
    const site = bt[bt.length - 1]!.callSite;
    if (primaries.some((p) => contains(p, site))) continue;
    if (out.some((x) => x.span.lo === site.lo && x.span.hi === site.hi && x.label === 'in this macro invocation')) continue;
    out.push({ span: site, label: 'in this macro invocation', primary: false });
  }
  return out;
}

export function withMacroBacktrace(d: Diagnostic, sm: SourceMap): Diagnostic {
  if (sm.expansions.size === 0) return d;
  const primaries = [...d.spans.filter((l) => l.primary), ...d.children.flatMap((c) => c.spans.filter((l) => l.primary))];
  const traces = primaries.flatMap((l) => backtrace(sm, l.span));
  if (traces.length === 0) return d;
  const spans = addInvocationLabels(sm, fixExtern(sm, d.spans));
  const children: SubDiagnostic[] = d.children.map((c) => (c.spans.length === 0 ? c : { ...c, spans: addInvocationLabels(sm, fixExtern(sm, c.spans)) }));
  const first = traces[0]!;
  const last = traces[traces.length - 1]!;
  const level = d.level === 'warning' ? 'warning' : 'error';
  const comes = last.name !== first.name ? ` which comes from the expansion of the macro \`${last.name}\`` : '';
  const msg = `this ${level} originates in the macro \`${first.name}\`${comes} (in Nightly builds, run with -Z macro-backtrace for more info)`;
  if (!children.some((c) => c.message === msg || c.message.startsWith(`this ${level} originates in the macro`))) children.push({ level: 'note', message: msg, spans: [] });
  return { ...d, spans, children };
}
