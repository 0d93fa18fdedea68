import { describe, expect, it } from 'vitest';
import { tys } from '../../src/ty/interner.ts';
import { HirDsl } from './hir-dsl.ts';
import { neg, pretty, runInt } from './run-helper.ts';

const I32_MAX = 2147483647n;
const I32_MIN = neg(-2147483648n);

function binFn(t: HirDsl, op: '+' | '-' | '*' | '/' | '%' | '<<' | '>>', lty = tys.i32, rty = lty) {
  const a = t.bind('a', lty);
  const b = t.bind('b', rty);
  return t.fn('f', [a, b], lty, t.block([], t.bin(op, t.local(a), t.local(b))));
}

describe('arithmetic with overflow checks', () => {
  it('adds and panics on overflow', () => {
    const t = new HirDsl();
    const f = binFn(t, '+');
    expect(runInt(t, f, [2n, 3n])).toBe(5n);
    expect(runInt(t, f, [neg(-2n), 1n])).toBe(neg(-1n));
    expect(runInt(t, f, [I32_MAX, 1n])).toBe('attempt to add with overflow');
  });

  it('wraps instead when overflow checks are off', () => {
    const t = new HirDsl();
    t.sess = { ...t.sess, overflowChecks: false };
    const f = binFn(t, '+');
    expect(runInt(t, f, [I32_MAX, 1n])).toBe(I32_MIN);
    expect(pretty(t, f)).not.toContain('WithOverflow');
  });

  it('subtracts and multiplies (u8 and i64)', () => {
    const t = new HirDsl();
    const sub = binFn(t, '-', tys.u8);
    expect(runInt(t, sub, [5n, 3n])).toBe(2n);
    expect(runInt(t, sub, [3n, 5n])).toBe('attempt to subtract with overflow');
    const mul = binFn(t, '*', tys.i64);
    expect(runInt(t, mul, [neg(-3n, 64), 4n])).toBe(neg(-12n, 64));
    expect(runInt(t, mul, [1n << 62n, 2n])).toBe('attempt to multiply with overflow');
  });

  it('divides with zero and MIN/-1 checks, even without overflow checks', () => {
    const t = new HirDsl();
    t.sess = { ...t.sess, overflowChecks: false };
    const div = binFn(t, '/');
    const rem = binFn(t, '%');
    expect(runInt(t, div, [neg(-7n), 2n])).toBe(neg(-3n));
    expect(runInt(t, rem, [neg(-7n), 2n])).toBe(neg(-1n));
    expect(runInt(t, div, [1n, 0n])).toBe('attempt to divide by zero');
    expect(runInt(t, rem, [1n, 0n])).toBe('attempt to calculate the remainder with a divisor of zero');
    expect(runInt(t, div, [I32_MIN, neg(-1n)])).toBe('attempt to divide with overflow');
    expect(runInt(t, rem, [I32_MIN, neg(-1n)])).toBe('attempt to calculate the remainder with overflow');
  });

  it('unsigned division has no MIN/-1 check', () => {
    const t = new HirDsl();
    const div = binFn(t, '/', tys.u32);
    const text = pretty(t, div);
    expect(text).toContain('attempt to divide `{}` by zero');
    expect(text).not.toContain('which would overflow');
    expect(runInt(t, div, [0xffffffffn, 0xffffffffn])).toBe(1n);
  });

  it('checks shift amounts (signed amounts compared unsigned)', () => {
    const t = new HirDsl();
    const shl = binFn(t, '<<', tys.u32, tys.u32);
    const shr = binFn(t, '>>', tys.i64, tys.i32);
    expect(runInt(t, shl, [1n, 31n])).toBe(1n << 31n);
    expect(runInt(t, shl, [1n, 32n])).toBe('attempt to shift left with overflow');
    expect(runInt(t, shr, [neg(-8n, 64), 1n])).toBe(neg(-4n, 64));
    expect(runInt(t, shr, [1n, 64n])).toBe('attempt to shift right with overflow');
    expect(runInt(t, shr, [1n, neg(-1n)])).toBe('attempt to shift right with overflow');
  });

  it('negation checks MIN for signed types', () => {
    const t = new HirDsl();
    const a = t.bind('a', tys.i8);
    const f = t.fn('neg', [a], tys.i8, t.block([], t.un('Neg', t.local(a))));
    expect(runInt(t, f, [5n])).toBe(neg(-5n, 8));
    expect(runInt(t, f, [0x80n])).toBe('attempt to negate with overflow');
    expect(pretty(t, f)).toBe(`fn neg(_1: i8) -> i8 {
    debug a => _1;
    let mut _0: i8;
    let mut _2: bool;

    bb0: {
        _2 = Eq(copy _1, const i8::MIN);
        assert(!move _2, "attempt to negate \`{}\`, which would overflow", copy _1) -> [success: bb1];
    }

    bb1: {
        _0 = Neg(copy _1);
        return;
    }
}
`);
  });

  it('compound assignment checks like the operator', () => {
    const t = new HirDsl();
    const a = t.bind('a', tys.u8, { mut: true });
    const f = t.fn('inc', [a], tys.u8, t.block([t.semi(t.assignOp('+', t.local(a), t.int(1, tys.u8)))], t.local(a)));
    expect(runInt(t, f, [254n])).toBe(255n);
    expect(runInt(t, f, [255n])).toBe('attempt to add with overflow');
  });

  it('prints rustc-shaped MIR for a checked add', () => {
    const t = new HirDsl();
    const f = binFn(t, '+');
    expect(pretty(t, f)).toBe(`fn f(_1: i32, _2: i32) -> i32 {
    debug a => _1;
    debug b => _2;
    let mut _0: i32;
    let mut _3: (i32, bool);

    bb0: {
        _3 = AddWithOverflow(copy _1, copy _2);
        assert(!move (_3.1: bool), "attempt to compute \`{} + {}\`, which would overflow", copy _1, copy _2) -> [success: bb1];
    }

    bb1: {
        _0 = move (_3.0: i32);
        return;
    }
}
`);
  });

  it('evaluates left operands before right ones that assign', () => {
    // fn f() -> i32 { let mut a = 1; a + { a = 10; a } }  == 11
    const t = new HirDsl();
    const a = t.bind('a', tys.i32, { mut: true });
    const rhs = t.block([t.semi(t.assign(t.local(a), t.int(10)))], t.local(a));
    const f = t.fn('f', [], tys.i32, t.block([t.let(a, t.int(1))], t.bin('+', t.local(a), rhs)));
    expect(runInt(t, f, [])).toBe(11n);
  });

  it('comparisons and bit operations are unchecked', () => {
    const t = new HirDsl();
    const a = t.bind('a', tys.i16);
    const b = t.bind('b', tys.i16);
    const lt = t.fn('lt', [a, b], tys.bool, t.block([], t.bin('<', t.local(a), t.local(b))));
    expect(runInt(t, lt, [neg(-1n, 16), 1n])).toBe(1n);
    expect(runInt(t, lt, [1n, neg(-1n, 16)])).toBe(0n);
    const c = t.bind('c', tys.u8);
    const d = t.bind('d', tys.u8);
    const xor = t.fn('x', [c, d], tys.u8, t.block([], t.bin('^', t.bin('&', t.local(c), t.local(d)), t.bin('|', t.local(c), t.local(d)))));
    expect(runInt(t, xor, [0b1100n, 0b1010n])).toBe(0b0110n);
    const e = t.bind('e', tys.u8);
    const not = t.fn('not', [e], tys.u8, t.block([], t.un('Not', t.local(e))));
    expect(runInt(t, not, [0x0fn])).toBe(0xf0n);
  });
});
