// Hand-built MIR programs compiled by codegenCrate, linked into static executables and run
// natively and under qemu-user; their output and exit status are what rustc's debug build of
// the equivalent Rust prints.
import { describe, expect, it } from 'vitest';
import type { AssertKind } from '../../src/mir/mir.ts';
import { mkRef, mkTuple, tys } from '../../src/ty/interner.ts';
import type { Ty } from '../../src/ty/ty.ts';
import { constValue } from '../../src/ty/consts.ts';
import type { DefId } from '../../src/ty/def-id.ts';
import { REPR_RUST } from './support/fake-tcx.ts';
import {
  BodyBuilder, agg, array, arrayOf, asm, at, assign, bin, call, cast, cfn, ci, cp, cstr, deref, downcast, field, fnPtrTy, index, konst, mv, pl,
  rawPtr, ref, ret, switchInt, tuple, use, strRef,
} from './support/mir-dsl.ts';
import { makeProgram, runProgram, type Program } from './support/program.ts';
import { Seq } from './support/seq.ts';
import { HAVE_SHIM, TARGETS, type TestTarget } from './support/targets.ts';

type Build = (p: Program, main: BodyBuilder, t: TestTarget) => void;

interface Case {
  readonly name: string;
  readonly build: Build;
  readonly stdout: string;
  readonly stderr?: string;
  readonly status?: number;
}

const u32 = tys.u32;
const u64 = tys.u64;
const usize = tys.usize;

// fn fib(n: u32) -> u32 { if n < 2 { n } else { fib(n - 1) + fib(n - 2) } }
function defineFib(p: Program): DefId {
  const fib = p.tcx.fn('fib', [u32], u32);
  const b = new BodyBuilder(fib, [u32], u32);
  const lt = b.local(tys.bool);
  const a = b.local(u32);
  const c = b.local(u32);
  const r1 = b.local(u32);
  const r2 = b.local(u32);
  const s = new Seq(b);
  s.add(assign(lt, bin('Lt', cp(1), ci(u32, 2))));
  const then = s.reserve();
  const els = s.reserve();
  s.branch(cp(lt), then, els);
  s.at(then).add(assign(0, use(cp(1)))).ret();
  s.at(els).checked(a, 'Sub', cp(1), ci(u32, 1), u32).call(cfn(fib), [cp(a)], r1);
  s.checked(c, 'Sub', cp(1), ci(u32, 2), u32).call(cfn(fib), [cp(c)], r2);
  s.checked(0, 'Add', cp(r1), cp(r2), u32).ret();
  p.tcx.setBody(fib, b.build());
  return fib;
}

const arith: Build = (p, b) => {
  const fib = defineFib(p);
  const s = new Seq(b, p.rt);
  const sum = b.local(u32, 'sum');
  const i = b.local(u32, 'i');
  const le = b.local(tys.bool);
  const f = b.local(u32);
  s.add(assign(sum, use(ci(u32, 0))), assign(i, use(ci(u32, 1))));
  const head = s.reserve();
  const body = s.reserve();
  const exit = s.reserve();
  s.goto(head);
  s.at(head).add(assign(le, bin('Le', cp(i), ci(u32, 100)))).branch(cp(le), body, exit);
  s.at(body).checked(sum, 'Add', cp(sum), cp(i), u32).checked(i, 'Add', cp(i), ci(u32, 1), u32).goto(head);
  s.at(exit).printInt(sum).print(' ').call(cfn(fib), [ci(u32, 20)], f).printInt(f).print(' ');
  // Signed division and remainder round toward zero: -7 / 2 = -3, -7 % 3 = -1.
  const x = b.local(tys.i32, 'x');
  const q = b.local(tys.i32);
  const r = b.local(tys.i32);
  const zero = b.local(tys.bool);
  s.add(assign(x, use(ci(tys.i32, -7))), assign(zero, bin('Eq', ci(tys.i32, 2), ci(tys.i32, 0))));
  s.assert(cp(zero), false, { tag: 'DivisionByZero', operand: cp(x) });
  s.add(assign(q, bin('Div', cp(x), ci(tys.i32, 2))), assign(r, bin('Rem', cp(x), ci(tys.i32, 3))));
  s.checked(q, 'Add', cp(q), ci(tys.i32, 100), tys.i32).checked(r, 'Add', cp(r), ci(tys.i32, 100), tys.i32);
  s.printInt(q).print(' ').printInt(r).print(' ');
  const sh = b.local(u64);
  s.checked(sh, 'Shl', ci(u64, 1), ci(u32, 40), u64).printInt(sh).print('\n').ret();
};

function panicCase(name: string, ty: Ty, op: 'Add' | 'Sub' | 'Mul' | 'Shl' | 'Shr' | 'Div' | 'Rem' | 'Neg', a: bigint, c: bigint, message: string): Case {
  const build: Build = (p, b) => {
    const s = new Seq(b, p.rt);
    const x = b.local(ty, 'x');
    const y = b.local(ty === tys.u64 && (op === 'Shl' || op === 'Shr') ? u32 : ty, 'y');
    const z = b.local(ty, 'z');
    s.add(assign(x, use(ci(ty, a))), assign(y, use(ci(op === 'Shl' || op === 'Shr' ? u32 : ty, c))));
    s.print('before\n');
    const sp = at(7, 5);
    if (op === 'Div' || op === 'Rem') {
      const isZero = b.local(tys.bool);
      s.add(assign(isZero, bin('Eq', cp(y), ci(ty, 0))));
      const msg: AssertKind = op === 'Div' ? { tag: 'DivisionByZero', operand: cp(x) } : { tag: 'RemainderByZero', operand: cp(x) };
      s.assert(cp(isZero), false, msg, sp);
      s.add(assign(z, bin(op, cp(x), cp(y))));
    } else if (op === 'Neg') {
      const isMin = b.local(tys.bool);
      s.add(assign(isMin, bin('Eq', cp(x), ci(ty, a))));
      s.assert(cp(isMin), false, { tag: 'OverflowNeg', operand: cp(x) }, sp);
    } else {
      s.checked(z, op, cp(x), cp(y), ty, sp);
    }
    s.print('after\n').ret();
  };
  return { name, build, stdout: 'before\n', stderr: `src/main.rs:7:5: ${message}\n`, status: 101 };
}

const bounds: Case = {
  name: 'bounds check',
  build: (p, b) => {
    const s = new Seq(b, p.rt);
    const a = b.local(arrayOf(u32, 3), 'a');
    const i = b.local(usize, 'i');
    const inb = b.local(tys.bool);
    const v = b.local(u32, 'v');
    s.add(assign(a, array(u32, ci(u32, 10), ci(u32, 20), ci(u32, 30))), assign(i, use(ci(usize, 1))));
    s.add(assign(inb, bin('Lt', cp(i), ci(usize, 3))));
    s.assert(cp(inb), true, { tag: 'BoundsCheck', len: ci(usize, 3), index: cp(i) }, at(9, 13));
    s.add(assign(v, use(cp(pl(a, index(i)))))).printInt(v).print('\n');
    s.add(assign(i, use(ci(usize, 5))), assign(inb, bin('Lt', cp(i), ci(usize, 3))));
    s.assert(cp(inb), true, { tag: 'BoundsCheck', len: ci(usize, 3), index: cp(i) }, at(9, 13));
    s.add(assign(v, use(cp(pl(a, index(i)))))).printInt(v).ret();
  },
  stdout: '20\n',
  stderr: 'src/main.rs:9:13: index out of bounds: the len is 3 but the index is 5\n',
  status: 101,
};

const aggregates: Case = {
  name: 'aggregates, references and the Rust ABI',
  build: (p, b) => {
    const big = p.tcx.struct('Big', [['a', u64], ['b', u32], ['c', tys.u16], ['d', tys.u8]]);
    // fn make(x: u64) -> Big { Big { a: x, b: 2, c: 3, d: 4 } }
    const make = p.tcx.fn('make', [u64], big.ty);
    {
      const fb = new BodyBuilder(make, [u64], big.ty);
      fb.block([assign(0, agg({ tag: 'Adt', def: big.def, variant: 0, args: [], activeField: null }, [cp(1), ci(u32, 2), ci(tys.u16, 3), ci(tys.u8, 4)]))], ret);
      p.tcx.setBody(make, fb.build());
    }
    // fn total(b: Big) -> u64 { b.a + b.b as u64 + b.c as u64 + b.d as u64 }
    const total = p.tcx.fn('total', [big.ty], u64);
    {
      const fb = new BodyBuilder(total, [big.ty], u64);
      const t1 = fb.local(u64);
      const t2 = fb.local(u64);
      const t3 = fb.local(u64);
      fb.block([
        assign(t1, cast('IntToInt', cp(pl(1, field(1, u32))), u64)),
        assign(t2, cast('IntToInt', cp(pl(1, field(2, tys.u16))), u64)),
        assign(t3, cast('IntToInt', cp(pl(1, field(3, tys.u8))), u64)),
        assign(0, bin('Add', cp(pl(1, field(0, u64))), cp(t1))),
        assign(0, bin('Add', cp(0), cp(t2))),
        assign(0, bin('Add', cp(0), cp(t3))),
        // The callee owns its copy: modifying it must not affect the caller.
        assign(pl(1, field(0, u64)), use(ci(u64, 0))),
      ], ret);
      p.tcx.setBody(total, fb.build());
    }
    // fn pair(x: u32) -> (u32, bool) { (x * 2, x > 10) }
    const pairTy = mkTuple([u32, tys.bool]);
    const pair = p.tcx.fn('pair', [u32], pairTy);
    {
      const fb = new BodyBuilder(pair, [u32], pairTy);
      const m = fb.local(u32);
      const g = fb.local(tys.bool);
      fb.block([assign(m, bin('Mul', cp(1), ci(u32, 2))), assign(g, bin('Gt', cp(1), ci(u32, 10))), assign(0, tuple(cp(m), cp(g)))], ret);
      p.tcx.setBody(pair, fb.build());
    }
    // fn bump(r: &mut u32) { *r = *r + 1 }
    const mutRef = mkRef(u32, 'mut');
    const bump = p.tcx.fn('bump', [mutRef], tys.unit);
    {
      const fb = new BodyBuilder(bump, [mutRef], tys.unit);
      fb.block([assign(pl(1, deref), bin('Add', cp(pl(1, deref)), ci(u32, 1)))], ret);
      p.tcx.setBody(bump, fb.build());
    }
    const strLen = p.tcx.fn('str_len', [strRef], usize, { intrinsic: 'str_len' });
    // fn len_of(s: &str) -> usize { str_len(s) }
    const lenOf = p.tcx.fn('len_of', [strRef], usize);
    {
      const fb = new BodyBuilder(lenOf, [strRef], usize);
      fb.block([], call(cfn(strLen), [cp(1)], 0, 1));
      fb.block([], ret);
      p.tcx.setBody(lenOf, fb.build());
    }
    const s = new Seq(b, p.rt);
    const bg = b.local(big.ty, 'big');
    const t = b.local(u64, 't');
    const pr = b.local(pairTy, 'pr');
    const c = b.local(u32, 'c');
    const rc = b.local(mutRef);
    const l = b.local(usize, 'l');
    const flag = b.local(u64);
    s.call(cfn(make), [ci(u64, 100)], bg).call(cfn(total), [cp(bg)], t).printInt(t).print(' ');
    s.add(assign(t, use(cp(pl(bg, field(0, u64)))))).printInt(t).print(' ');
    s.call(cfn(pair), [ci(u32, 21)], pr).add(assign(flag, cast('IntToInt', cp(pl(pr, field(1, tys.bool))), u64)));
    const first = b.local(u32);
    s.add(assign(first, use(cp(pl(pr, field(0, u32)))))).printInt(first);
    s.print(' ').printNum(cp(flag)).print(' ');
    s.add(assign(c, use(ci(u32, 5))), assign(rc, ref(c, 'mut'))).call(cfn(bump), [mv(rc)], b.local(tys.unit)).printInt(c).print(' ');
    s.call(cfn(lenOf), [cstr('hello')], l).printInt(l).print('\n').ret();
  },
  stdout: '109 100 42 1 6 5\n',
};

function unaryFn(p: Program, name: string, f: (x: number) => import('../../src/mir/mir.ts').Rvalue): DefId {
  const def = p.tcx.fn(name, [u64], u64);
  const fb = new BodyBuilder(def, [u64], u64);
  fb.block([assign(0, f(1))], ret);
  p.tcx.setBody(def, fb.build());
  return def;
}

const fnPointers: Case = {
  name: 'fn pointers: reified items, indirect calls, a static table',
  build: (p, b) => {
    const fnTy = fnPtrTy([u64], u64);
    const double = unaryFn(p, 'double', (x) => bin('Mul', cp(x), ci(u64, 2)));
    const square = unaryFn(p, 'square', (x) => bin('Mul', cp(x), cp(x)));
    // static OPS: [fn(u64) -> u64; 2] = [double, square];
    const opsTy = arrayOf(fnTy, 2);
    const ops = p.tcx.staticItem('OPS', opsTy, null);
    {
      const ib = new BodyBuilder(ops, [], opsTy);
      const a = ib.local(fnTy);
      const c = ib.local(fnTy);
      ib.block([
        assign(a, cast('ReifyFnPointer', cfn(double), fnTy)),
        assign(c, cast('ReifyFnPointer', cfn(square), fnTy)),
        assign(0, array(fnTy, mv(a), mv(c))),
      ], ret);
      p.tcx.setStaticInit(ops, ib.build());
    }
    const s = new Seq(b, p.rt);
    const f = b.local(fnTy, 'f');
    const r = b.local(u64, 'r');
    const table = b.local(mkRef(opsTy));
    const i = b.local(usize);
    const g = b.local(fnTy, 'g');
    s.add(assign(f, cast('ReifyFnPointer', cfn(double), fnTy))).call(cp(f), [ci(u64, 21)], r).printInt(r).print(' ');
    s.add(assign(table, use(konst(mkRef(opsTy), { tag: 'StaticRef', def: ops }))), assign(i, use(ci(usize, 1))));
    s.add(assign(g, use(cp(pl(table, deref, index(i)))))).call(cp(g), [ci(u64, 12)], r).printInt(r).print(' ');
    // Comparing fn pointers: the table's entry 0 is `double`.
    const same = b.local(tys.bool);
    s.add(assign(i, use(ci(usize, 0))), assign(g, use(cp(pl(table, deref, index(i))))), assign(same, bin('Eq', cp(f), cp(g))));
    s.printInt(same).print('\n').ret();
  },
  stdout: '42 144 1\n',
};

const statics: Case = {
  name: 'statics: mutable, with relocations, structs, pointers to statics',
  build: (p, b) => {
    // static mut COUNTER: u32 = 40;
    const counter = p.tcx.staticItem('COUNTER', u32, null, { mutable: true });
    {
      const ib = new BodyBuilder(counter, [], u32);
      ib.block([assign(0, bin('Add', ci(u32, 39), ci(u32, 1)))], ret);
      p.tcx.setStaticInit(counter, ib.build());
    }
    // static GREETING: &str = "static str";
    const greeting = p.tcx.staticItem('GREETING', strRef, null);
    {
      const ib = new BodyBuilder(greeting, [], strRef);
      ib.block([assign(0, use(cstr('static str')))], ret);
      p.tcx.setStaticInit(greeting, ib.build());
    }
    // struct Pt { x: u16, y: u64 } static PT: Pt = Pt { x: 7, y: 1 << 33 };
    const pt = p.tcx.struct('Pt', [['x', tys.u16], ['y', u64]]);
    const ptS = p.tcx.staticItem('PT', pt.ty, null);
    {
      const ib = new BodyBuilder(ptS, [], pt.ty);
      const sh = ib.local(mkTuple([u64, tys.bool]));
      ib.block([
        assign(sh, { tag: 'CheckedBinaryOp', op: 'Shl', lhs: ci(u64, 1), rhs: ci(u32, 33) }),
        assign(0, agg({ tag: 'Adt', def: pt.def, variant: 0, args: [], activeField: null }, [ci(tys.u16, 7), cp(pl(sh, field(0, u64)))])),
      ], ret);
      p.tcx.setStaticInit(ptS, ib.build());
    }
    // static PTR: &u32 = &COUNTER;  (a relocation to another static)
    const ptrS = p.tcx.staticItem('PTR', mkRef(u32), null);
    {
      const ib = new BodyBuilder(ptrS, [], mkRef(u32));
      ib.block([assign(0, use(konst(mkRef(u32), { tag: 'StaticRef', def: counter })))], ret);
      p.tcx.setStaticInit(ptrS, ib.build());
    }
    const s = new Seq(b, p.rt);
    const cref = b.local(rawPtr(u32, 'mut'));
    const pref = b.local(mkRef(mkRef(u32)));
    const v = b.local(u32);
    const gref = b.local(mkRef(strRef));
    const g = b.local(strRef);
    const ptRef = b.local(mkRef(pt.ty));
    const sum = b.local(u64);
    const x = b.local(u64);
    // unsafe { COUNTER += 2 }
    s.add(assign(cref, use(konst(rawPtr(u32, 'mut'), { tag: 'StaticRef', def: counter }))));
    s.checked(v, 'Add', cp(pl(cref, deref)), ci(u32, 2), u32).add(assign(pl(cref, deref), use(cp(v))));
    // print(**PTR)
    s.add(assign(pref, use(konst(mkRef(mkRef(u32)), { tag: 'StaticRef', def: ptrS }))), assign(v, use(cp(pl(pref, deref, deref)))));
    s.printInt(v).print(' ');
    s.add(assign(gref, use(konst(mkRef(strRef), { tag: 'StaticRef', def: greeting }))), assign(g, use(cp(pl(gref, deref)))));
    s.call(cfn(p.rt.printStr), [ci(usize, 1), cp(g)], b.local(tys.unit)).print(' ');
    s.add(assign(ptRef, use(konst(mkRef(pt.ty), { tag: 'StaticRef', def: ptS }))));
    s.add(assign(x, cast('IntToInt', cp(pl(ptRef, deref, field(0, tys.u16))), u64)), assign(sum, bin('Add', cp(pl(ptRef, deref, field(1, u64))), cp(x))));
    s.printInt(sum).print('\n').ret();
  },
  stdout: '42 static str 8589934599\n',
};

const enums: Case = {
  name: 'enums: C-like discriminants, tagged variants, switching',
  build: (p, b) => {
    const color = p.tcx.enumDef('Color', [{ name: 'Red', fields: [], discr: 1n }, { name: 'Green', fields: [], discr: 2n }, { name: 'Blue', fields: [], discr: 4n }], { ...REPR_RUST, int: 'u8' });
    const shape = p.tcx.enumDef('Shape', [{ name: 'Circle', fields: [u32] }, { name: 'Rect', fields: [tys.u16, tys.u16] }]);
    // fn area(s: &Shape) -> u32 { match *s { Circle(r) => r * r * 3, Rect(w, h) => w as u32 * h as u32 } }
    const area = p.tcx.fn('area', [mkRef(shape.ty)], u32);
    {
      const fb = new BodyBuilder(area, [mkRef(shape.ty)], u32);
      const d = fb.local(tys.isize);
      const r = fb.local(u32);
      const w = fb.local(u32);
      const h = fb.local(u32);
      fb.block([{ tag: 'Assign', place: pl(d), rvalue: { tag: 'Discriminant', place: pl(1, deref) }, span: at(0, 0) }], switchInt(cp(d), [[0, 1], [1, 2]], 3));
      fb.block([
        assign(r, use(cp(pl(1, deref, downcast(0), field(0, u32))))),
        assign(0, bin('Mul', cp(r), cp(r))),
        assign(0, bin('Mul', cp(0), ci(u32, 3))),
      ], ret);
      fb.block([
        assign(w, cast('IntToInt', cp(pl(1, deref, downcast(1), field(0, tys.u16))), u32)),
        assign(h, cast('IntToInt', cp(pl(1, deref, downcast(1), field(1, tys.u16))), u32)),
        assign(0, bin('Mul', cp(w), cp(h))),
      ], ret);
      fb.block([], { tag: 'Unreachable', span: at(0, 0) });
      p.tcx.setBody(area, fb.build());
    }
    const s = new Seq(b, p.rt);
    const c = b.local(color.ty, 'c');
    const d = b.local(tys.u8, 'd');
    const sh = b.local(shape.ty, 'sh');
    const rs = b.local(mkRef(shape.ty));
    const a = b.local(u32, 'a');
    s.add(assign(c, agg({ tag: 'Adt', def: color.def, variant: 2, args: [], activeField: null }, [])));
    s.add({ tag: 'Assign', place: pl(d), rvalue: { tag: 'Discriminant', place: pl(c) }, span: at(0, 0) }).printInt(d).print(' ');
    s.add(assign(sh, agg({ tag: 'Adt', def: shape.def, variant: 0, args: [], activeField: null }, [ci(u32, 10)])), assign(rs, ref(sh)));
    s.call(cfn(area), [cp(rs)], a).printInt(a).print(' ');
    s.add(assign(sh, agg({ tag: 'Adt', def: shape.def, variant: 1, args: [], activeField: null }, [ci(tys.u16, 6), ci(tys.u16, 7)])), assign(rs, ref(sh)));
    s.call(cfn(area), [cp(rs)], a).printInt(a).print('\n').ret();
  },
  stdout: '4 300 42\n',
};

const casts: Case = {
  name: 'integer casts and 64-bit values on every pointer width',
  build: (p, b) => {
    const s = new Seq(b, p.rt);
    const x8 = b.local(tys.i8);
    const x64 = b.local(tys.i64);
    const u = b.local(u64);
    const m = b.local(u64);
    const t8 = b.local(tys.u8);
    const big = b.local(u64);
    const sz = b.local(usize);
    s.add(assign(x8, use(ci(tys.i8, -5))), assign(x64, cast('IntToInt', cp(x8), tys.i64)), assign(u, cast('IntToInt', cp(x64), u64)));
    s.printInt(u).print(' ');
    s.add(assign(m, bin('Shr', ci(u64, 0xffffffffffffffffn), ci(u32, 63)))).printInt(m).print(' ');
    s.add(assign(t8, cast('IntToInt', ci(u32, 300), tys.u8))).printInt(t8).print(' ');
    s.checked(big, 'Mul', ci(u64, 4294967296n), ci(u64, 3), u64).printInt(big).print(' ');
    s.add(assign(sz, { tag: 'NullaryOp', op: 'SizeOf', ty: mkTuple([tys.u8, u64, tys.u8]) })).printInt(sz).print('\n').ret();
  },
  // size_of::<(u8, u64, u8)>() is 16 everywhere (u64 is 8-aligned on all these targets).
  stdout: '18446744073709551611 1 44 12884901888 16\n',
};

const ASM_ADD: Record<string, string> = {
  x86_64: 'mov {0}, {1}\nadd {0}, 5',
  aarch64: 'add {0}, {1}, #5',
  riscv64: 'addi {0}, {1}, 5',
  arm: 'add {0}, {1}, #5',
};

const inlineAsm: Case = {
  name: 'inline asm with register-class operands',
  build: (p, b, t) => {
    const s = new Seq(b, p.rt);
    const x = b.local(usize, 'x');
    s.end((next) => asm(ASM_ADD[t.arch!]!, [
      { tag: 'Out', reg: 'reg', late: false, place: pl(x) },
      { tag: 'In', reg: 'reg', value: ci(usize, 37) },
    ], ['pure', 'nomem', 'nostack'], next));
    s.printInt(x).print('\n').ret();
  },
  stdout: '42\n',
};

const repeats: Case = {
  name: 'array repeat expressions: zero fill, loops, unrolled; copies of big arrays',
  build: (p, b) => {
    const s = new Seq(b, p.rt);
    const big = arrayOf(u64, 300);
    const z = b.local(big, 'z');
    const w = b.local(arrayOf(u32, 50), 'w');
    const small = b.local(arrayOf(tys.u16, 3), 'small');
    const copy = b.local(big, 'copy');
    const i = b.local(usize, 'i');
    const acc = b.local(u64, 'acc');
    const x = b.local(u64);
    s.add(
      assign(z, { tag: 'Repeat', operand: ci(u64, 0), count: constValue(usize, 300n) }),
      assign(w, { tag: 'Repeat', operand: ci(u32, 7), count: constValue(usize, 50n) }),
      assign(small, { tag: 'Repeat', operand: ci(tys.u16, 9), count: constValue(usize, 3n) }),
      assign(i, use(ci(usize, 299))),
      assign(pl(z, index(i)), use(ci(u64, 5))),
      assign(copy, use(mv(z))),
      assign(acc, use(cp(pl(copy, index(i))))),
      assign(i, use(ci(usize, 49))),
      assign(x, cast('IntToInt', cp(pl(w, index(i))), u64)),
      assign(acc, bin('Add', cp(acc), cp(x))),
      assign(i, use(ci(usize, 2))),
      assign(x, cast('IntToInt', cp(pl(small, index(i))), u64)),
      assign(acc, bin('Add', cp(acc), cp(x))),
      assign(i, use(ci(usize, 0))),
      assign(x, use(cp(pl(copy, index(i))))),
      assign(acc, bin('Add', cp(acc), cp(x))),
    );
    s.printInt(acc).print('\n').ret();
  },
  stdout: '21\n',
};

export const CASES: Case[] = [
  { name: 'loops, recursion and arithmetic', build: arith, stdout: '5050 6765 97 99 1099511627776\n' },
  panicCase('add overflow', tys.u8, 'Add', 255n, 1n, 'attempt to add with overflow'),
  panicCase('sub overflow', tys.u32, 'Sub', 3n, 4n, 'attempt to subtract with overflow'),
  panicCase('mul overflow', tys.i16, 'Mul', 300n, 300n, 'attempt to multiply with overflow'),
  panicCase('shl overflow', tys.u64, 'Shl', 1n, 64n, 'attempt to shift left with overflow'),
  panicCase('division by zero', u32, 'Div', 10n, 0n, 'attempt to divide by zero'),
  panicCase('remainder by zero', tys.i32, 'Rem', 10n, 0n, 'attempt to calculate the remainder with a divisor of zero'),
  panicCase('negation overflow', tys.i8, 'Neg', -128n, 0n, 'attempt to negate with overflow'),
  bounds,
  aggregates,
  fnPointers,
  statics,
  enums,
  casts,
  inlineAsm,
  repeats,
];


const runnable = TARGETS.filter((t) => t.arch !== null);

describe.skipIf(!HAVE_SHIM)('MIR programs run on every Linux target', () => {
  for (const t of runnable) {
    describe(t.info.name, () => {
      for (const c of CASES) {
        it.skipIf(t.runner === null)(c.name, () => {
          const p = makeProgram(t, (prog, b) => c.build(prog, b, t));
          const r = runProgram(p, t);
          expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout: c.stdout, stderr: c.stderr ?? '', status: c.status ?? 0 });
        });
      }
    });
  }
});

describe.skipIf(!HAVE_SHIM)('the same programs optimized (-C opt-level=2) behave the same', () => {
  for (const t of runnable) {
    describe(t.info.name, () => {
      for (const c of CASES) {
        it.skipIf(t.runner === null)(c.name, () => {
          const p = makeProgram(t, (prog, b) => c.build(prog, b, t));
          const r = runProgram(p, t, '2');
          expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout: c.stdout, stderr: c.stderr ?? '', status: c.status ?? 0 });
        });
      }
    });
  }
});
