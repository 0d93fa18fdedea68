import { describe, expect, it } from 'vitest';
import { compile, errs } from './harness.ts';
import { ITER_LANG_ITEMS } from './iter-lang-items.ts';

describe('typeck basics', () => {
  it('accepts a small program', () => {
    const c = compile(`${ITER_LANG_ITEMS}
fn add(a: i32, b: i32) -> i32 { a + b }
fn main() {
    let mut x = 1;
    let y: u8 = 2;
    x += add(x, 3);
    let t = (x, y, true);
    let (p, q, _) = t;
    if p > 3 { x = 5; } else { x = 6; }
    let z = loop { break 7u64; };
    let mut i = 0;
    while i < 10 { i += 1; }
    for j in 0..10 { x += j; }
    for k in 0u8..=255 { let _ = k; }
    let c = 5 as u8;
    let _ = (p, q, z, c, i);
}
`);
    expect(c.text).toBe('');
    expect(c.analysis).not.toBeNull();
  });
});
