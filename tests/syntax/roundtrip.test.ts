// The normal pretty printer round-trips: parse -> print -> parse gives the same AST.
import { describe, expect, it } from 'vitest';
import { roundTrip } from './roundtrip.ts';
import { parseSource } from './helpers.ts';
import { printAstTree } from '../../src/syntax/pretty/ast-tree.ts';

const samples: [string, string][] = [
  ['operators', 'fn f() { let x = (1 + 2) * 3 - -4 % 5 << 2 & !a | b ^ c; a += 1; b = c = d; let r = ..=5; let s = a..; }'],
  ['control flow', "fn f() { 'a: loop { while let Some(x) = it.next() { if x > 0 { continue 'a; } else if x < 0 { break 'a; } else { break; } } } for (i, v) in xs.iter().enumerate() {} }"],
  ['match', 'fn f() { match x { 0 | 1 => a, 2..=9 if y => { b } Some(ref mut z) => {} [first, .., last] => c, S { a, b: 0, .. } => d, _ => (), } }'],
  ['closures and blocks', 'fn f() { let g = move |x: u8, y| -> u8 { x + y }; let h = async move { 1 }; let c = const { 3 }; unsafe { g(1, 2) }; }'],
  ['items', `
#![allow(dead_code)]
/// doc
pub(crate) struct S<'a, T: Clone + ?Sized, const N: usize = 3> where T: 'a { pub a: &'a T, b: [u8; N] }
enum E { A, B(u8, u16), C { x: i32 } = 4 }
union U { a: u32, b: f32 }
trait Tr<T>: Sized where Self: Copy { type A: Clone; const C: u8 = 1; fn m(&self, x: T) -> Self::A; }
impl<T> Tr<T> for S<'_, T> { type A = (); fn m(&self, _x: T) {} }
unsafe impl Send for U {}
impl !Sync for E {}
extern "C" { fn puts(s: *const u8) -> i32; static errno: i32; }
use std::{fmt::{self, Debug as D}, io::*};
macro_rules! m { ($x:expr) => { $x + 1 }; }
m!(3);
type F = for<'a> fn(&'a u8) -> &'a u8;
static mut G: Option<Box<dyn Fn() + Send>> = None;
const _: () = ();
mod inner { pub fn r#try() {} }
`],
  ['raw identifiers and literals', 'fn f() { let r#match = b"x\\n"; let c = \'\\u{1F600}\'; let s = r#"raw "str""#; let n = 0x_FF_u8 + 1_000i32 as u8; let fl = 1e-3f64; let t = x.0.1; }'],
];

describe('pretty printer round trip', () => {
  for (const [name, src] of samples) {
    it(name, () => {
      expect(parseSource(src).stderr).toBe('');
      expect(roundTrip(`${name}.rs`, src)).toBeNull();
    });
  }
});

describe('ast-tree printer', () => {
  it('prints node kinds, identifiers and spans', () => {
    const r = parseSource('fn main() { let x = 1; }');
    const t = printAstTree(r.crate!, { sourceMap: undefined });
    expect(t).toContain('Fn {');
    expect(t).toContain('name: "main"');
    expect(t).toContain('Let {');
    expect(t).toMatch(/Int \{\n\s+value: 1,/);
  });
});
