import { mkTy, tyKind, tys } from '../ty/interner.ts';
import type { ConstArg, FnSig, GenericArg, GenericArgs, InferKind, Ty, TyKind } from '../ty/ty.ts';
import { constEq } from '../ty/consts.ts';
import type { DefId } from '../ty/def-id.ts';

interface VarData {
  readonly kind: InferKind;
  value: Ty | null;
}

/**
 * Type inference variables and unification (rustc's InferCtxt, without regions). `int`
 * variables only unify with integer types, `float` ones with float types. A trail of
 * bindings allows probing (`snapshot`/`rollback`) during coercion and method lookup.
 */
/** A trail entry for a deferred projection equation (variable ids are >= 0, const ids < 0). */
const DEFERRED = Number.MIN_SAFE_INTEGER;

export class InferCtxt {
  private readonly vars: VarData[] = [];
  /** Const inference variables (`N` of a call to `fn f<const N: usize>`), by id. */
  private readonly constVars: (ConstArg | null)[] = [];
  /** Bound variables in binding order: type variable ids, const ones as `-1 - id`. */
  private readonly trail: number[] = [];
  /**
   * Normalizes a projection `<args[0] as Trait>::item` (null: not yet, e.g. its self type is
   * still a variable). Set by the body's FnCtxt; without it projections stay as they are.
   */
  normalizer: ((item: DefId, args: GenericArgs) => Ty | null) | null = null;
  /** Projections equated with a type before they could be normalized, retried later. */
  readonly deferredProjections: { readonly alias: Ty; readonly other: Ty }[] = [];

  newVar(kind: InferKind = 'ty'): Ty {
    const id = this.vars.length;
    this.vars.push({ kind, value: null });
    return mkTy({ tag: 'Infer', kind, id });
  }

  newConstVar(): ConstArg {
    const id = this.constVars.length;
    this.constVars.push(null);
    return { tag: 'Infer', id };
  }

  /** A const with its variable bindings followed. */
  resolveConst(c: ConstArg): ConstArg {
    while (c.tag === 'Infer') {
      const v = this.constVars[c.id];
      if (v === null || v === undefined) return c;
      c = v;
    }
    return c;
  }

  /** Makes two consts equal (a variable takes the other's value). */
  unifyConst(a: ConstArg, b: ConstArg): boolean {
    a = this.resolveConst(a);
    b = this.resolveConst(b);
    if (constEq(a, b)) return true;
    // An argument that failed to convert (already reported) matches anything.
    if ((a.tag === 'Value' && a.ty === tys.error) || (b.tag === 'Value' && b.ty === tys.error)) return true;
    if (a.tag === 'Infer') return this.bindConst(a.id, b);
    if (b.tag === 'Infer') return this.bindConst(b.id, a);
    return false;
  }

  private bindConst(id: number, c: ConstArg): boolean {
    this.constVars[id] = c;
    this.trail.push(-1 - id);
    return true;
  }

  /** Const variables still unbound. */
  unboundConsts(): ConstArg[] {
    const out: ConstArg[] = [];
    this.constVars.forEach((v, id) => {
      if (v === null) out.push({ tag: 'Infer', id });
    });
    return out;
  }

  /** Follows variable bindings at the top level only. */
  shallow(ty: Ty): Ty {
    for (;;) {
      const k = tyKind(ty);
      // A projection whose impl is known by now stands for the impl's type.
      if (k.tag === 'Alias') {
        const n = this.normalizer?.(k.def, this.resolveArgs(k.args)) ?? null;
        if (n === null || n === ty) return ty;
        ty = n;
        continue;
      }
      if (k.tag !== 'Infer') return ty;
      const v = this.vars[k.id]!.value;
      if (v === null) return ty;
      ty = v;
    }
  }

  /** Replaces every bound variable inside `ty`; unbound ones stay. */
  resolve(ty: Ty): Ty {
    const t = this.shallow(ty);
    const k = tyKind(t);
    switch (k.tag) {
      case 'Tuple': return mapTys(k, k.elems.map((e) => this.resolve(e)), (elems) => ({ ...k, elems }));
      case 'Array': {
        const elem = this.resolve(k.elem);
        const len = this.resolveConst(k.len);
        return elem === k.elem && len === k.len ? t : mkTy({ ...k, elem, len });
      }
      case 'Slice': return this.resolve(k.elem) === k.elem ? t : mkTy({ ...k, elem: this.resolve(k.elem) });
      case 'Ref': case 'RawPtr': {
        const p = this.resolve(k.pointee);
        return p === k.pointee ? t : mkTy({ ...k, pointee: p });
      }
      case 'FnPtr': return mkTy({ tag: 'FnPtr', sig: this.resolveSig(k.sig) });
      case 'Adt': case 'FnDef': case 'Closure': return mkTy({ ...k, args: this.resolveArgs(k.args) });
      case 'Alias': {
        const args = this.resolveArgs(k.args);
        const n = this.normalizer?.(k.def, args) ?? null;
        return n !== null && n !== t ? this.resolve(n) : mkTy({ ...k, args });
      }
      default: return t;
    }
  }

  /** A projection at the top of `ty` normalized as far as it goes now. */
  private normTop(ty: Ty): Ty {
    for (let i = 0; i < 16; i++) {
      const k = tyKind(ty);
      if (k.tag !== 'Alias' || !this.normalizer) return ty;
      const n = this.normalizer(k.def, this.resolveArgs(k.args));
      if (n === null || n === ty) return ty;
      ty = this.shallow(n);
    }
    return ty;
  }

  resolveSig(s: FnSig): FnSig {
    return { ...s, inputs: s.inputs.map((i) => this.resolve(i)), output: this.resolve(s.output) };
  }

  resolveArgs(args: GenericArgs): GenericArgs {
    return args.map((a): GenericArg => (a.tag === 'Type' ? { tag: 'Type', ty: this.resolve(a.ty) } : a.tag === 'Const' ? { tag: 'Const', value: this.resolveConst(a.value) } : a));
  }

  varKind(ty: Ty): InferKind | null {
    const k = tyKind(this.shallow(ty));
    return k.tag === 'Infer' ? k.kind : null;
  }

  /** All variables created so far that are still unbound. */
  unbound(): { ty: Ty; kind: InferKind }[] {
    const out: { ty: Ty; kind: InferKind }[] = [];
    this.vars.forEach((v, id) => {
      if (v.value === null) out.push({ ty: mkTy({ tag: 'Infer', kind: v.kind, id }), kind: v.kind });
    });
    return out;
  }

  snapshot(): number {
    return this.trail.length;
  }

  rollback(to: number): void {
    while (this.trail.length > to) {
      const id = this.trail.pop()!;
      if (id === DEFERRED) this.deferredProjections.pop();
      else if (id < 0) this.constVars[-1 - id] = null;
      else this.vars[id]!.value = null;
    }
  }

  /** Runs `f`; undoes its bindings unless it returns true. */
  probe(f: () => boolean): boolean {
    const s = this.snapshot();
    const ok = f();
    if (!ok) this.rollback(s);
    return ok;
  }

  private bind(id: number, ty: Ty): void {
    this.vars[id]!.value = ty;
    this.trail.push(id);
  }

  /** Makes `a` and `b` equal; on failure some bindings may remain (use `probe`). */
  unify(a: Ty, b: Ty): boolean {
    a = this.normTop(this.shallow(a));
    b = this.normTop(this.shallow(b));
    if (a === b) return true;
    const ka = tyKind(a);
    const kb = tyKind(b);
    if (ka.tag === 'Alias' || kb.tag === 'Alias') {
      if (ka.tag === 'Alias' && kb.tag === 'Alias' && ka.def === kb.def && this.probe(() => this.unifyArgs(ka.args, kb.args))) return true;
      const [alias, other] = ka.tag === 'Alias' ? [a, b] : [b, a];
      const ak = tyKind(alias) as Extract<TyKind, { tag: 'Alias' }>;
      // Its self type is not known yet: settle the equation once it is.
      if (this.hasUnboundVar(ak.args)) {
        // The trail records it, so a rollback past this point (and only that) drops it.
        this.deferredProjections.push({ alias, other });
        this.trail.push(DEFERRED);
        return true;
      }
      const ok = tyKind(other);
      if (ok.tag === 'Infer' && ok.kind === 'ty') return this.unifyVar(ok, other, alias, ak);
      return ok.tag === 'Error';
    }
    if (ka.tag === 'Error' || kb.tag === 'Error') {
      // A variable meeting an error becomes the error: no "type annotations needed" cascade.
      if (ka.tag === 'Infer') this.bind(ka.id, b);
      if (kb.tag === 'Infer') this.bind(kb.id, a);
      return true;
    }
    if (ka.tag === 'Infer') return this.unifyVar(ka, a, b, kb);
    if (kb.tag === 'Infer') return this.unifyVar(kb, b, a, ka);
    switch (ka.tag) {
      case 'Tuple':
        return kb.tag === 'Tuple' && ka.elems.length === kb.elems.length && ka.elems.every((e, i) => this.unify(e, kb.elems[i]!));
      case 'Array': {
        if (kb.tag !== 'Array' || !this.unify(ka.elem, kb.elem)) return false;
        return this.unifyConst(ka.len, kb.len);
      }
      case 'Slice': return kb.tag === 'Slice' && this.unify(ka.elem, kb.elem);
      case 'Ref': case 'RawPtr':
        return kb.tag === ka.tag && kb.mutbl === ka.mutbl && this.unify(ka.pointee, kb.pointee);
      case 'Adt': case 'FnDef': case 'Closure':
        return kb.tag === ka.tag && kb.def === ka.def && this.unifyArgs(ka.args, kb.args);
      case 'FnPtr': {
        if (kb.tag !== 'FnPtr') return false;
        const sa = ka.sig;
        const sb = kb.sig;
        return sa.abi === sb.abi && sa.unsafe === sb.unsafe && sa.cVariadic === sb.cVariadic && sa.inputs.length === sb.inputs.length &&
          sa.inputs.every((t, i) => this.unify(t, sb.inputs[i]!)) && this.unify(sa.output, sb.output);
      }
      default:
        return false;
    }
  }

  private unifyArgs(a: GenericArgs, b: GenericArgs): boolean {
    if (a.length !== b.length) return false;
    return a.every((x, i) => {
      const y = b[i]!;
      if (x.tag === 'Type' && y.tag === 'Type') return this.unify(x.ty, y.ty);
      if (x.tag === 'Const' && y.tag === 'Const') return this.unifyConst(x.value, y.value);
      return x.tag === y.tag;
    });
  }

  private unifyVar(kv: Extract<TyKind, { tag: 'Infer' }>, v: Ty, other: Ty, ko: TyKind): boolean {
    if (ko.tag === 'Infer') {
      // Bind the more general variable to the more specific one.
      if (kv.kind === 'ty') this.bind(kv.id, other);
      else if (ko.kind === 'ty') this.bind(ko.id, v);
      else if (kv.kind === ko.kind) this.bind(kv.id, other);
      else return false;
      return true;
    }
    if (kv.kind === 'int' && ko.tag !== 'Int' && ko.tag !== 'Uint') return false;
    if (kv.kind === 'float' && ko.tag !== 'Float') return false;
    if (kv.kind === 'ty' && this.occurs(kv.id, other)) return false;
    this.bind(kv.id, other);
    return true;
  }

  /** Whether an unbound variable occurs anywhere in `args`. */
  private hasUnboundVar(args: GenericArgs): boolean {
    const walk = (t: Ty): boolean => {
      const k = tyKind(this.shallow(t));
      switch (k.tag) {
        case 'Infer': return true;
        case 'Tuple': return k.elems.some(walk);
        case 'Array': case 'Slice': return walk(k.elem);
        case 'Ref': case 'RawPtr': return walk(k.pointee);
        case 'Adt': case 'FnDef': case 'Alias': case 'Closure': return k.args.some((a) => a.tag === 'Type' && walk(a.ty));
        default: return false;
      }
    };
    return args.some((a) => a.tag === 'Type' && walk(a.ty));
  }

  /** Retries deferred projection equations; returns the ones that turned out false. */
  settleDeferred(): { alias: Ty; other: Ty }[] {
    const failed: { alias: Ty; other: Ty }[] = [];
    const pending = this.deferredProjections.splice(0);
    for (const d of pending) {
      const k = tyKind(d.alias) as Extract<TyKind, { tag: 'Alias' }>;
      if (this.hasUnboundVar(k.args)) {
        this.deferredProjections.push(d);
        continue;
      }
      if (!this.unify(d.alias, d.other)) failed.push(d);
    }
    return failed;
  }

  private occurs(id: number, ty: Ty): boolean {
    const k = tyKind(this.shallow(ty));
    switch (k.tag) {
      case 'Infer': return k.id === id;
      case 'Tuple': return k.elems.some((e) => this.occurs(id, e));
      case 'Array': case 'Slice': return this.occurs(id, k.elem);
      case 'Ref': case 'RawPtr': return this.occurs(id, k.pointee);
      case 'Adt': case 'FnDef': case 'Closure': return k.args.some((a) => a.tag === 'Type' && this.occurs(id, a.ty));
      case 'FnPtr': return k.sig.inputs.some((t) => this.occurs(id, t)) || this.occurs(id, k.sig.output);
      default: return false;
    }
  }

  isIntegral(ty: Ty): boolean {
    const k = tyKind(this.shallow(ty));
    return k.tag === 'Int' || k.tag === 'Uint' || (k.tag === 'Infer' && k.kind === 'int');
  }

  isNever(ty: Ty): boolean {
    return this.shallow(ty) === tys.never;
  }
}

function mapTys<K extends TyKind>(k: K, next: readonly Ty[], build: (n: readonly Ty[]) => TyKind): Ty {
  void k;
  return mkTy(build(next));
}
