// Dyn compatibility (object safety): whether `dyn Trait` can exist, i.e. whether every method
// can be called through a vtable. Violations are reported once per written type (E0038),
// with rustc's "...because" labels on the trait.
import type { SpanLabel, SubDiagnostic } from '../diagnostics/diagnostic.ts';
import type { Span } from '../diagnostics/span.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import type { HirGenericArgs } from '../hir/path.ts';
import type { HirTy } from '../hir/types.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import { SELF_PARAM } from './astconv.ts';
import { predicatesOf, supertraitsOf } from './predicates.ts';

interface Violation {
  readonly label: string;
  readonly span: Span | null;
  /** The method to move out (a `help: consider moving` line), or null. */
  readonly method: string | null;
  /** An associated fn without receiver: rustc's two suggestions (add `&self`, or `where Self: Sized`). */
  readonly noSelf?: { readonly name: string; readonly selfAt: Span; readonly selfText: string; readonly whereAt: Span } | null;
}

const reported = new WeakMap<TcxImpl, Set<string>>();

/** Whether `ty` mentions `Self` (the trait's parameter 0) anywhere. */
export function mentionsSelf(ty: Ty): boolean {
  if (ty === SELF_PARAM) return true;
  const k = tyKind(ty);
  switch (k.tag) {
    case 'Ref': case 'RawPtr': return mentionsSelf(k.pointee);
    case 'Array': case 'Slice': return mentionsSelf(k.elem);
    case 'Tuple': return k.elems.some(mentionsSelf);
    // `Self::Item` (a projection on `Self`) is allowed: the object type binds it.
    case 'Alias': return k.args.slice(1).some((a) => a.tag === 'Type' && mentionsSelf(a.ty));
    case 'Adt': case 'FnDef': return k.args.some((a) => a.tag === 'Type' && mentionsSelf(a.ty));
    case 'FnPtr': return k.sig.inputs.some(mentionsSelf) || mentionsSelf(k.sig.output);
    case 'Dynamic': return (k.principal?.args ?? []).some((a) => a.tag === 'Type' && mentionsSelf(a.ty));
    default: return false;
  }
}

/**
 * Whether a written type mentions `Self` (a local trait's signatures are read from the HIR:
 * converting them would ask for the signature being computed when it names `dyn Trait`).
 */
function hirMentionsSelf(t: HirTy): boolean {
  const k = t.kind;
  const inArgs = (args: HirGenericArgs | null): boolean =>
    (args?.args ?? []).some((a) => a.tag === 'Type' && hirMentionsSelf(a.ty)) || (args?.constraints ?? []).some((c) => hirMentionsSelf(c.ty));
  switch (k.tag) {
    case 'Slice': case 'Array': return hirMentionsSelf(k.elem);
    case 'Ptr': case 'Ref': return hirMentionsSelf(k.pointee);
    case 'Tup': return k.elems.some(hirMentionsSelf);
    case 'BareFn': return k.fn.inputs.some(hirMentionsSelf) || (k.fn.output !== null && hirMentionsSelf(k.fn.output));
    case 'TraitObject': return k.bounds.some((b) => b.segments.some((s) => inArgs(s.args)));
    case 'Path': {
      const q = k.qpath;
      // `Self::Item` projects out of `Self`: the object type binds it.
      if (q.tag === 'TypeRelative') return false;
      if (q.qself !== null) return false;
      if (q.path.res.tag === 'SelfTyParam') return true;
      return q.path.segments.some((s) => inArgs(s.args));
    }
    default: return false;
  }
}

/** `where Self: Sized` among a method's own predicates: the method is not part of the vtable. */
export function requiresSelfSized(tcx: TcxImpl, method: DefId): boolean {
  const sized = tcx.langItem('sized');
  if (sized === null) return false;
  const parent = tcx.parent(method);
  const inherited = parent === null ? 0 : predicatesOf(tcx, parent).length;
  return predicatesOf(tcx, method).slice(inherited).some((p) => p.self === SELF_PARAM && p.trait === sized);
}

/** Whether a trait method goes into vtables (it has a receiver and no `where Self: Sized`). */
export function isVtableMethod(tcx: TcxImpl, method: DefId): boolean {
  return tcx.defKind(method) === 'AssocFn' && tcx.implicitSelf(method) !== 'none' && !requiresSelfSized(tcx, method);
}

function violationsOf(tcx: TcxImpl, trait: DefId, seen: Set<DefId>): Violation[] {
  if (seen.has(trait)) return [];
  seen.add(trait);
  const out: Violation[] = [];
  const sized = tcx.langItem('sized');
  if (sized !== null && supertraitsOf(tcx, trait).includes(sized)) {
    const p = predicatesOf(tcx, trait).find((q) => q.self === SELF_PARAM && q.trait === sized);
    out.push({ label: '...because it requires `Self: Sized`', span: p?.span ?? null, method: null });
  }
  for (const item of tcx.assocItems(trait)) {
    if (tcx.defKind(item) !== 'AssocFn' || requiresSelfSized(tcx, item)) continue;
    const name = tcx.defName(item);
    const hirItem = isLocal(item) ? tcx.hir.items.get(item) : undefined;
    const decl = hirItem?.kind.tag === 'Fn' ? hirItem.kind.sig.decl : null;
    if (tcx.implicitSelf(item) === 'none') {
      out.push({ label: `...because associated function \`${name}\` has no \`self\` parameter`, span: tcx.identSpan(item), method: null, noSelf: noSelfFix(tcx, item, name) });
      continue;
    }
    const inputs = decl !== null ? decl.inputs.slice(1).map(hirMentionsSelf) : tcx.fnSig(item).inputs.slice(1).map(mentionsSelf);
    inputs.forEach((m, i) => {
      if (m) out.push({ label: `...because method \`${name}\` references the \`Self\` type in this parameter`, span: decl?.inputs[i + 1]?.span ?? null, method: name });
    });
    const outMentions = decl !== null ? decl.output !== null && hirMentionsSelf(decl.output) : mentionsSelf(tcx.fnSig(item).output);
    if (outMentions) {
      out.push({ label: `...because method \`${name}\` references the \`Self\` type in its return type`, span: decl?.output?.span ?? null, method: name });
    }
    const g = tcx.genericsOf(item);
    if (g.own.length > 0) {
      out.push({ label: `...because method \`${name}\` has generic type parameters`, span: tcx.identSpan(item), method: name });
    }
  }
  for (const s of supertraitsOf(tcx, trait)) if (s !== sized) out.push(...violationsOf(tcx, s, seen));
  return out;
}

/** Where `&self` and `where Self: Sized` would go in an associated fn's signature. */
function noSelfFix(tcx: TcxImpl, item: DefId, name: string): Violation['noSelf'] {
  const hirItem = isLocal(item) ? tcx.hir.items.get(item) : undefined;
  if (!hirItem || hirItem.kind.tag !== 'Fn') return null;
  const decl = hirItem.kind.sig.decl;
  const hg = tcx.hir.generics.get(item);
  const ident = tcx.identSpan(item);
  const afterGenerics = hg && hg.params.length > 0 ? hg.span.hi : ident.hi;
  const first = decl.inputs[0];
  const selfAt = first ? { lo: first.span.lo, hi: first.span.lo, ctxt: ident.ctxt } : { lo: afterGenerics + 1, hi: afterGenerics + 1, ctxt: ident.ctxt };
  const end = decl.output ? decl.output.span.hi : (decl.inputs.length > 0 ? decl.inputs[decl.inputs.length - 1]!.span.hi + 1 : afterGenerics + 2);
  return { name, selfAt, selfText: first ? '&self, ' : '&self', whereAt: { lo: end, hi: end, ctxt: ident.ctxt } };
}

/** E0038 when `trait` is not dyn compatible; reported once per span. */
export function checkDynCompatible(tcx: TcxImpl, trait: DefId, span: Span): boolean {
  const violations = violationsOf(tcx, trait, new Set());
  if (violations.length === 0) return true;
  let done = reported.get(tcx);
  if (!done) reported.set(tcx, (done = new Set()));
  const key = `${span.lo}:${span.hi}`;
  if (done.has(key)) return false;
  done.add(key);
  const name = tcx.defName(trait);
  const d = tcx.sess.dcx.err(`the trait \`${name}\` is not dyn compatible`, 'E0038').primary(span, `\`${name}\` is not dyn compatible`);
  const built = d.build();
  const spans: SpanLabel[] = [];
  if (isLocal(trait)) spans.push({ span: tcx.identSpan(trait), label: 'this trait is not dyn compatible...', primary: false });
  for (const v of violations) if (v.span !== null) spans.push({ span: v.span, label: v.label, primary: true });
  const children: SubDiagnostic[] = [{
    level: 'note',
    message: 'for a trait to be dyn compatible it needs to allow building a vtable\nfor more information, visit <https://doc.rust-lang.org/reference/items/traits.html#dyn-compatibility>',
    spans,
  }];
  const moved = new Set<string>();
  for (const v of violations) {
    if (v.method === null || moved.has(v.method)) continue;
    moved.add(v.method);
    children.push({ level: 'help', message: `consider moving \`${v.method}\` to another trait`, spans: [] });
  }
  for (const v of violations) {
    const f = v.noSelf;
    if (!f) continue;
    children.push({
      level: 'help',
      message: `consider turning \`${f.name}\` into a method by giving it a \`&self\` argument`,
      spans: [],
      suggestions: [{ span: f.selfAt, replacement: f.selfText, applicability: 'MaybeIncorrect', style: 'verbose' }],
    });
    children.push({
      level: 'help',
      message: `alternatively, consider constraining \`${f.name}\` so it does not apply to trait objects`,
      spans: [],
      suggestions: [{ span: f.whereAt, replacement: ' where Self: Sized', applicability: 'MaybeIncorrect', style: 'verbose' }],
    });
  }
  tcx.sess.dcx.emit({ ...built, children: [...built.children, ...children] });
  return false;
}
