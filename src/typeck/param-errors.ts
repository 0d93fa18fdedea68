// rustc's wording for errors about type parameters: a method missing on `T` (E0599 with the
// "restrict type parameter" suggestion) and unsatisfied bounds of a generic call (E0277).
import type { Span } from '../diagnostics/span.ts';
import type { Expr } from '../hir/expr.ts';
import { paramDefOf } from '../middle/generics.ts';
import type { DefId } from '../ty/def-id.ts';
import { isLocal } from '../ty/def-id.ts';
import { tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import type { Obligation } from './instantiate.ts';
import type { SubDiagnostic } from '../diagnostics/diagnostic.ts';

/** E0599 `no method named .. found for type parameter `T``. */
export function reportNoMethodOnParam(fcx: FnCtxt, t: Ty, name: string, span: Span): void {
  const tcx = fcx.tcx;
  const k = tyKind(t);
  if (k.tag !== 'Param') return;
  const d = fcx.err(`no method named \`${name}\` found for type parameter \`${k.name}\` in the current scope`, 'E0599');
  const pdef = paramDefOf(tcx, fcx.owner, k.index);
  if (pdef !== null && isLocal(pdef)) d.label(tcx.identSpan(pdef), `method \`${name}\` not found for this type parameter`);
  d.primary(span, `method not found in \`${k.name}\``);
  const traits: DefId[] = [];
  for (const item of tcx.hir.items.values()) {
    if (item.kind.tag === 'Trait' && tcx.assocItemNamed(item.def, name) !== null) traits.push(item.def);
  }
  if (traits.length > 0) {
    d.help('items from traits can only be used if the type parameter is bounded by the trait');
    if (pdef !== null && isLocal(pdef)) {
      const owner = tcx.parent(pdef);
      const hg = owner !== null ? tcx.hir.generics.get(owner) : undefined;
      const p = hg?.params.find((x) => x.def === pdef);
      const bounded = hg?.predicates.some((w) => w.span.lo === p?.span.lo) ?? false;
      const at = bounded && p ? p.span : tcx.identSpan(pdef);
      const ins = { lo: at.hi, hi: at.hi, ctxt: at.ctxt };
      const one = traits.length === 1;
      const msg = one
        ? `the following trait defines an item \`${name}\`, perhaps you need to restrict type parameter \`${k.name}\` with it:`
        : `the following traits define an item \`${name}\`, perhaps you need to restrict type parameter \`${k.name}\` with one of them:`;
      d.help(msg, undefined, traits.map((tr) => ({
        span: ins,
        replacement: `${bounded ? ' + ' : ': '}${tcx.defName(tr)}`,
        applicability: 'MaybeIncorrect' as const,
        style: 'verbose' as const,
      })));
    }
  }
  d.emit();
}

/** Argument spans of the call whose callee path instantiated an obligation. */
export interface CallOfPath {
  readonly callee: Span;
  readonly args: readonly Expr[];
  readonly call: Span;
}

/**
 * E0283: a binding whose type only an unresolved bound constrains (`let x = make();` with
 * `fn make<T: Tr>() -> T`), worded like rustc.
 */
export function reportAmbiguousBinding(fcx: FnCtxt, o: Obligation, binding: Span, name: string): void {
  const tcx = fcx.tcx;
  const traitName = tcx.defName(o.trait);
  const d = fcx.err('type annotations needed', 'E0283').primary(binding);
  const call = o.pathId !== null ? fcx.callsOfPath.get(o.pathId) : undefined;
  d.label(call ? call.call : o.span, 'type must be known at this point');
  d.note(`cannot satisfy \`_: ${traitName}\``);
  const built = d.build();
  const children: SubDiagnostic[] = [...built.children];
  const impls = tcx.traitImpls(o.trait);
  if (impls.length === 1) {
    const i = impls[0]!;
    children.push({
      level: 'help',
      message: `the trait \`${traitName}\` is implemented for \`${tcx.tyString(tcx.typeOf(i))}\``,
      spans: isLocal(i) ? [{ span: implHeadSpan(fcx, i), label: null, primary: true }] : [],
    });
  }
  const itemName = tcx.defName(o.item);
  children.push({ level: 'note', message: `required by a bound in \`${itemName}\``, spans: [{ span: o.boundSpan, label: `required by this bound in \`${itemName}\``, primary: true }] });
  const at = { lo: binding.hi, hi: binding.hi, ctxt: binding.ctxt };
  children.push({ level: 'help', message: `consider giving \`${name}\` an explicit type`, spans: [], suggestions: [{ span: at, replacement: ': /* Type */', applicability: 'HasPlaceholders', style: 'verbose' }] });
  fcx.dcx.emit({ ...built, children });
}

/** E0277 for a bound of a generic item that the instantiated type does not satisfy. */
export function reportUnsatisfied(fcx: FnCtxt, o: Obligation, root: Ty, call: CallOfPath | null): void {
  const tcx = fcx.tcx;
  const traitName = tcx.defName(o.trait);
  // Like rustc, report the leaf obligation: `&Point: Display` fails because the blanket
  // `impl<T: Display + ?Sized> Display for &T` needs `Point: Display`.
  const via: Ty[] = [];
  let self = root;
  for (let k = tyKind(self); k.tag === 'Ref' && hasRefBlanketImpl(fcx, o.trait, k.mutbl); k = tyKind(self)) {
    via.push(self);
    self = k.pointee;
  }
  const ts = fcx.tyStr(self);
  // A trait's #[rustc_on_unimplemented] words the error its own way (`{Self}` is the type).
  const ou = tcx.onUnimplemented(o.trait);
  const fill = (t: string): string => t.replace(/\{Self\}/g, ts).replace(/\{\{/g, '{').replace(/\}\}/g, '}');
  const message = ou?.message ? fill(ou.message) : `the trait bound \`${ts}: ${traitName}\` is not satisfied`;
  const d = fcx.err(message, 'E0277');
  for (const n of ou?.notes ?? []) d.note(fill(n));
  const argIdx = call ? argMentioning(fcx, o, call.args.length) : -1;
  if (call && argIdx >= 0) {
    d.primary(call.args[argIdx]!.span, ou?.label ? fill(ou.label) : 'unsatisfied trait bound');
    // format_args! calls `rt::Argument` constructors spanned as their placeholder.
    d.label(call.callee, isFormatArgument(fcx, o.item) ? 'required by this formatting parameter' : 'required by a bound introduced by this call');
  } else {
    d.primary(o.span, `the trait \`${traitName}\` is not implemented for \`${ts}\``);
  }
  for (const t of via.reverse()) d.note(`required for \`${fcx.tyStr(t)}\` to implement \`${traitName}\``);
  const built = d.build();
  const children: SubDiagnostic[] = [...built.children];
  const k = tyKind(self);
  if (argIdx >= 0) {
    const msg = `the trait \`${traitName}\` is not implemented for \`${ts}\``;
    const adtSpan = k.tag === 'Adt' && isLocal(k.def) ? tcx.defSpan(k.def) : null;
    children.push({ level: 'help', message: msg, spans: adtSpan ? [{ span: adtSpan, label: null, primary: true }] : [] });
    const impls = tcx.traitImpls(o.trait);
    if (impls.length === 1) {
      const i = impls[0]!;
      children.push({
        level: 'help',
        message: `the trait \`${traitName}\` is implemented for \`${tcx.tyString(tcx.typeOf(i))}\``,
        spans: isLocal(i) ? [{ span: implHeadSpan(fcx, i), label: null, primary: true }] : [],
      });
    }
  }
  const itemName = tcx.defName(o.item);
  children.push({ level: 'note', message: `required by a bound in \`${itemName}\``, spans: [{ span: o.boundSpan, label: `required by this bound in \`${itemName}\``, primary: true }] });
  fcx.dcx.emit({ ...built, children });
}

/** Whether the trait has `impl<T: Trait> Trait for &T` (or `&mut T`). */
function hasRefBlanketImpl(fcx: FnCtxt, trait: DefId, mutbl: 'not' | 'mut'): boolean {
  return fcx.tcx.traitImpls(trait).some((i) => {
    const k = tyKind(fcx.tcx.typeOf(i));
    return k.tag === 'Ref' && k.mutbl === mutbl && tyKind(k.pointee).tag === 'Param';
  });
}

/** Whether `item` is an associated fn of `core::fmt::rt::Argument` (lang `format_argument`). */
function isFormatArgument(fcx: FnCtxt, item: DefId): boolean {
  const arg = fcx.tcx.langItem('format_argument');
  if (arg === null) return false;
  const impl = fcx.tcx.parent(item);
  if (impl === null || fcx.tcx.defKind(impl) !== 'Impl') return false;
  const k = tyKind(fcx.tcx.typeOf(impl));
  return k.tag === 'Adt' && k.def === arg;
}

/** The first parameter of the item's signature whose type mentions the obligation's parameter. */
export function argMentioning(fcx: FnCtxt, o: Pick<Obligation, 'item' | 'paramTy'>, nargs: number): number {
  const kind = fcx.tcx.defKind(o.item);
  if (kind !== 'Fn' && kind !== 'AssocFn') return -1;
  const inputs = fcx.tcx.fnSig(o.item).inputs;
  for (let i = 0; i < inputs.length && i < nargs; i++) if (mentions(inputs[i]!, o.paramTy)) return i;
  return -1;
}

function mentions(t: Ty, p: Ty): boolean {
  if (t === p) return true;
  const k = tyKind(t);
  switch (k.tag) {
    case 'Tuple': return k.elems.some((e) => mentions(e, p));
    case 'Array': case 'Slice': return mentions(k.elem, p);
    case 'Ref': case 'RawPtr': return mentions(k.pointee, p);
    case 'Adt': return k.args.some((a) => a.tag === 'Type' && mentions(a.ty, p));
    default: return false;
  }
}

/** `impl Trait for Type` without the body (rustc's impl header span). */
export function implHeadSpan(fcx: FnCtxt, impl: DefId): Span {
  const item = fcx.tcx.hir.items.get(impl);
  const sp = fcx.tcx.defSpan(impl);
  if (!item || item.kind.tag !== 'Impl') return sp;
  return { lo: sp.lo, hi: item.kind.selfTy.span.hi, ctxt: sp.ctxt };
}
