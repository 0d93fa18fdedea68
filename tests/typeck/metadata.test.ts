import { describe, expect, it } from 'vitest';
import { encodeMetadata, loadCrate, decodeMetadata, MetadataError } from '../../src/metadata/index.ts';
import { compile, errs } from './harness.ts';

const LIB = `
pub mod shapes {
    pub struct Rect { pub w: u32, pub h: u32, id: u8 }
    pub struct Meters(pub u64);
    pub enum Kind { Small, Large = 10 }
    impl Rect {
        pub fn area(&self) -> u32 { self.w * self.h }
        pub fn new(w: u32, h: u32) -> Rect { Rect { w, h, id: 0 } }
    }
    pub trait Describe { fn describe(&self) -> u32; fn twice(&self) -> u32 { self.describe() * 2 } }
    impl Describe for Rect { fn describe(&self) -> u32 { self.area() } }
    pub const MAX: u32 = 7 * 6;
    pub static mut COUNTER: u32 = 0;
    fn private_helper() {}
}
pub use shapes::Rect as Rectangle;
#[no_mangle]
pub extern "C" fn exported(x: u32) -> u32 { x }
`;

function libCrate() {
  const c = compile(LIB, { name: 'geo', types: ['lib'] });
  expect(c.text).toBe('');
  return loadCrate(encodeMetadata(c.analysis!), 1, 'libgeo.rlib');
}

describe('metadata', () => {
  it('lets a dependent use structs, enums, impls, traits, consts and re-exports', () => {
    const geo = libCrate();
    const c = compile(`
use geo::shapes::{Describe, Kind, Meters, MAX};
fn main() {
    let r = geo::Rectangle::new(2, 3);
    let a: u32 = r.area() + r.w + r.describe() + r.twice() + MAX;
    let m = Meters(5).0;
    let k = Kind::Large;
    let _ = (a, m, k);
}
`, { deps: [geo] });
    expect(errs(c)).toEqual([]);
  });

  it('answers the Tcx queries for extern items like for local ones', () => {
    const geo = libCrate();
    const c = compile(`fn main() { let _ = geo::exported(1); }`, { deps: [geo] });
    const tcx = c.analysis!.tcx;
    const [exported] = [...tcx.crate(1).children(tcx.crate(1).root)].filter((ch) => ch.name === 'exported');
    const def = exported!.res.tag === 'Def' ? exported!.res.def : null;
    expect(def).not.toBeNull();
    expect(tcx.codegenAttrs(def!).exportName).toBe('exported');
    expect(tcx.fnSig(def!).abi).toBe('C');
    expect(tcx.defPath(def!)).toEqual(['geo', 'exported']);
    expect(tcx.crateHash(1)).toBe(geo.hash);
    const kind = [...tcx.crate(1).children(tcx.crate(1).root)].find((ch) => ch.name === 'shapes')!;
    const shapes = kind.res.tag === 'Def' ? kind.res.def : null;
    const enumDef = tcx.crate(1).children(shapes!).find((ch) => ch.name === 'Kind')!;
    const adt = tcx.adtDef(enumDef.res.tag === 'Def' ? enumDef.res.def : shapes!);
    expect(adt.variants.map((v) => `${v.name}=${v.discr}`)).toEqual(['Small=0', 'Large=10']);
  });

  it('keeps private items private across crates', () => {
    const geo = libCrate();
    const c = compile(`fn main() { geo::shapes::private_helper(); let r = geo::shapes::Rect::new(1, 1); let _ = r.id; }`, { deps: [geo] });
    expect(errs(c)).toEqual(['E0603 1:26 function `private_helper` is private', 'E0616 1:92 field `id` of struct `Rect` is private']);
  });

  it('refuses metadata from another compiler version', () => {
    const c = compile('pub fn f() {}', { name: 'old', types: ['lib'] });
    const blob = JSON.parse(new TextDecoder().decode(encodeMetadata(c.analysis!))) as { compiler: string };
    blob.compiler = '0.0.1';
    const bytes = new TextEncoder().encode(JSON.stringify(blob));
    expect(() => decodeMetadata(bytes, 'libold.rlib')).toThrow(MetadataError);
    expect(() => decodeMetadata(bytes, 'libold.rlib')).toThrow('found crate `old` compiled by an incompatible version of tsrustc');
  });
});
