import { describe, expect, it } from 'vitest';
import type { Expr } from '../../src/hir/expr.ts';
import type { HirCrate } from '../../src/hir/hir.ts';
import { itemBody } from '../../src/hir/hir.ts';
import type { TcxImpl } from '../../src/middle/tcx.ts';
import type { DefId } from '../../src/ty/def-id.ts';
import { forEachExpr } from './hir-walk.ts';
import { compile } from './harness.ts';
import { ITER_LANG_ITEMS } from './iter-lang-items.ts';

// A library in miniature: a formatter, a trait with impls for primitive and reference types.
const LIB = `
struct Formatter { n: usize }
impl Formatter {
    fn write_str(&mut self, s: &str) { self.n += 1; let _ = s; }
    fn count(&self) -> usize { self.n }
}
trait Show { fn show(&self, f: &mut Formatter); fn twice(&self, f: &mut Formatter) { self.show(f); self.show(f); } }
impl Show for i32 { fn show(&self, f: &mut Formatter) { f.write_str("i32"); } }
impl Show for &str { fn show(&self, f: &mut Formatter) { f.write_str(self); } }
impl Show for u8 { fn show(&self, f: &mut Formatter) { f.write_str("u8"); } }
`;

function fnDef(hir: HirCrate, tcx: TcxImpl, name: string): DefId {
  for (const item of hir.items.values()) if (item.kind.tag === 'Fn' && tcx.defName(item.def) === name) return item.def;
  throw new Error(`no fn ${name}`);
}

function exprsOf(hir: HirCrate, def: DefId, tag: Expr['kind']['tag']): Expr[] {
  const out: Expr[] = [];
  forEachExpr(itemBody(hir, def)!.value, (e) => { if (e.kind.tag === tag) out.push(e); });
  return out;
}

function setup(main: string) {
  const c = compile(LIB + main);
  expect(c.text).toBe('');
  const a = c.analysis!;
  const def = fnDef(a.hir, a.tcx, 'main');
  return { a, tcx: a.tcx, def, r: a.typeck(def) };
}

describe('typeck results', () => {
  it('defaults integer literals to i32 and infers from use', () => {
    const { a, tcx, def, r } = setup('fn main() { let a = 1; let b = 2; let c: u8 = b; let _ = (a, c); }');
    const lets = exprsOf(a.hir, def, 'Lit').map((e) => tcx.tyString(r.nodeType(e.hirId)));
    expect(lets).toEqual(['i32', 'u8']);
  });

  it('resolves a trait path call to the impl method for the argument type', () => {
    const { a, tcx, def, r } = setup('fn main() { let mut f = Formatter { n: 0 }; let x = 5u8; Show::show(&x, &mut f); <i32 as Show>::show(&7, &mut f); }');
    const paths = exprsOf(a.hir, def, 'Call').map((c) => (c.kind.tag === 'Call' ? c.kind.func : c));
    const picked = paths.map((p) => r.typeDependentDef(p.hirId)).map((d) => d && tcx.defPath(d.def).join('::'));
    expect(picked).toEqual(['test::<u8 as Show>::show', 'test::<i32 as Show>::show']);
    expect(tcx.tyString(r.nodeType(paths[0]!.hirId))).toBe('fn item {show}');
  });

  it('picks methods with autoref and autoderef and records the adjustments', () => {
    const { a, tcx, def, r } = setup(`
fn use_ref(f: &mut Formatter) -> usize { f.write_str("x"); f.count() }
fn main() { let mut f = Formatter { n: 0 }; f.write_str("a"); let n = f.count(); let s = "hi"; s.show(&mut f); let _ = (n, use_ref(&mut f)); }`);
    const calls = exprsOf(a.hir, def, 'MethodCall');
    const info = calls.map((c) => {
      const k = c.kind as Extract<Expr['kind'], { tag: 'MethodCall' }>;
      const adj = r.adjustments(k.receiver.hirId).map((x) => `${x.kind.tag === 'Borrow' ? `Borrow(${x.kind.mutbl})` : x.kind.tag}->${tcx.tyString(x.target)}`);
      return `${tcx.defPath(r.typeDependentDef(c.hirId)!.def).join('::')} [${adj.join(', ')}]`;
    });
    expect(info).toEqual([
      'test::Formatter::write_str [Borrow(mut)->&mut Formatter]',
      'test::Formatter::count [Borrow(not)->&Formatter]',
      'test::<&str as Show>::show [Borrow(not)->&&str]',
    ]);
    const inner = fnDef(a.hir, tcx, 'use_ref');
    const r2 = a.typeck(inner);
    const adj2 = exprsOf(a.hir, inner, 'MethodCall').map((c) => {
      const k = c.kind as Extract<Expr['kind'], { tag: 'MethodCall' }>;
      return r2.adjustments(k.receiver.hirId).map((x) => `${x.kind.tag}->${tcx.tyString(x.target)}`).join(', ');
    });
    expect(adj2).toEqual(['Deref->Formatter, Borrow->&mut Formatter', 'Deref->Formatter, Borrow->&Formatter']);
  });

  it('uses the default method of a trait with Self substituted', () => {
    const { a, tcx, def, r } = setup('fn main() { let mut f = Formatter { n: 0 }; 3i32.twice(&mut f); }');
    const call = exprsOf(a.hir, def, 'MethodCall')[0]!;
    const d = r.typeDependentDef(call.hirId)!;
    expect(tcx.defPath(d.def).join('::')).toBe('test::Show::twice');
    expect(d.args.map((x) => (x.tag === 'Type' ? tcx.tyString(x.ty) : '?'))).toEqual(['i32']);
  });

  it('records coercions: reborrow, unsize, reify, never-to-any', () => {
    const { a, tcx, def, r } = setup(`
fn takes(s: &[u8], p: fn(u8) -> u8, f: &Formatter) -> u8 { let _ = (s, f); p(1) }
fn id(x: u8) -> u8 { x }
fn main() { let arr = [1u8, 2, 3]; let mut f = Formatter { n: 0 }; let v: u8 = takes(&arr, id, &mut f); let w: u8 = if v > 1 { 2 } else { return; }; let _ = w; }`);
    const call = exprsOf(a.hir, def, 'Call').find((c) => c.kind.tag === 'Call' && c.kind.args.length === 3)!;
    const args = (call.kind as Extract<Expr['kind'], { tag: 'Call' }>).args;
    const show = (e: Expr) => r.adjustments(e.hirId).map((x) => (x.kind.tag === 'Pointer' ? x.kind.cast : x.kind.tag)).join(',');
    expect(args.map(show)).toEqual(['Deref,Borrow,Unsize', 'ReifyFnPointer', 'Deref,Borrow']);
    const ret = exprsOf(a.hir, def, 'If')[0]!;
    const els = (ret.kind as Extract<Expr['kind'], { tag: 'If' }>).els!;
    expect(show(els)).toBe('NeverToAny');
    expect(tcx.tyString(r.nodeType(ret.hirId))).toBe('u8');
  });

  it('types field access through references and tuple indices', () => {
    const { a, tcx, def, r } = setup('fn main() { let f = Formatter { n: 3 }; let rf = &f; let t = (1u8, (2u16, true)); let _ = (rf.n, t.1.1); }');
    const fields = exprsOf(a.hir, def, 'Field');
    expect(fields.map((e) => `${tcx.tyString(r.nodeType(e.hirId))}@${r.fieldIndex(e.hirId)}`)).toEqual(['usize@0', 'bool@1', '(u16, bool)@1']);
    const base = (fields[0]!.kind as Extract<Expr['kind'], { tag: 'Field' }>).expr;
    expect(r.adjustments(base.hirId).map((x) => x.kind.tag)).toEqual(['Deref']);
  });

  it('desugars for loops over ranges into typed loops', () => {
    const { a, tcx, def, r } = setup(`${ITER_LANG_ITEMS}fn main() { let mut s = 0u64; for i in 0..10 { s += i; } for j in 1..=3u8 { let _ = j; } let _ = s; }`);
    const loops = exprsOf(a.hir, def, 'Loop');
    expect(loops.map((l) => (l.kind.tag === 'Loop' ? l.kind.source : ''))).toEqual(['for', 'for']);
    expect(loops.map((l) => tcx.tyString(r.nodeType(l.hirId)))).toEqual(['()', '()']);
  });

  it('marks casts that are coercions', () => {
    const { a, r } = setup('fn main() { let x = 5u32; let p = &x as *const u32; let n = p as usize; let c = 65u8 as char; let _ = (n, c); }');
    const casts = exprsOf(a.hir, def(a), 'Cast');
    expect(casts.map((c) => r.isCoercionCast(c.hirId))).toEqual([true, false, false]);
  });
});

function def(a: { hir: HirCrate; tcx: TcxImpl }): DefId {
  return fnDef(a.hir, a.tcx, 'main');
}

describe('overloaded operators', () => {
  const OPS = `
#[lang = "add"] trait Add { fn add(self, rhs: Self) -> Self; }
#[lang = "eq"] trait PartialEq { fn eq(&self, other: &Self) -> bool; fn ne(&self, other: &Self) -> bool { !self.eq(other) } }
#[lang = "neg"] trait Neg { fn neg(self) -> Self; }
#[lang = "add_assign"] trait AddAssign { fn add_assign(&mut self, rhs: Self); }
#[lang = "index"] trait Index { fn index(&self, i: usize) -> &u32; }
#[derive()] struct V(u32);
impl Add for V { fn add(self, rhs: V) -> V { V(self.0 + rhs.0) } }
impl PartialEq for V { fn eq(&self, other: &V) -> bool { self.0 == other.0 } }
impl Neg for V { fn neg(self) -> V { V(0) } }
impl AddAssign for V { fn add_assign(&mut self, rhs: V) { self.0 += rhs.0; } }
impl Index for V { fn index(&self, i: usize) -> &u32 { let _ = i; &self.0 } }
impl PartialEq for &str { fn eq(&self, other: &&str) -> bool { let _ = other; true } }
`;
  it('resolves operators on user types to their lang-item trait methods', () => {
    const c = compile(`${OPS}
fn main() { let mut a = V(1); let b = a + V(2); let same = b == V(3); let diff = b != V(4); let n = -V(5); a += V(6); let x: u32 = a[0]; let s = "x" == "y"; let _ = (same, diff, n, x, s); }`);
    expect(c.text).toBe('');
    const a = c.analysis!;
    const main = fnDef(a.hir, a.tcx, 'main');
    const r = a.typeck(main);
    const ops = [...exprsOf(a.hir, main, 'Binary'), ...exprsOf(a.hir, main, 'Unary'), ...exprsOf(a.hir, main, 'AssignOp'), ...exprsOf(a.hir, main, 'Index')];
    const picked = ops.map((e) => {
      const d = r.typeDependentDef(e.hirId);
      return d ? `${a.tcx.defPath(d.def).join('::')}${d.args.length ? `[${d.args.map((x) => (x.tag === 'Type' ? a.tcx.tyString(x.ty) : '')).join()}]` : ''}` : 'builtin';
    });
    expect(picked).toEqual([
      'test::<V as Add>::add',
      'test::<V as PartialEq>::eq',
      'test::PartialEq::ne[V]',
      'test::<&str as PartialEq>::eq',
      'test::<V as Neg>::neg',
      'test::<V as AddAssign>::add_assign',
      'test::<V as Index>::index',
    ]);
    const idx = exprsOf(a.hir, main, 'Index')[0]!;
    expect(a.tcx.tyString(r.nodeType(idx.hirId))).toBe('u32');
  });
});
