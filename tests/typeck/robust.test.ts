import { describe, expect, it } from 'vitest';
import { compile } from './harness.ts';

// Programs outside the supported subset or full of errors: the front end must report
// diagnostics, never throw.
const PROGRAMS: Record<string, string> = {
  closure: 'fn main() { let f = |x: i32| x + 1; let _ = f(2); }',
  range_expr: 'fn main() { let r = 0..3; let a = [1, 2, 3]; let s = &a[1..]; }',
  enum_match: 'enum E { A(u8), B { x: u8 }, C } fn main() { let e = E::A(1); let n = match e { E::A(v) => v, E::B { x } => x, E::C => 0 }; let _ = n; }',
  generic_fn: 'fn id<T>(x: T) -> T { x } fn main() { let _ = id(3); }',
  question: 'fn f() -> u8 { let x = g()?; x } fn g() -> u8 { 1 } fn main() {}',
  dyn_trait: 'trait T {} fn f(x: &dyn T) {} fn main() {}',
  missing_everything: 'fn main() { let a = b.c(d, e::f); g!(); h::<i>(); }',
  self_outside_impl: 'fn main() { let s = Self; let t: Self = 1; }',
  deep_nesting: 'fn main() { let x = ((((((((1)))))))); let y = [[[[0u8; 2]; 2]; 2]; 2]; let _ = y[1][1][1][1] as i32 + x; }',
  bad_cast_chain: 'fn main() { let p = &5 as *const i32 as usize as *mut u8 as u64 as bool; }',
  break_in_const: 'const C: u8 = { break; 1 }; fn main() {}',
  return_in_static: 'static S: u8 = return 1; fn main() {}',
  unit_struct_pat: 'struct U; fn main() { let U = U; let (a, ..) = (1, 2, 3); let [x, y] = [1, 2]; let _ = (a, x, y); }',
  while_let: 'fn main() { let mut n = 3; while let 1 = n { n -= 1; } }',
  trait_default_self: 'trait T { fn a(&self) -> u8; fn b(&self) -> u8 { self.a() + 1 } } impl T for u8 { fn a(&self) -> u8 { *self } } fn main() { let _ = 3u8.b(); }',
  recursive_const: 'const A: usize = B; const B: usize = A; fn main() { let _ = [0; A]; }',
  impl_unknown_type: 'impl Missing { fn f() {} } fn main() {}',
  method_on_unknown: 'fn main() { let x = undefined_thing; x.foo().bar; }',
  fn_ptr_calls: 'fn add(a: u8, b: u8) -> u8 { a + b } fn main() { let f: fn(u8, u8) -> u8 = add; let g = add as fn(u8, u8) -> u8; let _ = f(1, 2) + g(3, 4); }',
  labeled_block: "fn main() { let v = 'b: { if true { break 'b 1; } 2 }; let _: i32 = v; }",
};

describe('robustness', () => {
  for (const [name, src] of Object.entries(PROGRAMS)) {
    it(name, () => {
      expect(() => compile(src)).not.toThrow();
    });
  }

  it('accepts the supported programs among them without errors', () => {
    for (const name of ['deep_nesting', 'unit_struct_pat', 'trait_default_self', 'fn_ptr_calls', 'labeled_block', 'enum_match']) {
      // Warnings (rustc's unused_parens for deep_nesting) are fine; errors are not.
      const text = compile(PROGRAMS[name]!).text;
      expect(text.split('\n').filter((l) => l.startsWith('error')), `${name}\n${text}`).toEqual([]);
    }
  });
});
