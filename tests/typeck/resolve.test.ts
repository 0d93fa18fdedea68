import { describe, expect, it } from 'vitest';
import { compile, errs } from './harness.ts';

describe('name resolution', () => {
  it('resolves modules, use trees, globs, self/super/crate and re-exports', () => {
    const c = compile(`
mod geometry {
    pub mod shapes {
        pub struct Square(pub u32);
        pub fn area(s: &Square) -> u32 { s.0 * super::unit() }
        pub const SIDES: u32 = 4;
    }
    pub fn unit() -> u32 { 1 }
    pub use self::shapes::area as square_area;
}
mod prelude_like {
    pub use crate::geometry::shapes::*;
}
use geometry::{shapes::{self, Square}, square_area};
use prelude_like::SIDES as N;
fn main() {
    let s = Square(3);
    let a = square_area(&s) + shapes::area(&s) + crate::geometry::unit();
    let _ = (a, N, prelude_like::Square(1).0);
}
`);
    expect(c.text).toBe('');
  });

  it('shadows locals and keeps items visible throughout a block', () => {
    const c = compile(`
fn main() {
    let x = 1u8;
    let x = x as u32 + later();
    fn later() -> u32 { 2 }
    {
        let x = true;
        let _ = x;
    }
    let _: u32 = x;
}
`);
    expect(c.text).toBe('');
  });

  it('resolves labels and reports unknown ones', () => {
    const ok = compile(`fn main() { 'outer: loop { 'inner: loop { break 'outer; } } }`);
    expect(ok.text).toBe('');
    const bad = compile(`fn main() { 'a: loop { break 'b; } }`);
    expect(errs(bad)).toEqual(["E0426 1:30 use of undeclared label `'b`"]);
  });

  it('reports unresolved imports and privacy', () => {
    const c = compile(`
mod m { fn hidden() {} pub mod inner {} }
use m::missing;
use m::inner::deeper::x;
fn main() { m::hidden(); }
`);
    expect(errs(c)).toEqual([
      'E0432 3:5 unresolved import `m::missing`',
      'E0432 4:15 unresolved import `m::inner::deeper`',
      'E0603 5:16 function `hidden` is private',
    ]);
  });

  it('reports a local captured by a nested fn and a const using a local', () => {
    const c = compile(`
fn main() {
    let n = 3;
    fn f() -> i32 { n }
    const K: i32 = n;
}
`);
    expect(errs(c)).toEqual([
      "E0434 4:21 can't capture dynamic environment in a fn item",
      'E0435 5:20 attempt to use a non-constant value in a constant',
    ]);
  });

  it('treats an identifier pattern naming a const as a path pattern', () => {
    const c = compile(`
const LIMIT: u8 = 3;
fn main() {
    let v = 3u8;
    match v { LIMIT => {}, other => { let _: u8 = other; } }
}
`);
    expect(c.text).toBe('');
  });

  it('prefers the primitive type over a module of the same name in type position', () => {
    const c = compile(`
mod str { pub fn len(s: &str) -> usize { let _ = s; 0 } }
fn main() { let n = str::len("ab"); let _: usize = n; }
`);
    expect(c.text).toBe('');
  });
});
