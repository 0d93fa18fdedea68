import { mkTy, tyKind, tys } from '../ty/interner.ts';
import { span as mkSpan, type Span } from '../diagnostics/span.ts';
import type { HirFnSig } from '../hir/item.ts';
import type { HirTy } from '../hir/types.ts';
import type { TcxImpl } from '../middle/tcx.ts';
import { isLocal, type DefId } from '../ty/def-id.ts';
import type { FnSig, Ty } from '../ty/ty.ts';
import { tyToString } from './ty-print.ts';
import { substSig } from './subst.ts';
import { identityArgs } from '../middle/generics.ts';
import { normalizeTy } from '../middle/normalize.ts';

function plural(n: number, w: string): string {
  return `${n} ${w}${n === 1 ? '' : 's'}`;
}

function headSpan(tcx: TcxImpl, sp: Span): Span {
  const text = tcx.sess.sourceMap.snippet(sp);
  const i = text.indexOf('{');
  return i < 0 ? sp : mkSpan(sp.lo, sp.lo + text.slice(0, i).trimEnd().length, sp.ctxt);
}

function hirSig(tcx: TcxImpl, def: DefId): HirFnSig | null {
  const item = tcx.hir.items.get(def);
  return item && item.kind.tag === 'Fn' ? item.kind.sig : null;
}

function paramsSpan(inputs: readonly HirTy[], fallback: Span): Span {
  const first = inputs[0];
  const last = inputs[inputs.length - 1];
  return first && last ? mkSpan(first.span.lo, last.span.hi, first.span.ctxt) : fallback;
}

/**
 * Checks every local trait impl against its trait (rustc's compare_impl_item): all required
 * items present (E0046), methods with the trait's parameter count (E0050) and types (E0053).
 */
export function checkTraitImpls(tcx: TcxImpl): void {
  for (const item of tcx.hir.items.values()) {
    if (item.kind.tag !== 'Impl' || item.kind.negative) continue;
    const trait = tcx.implTrait(item.def);
    if (trait === null) continue;
    const implItems = new Map(tcx.assocItems(item.def).map((d) => [tcx.defName(d), d]));
    const missing: DefId[] = [];
    for (const ti of tcx.assocItems(trait)) {
      const name = tcx.defName(ti);
      const ii = implItems.get(name);
      if (ii === undefined) {
        // Methods and consts with a default body, associated types with a default type, may be left out.
        const hasDefault = tcx.defKind(ti) === 'AssocTy' ? tcx.typeOf(ti) !== tys.error : tcx.hasBody(ti);
        if (!hasDefault) missing.push(ti);
        continue;
      }
      if (tcx.defKind(ti) === 'AssocFn' && tcx.defKind(ii) === 'AssocFn') compareMethod(tcx, item.def, ti, ii);
    }
    if (missing.length > 0) {
      const names = missing.map((d) => `\`${tcx.defName(d)}\``).join(', ');
      const d = tcx.sess.dcx.err(`not all trait items implemented, missing: ${names}`, 'E0046');
      for (const m of missing) if (isLocal(m)) d.label(itemSpanOf(tcx, m), `\`${tcx.defName(m)}\` from trait`);
      d.primary(headSpan(tcx, item.span), `missing ${names} in implementation`).emit();
    }
  }
}

function itemSpanOf(tcx: TcxImpl, def: DefId): Span {
  return tcx.hir.items.get(def)?.span ?? tcx.defSpan(def);
}

function compareMethod(tcx: TcxImpl, impl: DefId, traitFn: DefId, implFn: DefId): void {
  const self = tcx.typeOf(impl);
  // The trait's signature for this impl's trait reference, with `Self::Item` normalized.
  const traitArgs = tcx.implTraitRef(impl)?.args ?? [{ tag: 'Type' as const, ty: self }];
  // The trait method's own parameters become the impl method's (same positions, own indices).
  const implOwn = identityArgs(tcx, implFn).slice(tcx.genericsOf(implFn).parentCount);
  const raw = substSig(tcx.fnSig(traitFn), [...traitArgs, ...implOwn]);
  // Both normalized in the impl method's environment (its where clauses answer for parameters).
  const own = (t: Ty): Ty => normalizeTy(tcx, ownProjections(tcx, impl, t), implFn);
  const expected: FnSig = { ...raw, inputs: raw.inputs.map(own), output: own(raw.output) };
  const foundRaw = tcx.fnSig(implFn);
  const found: FnSig = { ...foundRaw, inputs: foundRaw.inputs.map(own), output: own(foundRaw.output) };
  const implSig = hirSig(tcx, implFn);
  if (!implSig) return;
  const traitSig = isLocal(traitFn) ? hirSig(tcx, traitFn) : null;
  const name = tcx.defName(implFn);
  if (expected.inputs.length !== found.inputs.length) {
    const n = expected.inputs.length;
    const m = found.inputs.length;
    const d = tcx.sess.dcx.err(
      `method \`${name}\` has ${plural(m, 'parameter')} but the declaration in trait \`${tcx.defName(tcx.parent(traitFn)!)}::${tcx.defName(traitFn)}\` has ${n}`,
      'E0050',
    );
    if (traitSig) d.label(paramsSpan(traitSig.decl.inputs, traitSig.span), `trait requires ${plural(n, 'parameter')}`);
    d.primary(paramsSpan(implSig.decl.inputs, implSig.span), `expected ${plural(n, 'parameter')}, found ${m}`).emit();
    return;
  }
  const str = (t: Ty): string => tyToString(t, (x) => tcx.defName(x));
  const sigStr = (s: FnSig): string => `fn(${s.inputs.map(str).join(', ')})${str(s.output) === '()' ? '' : ` -> ${str(s.output)}`}`;
  let at: { implSpan: Span; traitSpan: Span | null; exp: Ty; got: Ty; output: boolean } | null = null;
  for (let i = 0; i < found.inputs.length && at === null; i++) {
    if (found.inputs[i] !== expected.inputs[i]) {
      at = { implSpan: implSig.decl.inputs[i]?.span ?? implSig.span, traitSpan: traitSig?.decl.inputs[i]?.span ?? null, exp: expected.inputs[i]!, got: found.inputs[i]!, output: false };
    }
  }
  if (at === null && found.output !== expected.output) {
    at = { implSpan: implSig.decl.output?.span ?? implSig.span, traitSpan: traitSig?.decl.output?.span ?? null, exp: expected.output, got: found.output, output: true };
  }
  if (at === null) return;
  const d = tcx.sess.dcx.err(`method \`${name}\` has an incompatible type for trait`, 'E0053');
  d.primary(at.implSpan, `expected \`${str(at.exp)}\`, found \`${str(at.got)}\``);
  if (at.traitSpan) d.note('type in trait', at.traitSpan);
  const e = 'expected signature';
  const f = 'found signature';
  d.note(`${e} \`${sigStr(expected)}\`\n${f.padStart(e.length)} \`${sigStr(found)}\``);
  if (at.output && at.traitSpan) {
    const text = tcx.sess.sourceMap.snippet(at.traitSpan);
    d.help('change the output type to match the trait', at.implSpan, [{ span: at.implSpan, replacement: text, applicability: 'MachineApplicable', style: 'verbose' }]);
  } else if (!at.output) {
    d.help('change the parameter type to match the trait', at.implSpan, [{ span: at.implSpan, replacement: str(at.exp), applicability: 'MachineApplicable', style: 'verbose' }]);
  }
  d.emit();
}

/**
 * `<Self as Trait>::Item` inside the impl's own signatures is the impl's `type Item`
 * (even when the impl's parameters leave selection open, as `B` in `Map<I, F>`'s impl).
 */
function ownProjections(tcx: TcxImpl, impl: DefId, ty: Ty): Ty {
  const k = tyKind(ty);
  const rec = (t: Ty): Ty => ownProjections(tcx, impl, t);
  switch (k.tag) {
    case 'Alias': {
      const tr = tcx.implTraitRef(impl);
      const same = tr !== null && tcx.parent(k.def) === tr.trait && k.args.length === tr.args.length &&
        k.args.every((a, i) => a.tag === 'Type' && tr.args[i]!.tag === 'Type' && a.ty === (tr.args[i] as { ty: Ty }).ty);
      if (same) {
        const item = tcx.assocItemNamed(impl, tcx.defName(k.def));
        if (item !== null && tcx.defKind(item) === 'AssocTy') return tcx.typeOf(item);
      }
      return mkTy({ ...k, args: k.args.map((a) => (a.tag === 'Type' ? { tag: 'Type' as const, ty: rec(a.ty) } : a)) });
    }
    case 'Adt': case 'FnDef': return mkTy({ ...k, args: k.args.map((a) => (a.tag === 'Type' ? { tag: 'Type' as const, ty: rec(a.ty) } : a)) });
    case 'Tuple': return mkTy({ tag: 'Tuple', elems: k.elems.map(rec) });
    case 'Ref': case 'RawPtr': return mkTy({ ...k, pointee: rec(k.pointee) });
    case 'Array': case 'Slice': return mkTy({ ...k, elem: rec(k.elem) });
    default: return ty;
  }
}
