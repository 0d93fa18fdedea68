import type { Arm, Block, Expr } from '../../hir/expr.ts';
import type { HirPat } from '../../hir/pat.ts';
import { tyKind, tys } from '../../ty/interner.ts';
import type { BasicBlock, Operand, Place } from '../mir.ts';
import { discriminantTy, intInfo, truncBits } from '../tys.ts';
import { local, project, type Builder } from './builder.ts';
import { adtFieldTys } from './adt.ts';
import { asOperand, asPlace } from './expr.ts';
import { full } from './expr-ref.ts';
import { blockInto, exprInto } from './into.ts';
import { popDropScope, pushDropScope } from './scope.ts';
import { adjustedPlace, bindPattern, declareBindings, fieldPlace, patVariant, slicePlaces, tupleFieldIndices } from './pattern.ts';
import { intConst } from './constant.ts';
import { callMethod } from './overloaded.ts';
import { pathTarget } from './path.ts';

// Pattern matching, lowered arm by arm: each arm tests its pattern against the scrutinee
// place (jumping to the next arm on failure), binds, checks its guard, runs its body. Not
// rustc's decision trees, but linear in the size of the patterns and correct for
// integers, bools, chars, ranges, tuples, structs, enums and or-patterns.

function switchOn(b: Builder, discr: Operand, value: bigint, fail: BasicBlock, span: Expr['span']): void {
  const ok = b.newBlock();
  b.terminate({ tag: 'SwitchInt', discr, span, targets: { values: [value], targets: [ok], otherwise: fail } });
  b.cur = ok;
}

/** Continues in a new block if `cond` is true, else jumps to `fail`. */
function requireTrue(b: Builder, cond: Operand, fail: BasicBlock, span: Expr['span']): void {
  const ok = b.newBlock();
  b.terminate({ tag: 'SwitchInt', discr: cond, span, targets: { values: [0n], targets: [fail], otherwise: ok } });
  b.cur = ok;
}

/** Emits the tests of `pat` on `place`; falls through on success, jumps to `fail` otherwise. */
export function testPattern(b: Builder, pat: HirPat, place: Place, fail: BasicBlock): void {
  place = adjustedPlace(b, pat, place);
  const k = pat.kind;
  const span = pat.span;
  switch (k.tag) {
    case 'Wild': return;
    case 'Binding': if (k.sub) testPattern(b, k.sub, place, fail); return;
    case 'Lit': return testEq(b, place, asOperand(b, full(b, k.expr)), fail, span);
    case 'Range': {
      const cur: Operand = { tag: 'Copy', place };
      if (k.lo) {
        const lo = asOperand(b, full(b, k.lo));
        const t = b.temp({ tag: 'BinaryOp', op: 'Le', lhs: lo, rhs: cur }, tys.bool, span);
        requireTrue(b, { tag: 'Move', place: local(t) }, fail, span);
      }
      if (k.hi) {
        const hi = asOperand(b, full(b, k.hi));
        const t = b.temp({ tag: 'BinaryOp', op: k.end === 'included' ? 'Le' : 'Lt', lhs: cur, rhs: hi }, tys.bool, span);
        requireTrue(b, { tag: 'Move', place: local(t) }, fail, span);
      }
      return;
    }
    case 'Path': {
      const ty = b.placeTy(place);
      const tk = tyKind(ty);
      if (tk.tag === 'Adt') {
        const v = patVariant(b, pat, place);
        if (v.isEnum) testVariant(b, place, v.variant, fail, span);
        return;
      }
      // A constant: compare by value.
      const t = pathTarget(b, { hirId: pat.hirId, kind: { tag: 'Path', qpath: k.qpath }, span });
      if (t.tag !== 'Def') throw new Error('MIR build: path pattern is not a constant');
      const c = asOperand(b, full(b, { hirId: pat.hirId, kind: { tag: 'Path', qpath: k.qpath }, span }));
      return testEq(b, place, c, fail, span);
    }
    case 'Tuple': {
      const tk = tyKind(b.placeTy(place));
      if (tk.tag !== 'Tuple') throw new Error('MIR build: tuple pattern on a non-tuple');
      const idx = tupleFieldIndices(k.pats.length, tk.elems.length, k.dotdot);
      k.pats.forEach((s, i) => testPattern(b, s, fieldPlace(b, place, idx[i]!, tk.elems), fail));
      return;
    }
    case 'TupleStruct': case 'Struct': {
      const v = patVariant(b, pat, place);
      if (v.isEnum) testVariant(b, place, v.variant, fail, span);
      const tk = tyKind(b.placeTy(place));
      if (tk.tag !== 'Adt') throw new Error('MIR build: struct pattern on a non-ADT');
      const ftys = adtFieldTys(b.cx, tk.def, tk.args, v.variant);
      if (k.tag === 'TupleStruct') {
        const idx = tupleFieldIndices(k.pats.length, ftys.length, k.dotdot);
        k.pats.forEach((s, i) => testPattern(b, s, fieldPlace(b, v.place, idx[i]!, ftys), fail));
      } else {
        for (const fp of k.fields) testPattern(b, fp.pat, fieldPlace(b, v.place, b.tr.fieldIndex(fp.hirId), ftys), fail);
      }
      return;
    }
    case 'Ref': return testPattern(b, k.pat, project(place, { tag: 'Deref' }), fail);
    case 'Or': {
      const ok = b.newBlock();
      k.pats.forEach((alt, i) => {
        const last = i === k.pats.length - 1;
        const next = last ? fail : b.newBlock();
        testPattern(b, alt, place, next);
        b.goto(ok, alt.span);
        if (!last) b.cur = next;
      });
      b.cur = ok;
      return;
    }
    case 'Slice': {
      const n = k.before.length + k.after.length;
      if (tyKind(b.placeTy(place)).tag === 'Slice') {
        // Arrays have their length in the type; slices test it: `len == n`, or `len >= n` with a `..`.
        const len = b.temp({ tag: 'Len', place }, tys.usize, span);
        const cmp = b.temp({ tag: 'BinaryOp', op: k.mid ? 'Ge' : 'Eq', lhs: { tag: 'Move', place: local(len) }, rhs: intConst(b, tys.usize, BigInt(n), span) }, tys.bool, span);
        requireTrue(b, { tag: 'Move', place: local(cmp) }, fail, span);
      }
      const sp = slicePlaces(b, place, k.before.length, k.after.length);
      k.before.forEach((s, i) => testPattern(b, s, sp.before[i]!, fail));
      k.after.forEach((s, i) => testPattern(b, s, sp.after[i]!, fail));
      if (k.mid) testPattern(b, k.mid, sp.rest, fail);
      return;
    }
    case 'Never': case 'Err': throw new Error(`MIR build: ${k.tag} pattern`);
  }
}

function testVariant(b: Builder, place: Place, variant: number, fail: BasicBlock, span: Expr['span']): void {
  const tk = tyKind(b.placeTy(place));
  if (tk.tag !== 'Adt') throw new Error('unreachable');
  const adt = b.cx.adtDef(tk.def);
  const dty = discriminantTy(adt);
  const d = b.temp({ tag: 'Discriminant', place }, dty, span);
  const info = intInfo(dty, b.pointerWidth)!;
  switchOn(b, { tag: 'Move', place: local(d) }, truncBits(adt.variants[variant]!.discr, info.bits), fail, span);
}

/** `place == c`: a SwitchInt on the constant's bits for integers, bools and chars. */
function testEq(b: Builder, place: Place, c: Operand, fail: BasicBlock, span: Expr['span']): void {
  const ty = b.placeTy(place);
  if (c.tag === 'Constant' && c.constant.value.tag === 'Scalar' && intInfo(ty, b.pointerWidth)) {
    switchOn(b, { tag: 'Copy', place }, c.constant.value.bits, fail, span);
    return;
  }
  const tk = tyKind(ty);
  if (tk.tag === 'Ref' && tyKind(tk.pointee).tag === 'Str') {
    // A string literal pattern: `<str as PartialEq>::eq(place, lit)`, as rustc lowers it.
    const eq = b.cx.strEq?.() ?? null;
    if (eq === null) throw new Error('MIR build: matching on `&str` needs `impl PartialEq for str` in core');
    const res = callMethod(b, { def: eq, args: [] }, [{ tag: 'Copy', place }, c], tys.bool, span);
    requireTrue(b, { tag: 'Move', place: res }, fail, span);
    return;
  }
  if (tk.tag === 'Ref') throw new Error('MIR build: reference literal patterns other than strings are not supported yet');
  const t = b.temp({ tag: 'BinaryOp', op: 'Eq', lhs: { tag: 'Copy', place }, rhs: c }, tys.bool, span);
  requireTrue(b, { tag: 'Move', place: local(t) }, fail, span);
}

export function lowerMatch(b: Builder, dest: Place | null, e: Expr, scrutinee: Expr, arms: readonly Arm[]): void {
  const place = asPlace(b, full(b, scrutinee));
  b.push({ tag: 'FakeRead', place, span: scrutinee.span });
  const join = b.newBlock();
  const testAlt = (alt: HirPat, p: Place, f: BasicBlock) => testPattern(b, alt, p, f);
  for (const arm of arms) {
    const fail = b.newBlock();
    const alts = arm.guard ? orAlternatives(arm.pat) : null;
    if (arm.guard && alts !== null && alts.length > 1) {
      // `p1 | p2 if guard`: the guard runs for each alternative that matches, in order,
      // with that alternative's bindings, until one passes.
      pushDropScope(b, true);
      const locals = declareBindings(b, arm.pat, 'pattern');
      const matched = b.newBlock();
      alts.forEach((alt, i) => {
        const next = i === alts.length - 1 ? fail : b.newBlock();
        // A later alternative binds afresh (borrowck: the earlier attempt's values are gone).
        if (i > 0) {
          for (const l of locals) b.push({ tag: 'StorageDead', local: l, span: alt.span });
          for (const l of locals) b.push({ tag: 'StorageLive', local: l, span: alt.span });
        }
        testPattern(b, alt, place, next);
        bindPattern(b, alt, place, testAlt);
        requireTrue(b, asOperand(b, full(b, arm.guard!)), next, arm.guard!.span);
        b.goto(matched, arm.span);
        b.cur = next;
      });
      b.cur = matched;
      exprInto(b, dest, full(b, arm.body));
      popDropScope(b, arm.span);
      b.goto(join, arm.span);
      b.cur = fail;
      continue;
    }
    testPattern(b, arm.pat, place, fail);
    // An arm is a scope for its bindings and the temporaries of its body.
    pushDropScope(b, true);
    declareBindings(b, arm.pat, 'pattern');
    bindPattern(b, arm.pat, place, testAlt);
    if (arm.guard) requireTrue(b, asOperand(b, full(b, arm.guard)), fail, arm.guard.span);
    exprInto(b, dest, full(b, arm.body));
    popDropScope(b, arm.span);
    b.goto(join, arm.span);
    b.cur = fail;
  }
  // Exhaustiveness was checked before MIR building: no arm matching is impossible.
  b.terminate({ tag: 'Unreachable', span: e.span });
  b.cur = join;
}

/**
 * The or-free patterns `p` stands for, in matching order (each or-pattern replaced by one of
 * its alternatives; nodes keep their HirIds). Null when there would be too many.
 */
export function orAlternatives(p: HirPat, limit = 64): HirPat[] | null {
  const k = p.kind;
  const product = (parts: readonly HirPat[], rebuild: (ps: HirPat[]) => HirPat): HirPat[] | null => {
    let acc: HirPat[][] = [[]];
    for (const part of parts) {
      const alts = orAlternatives(part, limit);
      if (alts === null) return null;
      const next: HirPat[][] = [];
      for (const prefix of acc) for (const a of alts) next.push([...prefix, a]);
      if (next.length > limit) return null;
      acc = next;
    }
    return acc.map(rebuild);
  };
  switch (k.tag) {
    case 'Or': {
      const out: HirPat[] = [];
      for (const alt of k.pats) {
        const a = orAlternatives(alt, limit);
        if (a === null) return null;
        out.push(...a);
      }
      return out.length > limit ? null : out;
    }
    case 'Binding':
      return k.sub ? product([k.sub], ([s]) => ({ ...p, kind: { ...k, sub: s! } })) : [p];
    case 'Tuple': return product(k.pats, (ps) => ({ ...p, kind: { ...k, pats: ps } }));
    case 'TupleStruct': return product(k.pats, (ps) => ({ ...p, kind: { ...k, pats: ps } }));
    case 'Struct':
      return product(k.fields.map((f) => f.pat), (ps) => ({ ...p, kind: { ...k, fields: k.fields.map((f, i) => ({ ...f, pat: ps[i]! })) } }));
    case 'Ref': return product([k.pat], ([s]) => ({ ...p, kind: { ...k, pat: s! } }));
    case 'Slice': {
      const parts = [...k.before, ...(k.mid ? [k.mid] : []), ...k.after];
      const nb = k.before.length;
      return product(parts, (ps) => ({ ...p, kind: { ...k, before: ps.slice(0, nb), mid: k.mid ? ps[nb]! : null, after: ps.slice(nb + (k.mid ? 1 : 0)) } }));
    }
    default: return [p];
  }
}

/** `let PAT = init else { els };` */
export function lowerLetElse(b: Builder, pat: HirPat, init: Expr, els: Block): void {
  const place = asPlace(b, full(b, init));
  const fail = b.newBlock();
  testPattern(b, pat, place, fail);
  const ok = b.cur;
  b.cur = fail;
  blockInto(b, null, els, tys.never);
  if (b.blocks[b.cur]!.terminator === null) b.terminate({ tag: 'Unreachable', span: els.span });
  b.cur = ok;
  declareBindings(b, pat, 'pattern');
  bindPattern(b, pat, place, (alt, p, f) => testPattern(b, alt, p, f));
}
