import { describe, expect, it } from 'vitest';
import { encodeMetadata, loadCrate } from '../../src/metadata/index.ts';
import { decodeArgs, decodeTy, encodeArgs, encodeTy } from '../../src/metadata/ty-codec.ts';
import { matchTy } from '../../src/middle/impl-match.ts';
import { constParam, constValue, printConst } from '../../src/ty/consts.ts';
import { mkTy, tys } from '../../src/ty/interner.ts';
import { substTy } from '../../src/ty/subst.ts';
import type { Ty } from '../../src/ty/ty.ts';
import { InferCtxt } from '../../src/typeck/infer.ts';
import { compile, errs } from './harness.ts';

const arr = (elem: Ty, len: ReturnType<typeof constValue>): Ty => mkTy({ tag: 'Array', elem, len });
const T = mkTy({ tag: 'Param', index: 0, name: 'T' });

describe('const generics: types', () => {
  it('substitutes a const parameter in array lengths and generic args', () => {
    const a = arr(T, constParam(1, 'N'));
    const s = substTy(a, [{ tag: 'Type', ty: tys.u8 }, { tag: 'Const', value: constValue(tys.usize, 40n) }]);
    expect(s).toBe(arr(tys.u8, constValue(tys.usize, 40n)));
    // Without an argument for `N` it stays a parameter.
    expect(substTy(a, [{ tag: 'Type', ty: tys.u8 }])).toBe(arr(tys.u8, constParam(1, 'N')));
  });

  it('prints consts as Rust writes them', () => {
    expect(printConst(constValue(tys.bool, 1n))).toBe('true');
    expect(printConst(constValue(tys.char, 0x41n))).toBe("'A'");
    expect(printConst(constValue(tys.i32, -3n))).toBe('-3');
    expect(printConst(constParam(0, 'N'))).toBe('N');
  });

  it('unifies array lengths through const inference variables', () => {
    const infcx = new InferCtxt();
    const n = infcx.newConstVar();
    expect(infcx.unify(arr(tys.u8, n), arr(tys.u8, constValue(tys.usize, 4n)))).toBe(true);
    expect(infcx.resolve(arr(tys.u8, n))).toBe(arr(tys.u8, constValue(tys.usize, 4n)));
    // Once bound, another length is a mismatch; a rollback forgets the binding.
    expect(infcx.probe(() => infcx.unify(arr(tys.u8, n), arr(tys.u8, constValue(tys.usize, 5n))))).toBe(false);
    const m = infcx.newConstVar();
    const snap = infcx.snapshot();
    infcx.unifyConst(m, constValue(tys.usize, 1n));
    infcx.rollback(snap);
    expect(infcx.resolveConst(m)).toEqual(m);
  });

  it('matches an impl for [T; N] against arrays of any length', () => {
    const pattern = arr(T, constParam(1, 'N'));
    expect(matchTy(pattern, arr(tys.u16, constValue(tys.usize, 33n)), 2)).toEqual([
      { tag: 'Type', ty: tys.u16 },
      { tag: 'Const', value: constValue(tys.usize, 33n) },
    ]);
    expect(matchTy(arr(T, constValue(tys.usize, 2n)), arr(tys.u16, constValue(tys.usize, 3n)), 1)).toBeNull();
  });

  it('round-trips const args and parameter lengths through the metadata type codec', () => {
    const ref = (d: number): readonly [number, number] => [0, d];
    const def = (r: readonly [number, number]): number => r[1];
    const a = arr(T, constParam(1, 'N'));
    expect(decodeTy(encodeTy(a, ref as never), def as never)).toBe(a);
    const args = [{ tag: 'Type' as const, ty: tys.u8 }, { tag: 'Const' as const, value: constValue(tys.bool, 1n) }];
    expect(decodeArgs(encodeArgs(args, ref as never), def as never)).toEqual(args);
  });
});

describe('const generics: typeck', () => {
  it('infers N from array arguments, annotations and turbofish', () => {
    const c = compile(`
struct Buf<const N: usize> { data: [u8; N] }
impl<const N: usize> Buf<N> {
    fn new() -> Self { Buf { data: [0; N] } }
    fn cap(&self) -> usize { N }
}
fn len<T, const N: usize>(_a: [T; N]) -> usize { N }
const K: usize = 3;
fn main() {
    let a = len([1u8, 2, 3]);
    let b: Buf<4> = Buf::new();
    let c = Buf::<{ K + 1 }>::new();
    let d: [u16; K] = [0; K];
    let _ = (a, b.cap(), c.cap(), len(d));
}
`);
    expect(errs(c)).toEqual([]);
  });

  it('reports mismatched array sizes; after an error, not the const arguments it cannot infer (as rustc)', () => {
    const c = compile(`
fn first<const N: usize>(a: [u8; N]) -> u8 { a[0] }
fn make<const N: usize>() -> [u8; N] { [0; N] }
fn main() {
    let x: [u8; 2] = [1, 2, 3];
    let y = make();
    let _ = (first(x), y);
}
`);
    expect(errs(c)).toEqual(['E0308 5:22 mismatched types']);
    expect(c.text).toContain('expected an array with a size of 2, found one with a size of 3');
    const d = compile(`fn make<const N: usize>() -> [u8; N] { loop {} }\nfn main() { let y = make(); }\n`);
    expect(errs(d)).toEqual(['E0284 2:21 type annotations needed']);
    expect(d.text).toContain('cannot infer the value of the const parameter `N` declared on the function `make`');
  });

  it('rejects generic parameters inside const expressions (min_const_generics)', () => {
    const c = compile(`fn f<const N: usize>() -> [u8; N * 2] { loop {} }\nfn main() {}\n`);
    expect(errs(c)).toEqual(['- 1:32 generic parameters may not be used in const operations']);
  });

  it('reports E0107 and E0747 for const parameters', () => {
    const c = compile(`
struct Buf<const N: usize>([u8; N]);
struct W<T>(T);
fn main() {
    let a: Buf<1, 2>;
    let b: W<3>;
    let c: Buf<u8>;
}
`);
    expect(errs(c).map((e) => e.split(' ')[0])).toEqual(['E0107', 'E0747', 'E0747']);
  });
});

describe('arrays and method calls', () => {
  // A core-less crate: IntoIterator with rustc's attribute, impls by value and by reference.
  const PRELUDE = `
enum Option<T> { None, Some(T) }
struct ByValue<T, const N: usize>([T; N]);
struct ByRef<'a, T>(&'a [T]);
#[rustc_skip_array_during_method_dispatch]
trait IntoIterator { type IntoIter; fn into_iter(self) -> Self::IntoIter; }
impl<T, const N: usize> IntoIterator for [T; N] { type IntoIter = ByValue<T, N>; fn into_iter(self) -> ByValue<T, N> { ByValue(self) } }
impl<'a, T, const N: usize> IntoIterator for &'a [T; N] { type IntoIter = ByRef<'a, T>; fn into_iter(self) -> ByRef<'a, T> { ByRef(self) } }
`;
  const USE = `fn main() { let a = [1u8, 2, 3]; let it: ByValue<u8, 3> = a.into_iter(); let _ = it; }\n`;

  it('array.into_iter() is by value in edition 2021', () => {
    expect(errs(compile(PRELUDE + USE))).toEqual([]);
  });

  it('array.into_iter() goes through &[T; N] before edition 2021 (rustc_skip_array_during_method_dispatch)', () => {
    const c = compile(PRELUDE + USE, { edition: '2018' });
    expect(errs(c).map((e) => e.split(' ')[0])).toEqual(['E0308']);
    expect(c.text).toContain('expected `ByValue<u8, 3>`, found `ByRef<u8>`');
  });
});

describe('const generics: metadata', () => {
  it('lets a dependent instantiate a library item generic over a const', () => {
    const lib = compile(`
pub struct Ring<T, const N: usize = 4> { pub items: [T; N], pub len: usize }
impl<T, const N: usize> Ring<T, N> {
    pub const CAP: usize = N;
    pub fn filled(items: [T; N]) -> Self { Ring { items, len: N } }
    pub fn capacity(&self) -> usize { N }
}
pub fn sum<const N: usize>(a: [u32; N]) -> u32 { let mut s = 0; let mut i = 0; while i < N { s += a[i]; i += 1; } s }
`, { name: 'ring', types: ['lib'] });
    expect(lib.text).toBe('');
    const dep = loadCrate(encodeMetadata(lib.analysis!), 1, 'libring.rlib');
    const c = compile(`
use ring::{sum, Ring};
fn main() {
    let r = Ring::<u8, 2>::filled([1, 2]);
    let d: Ring<u16> = Ring::filled([1, 2, 3, 4]);
    let s = sum([1, 2, 3]);
    let _ = (r.capacity(), d.capacity(), s, Ring::<u8, 3>::CAP);
    let e: Ring<u8, 3> = Ring { items: [1, 2], len: 0 };
}
`, { deps: [dep] });
    expect(errs(c)).toEqual(['E0308 8:40 mismatched types']);
  });
});
