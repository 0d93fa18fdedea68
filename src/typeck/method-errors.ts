// Errors of method lookup in rustc's words: E0599 (with "items from traits can only be used
// if the trait is in scope" and the `use` to add when a trait not in scope has the method)
// and E0689 (a method on a numeric literal whose type is not known yet).
import type { SubDiagnostic, Suggestion } from '../diagnostics/diagnostic.ts';
import type { DiagBuilder } from '../diagnostics/diagnostic.ts';
import type { Span } from '../diagnostics/span.ts';
import type { Expr } from '../hir/expr.ts';
import type { HirId } from '../hir/ids.ts';
import { defCrate, isLocal, LOCAL_CRATE, type DefId } from '../ty/def-id.ts';
import { mkTy, tyKind } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { probeOutOfScope } from './method-probe.ts';
import { reportNoMethodOnParam } from './param-errors.ts';

/** The traits in scope at a method call's or type-relative path's segment. */
export function traitsInScopeAt(fcx: FnCtxt, segId: HirId): readonly DefId[] {
  // Nodes the lowering made up have no entry: every trait may apply to them.
  return fcx.tcx.hir.traitMap.get(segId)?.traits ?? fcx.tcx.traitsWithImpls();
}

/** E0599 for `receiver.name(..)`, or E0689 when the receiver is a literal of unknown numeric type. */
export function reportNoMethod(fcx: FnCtxt, rty: Ty, name: string, span: Span, receiver: Expr, segId: HirId): void {
  const t = fcx.resolve(rty);
  const k = tyKind(t);
  if (k.tag === 'Infer' && k.kind !== 'ty' && someTypeHasItem(fcx, name)) {
    reportAmbiguousNumeric(fcx, t, name, span, receiver);
    return;
  }
  if (k.tag === 'Param') {
    reportNoMethodOnParam(fcx, t, name, span);
    return;
  }
  let what: string;
  if (k.tag === 'Adt') what = `${fcx.tcx.adtDef(k.def).kind} \`${fcx.tyStr(t)}\``;
  else if (k.tag === 'Ref') what = `reference \`${fcx.tyStr(t)}\``;
  else if (k.tag === 'RawPtr') what = `raw pointer \`${fcx.tyStr(t)}\``;
  else if (k.tag === 'Closure') what = `closure \`${fcx.tyStr(t)}\``;
  else what = `type \`${fcx.tyStr(t)}\``;
  const d = fcx.err(`no method named \`${name}\` found for ${what} in the current scope`, 'E0599');
  if (k.tag === 'Adt' && isLocal(k.def)) d.label(fcx.tcx.defSpan(k.def), `method \`${name}\` not found for this ${fcx.tcx.adtDef(k.def).kind}`);
  const out = probeOutOfScope(fcx, t, name, traitsInScopeAt(fcx, segId));
  if (out.traits.length === 1 && out.atReceiver) {
    const item = fcx.tcx.assocItemNamed(out.traits[0]!, name);
    if (item !== null && isLocal(item)) d.label(fcx.tcx.identSpan(item), `the method is available for \`${fcx.tyStr(t)}\` here`);
  }
  d.primary(span, `method not found in \`${fcx.tyStr(t)}\``);
  emitWithImportHelp(fcx, d, name, out.traits, segId);
}

/**
 * Emits `d` with rustc's help when traits not in scope provide `name`: the plain help, then
 * one `use` suggestion per trait (sorted by path) at the module's import position.
 */
export function emitWithImportHelp(fcx: FnCtxt, d: DiagBuilder, name: string, traits: readonly DefId[], segId: HirId): void {
  if (traits.length === 0) {
    d.emit();
    return;
  }
  const tcx = fcx.tcx;
  d.help('items from traits can only be used if the trait is in scope');
  const built = d.build();
  const scope = tcx.hir.traitMap.get(segId);
  const at = scope ? tcx.hir.useInjections.get(scope.module) : undefined;
  const paths = traits.map((tr) => importPath(fcx, tr)).sort();
  const msg = traits.length === 1
    ? `trait \`${tcx.defName(traits[0]!)}\` which provides \`${name}\` is implemented but not in scope; perhaps you want to import it`
    : `the following traits which provide \`${name}\` are implemented but not in scope; perhaps you want to import one of them`;
  const suggestions: Suggestion[] = at
    ? paths.map((p) => ({ span: at, replacement: `use ${p};\n`, applicability: 'MaybeIncorrect', style: 'verbose' }))
    : [];
  const help: SubDiagnostic = { level: 'help', message: msg, spans: [], suggestions };
  fcx.dcx.emit({ ...built, children: [...built.children, help] });
}

/** The path a `use` names a trait by: `crate::` for this crate's (2018+), std's for core's and alloc's. */
function importPath(fcx: FnCtxt, trait: DefId): string {
  const tcx = fcx.tcx;
  const segs = tcx.defPath(trait);
  if (defCrate(trait) === LOCAL_CRATE) {
    const rest = segs.slice(1);
    return fcx.tcx.sess.edition === '2015' ? rest.join('::') : ['crate', ...rest].join('::');
  }
  // std re-exports core's and alloc's public modules under the same paths.
  const krate = segs[0];
  const hasStd = tcx.allProviders().some((p) => p.name === 'std');
  if ((krate === 'core' || krate === 'alloc') && hasStd && tcx.localCrateName !== 'std') return ['std', ...segs.slice(1)].join('::');
  return segs.join('::');
}

/**
 * rustc reports E0689 only when the method exists somewhere: in a trait, or inherent on
 * some integer or float type (`pow`, `sqrt`); otherwise it is a plain E0599.
 */
function someTypeHasItem(fcx: FnCtxt, name: string): boolean {
  const tcx = fcx.tcx;
  if (tcx.traitsWithImpls().some((t) => tcx.assocItemNamed(t, name) !== null)) return true;
  const ints = ['isize', 'i8', 'i16', 'i32', 'i64', 'i128'] as const;
  const uints = ['usize', 'u8', 'u16', 'u32', 'u64', 'u128'] as const;
  const floats = ['f32', 'f64'] as const;
  const numeric = [
    ...ints.map((int) => mkTy({ tag: 'Int', int })),
    ...uints.map((uint) => mkTy({ tag: 'Uint', uint })),
    ...floats.map((float) => mkTy({ tag: 'Float', float })),
  ];
  return numeric.some((t) => tcx.inherentImplsFor(t).some((impl) => tcx.assocItemNamed(impl, name) !== null));
}

/**
 * E0689 worded like rustc: on a literal, "you must specify a concrete type for this numeric
 * value" (`2_i32`); on a `let` binding, "you must specify a type for this binding" (`x: i32`).
 */
function reportAmbiguousNumeric(fcx: FnCtxt, t: Ty, name: string, span: Span, receiver: Expr): void {
  const k = tyKind(t);
  const concrete = k.tag === 'Infer' && k.kind === 'float' ? 'f32' : 'i32';
  const d = fcx.err(`can't call method \`${name}\` on ambiguous numeric type \`${fcx.tyStr(t)}\``, 'E0689').primary(span);
  const sm = fcx.tcx.sess.sourceMap;
  const rk = receiver.kind;
  if (rk.tag === 'Lit') {
    const lit = rk.lit.span;
    const snippet = sm.snippet(lit).replace(/\.$/, '');
    d.help(`you must specify a concrete type for this numeric value, like \`${concrete}\``, undefined, [
      { span: lit, replacement: `${snippet}_${concrete}`, applicability: 'MaybeIncorrect', style: 'verbose' },
    ]);
  } else if (rk.tag === 'Path' && rk.qpath.tag === 'Resolved' && rk.qpath.path.res.tag === 'Local') {
    const id = rk.qpath.path.res.id;
    const at = fcx.bindingSpans.get(id);
    const origin = fcx.localOrigins.get(id);
    const msg = `you must specify a type for this binding, like \`${concrete}\``;
    if (at && origin) {
      const to = origin.tySpan ?? at;
      const sp = { lo: at.lo, hi: Math.max(at.hi, to.hi), ctxt: at.ctxt };
      d.help(msg, undefined, [{ span: sp, replacement: `${sm.snippet(at)}: ${concrete}`, applicability: 'MaybeIncorrect', style: 'verbose' }]);
    } else if (at) {
      d.label(at, msg);
    }
  }
  d.emit();
}
