import { describe, expect, it } from 'vitest';
import { compile, errs } from './harness.ts';
import { walkExprs } from '../../src/borrowck/hir-visit.ts';

// Method calls and `Type::item` paths see only the traits in scope (rustc's trait_map):
// resolve computes them per scope and hands them to typeck through the HIR.
const TRAITS = `
mod units {
    pub trait Meters { fn meters(&self) -> u32; }
    pub trait Feet { fn meters(&self) -> u32; fn feet(&self) -> u32; }
    pub trait Make { fn make() -> Self; }
    impl Meters for u32 { fn meters(&self) -> u32 { *self } }
    impl Feet for u32 { fn meters(&self) -> u32 { *self * 3 } fn feet(&self) -> u32 { *self } }
    impl Make for u32 { fn make() -> u32 { 7 } }
}
`;

function traitOfCall(c: ReturnType<typeof compile>, fnName: string): string[] {
  const tcx = c.analysis!.tcx;
  const owner = c.analysis!.hir.bodyOwners.find((o) => tcx.defName(o.def) === fnName)!;
  const r = tcx.typeck(owner.def);
  const out: string[] = [];
  walkExprs(c.analysis!.hir.bodies.get(owner.body)!.value, (e) => {
    const d = e.kind.tag === 'MethodCall' ? r.typeDependentDef(e.hirId) : null;
    const parent = d ? tcx.parent(d.def) : null;
    const trait = parent !== null && tcx.defKind(parent) === 'Impl' ? tcx.implTrait(parent) : parent;
    if (trait !== null) out.push(tcx.defName(trait));
  });
  return out;
}

describe('traits in scope', () => {
  it('does not find a method of a trait that is not imported (E0599 with the import help)', () => {
    const c = compile(`${TRAITS}
fn main() { let x: u32 = 1; let _ = x.feet(); }
`);
    expect(errs(c)).toEqual(['E0599 11:39 no method named `feet` found for type `u32` in the current scope']);
    expect(c.text).toContain('help: items from traits can only be used if the trait is in scope');
    expect(c.text).toContain("trait `Feet` which provides `feet` is implemented but not in scope; perhaps you want to import it");
    expect(c.text).toContain('+ use crate::units::Feet;');
  });

  it('picks the method of the trait that is in scope when two traits have it', () => {
    const c = compile(`${TRAITS}
fn metric(x: u32) -> u32 { use units::Meters; x.meters() }
fn imperial(x: u32) -> u32 { use units::Feet as _; x.meters() }
fn main() {}
`);
    expect(c.text).toBe('');
    expect(traitOfCall(c, 'metric')).toEqual(['Meters']);
    expect(traitOfCall(c, 'imperial')).toEqual(['Feet']);
  });

  it('brings traits in scope by glob imports and by several `as _` imports in one module', () => {
    const c = compile(`${TRAITS}
mod a {
    use crate::units::Meters as _;
    use crate::units::Make as _;
    pub fn f(x: u32) -> u32 { x.meters() + u32::make() }
}
mod b {
    use crate::units::*;
    pub fn g(x: u32) -> u32 { x.feet() }
}
fn main() { let _ = a::f(1) + b::g(2); }
`);
    expect(c.diags.filter((d) => d.level === 'error')).toEqual([]);
  });

  it('limits an import in a block to that block', () => {
    const c = compile(`${TRAITS}
fn main() {
    let x: u32 = 2;
    { use units::Feet; let _ = x.feet(); }
    let _ = x.feet();
}
`);
    expect(errs(c)).toEqual(['E0599 14:15 no method named `feet` found for type `u32` in the current scope']);
  });

  it('needs the trait in scope for `Type::item` paths too, but not for `<T as Trait>::item`', () => {
    const c = compile(`${TRAITS}
fn main() {
    let _ = <u32 as units::Make>::make();
    let _ = u32::make();
}
`);
    expect(errs(c)).toEqual(['E0599 13:18 no function or associated item named `make` found for type `u32` in the current scope']);
    expect(c.text).toContain('+ use crate::units::Make;');
  });

  it('puts the implemented trait in scope inside its impl, and a trait of a bound on a parameter', () => {
    const c = compile(`${TRAITS}
struct S(u32);
impl units::Feet for S {
    fn meters(&self) -> u32 { self.feet() * 2 }
    fn feet(&self) -> u32 { self.0 }
}
fn generic<T: units::Meters>(t: &T) -> u32 { t.meters() }
fn main() { let _ = generic(&3u32); }
`);
    expect(c.text).toBe('');
  });

  it('records one shared trait list per scope in the HIR', () => {
    const c = compile(`${TRAITS}
fn main() {
    use units::Meters;
    let x: u32 = 1;
    let _ = x.meters() + x.meters();
}
`);
    expect(c.text).toBe('');
    const hir = c.analysis!.hir;
    const lists = [...hir.traitMap.values()].filter((s) => s.traits.some((t) => c.analysis!.tcx.defName(t) === 'Meters'));
    expect(lists.length).toBe(2);
    expect(lists[0]).toBe(lists[1]);
    expect(lists[0]!.traits.map((t) => c.analysis!.tcx.defName(t))).toEqual(['Meters']);
  });
});
