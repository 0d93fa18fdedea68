import { describe, expect, it } from 'vitest';
import { frontend } from './frontend.ts';

describe('MIR from real source (parser + resolve + typeck + MIR station)', () => {
  it('builds and runs arithmetic, loops, tuples and calls', () => {
    const f = frontend(`
fn add(a: i32, b: i32) -> i32 { a + b }
fn sum(n: u32) -> u32 { let mut i = 0; let mut s = 0; while i < n { s += i; i += 1; } s }
fn fact(n: u64) -> u64 { if n == 0 { 1 } else { n * fact(n - 1) } }
fn tup(a: i32) -> i32 { let t = (a, a * 2); let (x, y) = t; x + y + t.1 }
fn brk() -> i64 { let mut k = 0; loop { k += 1; if k == 7 { break k * 3; } } }
// The interpreter runs monomorphic MIR only: for loops go through generic Iterator impls, so a loop stands in.
fn forsum(n: u8) -> u32 { let mut s = 0u32; let mut i = 0u8; loop { s += i as u32; if i == n { break; } i += 1; } s }
fn minlit() -> i8 { -128 }
fn negarg(x: i8) -> i8 { -x }
fn main() {}
`);
    expect(f.text()).toBe('');
    expect(f.run('minlit')).toBe(0x80n);
    expect(f.mir('minlit')).toContain('_0 = const i8::MIN;');
    expect(f.run('negarg', [0x80n])).toBe('attempt to negate with overflow');
    expect(f.run('add', [2n, 40n])).toBe(42n);
    expect(f.run('add', [2147483647n, 1n])).toBe('attempt to add with overflow');
    expect(f.run('sum', [10n])).toBe(45n);
    expect(f.run('fact', [10n])).toBe(3628800n);
    expect(f.run('tup', [3n])).toBe(15n);
    expect(f.run('brk')).toBe(21n);
    expect(f.run('forsum', [255n])).toBe(32640n);
  });

  it('enums: constructors, matching on variants with fields, unit variants', () => {
    const f = frontend(`
enum Color { Red, Green = 5, Blue }
enum Shape { Circle(u32), Rect { w: u32, h: u32 }, Empty }
fn area(s: Shape) -> u32 { match s { Shape::Circle(r) => 3 * r * r, Shape::Rect { w, h } => w * h, Shape::Empty => 0 } }
fn g(n: u8) -> i32 {
    let c = if n == 0 { Color::Red } else if n == 1 { Color::Green } else { Color::Blue };
    match c { Color::Red => 10, Color::Green => 20, Color::Blue => 30 }
}
fn h(n: u32) -> u32 { area(Shape::Circle(n)) + area(Shape::Rect { w: n, h: 2 }) + area(Shape::Empty) }
fn main() {}
`);
    expect(f.text()).toBe('');
    expect([f.run('g', [0n]), f.run('g', [1n]), f.run('g', [2n])]).toEqual([10n, 20n, 30n]);
    expect(f.run('h', [3n])).toBe(33n);
    expect(f.mir('area')).toContain('_3 = copy ((_1 as Circle).0: u32);');
    expect(f.mir('area')).toContain('switchInt(move _2) -> [0: bb3, otherwise: bb2];');
  });

  it('consts built from other consts; statics read and written', () => {
    const f = frontend(`
const BASE: u32 = 40;
const TWICE: u32 = BASE * 2 + 1;
const PAIR: (u8, i64) = (7, -(TWICE as i64));
const TABLE: [u16; 3] = [1, 2, 3];
static mut COUNTER: u32 = 0;
fn bump() -> u32 { unsafe { COUNTER += TWICE; COUNTER } }
fn f() -> i64 { bump(); bump(); PAIR.1 + PAIR.0 as i64 + TABLE[2] as i64 + unsafe { COUNTER as i64 } }
fn main() {}
`);
    expect(f.text()).toBe('');
    expect(f.run('f')).toBe(-81n + 7n + 3n + 162n);
    expect(f.mir('bump')).toContain('const 81_u32');
    expect(f.mir('f')).toContain('= (const 7_u8, const -81_i64);');
  });
});
