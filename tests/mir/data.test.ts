import { describe, expect, it } from 'vitest';
import { mkTy, tys } from '../../src/ty/interner.ts';
import type { Ty } from '../../src/ty/ty.ts';
import { HirDsl, arrayTy } from './hir-dsl.ts';
import { machine, neg, pretty, runInt } from './run-helper.ts';

const refTy = (t: Ty, mutbl: 'not' | 'mut' = 'not') => mkTy({ tag: 'Ref', mutbl, pointee: t });

describe('data: tuples, arrays, structs, references', () => {
  it('tuples: construct, project, destructure in let', () => {
    // fn f(a: i32) -> i32 { let t = (a, a * 2, 7u8); let (x, y, _) = t; x + y + t.2 as i32 }
    const t = new HirDsl();
    const a = t.bind('a', tys.i32);
    const tp = t.bind('t', mkTy({ tag: 'Tuple', elems: [tys.i32, tys.i32, tys.u8] }));
    const x = t.bind('x', tys.i32);
    const y = t.bind('y', tys.i32);
    const f = t.fn('f', [a], tys.i32, t.block([
      t.let(tp, t.tup([t.local(a), t.bin('*', t.local(a), t.int(2)), t.int(7, tys.u8)])),
      t.let(t.tupPat([x, y, t.wild(tys.u8)]), t.local(tp)),
    ], t.bin('+', t.bin('+', t.local(x), t.local(y)), t.cast(t.field(t.local(tp), 2, tys.u8), tys.i32))));
    expect(runInt(t, f, [5n])).toBe(22n);
  });

  it('arrays: literal, repeat, indexing with bounds checks, element assignment', () => {
    // fn f(i: usize) -> u16 { let mut a = [1u16, 2, 3]; let b = [10u16; 4]; a[1] = 20; a[i] + b[i] }
    const t = new HirDsl();
    const i = t.bind('i', tys.usize);
    const a = t.bind('a', arrayTy(tys.u16, 3), { mut: true });
    const b = t.bind('b', arrayTy(tys.u16, 4));
    const f = t.fn('f', [i], tys.u16, t.block([
      t.let(a, t.array([t.int(1, tys.u16), t.int(2, tys.u16), t.int(3, tys.u16)], tys.u16)),
      t.let(b, t.repeat(t.int(10, tys.u16), 4)),
      t.semi(t.assign(t.index(t.local(a), t.int(1, tys.usize)), t.int(20, tys.u16))),
    ], t.bin('+', t.index(t.local(a), t.local(i)), t.index(t.local(b), t.local(i)))));
    expect(runInt(t, f, [0n])).toBe(11n);
    expect(runInt(t, f, [1n])).toBe(30n);
    expect(runInt(t, f, [3n])).toBe('index out of bounds: the length is 3 but the index is 3');
    expect(pretty(t, f)).toContain('assert(move _');
    expect(pretty(t, f)).toContain('"index out of bounds: the length is {} but the index is {}", const 3_usize');
  });

  it('references: &mut through a parameter, deref assignment, auto-deref field access', () => {
    // struct P { x: i32, y: i32 }
    // fn bump(p: &mut P) { (*p).x += 1; p.y = p.x * 10; }   (p.y with an autoderef adjustment)
    // fn f() -> i32 { let mut q = P { x: 1, y: 0 }; bump(&mut q); q.x + q.y }
    const t = new HirDsl();
    const P = t.struct('P', [['x', tys.i32], ['y', tys.i32]]);
    const pTy = t.adtTy(P);
    const p = t.bind('p', refTy(pTy, 'mut'));
    const autoderef = (e: ReturnType<HirDsl['local']>) => t.adjust(e, [{ kind: { tag: 'Deref', overloaded: null }, target: pTy }]);
    const bump = t.fn('bump', [p], tys.unit, t.block([
      t.semi(t.assignOp('+', t.field(t.un('Deref', t.local(p)), 0, tys.i32), t.int(1))),
      t.semi(t.assign(t.field(autoderef(t.local(p)), 1, tys.i32), t.bin('*', t.field(autoderef(t.local(p)), 0, tys.i32), t.int(10)))),
    ]));
    const q = t.bind('q', pTy, { mut: true });
    const f = t.fn('f', [], tys.i32, t.block([
      t.let(q, t.structLit(P, [[0, t.int(1)], [1, t.int(0)]])),
      t.semi(t.call(t.fnRef(bump), [t.ref(t.local(q), 'mut')], tys.unit)),
    ], t.bin('+', t.field(t.local(q), 0, tys.i32), t.field(t.local(q), 1, tys.i32))));
    expect(runInt(t, f, [])).toBe(22n);
    expect(pretty(t, bump)).toContain('((*_1).1: i32) = move');
  });

  it('method calls with an autoref receiver (typeck adjustments)', () => {
    // impl P { fn get(&self) -> i32 { self.x } }  fn f() -> i32 { let p = P { x: 9 }; p.get() }
    const t = new HirDsl();
    const P = t.struct('P', [['x', tys.i32]]);
    const pTy = t.adtTy(P);
    const self = t.bind('self', refTy(pTy));
    const get = t.fn('get', [self], tys.i32, t.block([], t.field(t.adjust(t.local(self), [{ kind: { tag: 'Deref', overloaded: null }, target: pTy }]), 0, tys.i32)));
    const p = t.bind('p', pTy);
    const recv = t.adjust(t.local(p), [{ kind: { tag: 'Borrow', kind: 'Ref', mutbl: 'not' }, target: refTy(pTy) }]);
    const f = t.fn('f', [], tys.i32, t.block([t.let(p, t.structLit(P, [[0, t.int(9)]]))], t.methodCall(get, recv, [], tys.i32)));
    expect(runInt(t, f, [])).toBe(9n);
    expect(pretty(t, f)).toMatch(/_\d+ = &_1;\n\s+_0 = get\(move _\d+\) -> \[return: bb1\];/);
  });

  it('non-Copy structs move, Copy ones copy', () => {
    const t = new HirDsl();
    const M = t.struct('M', [['v', tys.u8]]);
    const C = t.struct('C', [['v', tys.u8]], true);
    const m = t.bind('m', t.adtTy(M));
    const c = t.bind('c', t.adtTy(C));
    const m2 = t.bind('m2', t.adtTy(M));
    const c2 = t.bind('c2', t.adtTy(C));
    const f = t.fn('f', [m, c], tys.u8, t.block([t.let(m2, t.local(m)), t.let(c2, t.local(c))], t.field(t.local(m2), 0, tys.u8)));
    const text = pretty(t, f);
    expect(text).toContain('_3 = move _1;');
    expect(text).toContain('_4 = copy _2;');
  });

  it('const items are inlined (scalars and aggregates); statics are places behind a StaticRef', () => {
    // const K: i32 = 3 + 4;  const T: (u8, bool) = (1, true);  static mut S: u32 = 5;
    // fn f() -> i32 { unsafe { S += 1; } K + T.0 as i32 + S as i32 }
    const t = new HirDsl();
    const K = t.constItem('K', t.bin('+', t.int(3), t.int(4)));
    const tupTy = mkTy({ tag: 'Tuple', elems: [tys.u8, tys.bool] });
    const T = t.constItem('T', t.tup([t.int(1, tys.u8), t.bool(true)]));
    const S = t.staticItem('S', t.int(5, tys.u32), 'mut');
    const f = t.fn('f', [], tys.i32, t.block([
      t.semi(t.assignOp('+', t.defPath(S, tys.u32), t.int(1, tys.u32))),
    ], t.bin('+', t.bin('+', t.defPath(K, tys.i32), t.cast(t.field(t.defPath(T, tupTy), 0, tys.u8), tys.i32)), t.cast(t.defPath(S, tys.u32), tys.i32))));
    expect(runInt(t, f, [])).toBe(14n);
    const text = pretty(t, f);
    expect(text).toContain('const 7_i32');
    expect(text).toContain('= (const 1_u8, const true);');
    expect(text).toMatch(/_\d+ = const \{&S: \*mut u32\};/);
    expect(pretty(t, K, 'const')).toContain('const K: i32 = {');
  });

  it('const evaluation always checks overflow and reports it', () => {
    const t = new HirDsl();
    t.sess = { ...t.sess, overflowChecks: false };
    const K = t.constItem('K', t.bin('+', t.int(255, tys.u8), t.int(1, tys.u8)));
    const f = t.fn('f', [], tys.u8, t.block([], t.defPath(K, tys.u8)));
    expect(() => t.mir(f)).toThrow('attempt to compute `u8::MAX + 1_u8`, which would overflow'); // rustc's E0080 text
  });

  it('casts: int to int (truncate, sign-extend), bool to int, char to u32', () => {
    const t = new HirDsl();
    const a = t.bind('a', tys.i16);
    const f1 = t.fn('f1', [a], tys.u8, t.block([], t.cast(t.local(a), tys.u8)));
    const b = t.bind('b', tys.i8);
    const g = t.fn('g', [b], tys.i64, t.block([], t.cast(t.local(b), tys.i64)));
    const c = t.bind('c', tys.bool);
    const h = t.fn('h', [c], tys.i32, t.block([], t.cast(t.local(c), tys.i32)));
    expect(runInt(t, f1, [0x1234n])).toBe(0x34n);
    expect(runInt(t, g, [0xffn])).toBe(neg(-1n, 64));
    expect(runInt(t, h, [1n])).toBe(1n);
    expect(pretty(t, g)).toContain('_0 = copy _1 as i64 (IntToInt);');
  });

  it('fn items reify to fn pointers; indirect calls', () => {
    // fn add(a: i32, b: i32) -> i32 { a + b }
    // fn apply(f: fn(i32, i32) -> i32, x: i32) -> i32 { f(x, x) }
    // fn main() -> i32 { let f: fn(i32, i32) -> i32 = add; apply(f, 21) }
    const t = new HirDsl();
    const a = t.bind('a', tys.i32);
    const b = t.bind('b', tys.i32);
    const add = t.fn('add', [a, b], tys.i32, t.block([], t.bin('+', t.local(a), t.local(b))));
    const fnPtr = mkTy({ tag: 'FnPtr', sig: { inputs: [tys.i32, tys.i32], output: tys.i32, cVariadic: false, unsafe: false, abi: 'Rust' } });
    const fp = t.bind('f', fnPtr);
    const x = t.bind('x', tys.i32);
    const apply = t.fn('apply', [fp, x], tys.i32, t.block([], t.call(t.local(fp), [t.local(x), t.local(x)], tys.i32)));
    const fl = t.bind('f', fnPtr);
    const reified = t.adjust(t.fnRef(add), [{ kind: { tag: 'Pointer', cast: 'ReifyFnPointer' }, target: fnPtr }]);
    const main = t.fn('main', [], tys.i32, t.block([t.let(fl, reified)], t.call(t.fnRef(apply), [t.local(fl), t.int(21)], tys.i32)));
    expect(runInt(t, main, [])).toBe(42n);
    expect(pretty(t, main)).toContain('_1 = add as fn(i32, i32) -> i32 (ReifyFnPointer);');
    expect(pretty(t, apply)).toContain('_0 = copy _1(copy _2, copy _2) -> [return: bb1];');
  });

  it('raw pointers: &raw / casts from references and deref', () => {
    // fn f() -> i32 { let mut v = 5; let p = &mut v as *mut i32; unsafe { *p = 6; } v }
    const t = new HirDsl();
    const v = t.bind('v', tys.i32, { mut: true });
    const ptrTy = mkTy({ tag: 'RawPtr', mutbl: 'mut', pointee: tys.i32 });
    const p = t.bind('p', ptrTy);
    const castE = t.cast(t.adjust(t.ref(t.local(v), 'mut'), [{ kind: { tag: 'Deref', overloaded: null }, target: tys.i32 }, { kind: { tag: 'Borrow', kind: 'RawPtr', mutbl: 'mut' }, target: ptrTy }]), ptrTy);
    t.coercionCasts.add(castE.hirId);
    const f = t.fn('f', [], tys.i32, t.block([
      t.let(v, t.int(5)),
      t.let(p, castE),
      t.semi(t.assign(t.un('Deref', t.local(p)), t.int(6))),
    ], t.local(v)));
    expect(runInt(t, f, [])).toBe(6n);
    expect(pretty(t, f)).toContain('&raw mut (*_');
  });

  it('string literals are Slice constants', () => {
    const t = new HirDsl();
    const len = t.foreignFn('str_len', [refTy(tys.str)], tys.usize);
    const f = t.fn('f', [], tys.usize, t.block([], t.call(t.fnRef(len), [t.str('héllo')], tys.usize)));
    expect(pretty(t, f)).toContain('str_len(const "héllo")');
    const v = machine(t, (name, args) => {
      if (name !== 'str_len' || args[0]!.k !== 'bytes') throw new Error('bad call');
      return { k: 'int', bits: BigInt(args[0]!.data.length) };
    }).call(f, []);
    expect(v).toEqual({ k: 'int', bits: 6n });
  });
});
