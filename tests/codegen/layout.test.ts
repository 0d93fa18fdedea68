// Layouts for every pointer width and endianness, read from LLVM 14 data layout strings.
// Struct/enum expectations for x86_64 were checked against rustc 1.95 (size_of/offset_of).
import { describe, expect, it } from 'vitest';
import { parseDataLayout } from '../../src/codegen/layout/data-layout.ts';
import { fieldOffset, type Layout } from '../../src/codegen/layout/layout.ts';
import { layoutOf, mkLayoutCx, type LayoutCx } from '../../src/codegen/layout/layout-of.ts';
import { mkRef, mkTuple, mkTy, tys } from '../../src/ty/interner.ts';
import type { Ty } from '../../src/ty/ty.ts';
import { FakeTcx, REPR_C, REPR_RUST } from './support/fake-tcx.ts';
import { arrayOf, fnPtrTy, rawPtr, sliceOf } from './support/mir-dsl.ts';
import { DL } from './support/targets.ts';

const tcx = new FakeTcx('lay');
function cx(dl: string): LayoutCx {
  return mkLayoutCx(tcx, parseDataLayout(dl));
}
function lay(dl: string, ty: Ty): Layout {
  return layoutOf(ty, cx(dl));
}
function sa(dl: string, ty: Ty): [number, number] {
  const l = lay(dl, ty);
  return [l.size, l.align];
}
function offsets(l: Layout, n: number): number[] {
  return Array.from({ length: n }, (_, i) => fieldOffset(l, i));
}

describe('data layout parsing', () => {
  it('reads pointer size, endianness and integer alignments', () => {
    const x = parseDataLayout(DL.x86_64);
    expect([x.pointerSize, x.pointerAlign, x.bigEndian, x.intAlign(64), x.intAlign(128), x.stackAlign]).toEqual([8, 8, false, 8, 8, 16]);
    const a = parseDataLayout(DL.aarch64);
    expect([a.intAlign(8), a.intAlign(128)]).toEqual([1, 16]);
    const i = parseDataLayout(DL.i686);
    expect([i.pointerSize, i.intAlign(64), i.floatAlign(64)]).toEqual([4, 4, 4]);
    const m = parseDataLayout(DL.msp430);
    expect([m.pointerSize, m.intAlign(32), m.intAlign(64), m.aggregateAlign]).toEqual([2, 2, 2, 1]);
    expect(parseDataLayout(DL.mips).bigEndian).toBe(true);
  });
  it('rejects unknown specs', () => {
    expect(() => parseDataLayout('e-q:1')).toThrow(/unknown data layout spec 'q:1'/);
  });
});

describe('primitive layouts per target', () => {
  const table: [keyof typeof DL, number, number, number, number][] = [
    // target, usize size, u64 align, u128 align, f64 align
    ['x86_64', 8, 8, 8, 8],
    ['aarch64', 8, 8, 16, 8],
    ['riscv64', 8, 8, 16, 8],
    ['arm', 4, 8, 8, 8],
    ['riscv32', 4, 8, 8, 8],
    ['wasm32', 4, 8, 8, 8],
    ['i686', 4, 4, 4, 4],
    ['msp430', 2, 2, 2, 2],
    ['mips', 4, 8, 8, 8],
  ];
  for (const [name, ptr, u64a, u128a, f64a] of table) {
    it(name, () => {
      const dl = DL[name];
      expect(sa(dl, tys.usize)).toEqual([ptr, ptr]);
      expect(sa(dl, tys.u64)).toEqual([8, u64a]);
      expect(sa(dl, tys.u128)).toEqual([16, u128a]);
      expect(sa(dl, tys.f64)).toEqual([8, f64a]);
      expect(sa(dl, tys.bool)).toEqual([1, 1]);
      expect(sa(dl, tys.u8)).toEqual([1, 1]);
      const s = lay(dl, mkRef(tys.str));
      expect([s.size, s.abi.tag]).toEqual([2 * ptr, 'ScalarPair']);
      expect(s.abi).toMatchObject({ a: { prim: { tag: 'Pointer' }, valid: { start: 1n } }, b: { prim: { tag: 'Int', bits: ptr * 8, signed: false } } });
      expect(lay(dl, mkRef(arrayOf(tys.u8, 4))).abi.tag).toBe('Scalar');
      expect(sa(dl, mkRef(sliceOf(tys.u32)))).toEqual([2 * ptr, ptr]);
      expect(lay(dl, rawPtr(tys.u8)).abi).toMatchObject({ tag: 'Scalar', scalar: { valid: { start: 0n } } });
      expect(lay(dl, fnPtrTy([], tys.unit)).abi).toMatchObject({ tag: 'Scalar', scalar: { prim: { tag: 'Pointer' }, valid: { start: 1n } } });
      const dyn = mkRef(mkTy({ tag: 'Dynamic', principal: null, autoTraits: [] }));
      expect(lay(dl, dyn).abi).toMatchObject({ tag: 'ScalarPair', a: { prim: { tag: 'Pointer' } }, b: { prim: { tag: 'Pointer' } } });
    });
  }
});

describe('bool, char, unit, never, arrays', () => {
  const dl = DL.x86_64;
  it('scalars carry their valid ranges', () => {
    expect(lay(dl, tys.bool).abi).toMatchObject({ tag: 'Scalar', scalar: { valid: { start: 0n, end: 1n } } });
    expect(lay(dl, tys.char).abi).toMatchObject({ tag: 'Scalar', scalar: { valid: { start: 0n, end: 0x10ffffn } } });
    expect(sa(DL.msp430, tys.char)).toEqual([4, 2]);
  });
  it('zero-sized and uninhabited types', () => {
    expect(lay(dl, tys.unit)).toMatchObject({ size: 0, align: 1, abi: { tag: 'Aggregate', sized: true } });
    expect(lay(dl, arrayOf(tys.u32, 0))).toMatchObject({ size: 0, align: 4 });
    expect(lay(dl, tys.never)).toMatchObject({ size: 0, abi: { tag: 'Uninhabited' } });
    expect(lay(dl, mkTuple([tys.u32, tys.never])).abi.tag).toBe('Uninhabited');
  });
  it('arrays and unsized types', () => {
    expect(lay(dl, arrayOf(tys.u16, 3))).toMatchObject({ size: 6, align: 2, abi: { tag: 'Aggregate' }, fields: { tag: 'Array', stride: 2, count: 3 } });
    expect(lay(dl, tys.str)).toMatchObject({ abi: { tag: 'Aggregate', sized: false } });
  });
});

describe('structs and tuples', () => {
  it('reorders repr(Rust) fields by alignment like rustc', () => {
    const dl = DL.x86_64;
    const t = lay(dl, mkTuple([tys.u8, tys.u32, tys.u8]));
    expect([t.size, ...offsets(t, 3)]).toEqual([8, 4, 0, 5]);
    const s = tcx.struct('S', [['a', tys.u8], ['b', tys.u32], ['c', tys.u8], ['d', tys.u16]]);
    const l = lay(dl, s.ty);
    expect([l.size, ...offsets(l, 4)]).toEqual([8, 6, 0, 7, 4]);
  });
  it('keeps declaration order for repr(C)', () => {
    const s = tcx.struct('SC', [['a', tys.u8], ['b', tys.u32], ['c', tys.u8]], REPR_C);
    const l = lay(DL.x86_64, s.ty);
    expect([l.size, l.align, ...offsets(l, 3)]).toEqual([12, 4, 0, 4, 8]);
    // i686: u64 is 4-aligned in a repr(C) struct.
    const s64 = tcx.struct('S64', [['a', tys.u8], ['b', tys.u64]], REPR_C);
    expect([lay(DL.i686, s64.ty).size, fieldOffset(lay(DL.i686, s64.ty), 1)]).toEqual([12, 4]);
    expect([lay(DL.arm, s64.ty).size, fieldOffset(lay(DL.arm, s64.ty), 1)]).toEqual([16, 8]);
  });
  it('finds scalar pairs and newtypes', () => {
    const dl = DL.x86_64;
    expect(lay(dl, mkTuple([tys.u64, tys.bool])).abi).toMatchObject({ tag: 'ScalarPair', a: { prim: { bits: 64 } }, b: { valid: { end: 1n } } });
    expect(lay(dl, mkTuple([tys.bool, tys.u64])).abi).toMatchObject({ tag: 'ScalarPair', a: { prim: { bits: 64 } } });
    expect(lay(dl, mkTuple([tys.u32, tys.u32, tys.u32])).abi.tag).toBe('Aggregate');
    const nt = tcx.struct('Meters', [['0', tys.u32]]);
    expect(lay(dl, nt.ty).abi.tag).toBe('Scalar');
    const ntc = tcx.struct('MetersC', [['0', tys.u32]], REPR_C);
    expect(lay(dl, ntc.ty).abi.tag).toBe('Aggregate');
    const wrapStr = tcx.struct('W', [['s', mkRef(tys.str)], ['z', tys.unit]]);
    expect(lay(dl, wrapStr.ty).abi.tag).toBe('ScalarPair');
  });
  it('honours packed and align reprs', () => {
    const p = tcx.struct('P', [['a', tys.u8], ['b', tys.u32]], { ...REPR_RUST, packed: 1 });
    expect(sa(DL.x86_64, p.ty)).toEqual([5, 1]);
    const a = tcx.struct('A16', [['a', tys.u8]], { ...REPR_RUST, align: 16 });
    expect(sa(DL.x86_64, a.ty)).toEqual([16, 16]);
  });
  it('lays out 16-bit targets', () => {
    const t = lay(DL.msp430, mkTuple([tys.u8, tys.u16, tys.u32]));
    expect([t.size, t.align]).toEqual([8, 2]);
  });
});

describe('enums and unions', () => {
  const dl = DL.x86_64;
  it('C-like enums get the smallest fitting tag', () => {
    const c = tcx.enumDef('C', [{ name: 'A', fields: [] }, { name: 'B', fields: [] }, { name: 'C', fields: [] }]);
    expect(lay(dl, c.ty)).toMatchObject({ size: 1, abi: { tag: 'Scalar', scalar: { prim: { bits: 8, signed: false }, valid: { start: 0n, end: 2n } } } });
    const neg = tcx.enumDef('Neg', [{ name: 'A', fields: [], discr: -1n }, { name: 'B', fields: [], discr: 5n }]);
    expect(lay(dl, neg.ty)).toMatchObject({ size: 1, abi: { tag: 'Scalar', scalar: { prim: { signed: true } } } });
    const rc = tcx.enumDef('RC', [{ name: 'A', fields: [] }, { name: 'B', fields: [] }], REPR_C);
    expect(sa(dl, rc.ty)).toEqual([4, 4]);
    const r16 = tcx.enumDef('R16', [{ name: 'A', fields: [] }], { ...REPR_RUST, int: 'u16' });
    expect(sa(dl, r16.ty)).toEqual([2, 2]);
  });
  it('tagged enums match rustc sizes (no niches here)', () => {
    const shape = tcx.enumDef('Shape', [{ name: 'Circle', fields: [tys.u32] }, { name: 'Rect', fields: [tys.u16, tys.u16] }]);
    expect(sa(dl, shape.ty)).toEqual([8, 4]);
    const o = tcx.enumDef('O', [{ name: 'None', fields: [] }, { name: 'Some', fields: [tys.u32] }]);
    expect(sa(dl, o.ty)).toEqual([8, 4]);
    const big = tcx.enumDef('Big', [{ name: 'A', fields: [tys.u8, tys.u64] }, { name: 'B', fields: [tys.u16] }]);
    expect(sa(dl, big.ty)).toEqual([16, 8]);
    const w = tcx.enumDef('W', [{ name: 'A', fields: [tys.u8] }, { name: 'B', fields: [tys.u64] }]);
    expect(sa(dl, w.ty)).toEqual([16, 8]);
    const l = lay(dl, shape.ty);
    expect(l.variants).toMatchObject({ tag: 'Multiple', tagScalar: { prim: { bits: 16 } } });
  });
  it('empty enums are uninhabited, single-variant ones are structs', () => {
    const e = tcx.enumDef('Void', []);
    expect(lay(dl, e.ty).abi.tag).toBe('Uninhabited');
    const one = tcx.enumDef('One', [{ name: 'Only', fields: [tys.u32] }]);
    expect(lay(dl, one.ty)).toMatchObject({ size: 4, abi: { tag: 'Scalar' }, variants: { tag: 'Single' } });
  });
  it('unions', () => {
    const u = tcx.union('U', [['a', tys.u8], ['b', tys.u32]]);
    expect(lay(dl, u.ty)).toMatchObject({ size: 4, align: 4, fields: { tag: 'Union', count: 2 } });
  });
});
