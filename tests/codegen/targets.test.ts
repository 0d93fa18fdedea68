// A library crate (no runtime, calls into a dependency's panic lang items) generated for every
// target we ship; the shim verifies the IR and emits an object for each.
import { describe, expect, it } from 'vitest';
import { codegenCrate } from '../../src/codegen/codegen-crate.ts';
import { compileModule } from '../../src/llvm/shim.ts';
import { mkRef, mkTuple, tys } from '../../src/ty/interner.ts';
import { FakeTcx } from './support/fake-tcx.ts';
import { BodyBuilder, array, arrayOf, asm, assign, at, bin, call, cast, ci, cp, cstr, deref, field, fnPtrTy, index, konst, locate, pl, ret, use } from './support/mir-dsl.ts';
import { Seq } from './support/seq.ts';
import { HAVE_SHIM, mkSession, TARGETS, type TestTarget } from './support/targets.ts';

const ASM: Record<string, { template: string; reg: string } | null> = {
  x86_64: { template: 'mov {0}, {1}', reg: '"rax"' },
  aarch64: { template: 'mov {0}, {1}', reg: '"x0"' },
  riscv64: { template: 'mv {0}, {1}', reg: '"a0"' },
  riscv32: { template: 'mv {0}, {1}', reg: '"a0"' },
  arm: { template: 'mov {0}, {1}', reg: '"r0"' },
  wasm32: null,
};

export function libraryCrate(t: TestTarget): FakeTcx {
  const tcx = new FakeTcx('mylib', ['core']);
  const strRef = mkRef(tys.str);
  const panic = tcx.fn('panicking::panic', [strRef, strRef, tys.u32, tys.u32], tys.never, { krate: 1 });
  const pbc = tcx.fn('panicking::panic_bounds_check', [tys.usize, tys.usize, strRef, tys.u32, tys.u32], tys.never, { krate: 1 });
  tcx.lang('panic', panic);
  tcx.lang('panic_bounds_check', pbc);

  // pub fn add(a: u32, b: u32) -> u32 { a + b }
  const add = tcx.fn('add', [tys.u32, tys.u32], tys.u32);
  {
    const b = new BodyBuilder(add, [tys.u32, tys.u32], tys.u32);
    const s = new Seq(b);
    s.checked(0, 'Add', cp(1), cp(2), tys.u32, at(3, 5)).ret();
    tcx.setBody(add, b.build());
  }
  // pub fn get(a: &[u64; 4], i: usize) -> u64 { a[i] }
  const arr = arrayOf(tys.u64, 4);
  const get = tcx.fn('get', [mkRef(arr), tys.usize], tys.u64);
  {
    const b = new BodyBuilder(get, [mkRef(arr), tys.usize], tys.u64);
    const s = new Seq(b);
    const ok = b.local(tys.bool);
    s.add(assign(ok, bin('Lt', cp(2), ci(tys.usize, 4))));
    s.assert(cp(ok), true, { tag: 'BoundsCheck', len: ci(tys.usize, 4), index: cp(2) }, at(8, 9));
    s.add(assign(0, use(cp(pl(1, deref, index(2)))))).ret();
    tcx.setBody(get, b.build());
  }
  // #[no_mangle] pub extern "C" fn c_mix(a: u8, b: i16, c: u32, d: bool) -> i64
  const cmix = tcx.fn('c_mix', [tys.u8, tys.i16, tys.u32, tys.bool], tys.i64, { abi: 'C', attrs: { exportName: 'c_mix' } });
  {
    const b = new BodyBuilder(cmix, [tys.u8, tys.i16, tys.u32, tys.bool], tys.i64);
    const x = b.local(tys.i64);
    const y = b.local(tys.i64);
    b.block([
      assign(x, cast('IntToInt', cp(1), tys.i64)),
      assign(y, cast('IntToInt', cp(2), tys.i64)),
      assign(0, bin('Add', cp(x), cp(y))),
      assign(x, cast('IntToInt', cp(3), tys.i64)),
      assign(0, bin('Add', cp(0), cp(x))),
      assign(x, cast('IntToInt', cp(4), tys.i64)),
      assign(0, bin('Add', cp(0), cp(x))),
    ], ret);
    tcx.setBody(cmix, b.build());
  }
  // pub static TABLE: [u64; 4] = [1, 2, 3, 4]; pub static NAME: &str = "mylib";
  const table = tcx.staticItem('TABLE', arr, null);
  {
    const b = new BodyBuilder(table, [], arr);
    b.block([assign(0, array(tys.u64, ci(tys.u64, 1), ci(tys.u64, 2), ci(tys.u64, 3), ci(tys.u64, 4)))], ret);
    tcx.setStaticInit(table, b.build());
  }
  const name = tcx.staticItem('NAME', strRef, null);
  {
    const b = new BodyBuilder(name, [], strRef);
    b.block([assign(0, use(cstr('mylib')))], ret);
    tcx.setStaticInit(name, b.build());
  }
  // pub fn apply(f: fn(u32, u32) -> u32) -> u32 { f(TABLE[1] as u32, 2) }
  const fty = fnPtrTy([tys.u32, tys.u32], tys.u32);
  const apply = tcx.fn('apply', [fty], tys.u32);
  {
    const b = new BodyBuilder(apply, [fty], tys.u32);
    const r = b.local(mkRef(arr));
    const v = b.local(tys.u32);
    b.block([
      assign(r, use(konst(mkRef(arr), { tag: 'StaticRef', def: table }))),
      assign(v, cast('IntToInt', cp(pl(r, deref, { tag: 'ConstantIndex', offset: 1, minLength: 4, fromEnd: false })), tys.u32)),
    ], call(cp(1), [cp(v), ci(tys.u32, 2)], 0, 1));
    b.block([], ret);
    tcx.setBody(apply, b.build());
  }
  // pub fn wide(a: i128, b: u128) -> (i128, bool) { a.overflowing_add(b as i128) }
  const pairTy = mkTuple([tys.i128, tys.bool]);
  const wide = tcx.fn('wide', [tys.i128, tys.u128], pairTy);
  {
    const b = new BodyBuilder(wide, [tys.i128, tys.u128], pairTy);
    const c = b.local(tys.i128);
    b.block([assign(c, cast('IntToInt', cp(2), tys.i128)), assign(0, { tag: 'CheckedBinaryOp', op: 'Add', lhs: cp(1), rhs: cp(c) })], ret);
    tcx.setBody(wide, b.build());
  }
  const asmSpec = ASM[t.info.arch];
  if (asmSpec) {
    // pub fn through_asm(x: usize) -> usize { asm!(TEMPLATE, out(reg) r, in(EXPLICIT) x) }
    const f = tcx.fn('through_asm', [tys.usize], tys.usize);
    const b = new BodyBuilder(f, [tys.usize], tys.usize);
    b.block([], asm(asmSpec.template, [{ tag: 'Out', reg: 'reg', late: true, place: pl(0) }, { tag: 'In', reg: asmSpec.reg, value: cp(1) }], ['nostack', 'nomem'], 1));
    b.block([], ret);
    tcx.setBody(f, b.build());
  }
  void field;
  return tcx;
}

describe('library crate IR', () => {
  const t = TARGETS[0]!;
  const tcx = libraryCrate(t);
  const ir = codegenCrate(tcx, mkSession(t.info, ['lib']), { locate, items: tcx.localItems() }).modules[0]!.llvmIr;

  it('declares the dependency panic lang items by their mangled symbols', () => {
    expect(ir).toMatch(/declare void @_ZN4core9panicking5panic17h[0-9a-f]{16}E\(i8\*, i64, i8\*, i64, i32, i32\) nounwind noreturn/);
    expect(ir).toMatch(/declare void @_ZN4core9panicking18panic_bounds_check17h[0-9a-f]{16}E\(i64, i64, i8\*, i64, i32, i32\) nounwind noreturn/);
  });

  it('keeps library items external and exported names unmangled', () => {
    expect(ir).toMatch(/define i32 @_ZN5mylib3add17h[0-9a-f]{16}E\(i32 %arg0, i32 %arg1\) nounwind/);
    expect(ir).toContain('define i64 @c_mix(i8 zeroext %arg0, i16 signext %arg1, i32 %arg2, i1 zeroext %arg3) nounwind');
    expect(ir).toMatch(/@_ZN5mylib5TABLE17h[0-9a-f]{16}E = constant \[32 x i8\] c"\\01\\00\\00\\00\\00\\00\\00\\00\\02/);
    // A `&str` static: a relocation to the bytes, then the length.
    expect(ir).toContain('@alloc_0 = private unnamed_addr constant [5 x i8] c"mylib", align 1');
    expect(ir).toMatch(/@_ZN5mylib4NAME17h[0-9a-f]{16}E = constant <\{ i8\*, \[8 x i8\] \}> <\{ i8\* bitcast \(\[5 x i8\]\* @alloc_0 to i8\*\), \[8 x i8\] c"\\05\\00\\00\\00\\00\\00\\00\\00" \}>, align 8/);
    expect(ir).not.toContain('internal');
  });

  it('passes the panic location and message', () => {
    expect(ir).toContain('c"attempt to add with overflow"');
    expect(ir).toContain('c"src/main.rs"');
    expect(ir).toMatch(/i32 3, i32 5\) nounwind noreturn cold/);
    expect(ir).toMatch(/i32 8, i32 9\) nounwind noreturn cold/);
  });
});

describe.skipIf(!HAVE_SHIM)('IR verifies and emits objects for every target', () => {
  for (const t of TARGETS) {
    it(t.info.name, () => {
      const tcx = libraryCrate(t);
      const ir = codegenCrate(tcx, mkSession(t.info, ['lib']), { locate, items: tcx.localItems() }).modules[0]!.llvmIr;
      for (const optLevel of ['0', '2'] as const) {
        const r = compileModule(ir, 'mylib', { ...t.llvm, optLevel }, { object: true, assembly: true, verify: true });
        expect(r.object!.length).toBeGreaterThan(100);
        expect(r.assembly).toContain('c_mix');
      }
      if (t.info.arch === 'riscv64') {
        // RV64 C ABI: 32-bit arguments arrive sign-extended.
        expect(ir).toContain('@c_mix(i8 zeroext %arg0, i16 signext %arg1, i32 signext %arg2, i1 zeroext %arg3)');
      }
    });
  }
});
