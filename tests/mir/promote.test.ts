import { describe, expect, it } from 'vitest';
import { frontend } from './frontend.ts';

// Constant promotion (src/mir/transform/promote-consts.ts): which borrows become
// `const f::promoted[N]`, what the promoted bodies compute, and what stays in the source.

const PRELUDE = `
#[lang = "drop"] trait Drop { fn drop(&mut self); }
#[lang = "unsafe_cell"] struct UnsafeCell<T> { value: T }
enum Opt<T> { Nothing, Just(T) }
struct D(i32);
impl Drop for D { fn drop(&mut self) {} }
struct P { x: i32, y: i32 }
const LIMIT: u32 = 10;
const ORIGIN: P = P { x: 0, y: 0 };
static COUNT: i32 = 3;
fn one() -> i32 { 1 }
fn main() {}
`;

/** Whether `name`'s MIR borrows a promoted constant. */
function promotes(src: string, name: string): boolean {
  const f = frontend(PRELUDE + src);
  expect(f.text()).toBe('');
  return f.mir(name).includes(`const test::${name}::promoted[`);
}

describe('constant promotion', () => {
  it('promotes borrows of literals, aggregates, const items and infallible arithmetic', () => {
    const cases = [
      'fn lit() -> &\'static i32 { &0 }',
      'fn neg() -> &\'static i32 { &-5 }',
      'fn arr() -> &\'static [u8; 3] { &[1, 2, 3] }',
      'fn tup() -> &\'static (bool, char) { &(true, \'x\') }',
      'fn st() -> &\'static P { &P { x: 1, y: 2 } }',
      'fn none() -> &\'static Opt<i32> { &Opt::Nothing }',
      'fn some() -> &\'static Opt<(u8, u8)> { &Opt::Just((1, 2)) }',
      'fn konst() -> &\'static u32 { &LIMIT }',
      'fn konst_agg() -> &\'static P { &ORIGIN }',
      'fn rep() -> &\'static [u32; 4] { &[LIMIT; 4] }',
      'fn add() -> &\'static i32 { &(1 + 2) }',
      'fn cmp() -> &\'static bool { &(3 < LIMIT) }',
      'fn cast() -> &\'static u8 { &(300u32 as u8) }',
      'fn div() -> &\'static i32 { &(7 / 2) }',
      'fn rem_neg() -> &\'static i32 { &(-7 % -1) }',
      'fn index() -> &\'static i32 { &([10, 20, 30][1] + 1) }',
      'fn empty_mut() -> &\'static mut [u8; 0] { &mut [] }',
      'fn generic<T>() -> &\'static Opt<T> { &Opt::Nothing }',
    ];
    for (const c of cases) {
      const name = /fn (\w+)/.exec(c)![1]!;
      expect(promotes(c, name), c).toBe(true);
    }
  });

  it('leaves borrows of variables, calls, fallible division, statics and &mut alone', () => {
    const cases = [
      'fn var() -> i32 { let x = 5; let r = &x; *r }',
      'fn arg(a: i32) -> i32 { let r = &(a + 1); *r }',
      'fn call() -> i32 { let r = &one(); *r }',
      'fn mutb() -> i32 { let r = &mut 5; *r += 1; *r }',
      'fn div_var(a: i32) -> i32 { let r = &(10 / a); *r }',
      // Division is promoted only when it cannot panic: a non-zero constant divisor, not MIN / -1.
      'fn div_temp() -> i32 { let r = &(10 / (2 + 3)); *r }',
      'fn div_zero() -> i32 { let r = &(10 / 0); *r }',
      'fn rem_min() -> i32 { let r = &(-2147483648 % -1); *r }',
      'fn stat() -> i32 { let r = &(COUNT + 1); *r }',
      'fn runtime_index(i: usize) -> i32 { let r = &([1, 2, 3][i] + 0); *r }',
      'fn part_call() -> i32 { let r = &(one(), 2); r.1 }',
    ];
    for (const c of cases) {
      const name = /fn (\w+)/.exec(c)![1]!;
      expect(promotes(c, name), c).toBe(false);
    }
  });

  it('keeps values that need drop or have interior mutability, judged by value', () => {
    // A value with a Drop impl would never be dropped; UnsafeCell could change it.
    expect(promotes('fn d() -> i32 { let r = &D(1); r.0 }', 'd')).toBe(false);
    expect(promotes('fn dj() -> i32 { let r = &Opt::Just(D(1)); match r { Opt::Just(d) => d.0, Opt::Nothing => 0 } }', 'dj')).toBe(false);
    expect(promotes('fn cell() -> i32 { let r = &UnsafeCell { value: 3 }; r.value }', 'cell')).toBe(false);
    // The variant built holds nothing that needs drop or is mutable: promoted, as in rustc.
    expect(promotes('fn dn() -> &\'static Opt<D> { &Opt::Nothing }', 'dn')).toBe(true);
    expect(promotes('fn cn() -> &\'static Opt<UnsafeCell<i32>> { &Opt::Nothing }', 'cn')).toBe(true);
  });

  it('moves single-use temporaries into the promoted body and keeps checked arithmetic asserted', () => {
    const f = frontend(PRELUDE + `
fn table() -> &'static [u16] { &[7, 8, 9] }
fn sum() -> i32 { *add() + 1 }
fn add() -> &'static i32 { &(40 + 1) }
fn nested() -> &'static &'static [i32; 2] { &&[4, 5] }
fn read() -> i32 { let t = table(); t[2] as i32 + nested()[1] + sum() }
`);
    expect(f.text()).toBe('');
    const table = f.mir('table');
    expect(table).toContain('= const test::table::promoted[0];');
    expect(table).not.toContain('[const 7_u16');
    // The overflow check stays in the function; the promoted body recomputes the sum.
    const add = f.mir('add');
    expect(add).toContain('AddWithOverflow(const 40_i32, const 1_i32)');
    expect(add).toContain('assert(');
    // `&&[4, 5]`: the inner borrow goes into the outer promoted body.
    expect(f.mir('nested').match(/promoted\[/g)?.length).toBe(1);
    expect(f.run('read')).toBe(9n + 5n + 42n);
  });

  it('promotes what reference constants point at, whatever the value', () => {
    const f = frontend(PRELUDE + `
const TABLE: &[u16] = &[3, 4, 5];
const DR: &D = &D(9);
const NEST: &[&[u8]] = &[&[1], &[2, 3]];
const ALIAS: &[u16] = TABLE;
fn table() -> &'static [u16] { ALIAS }
fn dr() -> &'static D { DR }
fn pick() -> i32 { NEST[1][1] as i32 * 100 + TABLE[2] as i32 * 10 + DR.0 }
`);
    expect(f.text()).toBe('');
    expect(f.mir('table')).toContain('const test::table::promoted[0]');
    // Never dropped: a constant's value is not owned by its use site.
    expect(f.mir('dr')).toContain('const test::dr::promoted[0]');
    expect(f.mir('dr')).not.toContain('drop(');
    expect(f.run('pick')).toBe(359n);
  });

  it('evaluates promoted bodies when running MIR', () => {
    const f = frontend(PRELUDE + `
fn lookup(k: u32) -> u32 { let t = keys(); let mut i = 0; while i < 3 { if t[i].0 == k { return t[i].1; } i += 1; } 0 }
fn keys() -> &'static [(u32, u32); 3] { &[(1, LIMIT), (2, LIMIT * 2), (3, 7 / 2)] }
`);
    expect(f.text()).toBe('');
    expect([f.run('lookup', [1n]), f.run('lookup', [2n]), f.run('lookup', [3n]), f.run('lookup', [4n])]).toEqual([10n, 20n, 3n, 0n]);
  });
});
