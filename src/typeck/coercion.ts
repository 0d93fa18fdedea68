import type { HirId } from '../hir/ids.ts';
import { mkRef, mkTy, tyKind, tys } from '../ty/interner.ts';
import type { Ty } from '../ty/ty.ts';
import type { Adjustment } from './adjustment.ts';
import type { FnCtxt } from './fn-ctxt.ts';
import { instSig } from './subst.ts';
import type { Span } from '../diagnostics/span.ts';
import { unsizeObligations } from './unsize.ts';
import { closureState } from './closure-state.ts';
import { mentionsUpvars } from './upvar.ts';
import { closureSig } from '../ty/closure.ts';
import { derefsToMutable, overloadedDerefStep } from './method-probe.ts';

/**
 * Tries to coerce a value of type `source` to `target` (rustc's Coerce): never-to-any,
 * reborrows (`&mut T` -> `&T`/`&mut T`), unsizing `&[T; N]` -> `&[T]`, references to raw
 * pointers, `*mut T` -> `*const T`, fn items to fn pointers, `&T` -> `&dyn Trait` (the
 * `T: Trait` obligation is checked with the others); otherwise plain unification.
 * Records the adjustments on `exprId` when it succeeds; leaves no bindings when it fails.
 */
export function tryCoerce(fcx: FnCtxt, exprId: HirId | null, source: Ty, target: Ty, span: Span | null = null): boolean {
  const a = fcx.shallow(source);
  const b = fcx.shallow(target);
  if (a === tys.error || b === tys.error) return true;
  const ka = tyKind(a);
  const kb = tyKind(b);
  const infcx = fcx.infcx;
  const done = (adj: Adjustment[]): boolean => {
    if (exprId !== null) fcx.addAdjustments(exprId, adj);
    return true;
  };
  if (ka.tag === 'Never') {
    if (kb.tag === 'Never') return true;
    if (kb.tag === 'Infer' && kb.kind === 'ty') return infcx.unify(b, a);
    return done([{ kind: { tag: 'NeverToAny' }, target: b }]);
  }
  if (ka.tag === 'Ref' && kb.tag === 'Ref') {
    if (ka.mutbl === 'not' && kb.mutbl === 'mut') return false;
    const pb = fcx.shallow(kb.pointee);
    const kpb = tyKind(pb);
    if (kpb.tag === 'Dynamic') {
      const unsized = coerceToDyn(fcx, exprId, fcx.shallow(ka.pointee), b, kb.mutbl, span);
      if (unsized !== null) return unsized.length === 0 ? true : done(unsized);
    }
    // Autoderef the source (`&&str` -> `&str`), then reborrow or unsize.
    let step = fcx.shallow(ka.pointee);
    const derefs: Adjustment[] = [{ kind: { tag: 'Deref', overloaded: null }, target: step }];
    let mutOk = true;
    for (let i = 0; i < 8; i++) {
      const ks = tyKind(step);
      if (ks.tag === 'Array' && kpb.tag === 'Slice' && mutOk) {
        if (infcx.probe(() => infcx.unify(ks.elem, kpb.elem))) {
          return done([
            ...derefs,
            { kind: { tag: 'Borrow', kind: 'Ref', mutbl: kb.mutbl }, target: mkRef(step, kb.mutbl) },
            { kind: { tag: 'Pointer', cast: 'Unsize' }, target: b },
          ]);
        }
      }
      const s = step;
      if (infcx.probe(() => infcx.unify(s, pb))) {
        if (i === 0 && ka.mutbl === 'not') return true;
        if (kb.mutbl === 'mut' && !mutOk) return false;
        const steps = kb.mutbl === 'mut' ? derefsToMutable(fcx, derefs) : derefs;
        return done([...steps, { kind: { tag: 'Borrow', kind: 'Ref', mutbl: kb.mutbl }, target: b }]);
      }
      if (ks.tag !== 'Ref') {
        // Deref coercion (`&String` -> `&str`, `&Box<T>` -> `&T`, `&Vec<T>` -> `&[T]`):
        // through `Deref::deref`, or `DerefMut::deref_mut` for a `&mut` target.
        const ov = overloadedDerefStep(fcx, step);
        if (ov === null) return false;
        derefs.push({ kind: { tag: 'Deref', overloaded: { method: ov.method, mutbl: 'not' } }, target: ov.target });
        step = ov.target;
        continue;
      }
      if (ks.mutbl === 'not') mutOk = false;
      step = fcx.shallow(ks.pointee);
      derefs.push({ kind: { tag: 'Deref', overloaded: null }, target: step });
    }
    return false;
  }
  if (kb.tag === 'RawPtr' && (ka.tag === 'Ref' || ka.tag === 'RawPtr')) {
    if (ka.mutbl === 'not' && kb.mutbl === 'mut') return false;
    // `&T` / `*const T` -> `*const dyn Trait`, `&[T; N]` -> `*const [T]`.
    const src = fcx.shallow(ka.pointee);
    const ksrc = tyKind(src);
    const dst = fcx.shallow(kb.pointee);
    const kdst = tyKind(dst);
    const toDyn = kdst.tag === 'Dynamic' && ksrc.tag !== 'Dynamic' && !(ksrc.tag === 'Infer' && ksrc.kind === 'ty') && ksrc.tag !== 'Str' && ksrc.tag !== 'Slice';
    const toSlice = kdst.tag === 'Slice' && ksrc.tag === 'Array' && infcx.probe(() => infcx.unify(ksrc.elem, kdst.elem));
    if (toDyn || toSlice) {
      const raw = mkTy({ tag: 'RawPtr', mutbl: kb.mutbl, pointee: src });
      if (toDyn && exprId !== null) fcx.obligations.push(...unsizeObligations(fcx, src, dst, span ?? fcx.tcx.defSpan(fcx.owner), a, b));
      const toRaw: Adjustment[] = ka.tag === 'Ref'
        ? [{ kind: { tag: 'Deref', overloaded: null }, target: src }, { kind: { tag: 'Borrow', kind: 'RawPtr', mutbl: kb.mutbl }, target: raw }]
        : ka.mutbl !== kb.mutbl ? [{ kind: { tag: 'Pointer', cast: 'MutToConstPointer' }, target: raw }] : [];
      return done([...toRaw, { kind: { tag: 'Pointer', cast: 'Unsize' }, target: b }]);
    }
    if (!infcx.probe(() => infcx.unify(ka.pointee, kb.pointee))) return false;
    if (ka.tag === 'Ref') {
      return done([
        { kind: { tag: 'Deref', overloaded: null }, target: fcx.shallow(ka.pointee) },
        { kind: { tag: 'Borrow', kind: 'RawPtr', mutbl: kb.mutbl }, target: b },
      ]);
    }
    if (ka.mutbl === kb.mutbl) return true;
    return done([{ kind: { tag: 'Pointer', cast: 'MutToConstPointer' }, target: b }]);
  }
  if (kb.tag === 'FnPtr' && ka.tag === 'Closure') {
    // A closure that captures nothing is a plain function (rustc's ClosureFnPointer).
    const rec = closureState(fcx).closures.find((c) => c.def === ka.def);
    if (!rec || mentionsUpvars(fcx, rec.body) || kb.sig.abi !== 'Rust') return false;
    const sig = closureSig(ka.args);
    const ptr = mkTy({ tag: 'FnPtr', sig: { ...sig, unsafe: kb.sig.unsafe } });
    if (!infcx.probe(() => infcx.unify(ptr, b))) return false;
    return done([{ kind: { tag: 'Pointer', cast: 'ClosureFnPointer' }, target: b }]);
  }
  if (kb.tag === 'FnPtr' && ka.tag === 'FnDef') {
    const sig = instSig(fcx.tcx, ka.def, ka.args);
    const reified = mkTy({ tag: 'FnPtr', sig });
    if (!sig.unsafe && kb.sig.unsafe) {
      const unsafeTy = mkTy({ tag: 'FnPtr', sig: { ...sig, unsafe: true } });
      if (!infcx.probe(() => infcx.unify(unsafeTy, b))) return false;
      return done([
        { kind: { tag: 'Pointer', cast: 'ReifyFnPointer' }, target: reified },
        { kind: { tag: 'Pointer', cast: 'UnsafeFnPointer' }, target: b },
      ]);
    }
    if (!infcx.probe(() => infcx.unify(reified, b))) return false;
    return done([{ kind: { tag: 'Pointer', cast: 'ReifyFnPointer' }, target: b }]);
  }
  if (kb.tag === 'FnPtr' && ka.tag === 'FnPtr' && !ka.sig.unsafe && kb.sig.unsafe) {
    const unsafeTy = mkTy({ tag: 'FnPtr', sig: { ...ka.sig, unsafe: true } });
    if (!infcx.probe(() => infcx.unify(unsafeTy, b))) return false;
    return done([{ kind: { tag: 'Pointer', cast: 'UnsafeFnPointer' }, target: b }]);
  }
  if (ka.tag === 'Adt' && kb.tag === 'Adt' && ka.def === kb.def) {
    const adj = coerceUnsizedAdt(fcx, exprId, a, b, span);
    if (adj !== null) return done(adj);
  }
  return infcx.probe(() => infcx.unify(a, b));
}

/**
 * `Box<T>` -> `Box<dyn Trait>` (any ADT with a `CoerceUnsized` impl, as rustc's
 * coerce_unsized): the one type argument that differs must unsize (`T: Trait`, checked with
 * the body's obligations, or `[T; N]` -> `[T]`); the others must be equal.
 */
function coerceUnsizedAdt(fcx: FnCtxt, exprId: HirId | null, source: Ty, target: Ty, span: Span | null): Adjustment[] | null {
  const tcx = fcx.tcx;
  const cu = tcx.langItem('coerce_unsized');
  const ka = tyKind(fcx.resolve(source));
  const kb = tyKind(fcx.resolve(target));
  if (cu === null || ka.tag !== 'Adt' || kb.tag !== 'Adt') return null;
  if (!tcx.traitImpls(cu).some((i) => { const k = tyKind(tcx.typeOf(i)); return k.tag === 'Adt' && k.def === ka.def; })) return null;
  let unsized: { from: Ty; to: Ty } | null = null;
  for (let i = 0; i < ka.args.length; i++) {
    const x = ka.args[i]!;
    const y = kb.args[i]!;
    if (x.tag !== 'Type' || y.tag !== 'Type') continue;
    const from = fcx.resolve(x.ty);
    const to = fcx.resolve(y.ty);
    const kf = tyKind(from);
    const kt = tyKind(to);
    const unsizes = (kt.tag === 'Dynamic' && kf.tag !== 'Dynamic' && kf.tag !== 'Infer') || (kt.tag === 'Slice' && kf.tag === 'Array') || dropsAutoTraits(fcx, from, to);
    if (unsizes && unsized === null) unsized = { from, to };
    else if (!fcx.infcx.probe(() => fcx.infcx.unify(from, to))) return null;
  }
  if (unsized === null) return null;
  const { from, to } = unsized;
  const kf = tyKind(from);
  const kt = tyKind(to);
  if (kf.tag === 'Array' && kt.tag === 'Slice') {
    if (!fcx.infcx.probe(() => fcx.infcx.unify(kf.elem, kt.elem))) return null;
  } else if (exprId !== null && kf.tag !== 'Dynamic') {
    fcx.obligations.push(...unsizeObligations(fcx, from, to, span ?? fcx.tcx.defSpan(fcx.owner), source, target));
  }
  return [{ kind: { tag: 'Pointer', cast: 'Unsize' }, target }];
}

/**
 * `&T` -> `&dyn Trait` (and `&mut`): null when this is not an unsizing (the pointee is not known
 * yet, or already unsized); [] when source and target are the same trait object type.
 */
function coerceToDyn(fcx: FnCtxt, exprId: HirId | null, src: Ty, target: Ty, mutbl: 'not' | 'mut', span: Span | null): Adjustment[] | null {
  const ks = tyKind(src);
  // An integer or float literal's type is sized whatever it becomes (`&1` as `&dyn Display`).
  if ((ks.tag === 'Infer' && ks.kind === 'ty') || ks.tag === 'Str' || ks.tag === 'Slice') return null;
  const pointee = tyKind(target).tag === 'Ref' ? (tyKind(target) as { pointee: Ty }).pointee : target;
  if (ks.tag === 'Dynamic') {
    // `&(dyn Any + Send)` -> `&dyn Any`: the same vtable, fewer auto traits.
    if (!dropsAutoTraits(fcx, src, pointee)) return null;
    return [
      { kind: { tag: 'Deref', overloaded: null }, target: src },
      { kind: { tag: 'Borrow', kind: 'Ref', mutbl }, target: mkRef(src, mutbl) },
      { kind: { tag: 'Pointer', cast: 'Unsize' }, target },
    ];
  }
  if (exprId !== null) fcx.obligations.push(...unsizeObligations(fcx, src, pointee, span ?? fcx.tcx.defSpan(fcx.owner), mkRef(src, mutbl), target));
  return [
    { kind: { tag: 'Deref', overloaded: null }, target: src },
    { kind: { tag: 'Borrow', kind: 'Ref', mutbl }, target: mkRef(src, mutbl) },
    { kind: { tag: 'Pointer', cast: 'Unsize' }, target },
  ];
}

/**
 * `dyn Trait + Send` to `dyn Trait` (rustc allows dropping auto traits from a trait object):
 * the same principal trait and projections, the target's auto traits a subset of the source's.
 */
function dropsAutoTraits(fcx: FnCtxt, from: Ty, to: Ty): boolean {
  const a = tyKind(fcx.resolve(from));
  const b = tyKind(fcx.resolve(to));
  if (a.tag !== 'Dynamic' || b.tag !== 'Dynamic' || from === to) return false;
  if ((a.principal === null) !== (b.principal === null)) return false;
  if (a.principal !== null && b.principal !== null) {
    const pa = a.principal;
    const pb = b.principal;
    if (pa.def !== pb.def || pa.args.length !== pb.args.length) return false;
    if (!fcx.infcx.probe(() => pa.args.every((x, i) => {
      const y = pb.args[i]!;
      return x.tag !== 'Type' || y.tag !== 'Type' || fcx.infcx.unify(x.ty, y.ty);
    }))) return false;
  }
  if ((a.projections?.length ?? 0) !== (b.projections?.length ?? 0)) return false;
  return b.autoTraits.every((t) => a.autoTraits.includes(t)) && b.autoTraits.length < a.autoTraits.length;
}
