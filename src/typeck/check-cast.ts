import type { Expr } from '../hir/expr.ts';
import { shrinkToLo } from '../diagnostics/span.ts';
import type { HirTy } from '../hir/types.ts';
import { mkTy, tyKind, tys } from '../ty/interner.ts';
import type { Ty, TyKind } from '../ty/ty.ts';
import { checkExpr } from './check-expr.ts';
import { tryCoerce } from './coercion.ts';
import type { DeferredCast, FnCtxt } from './fn-ctxt.ts';
import { instSig } from './subst.ts';

/** Is `e` an unsuffixed integer literal (possibly negated)? Such literals take the cast's type. */
function isBareIntLit(e: Expr): boolean {
  if (e.kind.tag === 'Unary' && e.kind.op === 'Neg') return isBareIntLit(e.kind.expr);
  return e.kind.tag === 'Lit' && e.kind.lit.value.tag === 'Int' && e.kind.lit.value.suffix === null;
}

/** `expr as T`: the check itself waits until the end of the body (rustc's deferred cast checks). */
export function checkCast(fcx: FnCtxt, e: Expr, inner: Expr, ty: HirTy): Ty {
  const to = fcx.astConv(ty);
  let hint: Ty | null = null;
  if (isBareIntLit(inner)) {
    const k = tyKind(fcx.shallow(to));
    if (k.tag === 'Int' || k.tag === 'Uint') hint = to;
    else if (k.tag === 'Char') hint = tys.u8;
    else if (k.tag === 'RawPtr' || k.tag === 'FnPtr') hint = tys.usize;
  }
  const from = checkExpr(fcx, inner, hint);
  fcx.casts.push({ expr: e, inner, from, to });
  return to;
}

type Kind = TyKind['tag'];

function isIntLike(k: TyKind): boolean {
  return k.tag === 'Int' || k.tag === 'Uint' || k.tag === 'Bool' || k.tag === 'Char';
}

function isPrimitive(k: TyKind): boolean {
  const prims: Kind[] = ['Int', 'Uint', 'Float', 'Bool', 'Char', 'RawPtr', 'FnPtr', 'FnDef', 'Ref', 'Infer', 'Never'];
  return prims.includes(k.tag);
}

/** Validates one cast once types are known; records coercion casts as adjustments. */
export function checkDeferredCast(fcx: FnCtxt, c: DeferredCast): void {
  const from = fcx.resolve(c.from);
  const to = fcx.resolve(c.to);
  if (fcx.isError(from) || fcx.isError(to)) return;
  const fk = tyKind(from);
  const tk = tyKind(to);
  // Casts that are coercions (`&x as *const T`, `f as fn()`, `x as T` with x: T).
  if (fk.tag !== 'Infer' && tryCoerce(fcx, c.inner.hirId, from, to, c.inner.span)) {
    fcx.results.coercionCasts.add(c.expr.hirId);
    return;
  }
  if (fk.tag === 'Never') return;
  const fname = fcx.tyStr(from);
  const tname = fcx.tyStr(to);
  const span = c.expr.span;
  // `&[T; N] as *const T`: array-to-pointer, through a raw borrow.
  if (fk.tag === 'Ref' && tk.tag === 'RawPtr') {
    const pk = tyKind(fcx.resolve(fk.pointee));
    if (pk.tag === 'Array' && fcx.infcx.probe(() => fcx.infcx.unify(pk.elem, tk.pointee)) && !(fk.mutbl === 'not' && tk.mutbl === 'mut')) {
      const arr = fcx.resolve(fk.pointee);
      fcx.addAdjustments(c.inner.hirId, [
        { kind: { tag: 'Deref', overloaded: null }, target: arr },
        { kind: { tag: 'Borrow', kind: 'RawPtr', mutbl: tk.mutbl }, target: mkTy({ tag: 'RawPtr', mutbl: tk.mutbl, pointee: arr }) },
        { kind: { tag: 'Pointer', cast: 'ArrayToPointer' }, target: to },
      ]);
      fcx.results.coercionCasts.add(c.expr.hirId);
      return;
    }
  }
  // Fn items reify to fn pointers first, then cast like them.
  if (fk.tag === 'FnDef' && (tk.tag === 'RawPtr' || tk.tag === 'Int' || tk.tag === 'Uint')) {
    const sig = instSig(fcx.tcx, fk.def, fk.args);
    fcx.addAdjustments(c.inner.hirId, [{ kind: { tag: 'Pointer', cast: 'ReifyFnPointer' }, target: mkTy({ tag: 'FnPtr', sig }) }]);
    return;
  }
  const ok = (() => {
    // Fieldless enums cast to integers as their discriminant (`Ordering::Less as i8`).
    if (fk.tag === 'Adt' && (tk.tag === 'Int' || tk.tag === 'Uint')) {
      const adt = fcx.tcx.adtDef(fk.def);
      return adt.kind === 'enum' && adt.variants.every((v) => v.fields.length === 0) ? true : 'E0605';
    }
    if (isIntLike(fk) || (fk.tag === 'Infer' && fk.kind === 'int')) {
      if (tk.tag === 'Int' || tk.tag === 'Uint') return true;
      if (tk.tag === 'Float') return fk.tag === 'Bool' || fk.tag === 'Char' ? 'E0606' : true;
      if (tk.tag === 'Bool') return 'E0054';
      if (tk.tag === 'Char') return fk.tag === 'Uint' && fk.uint === 'u8' ? true : fk.tag === 'Char' ? true : 'E0604';
      if (tk.tag === 'RawPtr') return fk.tag === 'Int' || fk.tag === 'Uint' || fk.tag === 'Infer' ? true : 'E0606';
      return isPrimitive(tk) ? 'E0606' : 'E0605';
    }
    if (fk.tag === 'Float' || (fk.tag === 'Infer' && fk.kind === 'float')) {
      if (tk.tag === 'Int' || tk.tag === 'Uint' || tk.tag === 'Float') return true;
      if (tk.tag === 'Bool') return 'E0054';
      if (tk.tag === 'Char') return 'E0604';
      return isPrimitive(tk) ? 'E0606' : 'E0605';
    }
    if (fk.tag === 'RawPtr' || fk.tag === 'FnPtr') {
      if (tk.tag === 'RawPtr' || tk.tag === 'Int' || tk.tag === 'Uint') return true;
      return isPrimitive(tk) ? 'E0606' : 'E0605';
    }
    if (fk.tag === 'Ref' && isPrimitive(tk)) return 'E0606';
    return 'E0605';
  })();
  if (ok === true) return;
  const inner = fcx.tcx.sess.sourceMap.snippet(c.inner.span);
  const verbose = (at: typeof span, replacement: string) => [{ span: at, replacement, applicability: 'MachineApplicable' as const, style: 'verbose' as const }];
  switch (ok) {
    case 'E0054':
      fcx.err(`cannot cast \`${fname}\` as \`bool\``, 'E0054').primary(span).help('compare with zero instead', span, verbose(span, `${inner} != 0`)).emit();
      return;
    case 'E0604': {
      const d = fcx.err(`only \`u8\` can be cast as \`char\`, not \`${fname}\``, 'E0604').primary(span, 'invalid cast');
      if (fk.tag === 'Uint' && fk.uint === 'u32') d.help('consider using `char::from_u32` instead', span, verbose(span, `char::from_u32(${inner})`));
      d.emit();
      return;
    }
    case 'E0606': {
      const d = fcx.err(`casting \`${fname}\` as \`${tname}\` is invalid`, 'E0606').primary(span);
      if (fk.tag === 'Ref') {
        const pk = tyKind(fcx.resolve(fk.pointee));
        const scalar = pk.tag === 'Int' || pk.tag === 'Uint' || pk.tag === 'Float' || pk.tag === 'Bool' || pk.tag === 'Char';
        if (scalar) d.help('dereference the expression', span, verbose(shrinkToLo(c.inner.span), '*'));
        else d.help('cast through a raw pointer first');
      }
      d.emit();
      return;
    }
    case 'E0605':
      fcx
        .err(`non-primitive cast: \`${fname}\` as \`${tname}\``, 'E0605')
        .primary(span, 'an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object')
        .emit();
      return;
  }
}

