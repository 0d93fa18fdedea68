// E0107, wrong number of generic arguments, in rustc's words and layout: at the path
// segment, with a removal help for extra arguments, the supplied ones labelled and the
// missing ones suggested, and a note at the definition listing its parameters.
import type { SubDiagnostic } from '../diagnostics/diagnostic.ts';
import type { Span } from '../diagnostics/span.ts';
import type { HirGenericArg, PathSegment } from '../hir/path.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';
import { slotArgs } from './generic-args.ts';

function plural(n: number, w: string): string {
  return `${n} ${w}${n === 1 ? '' : 's'}`;
}

export function argSpan(a: HirGenericArg): Span {
  return a.tag === 'Type' ? a.ty.span : a.tag === 'Const' ? a.value.span : a.span;
}

/**
 * `kind` names the item (`struct`, `function`, `method`); `seg` is the path segment that
 * carries the arguments; `missing`: no arguments at all in a type ("missing generics").
 */
export function reportArgCount(tcx: TcxImpl, def: DefId, kind: string, seg: PathSegment, span: Span): void {
  const g = tcx.genericsOf(def);
  const params = g.own.filter((p) => p.def !== null);
  const names = params.map((p) => p.name);
  const want = params.length;
  const given = slotArgs(seg.args);
  const name = tcx.defName(def);
  const segSpan = seg.ident.span.hi > seg.ident.span.lo ? seg.ident.span : span;
  const d = given.length === 0
    ? tcx.sess.dcx.err(`missing generics for ${kind} \`${name}\``, 'E0107')
    : tcx.sess.dcx.err(`${kind} takes ${plural(want, 'generic argument')} but ${plural(given.length, 'generic argument')} ${given.length === 1 ? 'was' : 'were'} supplied`, 'E0107');
  d.primary(segSpan, `expected ${plural(want, 'generic argument')}`);
  if (given.length > want && want > 0) {
    // From the end of the last kept argument to the end of the last one.
    const from = argSpan(given[want - 1]!).hi;
    const to = argSpan(given[given.length - 1]!).hi;
    const extra = given.length - want;
    d.help(`remove the unnecessary generic argument${extra === 1 ? '' : 's'}`, undefined, [{ span: { lo: from, hi: to, ctxt: segSpan.ctxt }, replacement: '', applicability: 'MaybeIncorrect', style: 'showCode' }]);
  } else if (given.length > 0 && given.length < want) {
    d.label({ lo: argSpan(given[0]!).lo, hi: argSpan(given[given.length - 1]!).hi, ctxt: segSpan.ctxt }, `supplied ${plural(given.length, 'generic argument')}`);
  }
  const built = d.build();
  const paramSpans = params.filter((p) => isLocal(p.def!)).map((p) => ({ span: tcx.defSpan(p.def!), label: '', primary: false }));
  const children: SubDiagnostic[] = [...built.children, {
    level: 'note',
    message: `${kind} defined here, with ${plural(want, 'generic parameter')}: ${names.map((n) => `\`${n}\``).join(', ')}`,
    spans: [{ span: tcx.identSpan(def), label: null, primary: true }, ...paramSpans],
  }];
  if (given.length < want) {
    const missing = names.slice(given.length);
    const at = given.length === 0 ? segSpan.hi : argSpan(given[given.length - 1]!).hi;
    const replacement = given.length === 0 ? `<${missing.join(', ')}>` : `, ${missing.join(', ')}`;
    children.push({
      level: 'help',
      message: `add missing generic argument${missing.length === 1 ? '' : 's'}`,
      spans: [],
      suggestions: [{ span: { lo: at, hi: at, ctxt: segSpan.ctxt }, replacement, applicability: 'HasPlaceholders', style: 'verbose' }],
    });
  }
  tcx.sess.dcx.emit({ ...built, children });
}
