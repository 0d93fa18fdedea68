// The typed LLVM IR emitter: type errors are caught in TypeScript, and what it prints is
// accepted by LLVM 14's parser and verifier.
import { describe, expect, it } from 'vitest';
import { ModuleBuilder } from '../../src/codegen/llvm-ir/module-builder.ts';
import { arrayTy, fnTy, intTy, ptrTo, structTy, T } from '../../src/codegen/llvm-ir/types.ts';
import { constArray, constBytes, constInt, constStruct, constNull, constFloatBits, globalRef } from '../../src/codegen/llvm-ir/value.ts';
import { compileModule } from '../../src/llvm/shim.ts';
import { DL, HAVE_SHIM, TARGETS } from './support/targets.ts';

function sampleModule(triple = 'x86_64-unknown-linux-gnu', dl: string = DL.x86_64): ModuleBuilder {
  const m = new ModuleBuilder('sample', triple, dl);
  const pair = m.namedStruct('Pair', [T.i32, T.i8p]);
  m.addGlobal({ name: 'counter', type: T.i64, init: constInt(T.i64, 41), align: 8 });
  m.addGlobal({ name: 'table', type: arrayTy(3, T.i16), init: constArray(T.i16, [1, 2, 3].map((v) => constInt(T.i16, v))), constant: true, align: 2, section: '.rodata.table' });
  m.addGlobal({ name: 'pair', type: pair, init: { ty: pair, s: `{ i32 7, i8* null }` }, linkage: 'internal' });
  m.addGlobal({ name: 'ext', type: T.i32, init: null });
  const msg = m.bytesConstant(new TextEncoder().encode('hi "there"\n'));
  expect(m.bytesConstant(new TextEncoder().encode('hi "there"\n'))).toBe(msg);
  m.addGlobal({ name: 'packed', type: structTy([T.i8p, arrayTy(4, T.i8)], true), init: constStruct([msg, constBytes(new Uint8Array([1, 2, 3, 4]))], true) });
  const puts = m.declareFunction('write_bytes', fnTy(T.i64, [T.i8p, T.i64]), { fnAttrs: ['nounwind'], paramAttrs: [['nocapture'], []] });

  const f = m.defineFunction('sample', fnTy(T.i32, [T.i32, T.i1]), { linkage: 'internal', fnAttrs: ['nounwind', 'noinline'], paramNames: ['x', 'flag'], unnamedAddr: 'unnamed_addr' });
  const [x, flag] = f.params;
  const entry = f.newBlock('entry');
  const then = f.newBlock('then');
  const els = f.newBlock('else');
  const join = f.newBlock('join');
  const sw = f.newBlock('sw');
  f.positionAt(entry);
  const slot = f.alloca(T.i32, 4, 'slot');
  f.store(x!, slot, 4, { volatile: true });
  const loaded = f.load(slot, 4, { volatile: true });
  const ov = f.call(m.intrinsic('llvm.sadd.with.overflow.i32', fnTy(structTy([T.i32, T.i1]), [T.i32, T.i32])), [loaded, constInt(T.i32, 1)])!;
  const sum = f.extractValue(ov, 0);
  const o = f.extractValue(ov, 1);
  const both = f.bin('or', o, flag!);
  f.condBr(both, then, els);
  f.positionAt(then);
  const wide = f.intCast(sum, T.i64, true);
  const g = globalRef('counter', ptrTo(T.i64));
  f.store(f.bin('add', f.load(g, 8), wide), g, 8);
  f.call(puts, [msg, constInt(T.i64, 11)], { fnAttrs: ['nounwind'] });
  f.br(join);
  f.positionAt(els);
  const buf = f.allocaBytes(arrayTy(16, T.i8), 8, 'buf');
  f.memset(buf, constInt(T.i8, 0), constInt(T.i64, 16), 8);
  f.memcpy(buf, msg, constInt(T.i64, 11), { dst: 8, src: 1 });
  const el = f.gep(f.bitcast(buf, ptrTo(arrayTy(16, T.i8))), [constInt(T.i64, 0), constInt(T.i64, 3)]);
  f.store(constInt(T.i8, 65), el, 1);
  const p8 = f.byteOffset(f.bitcast(globalRef('pair', ptrTo(pair)), T.i8p), 8, T.i64, ptrTo(T.i8p));
  f.store(constNull(T.i8p), p8, 8);
  const asmOut = f.inlineAsm(T.i64, [wideOf(f, x!)], 'lea ${0:q}, [${1:q} + 1]', '=r,r', { sideEffect: false, alignStack: false, intelDialect: true, fnAttrs: ['nounwind'] })!;
  void asmOut;
  f.br(join);
  f.positionAt(join);
  const phi = f.phi(T.i32, [[sum, then], [constInt(T.i32, -1), els]]);
  const sel = f.select(f.icmp('slt', phi, constInt(T.i32, 0)), constInt(T.i32, 0), phi);
  f.switch(sel, sw, [[0n, sw]]);
  f.positionAt(sw);
  const fl = f.cast('sitofp', sel, T.f64);
  const cmp = f.fcmp('olt', fl, constFloatBits(T.f64, 0x4045000000000000n));
  f.ret(f.select(cmp, sel, constInt(T.i32, 42)));
  m.moduleAsm('.globl marker\nmarker = 0x1234');
  return m;
}

function wideOf(f: ReturnType<ModuleBuilder['defineFunction']>, v: import('../../src/codegen/llvm-ir/value.ts').Value): import('../../src/codegen/llvm-ir/value.ts').Value {
  return f.intCast(v, T.i64, false);
}

describe('typed IR builder', () => {
  it('prints types and constants in LLVM syntax', () => {
    expect(ptrTo(structTy([T.i32, intTy(128)], true)).s).toBe('<{ i32, i128 }>*');
    expect(fnTy(T.void, [T.i8p], true).s).toBe('void (i8*, ...)');
    expect(constInt(T.i8, 255).s).toBe('-1');
    expect(constInt(T.i1, 1).s).toBe('true');
    expect(constBytes(new Uint8Array([0x41, 0x22, 0x5c, 0x0a])).s).toBe('c"A\\22\\5C\\0A"');
    expect(constFloatBits(T.f32, 0x3fc00000n).s).toBe('0x3FF8000000000000');
  });
  it('interns types so identity is equality', () => {
    expect(structTy([T.i32, T.i8p])).toBe(structTy([intTy(32), ptrTo(intTy(8))]));
  });
  it('rejects ill-typed instructions', () => {
    const m = new ModuleBuilder('bad', 'x86_64-unknown-linux-gnu', DL.x86_64);
    const f = m.defineFunction('f', fnTy(T.i32, [T.i32, T.i64]));
    f.positionAt(f.newBlock('b'));
    const [a, b] = f.params;
    expect(() => f.bin('add', a!, b!)).toThrow(/operand types differ: i32 vs i64/);
    expect(() => f.store(a!, f.alloca(T.i64, 8), 8)).toThrow(/store of i32 through i64\*/);
    expect(() => f.cast('trunc', a!, T.i64)).toThrow(/invalid cast trunc i32 to i64/);
    expect(() => f.alloca(T.i32, 3)).toThrow(/bad alignment 3/);
    const callee = m.declareFunction('g', fnTy(T.void, [T.i64]));
    expect(() => f.call(callee, [a!])).toThrow(/argument 0 is i32, expected i64/);
    expect(() => f.ret(b!)).toThrow(/ret i64 in a function returning i32/);
    f.ret(a!);
    expect(() => f.unreachable()).toThrow(/instruction after terminator/);
    const g2 = m.defineFunction('h', fnTy(T.void, []));
    g2.newBlock('open');
    expect(() => m.toString()).toThrow(/block open has no terminator/);
  });
  it('quotes names that need it and puts allocas in the entry block', () => {
    const m = new ModuleBuilder('q', 'x86_64-unknown-linux-gnu', DL.x86_64);
    const f = m.defineFunction('odd name<T>', fnTy(T.void, []));
    const a = f.newBlock('a');
    const b = f.newBlock('b');
    f.positionAt(a);
    f.br(b);
    f.positionAt(b);
    f.alloca(T.i8, 1, 'late');
    f.ret();
    const text = m.toString();
    expect(text).toContain('define void @"odd name<T>"() {\na:\n  %late = alloca i8, align 1\n  br label %b\nb:\n  ret void\n}');
  });
});

describe.skipIf(!HAVE_SHIM)('emitted IR passes the LLVM verifier', () => {
  it('for the x86_64 sample module (O0 and O2)', () => {
    const ir = sampleModule().toString();
    for (const optLevel of ['0', '2'] as const) {
      const r = compileModule(ir, 'sample', { ...TARGETS[0]!.llvm, optLevel }, { object: true, assembly: true, verify: true });
      expect(r.object!.length).toBeGreaterThan(0);
      expect(r.assembly).toContain('marker');
    }
  });
});

/** Every atomic instruction the builder emits: loads, stores, cmpxchg, atomicrmw, fences. */
function atomicModule(triple: string, dl: string, bits: number): string {
  const m = new ModuleBuilder('atomics', triple, dl);
  const it = intTy(bits);
  const f = m.defineFunction('atomics', fnTy(it, [ptrTo(it), it]), { fnAttrs: ['nounwind'] });
  const [p, v] = f.params;
  f.positionAt(f.newBlock('entry'));
  const a = f.atomicLoad(p!, bits / 8, 'acquire');
  f.atomicStore(v!, p!, bits / 8, 'release');
  f.atomicStore(a, p!, bits / 8, 'unordered');
  const r = f.cmpxchg(p!, a, v!, 'acq_rel', 'monotonic', { weak: true });
  const old = f.extractValue(r, 0);
  const x = f.atomicRmw('umax', p!, old, 'seq_cst');
  const y = f.atomicRmw('nand', p!, x, 'monotonic');
  f.fence('seq_cst');
  f.fence('acquire', { singleThread: true });
  f.ret(f.atomicRmw('xchg', p!, y, 'acquire'));
  return m.toString();
}

describe('atomic instructions', () => {
  it('are printed in LLVM syntax with orderings, scopes and alignment', () => {
    const ir = atomicModule('x86_64-unknown-linux-gnu', DL.x86_64, 32);
    expect(ir).toContain('load atomic i32, i32* %arg0 acquire, align 4');
    expect(ir).toContain('store atomic i32 %arg1, i32* %arg0 release, align 4');
    expect(ir).toContain('cmpxchg weak i32* %arg0, i32 %t, i32 %arg1 acq_rel monotonic');
    expect(ir).toContain('atomicrmw umax i32* %arg0');
    expect(ir).toContain('fence syncscope("singlethread") acquire');
  });
  it('reject orderings an operation cannot have', () => {
    const m = new ModuleBuilder('bad', 'x86_64-unknown-linux-gnu', DL.x86_64);
    const f = m.defineFunction('f', fnTy(T.void, [ptrTo(T.i32), T.i32]));
    f.positionAt(f.newBlock('b'));
    const [p, v] = f.params;
    expect(() => f.atomicLoad(p!, 4, 'release')).toThrow(/atomic load with release/);
    expect(() => f.atomicStore(v!, p!, 4, 'acquire')).toThrow(/atomic store with acquire/);
    expect(() => f.cmpxchg(p!, v!, v!, 'seq_cst', 'release')).toThrow(/cmpxchg orderings/);
    expect(() => f.fence('monotonic')).toThrow(/fence with monotonic/);
  });
});

describe.skipIf(!HAVE_SHIM)('atomic instructions pass the LLVM verifier', () => {
  for (const t of TARGETS) {
    it(`on ${t.llvm.triple}`, () => {
      const ir = atomicModule(t.llvm.triple, t.info.dataLayout, 32);
      const r = compileModule(ir, 'atomics', { ...t.llvm, optLevel: '2' }, { object: true, verify: true });
      expect(r.object!.length).toBeGreaterThan(0);
    });
  }
});
