import { describe, expect, it } from 'vitest';
import { mkTy, tys } from '../../src/ty/interner.ts';
import { successors } from '../../src/mir/build/simplify.ts';
import { HirDsl } from './hir-dsl.ts';
import { neg, pretty, runInt } from './run-helper.ts';

describe('control flow', () => {
  it('while loop with compound assignment sums 0..n', () => {
    // fn sum(n: u32) -> u32 { let mut i = 0; let mut s = 0; while i < n { s += i; i += 1; } s }
    const t = new HirDsl();
    const n = t.bind('n', tys.u32);
    const i = t.bind('i', tys.u32, { mut: true });
    const s = t.bind('s', tys.u32, { mut: true });
    const f = t.fn('sum', [n], tys.u32, t.block([
      t.let(i, t.int(0, tys.u32)),
      t.let(s, t.int(0, tys.u32)),
      t.stmt(t.while(t.bin('<', t.local(i), t.local(n)), [
        t.semi(t.assignOp('+', t.local(s), t.local(i))),
        t.semi(t.assignOp('+', t.local(i), t.int(1, tys.u32))),
      ])),
    ], t.local(s)));
    expect(runInt(t, f, [10n])).toBe(45n);
    expect(runInt(t, f, [0n])).toBe(0n);
    expect(runInt(t, f, [100000n])).toBe('attempt to add with overflow');
  });

  it('loop with break value and continue', () => {
    // fn f(n: i64) -> i64 { let mut k = 0; let mut acc = 0;
    //   loop { k += 1; if k > n { break acc * 2 } if k % 2 == 0 { continue } acc += k; } }
    const t = new HirDsl();
    const n = t.bind('n', tys.i64);
    const k = t.bind('k', tys.i64, { mut: true });
    const acc = t.bind('acc', tys.i64, { mut: true });
    const lp = t.loop((id) => [
      t.semi(t.assignOp('+', t.local(k), t.int(1, tys.i64))),
      t.stmt(t.if(t.bin('>', t.local(k), t.local(n)), t.block([t.semi(t.brk(id, t.bin('*', t.local(acc), t.int(2, tys.i64))))]), null)),
      t.stmt(t.if(t.bin('==', t.bin('%', t.local(k), t.int(2, tys.i64)), t.int(0, tys.i64)), t.block([t.semi(t.cont(id))]), null)),
      t.semi(t.assignOp('+', t.local(acc), t.local(k))),
    ], tys.i64);
    const f = t.fn('f', [n], tys.i64, t.block([t.let(k, t.int(0, tys.i64)), t.let(acc, t.int(0, tys.i64))], lp));
    expect(runInt(t, f, [5n])).toBe(18n); // (1 + 3 + 5) * 2
    expect(runInt(t, f, [0n])).toBe(0n);
  });

  it('if/else as an expression and short-circuit operators', () => {
    // fn f(a: i32, b: i32) -> i32 { if a > 0 && b / a > 2 || b == 7 { 1 } else { 2 } }
    const t = new HirDsl();
    const a = t.bind('a', tys.i32);
    const b = t.bind('b', tys.i32);
    const cond = t.bin('||', t.bin('&&', t.bin('>', t.local(a), t.int(0)), t.bin('>', t.bin('/', t.local(b), t.local(a)), t.int(2))), t.bin('==', t.local(b), t.int(7)));
    const f = t.fn('f', [a, b], tys.i32, t.block([], t.if(cond, t.block([], t.int(1)), t.block([], t.int(2)))));
    expect(runInt(t, f, [1n, 9n])).toBe(1n);
    expect(runInt(t, f, [0n, 9n])).toBe(2n); // b / a is never evaluated when a == 0
    expect(runInt(t, f, [0n, 7n])).toBe(1n);
    expect(runInt(t, f, [5n, 1n])).toBe(2n);
  });

  it('recursion through a fn item call', () => {
    // fn fact(n: u64) -> u64 { if n == 0 { 1 } else { n * fact(n - 1) } }
    const t = new HirDsl();
    const fact = t.declareFn('fact', [tys.u64], tys.u64);
    const n = t.bind('n', tys.u64);
    t.define(fact, [n], t.block([], t.if(t.bin('==', t.local(n), t.int(0, tys.u64)),
      t.block([], t.int(1, tys.u64)),
      t.block([], t.bin('*', t.local(n), t.call(t.fnRef(fact), [t.bin('-', t.local(n), t.int(1, tys.u64))], tys.u64))))));
    expect(runInt(t, fact, [10n])).toBe(3628800n);
    expect(runInt(t, fact, [21n])).toBe('attempt to multiply with overflow');
  });

  it('return in the middle, and unreachable code after it is dropped', () => {
    // fn f(x: i32) -> i32 { if x < 0 { return 0; } let y = x * 2; return y; y + 1 }
    const t = new HirDsl();
    const x = t.bind('x', tys.i32);
    const y = t.bind('y', tys.i32);
    const f = t.fn('f', [x], tys.i32, t.block([
      t.stmt(t.if(t.bin('<', t.local(x), t.int(0)), t.block([t.semi(t.ret(t.int(0)))]), null)),
      t.let(y, t.bin('*', t.local(x), t.int(2))),
      t.semi(t.ret(t.local(y))),
    ], t.bin('+', t.local(y), t.int(1))));
    expect(runInt(t, f, [neg(-4n)])).toBe(0n);
    expect(runInt(t, f, [21n])).toBe(42n);
    const body = t.mir(f)!;
    // every block is reachable from bb0
    const seen = new Set([0]);
    const work = [0];
    while (work.length) for (const s of successors(body.blocks[work.pop()!]!.terminator)) if (!seen.has(s)) { seen.add(s); work.push(s); }
    expect(seen.size).toBe(body.blocks.length);
    expect(pretty(t, f)).not.toContain('unreachable');
  });

  it('calls of diverging fns have no return edge', () => {
    // extern fn abort() -> !;  fn f(x: u8) -> u8 { if x == 0 { abort() } x }
    const t = new HirDsl();
    const abort = t.foreignFn('abort', [], tys.never);
    const x = t.bind('x', tys.u8);
    const call = t.adjust(t.call(t.fnRef(abort), [], tys.never), [{ kind: { tag: 'NeverToAny' }, target: tys.unit }]);
    const f = t.fn('f', [x], tys.u8, t.block([t.stmt(t.if(t.bin('==', t.local(x), t.int(0, tys.u8)), t.block([t.semi(call)]), null))], t.local(x)));
    const text = pretty(t, f);
    expect(text).toMatch(/= abort\(\) -> unwind unreachable;/);
    expect(runInt(t, f, [3n])).toBe(3n);
  });

  it('match on integers with literals, ranges, or-patterns, bindings and guards', () => {
    // fn f(x: i32) -> i32 { match x { 0 => 100, 1 | 2 => 200, 3..=9 => 300, n if n < 0 => n, _ => 500 } }
    const t = new HirDsl();
    const x = t.bind('x', tys.i32);
    const nb = t.bind('n', tys.i32);
    const m = t.match(t.local(x), [
      [t.litPat(t.int(0)), t.int(100)],
      [t.orPat([t.litPat(t.int(1)), t.litPat(t.int(2))]), t.int(200)],
      [t.rangePat(t.int(3), t.int(9), 'included', tys.i32), t.int(300)],
      [nb, t.local(nb), t.bin('<', t.local(nb), t.int(0))],
      [t.wild(tys.i32), t.int(500)],
    ], tys.i32);
    const f = t.fn('f', [x], tys.i32, t.block([], m));
    const cases: [bigint, bigint][] = [[0n, 100n], [1n, 200n], [2n, 200n], [3n, 300n], [9n, 300n], [10n, 500n], [neg(-3n), neg(-3n)]];
    for (const [arg, want] of cases) expect(runInt(t, f, [arg])).toBe(want);
  });

  it('match on bools and tuples with or-pattern bindings', () => {
    // fn f(a: bool, b: u8) -> u8 { match (a, b) { (true, v) | (false, v @ 5) => v, (false, _) => 0 } }
    const t = new HirDsl();
    const a = t.bind('a', tys.bool);
    const b = t.bind('b', tys.u8);
    const v1 = t.bind('v', tys.u8);
    const v2 = t.pat({ tag: 'Binding', mode: { byRef: null, mutbl: 'not' }, ident: { name: 0 as never, span: v1.span }, sub: t.litPat(t.int(5, tys.u8)) }, tys.u8);
    // the second alternative's `v` must share the first's local: same name
    (v2.kind as { ident: unknown }).ident = (v1.kind as { ident: unknown }).ident;
    const alt1 = t.tupPat([t.litPat(t.bool(true)), v1]);
    const alt2 = t.tupPat([t.litPat(t.bool(false)), v2]);
    const use = t.local(v1);
    const m = t.match(t.tup([t.local(a), t.local(b)]), [
      [t.orPat([alt1, alt2]), use],
      [t.tupPat([t.litPat(t.bool(false)), t.wild(tys.u8)]), t.int(0, tys.u8)],
    ], tys.u8);
    const f = t.fn('f', [a, b], tys.u8, t.block([], m));
    expect(runInt(t, f, [1n, 7n])).toBe(7n);
    expect(runInt(t, f, [0n, 5n])).toBe(5n);
    expect(runInt(t, f, [0n, 6n])).toBe(0n);
  });

  it('a diverging block as a value (never-to-any) builds', () => {
    // fn f(c: bool) -> i32 { let x: i32 = if c { 1 } else { return 7 }; x + 1 }
    const t = new HirDsl();
    const c = t.bind('c', tys.bool);
    const x = t.bind('x', tys.i32);
    const els = t.adjust(t.block([t.semi(t.ret(t.int(7)))], null, tys.never), [{ kind: { tag: 'NeverToAny' }, target: tys.i32 }]);
    const f = t.fn('f', [c], tys.i32, t.block([t.let(x, t.if(t.local(c), t.block([], t.int(1)), els, tys.i32))], t.bin('+', t.local(x), t.int(1))));
    expect(runInt(t, f, [1n])).toBe(2n);
    expect(runInt(t, f, [0n])).toBe(7n);
  });

  it('unit-typed ifs and blocks in statement position', () => {
    const t = new HirDsl();
    const x = t.bind('x', tys.i32, { mut: true });
    const f = t.fn('f', [], tys.i32, t.block([
      t.let(x, t.int(1)),
      t.stmt(t.block([t.semi(t.assignOp('*', t.local(x), t.int(5)))])),
      t.stmt(t.if(t.bool(true), t.block([t.semi(t.assignOp('-', t.local(x), t.int(2)))]), null)),
    ], t.local(x)));
    expect(runInt(t, f, [])).toBe(3n);
    void mkTy;
  });
});
