import type { HirPat } from '../../hir/pat.ts';
import { symStr } from '../../syntax/symbol.ts';
import { tyKind } from '../../ty/interner.ts';
import type { Ty } from '../../ty/ty.ts';
import type { Local, Place, UserBinding } from '../mir.ts';
import { local, project, type Builder } from './builder.ts';
import { adtFieldTys, variantIndex } from './adt.ts';

/** Subpattern positions of a tuple-like pattern with an optional `..` at `dotdot`. */
export function tupleFieldIndices(count: number, arity: number, dotdot: number | null): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push(dotdot !== null && i >= dotdot ? arity - (count - i) : i);
  return out;
}

/**
 * Creates the locals of every binding in `pat` (with StorageLive, which also tells borrowck
 * the variable starts uninitialized here). `form` describes the root binding; nested
 * bindings of a destructuring pattern are `pattern` unless nothing initializes them.
 * Alternatives of an or-pattern share the locals of the first alternative's bindings.
 */
export function declareBindings(b: Builder, pat: HirPat, form: UserBinding['form']): Local[] {
  const out: Local[] = [];
  const nestedForm: UserBinding['form'] = form === 'uninit' ? 'uninit' : 'pattern';
  const walk = (p: HirPat, f: UserBinding['form'], byName: Map<string, Local> | null): void => {
    const k = p.kind;
    switch (k.tag) {
      case 'Binding': {
        const name = symStr(k.ident.name);
        const shared = byName?.get(name);
        if (shared !== undefined) {
          b.varMap.set(p.hirId, shared);
        } else {
          const mode = b.tr.bindingMode(p.hirId);
          const mutbl = mode.tag === 'ByValue' ? mode.mutbl : mode.bindingMutbl;
          const binding: UserBinding = { form: f, byValue: mode.tag === 'ByValue', isSelf: name === 'self' };
          const l = b.newLocal(b.tr.nodeType(p.hirId), p.span, name, mutbl, binding);
          b.varMap.set(p.hirId, l);
          b.varDebugInfo.push({ name, local: l, span: p.span });
          b.push({ tag: 'StorageLive', local: l, span: p.span });
          out.push(l);
        }
        if (k.sub) walk(k.sub, nestedForm, byName);
        return;
      }
      case 'Tuple': case 'TupleStruct': for (const s of k.pats) walk(s, nestedForm, byName); return;
      case 'Struct': for (const fp of k.fields) walk(fp.pat, nestedForm, byName); return;
      case 'Ref': walk(k.pat, nestedForm, byName); return;
      case 'Slice':
        for (const s of k.before) walk(s, nestedForm, byName);
        if (k.mid) walk(k.mid, nestedForm, byName);
        for (const s of k.after) walk(s, nestedForm, byName);
        return;
      case 'Or': {
        const first = out.length;
        walk(k.pats[0]!, f, byName);
        const names = byName ?? new Map<string, Local>();
        for (let i = first; i < out.length; i++) names.set(b.locals[out[i]!]!.name!, out[i]!);
        for (const alt of k.pats.slice(1)) walk(alt, f, names);
        return;
      }
      default: return;
    }
  };
  walk(pat, form, null);
  return out;
}

/** Type of field `index` of the tuple/struct/variant place of type `ty`. */
function fieldTys(b: Builder, ty: Ty, variant: number): Ty[] {
  const k = tyKind(ty);
  if (k.tag === 'Tuple') return [...k.elems];
  if (k.tag === 'Adt') return adtFieldTys(b.cx, k.def, k.args, variant);
  throw new Error('MIR build: field pattern on a type without fields');
}

export function fieldPlace(b: Builder, place: Place, index: number, tys: readonly Ty[]): Place {
  return project(place, { tag: 'Field', index, ty: tys[index]! });
}

/** Variant matched by a struct-like pattern, and its place (downcast for enums). */
export function patVariant(b: Builder, p: HirPat, place: Place): { variant: number; place: Place; isEnum: boolean } {
  const ty = b.placeTy(place);
  const k = tyKind(ty);
  if (k.tag !== 'Adt') return { variant: 0, place, isEnum: false };
  const adt = b.cx.adtDef(k.def);
  if (adt.kind !== 'enum') return { variant: 0, place, isEnum: false };
  const pk = p.kind;
  const qpath = pk.tag === 'Struct' || pk.tag === 'TupleStruct' || pk.tag === 'Path' ? pk.qpath : null;
  const tdd = b.tr.typeDependentDef(p.hirId);
  const res = qpath && qpath.tag === 'Resolved' ? qpath.path.res : null;
  const def = tdd ? tdd.def : res && res.tag === 'Def' ? res.def : null;
  if (def === null) throw new Error('MIR build: enum pattern without a variant');
  const variant = variantIndex(b.cx, k.def, def);
  return { variant, place: project(place, { tag: 'Downcast', variant }), isEnum: true };
}

/** The place a pattern matches: `place` dereferenced once per implicit deref typeck recorded (default binding modes). */
export function adjustedPlace(b: Builder, pat: HirPat, place: Place): Place {
  for (let n = b.tr.patAdjustments(pat.hirId).length; n > 0; n--) place = project(place, { tag: 'Deref' });
  return place;
}

/** Places of a slice pattern's elements (`before`, `after`) and of its `..` rest. */
export function slicePlaces(b: Builder, place: Place, before: number, after: number): { before: Place[]; after: Place[]; rest: Place } {
  const minLength = before + after;
  const bp: Place[] = [];
  const ap: Place[] = [];
  for (let i = 0; i < before; i++) bp.push(project(place, { tag: 'ConstantIndex', offset: i, minLength, fromEnd: false }));
  for (let j = 0; j < after; j++) ap.push(project(place, { tag: 'ConstantIndex', offset: after - j, minLength, fromEnd: true }));
  return { before: bp, after: ap, rest: project(place, { tag: 'Subslice', from: before, to: after, fromEnd: true }) };
}

/** Assigns the bindings of `pat` from `place` (no tests: the pattern matched). */
export function bindPattern(b: Builder, pat: HirPat, place: Place, testAlt: ((alt: HirPat, place: Place, fail: number) => void) | null): void {
  place = adjustedPlace(b, pat, place);
  const k = pat.kind;
  switch (k.tag) {
    case 'Wild': case 'Lit': case 'Range': case 'Path': case 'Never': case 'Err':
      return;
    case 'Binding': {
      const l = b.varMap.get(pat.hirId)!;
      const mode = b.tr.bindingMode(pat.hirId);
      if (mode.tag === 'ByValue') b.assign(local(l), { tag: 'Use', operand: b.operandFromPlace(place) }, pat.span);
      else b.assign(local(l), { tag: 'Ref', mutbl: mode.mutbl, place }, pat.span);
      if (k.sub) bindPattern(b, k.sub, place, testAlt);
      return;
    }
    case 'Tuple': {
      const tys = fieldTys(b, b.placeTy(place), 0);
      const idx = tupleFieldIndices(k.pats.length, tys.length, k.dotdot);
      k.pats.forEach((s, i) => bindPattern(b, s, fieldPlace(b, place, idx[i]!, tys), testAlt));
      return;
    }
    case 'TupleStruct': {
      const v = patVariant(b, pat, place);
      const tys = fieldTys(b, b.placeTy(place), v.variant);
      const idx = tupleFieldIndices(k.pats.length, tys.length, k.dotdot);
      k.pats.forEach((s, i) => bindPattern(b, s, fieldPlace(b, v.place, idx[i]!, tys), testAlt));
      return;
    }
    case 'Struct': {
      const v = patVariant(b, pat, place);
      const tys = fieldTys(b, b.placeTy(place), v.variant);
      for (const fp of k.fields) bindPattern(b, fp.pat, fieldPlace(b, v.place, b.tr.fieldIndex(fp.hirId), tys), testAlt);
      return;
    }
    case 'Ref':
      bindPattern(b, k.pat, project(place, { tag: 'Deref' }), testAlt);
      return;
    case 'Or': {
      if (!hasBindings(pat)) return;
      if (testAlt === null) {
        bindPattern(b, k.pats[0]!, place, testAlt);
        return;
      }
      // Find the alternative that matched again (tests only read) and bind from it.
      const done = b.newBlock();
      k.pats.forEach((alt, i) => {
        if (i === k.pats.length - 1) {
          bindPattern(b, alt, place, testAlt);
        } else {
          const next = b.newBlock();
          testAlt(alt, place, next);
          bindPattern(b, alt, place, testAlt);
          b.goto(done, alt.span);
          b.cur = next;
        }
      });
      b.goto(done, pat.span);
      b.cur = done;
      return;
    }
    case 'Slice': {
      const sp = slicePlaces(b, place, k.before.length, k.after.length);
      k.before.forEach((s, i) => bindPattern(b, s, sp.before[i]!, testAlt));
      if (k.mid) bindPattern(b, k.mid, sp.rest, testAlt);
      k.after.forEach((s, i) => bindPattern(b, s, sp.after[i]!, testAlt));
      return;
    }
  }
}

export function hasBindings(p: HirPat): boolean {
  const k = p.kind;
  switch (k.tag) {
    case 'Binding': return true;
    case 'Tuple': case 'TupleStruct': return k.pats.some(hasBindings);
    case 'Struct': return k.fields.some((f) => hasBindings(f.pat));
    case 'Ref': return hasBindings(k.pat);
    case 'Or': return k.pats.some(hasBindings);
    case 'Slice': return k.before.some(hasBindings) || (k.mid !== null && hasBindings(k.mid)) || k.after.some(hasBindings);
    default: return false;
  }
}
