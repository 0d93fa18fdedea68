// Symbol names: rustc's legacy mangling shape, escapes, determinism, export names.
import { describe, expect, it } from 'vitest';
import { legacyMangle, sanitizeSegment, instanceSymbol, staticSymbol } from '../../src/codegen/symbol-names.ts';
import { mkTy, tys } from '../../src/ty/interner.ts';
import { constValue } from '../../src/ty/consts.ts';
import { printArgs } from '../../src/codegen/ty-printer.ts';
import { FakeTcx } from './support/fake-tcx.ts';

describe('legacy mangling', () => {
  it('has the _ZN<len><seg>...17h<hash>E shape', () => {
    expect(legacyMangle(['core', 'fmt', 'write'], '0123456789abcdef')).toBe('_ZN4core3fmt5write17h0123456789abcdefE');
  });
  it('escapes non-identifier characters like rustc', () => {
    expect(sanitizeSegment('<impl core::fmt::Display for &str>')).toBe('_$LT$impl$u20$core..fmt..Display$u20$for$u20$$RF$str$GT$');
    expect(sanitizeSegment('{{closure}}')).toBe('_$u7b$$u7b$closure$u7d$$u7d$');
    expect(sanitizeSegment('0abc')).toBe('_0abc');
  });
  it('is deterministic and distinguishes crates, paths and generic args', () => {
    const tcx = new FakeTcx('app', ['core']);
    const f = tcx.fn('util::helper', [], tys.unit);
    const g = tcx.fn('util::helper', [], tys.unit, { krate: 1 });
    const s1 = instanceSymbol(tcx, { def: f, args: [], kind: { tag: 'Item' } });
    expect(s1).toMatch(/^_ZN3app4util6helper17h[0-9a-f]{16}E$/);
    expect(instanceSymbol(tcx, { def: f, args: [], kind: { tag: 'Item' } })).toBe(s1);
    expect(instanceSymbol(tcx, { def: g, args: [], kind: { tag: 'Item' } })).toMatch(/^_ZN4core4util6helper17h[0-9a-f]{16}E$/);
    const a = instanceSymbol(tcx, { def: f, args: [{ tag: 'Type', ty: tys.u32 }], kind: { tag: 'Item' } });
    const b = instanceSymbol(tcx, { def: f, args: [{ tag: 'Type', ty: tys.u64 }], kind: { tag: 'Item' } });
    expect(a).not.toBe(b);
    expect(a.slice(0, -20)).toBe(b.slice(0, -20));
  });
  it('distinguishes instances that differ only in a const argument ([T; 3] vs [T; 4], N = 3 vs 4)', () => {
    const tcx = new FakeTcx('app');
    const f = tcx.fn('show', [], tys.unit);
    const sym = (n: bigint): string => instanceSymbol(tcx, { def: f, args: [{ tag: 'Type', ty: tys.u8 }, { tag: 'Const', value: constValue(tys.usize, n) }], kind: { tag: 'Item' } });
    expect(sym(3n)).not.toBe(sym(4n));
    expect(sym(3n)).toBe(sym(3n));
    const arr = (n: bigint) => mkTy({ tag: 'Array', elem: tys.u8, len: constValue(tys.usize, n) });
    const byArray = (n: bigint): string => instanceSymbol(tcx, { def: f, args: [{ tag: 'Type', ty: arr(n) }], kind: { tag: 'Item' } });
    expect(byArray(40n)).not.toBe(byArray(41n));
    expect(printArgs(tcx, [{ tag: 'Type', ty: arr(40n) }, { tag: 'Const', value: constValue(tys.bool, 1n) }])).toBe('<[u8; 40], true>');
  });
  it('uses export names and foreign item names as they are', () => {
    const tcx = new FakeTcx('app');
    const f = tcx.fn('rust_begin_unwind', [], tys.never, { attrs: { exportName: 'rust_begin_unwind' } });
    expect(instanceSymbol(tcx, { def: f, args: [], kind: { tag: 'Item' } })).toBe('rust_begin_unwind');
    const w = tcx.fn('sys::write', [], tys.unit, { kind: 'ForeignFn' });
    expect(instanceSymbol(tcx, { def: w, args: [], kind: { tag: 'Item' } })).toBe('write');
    const s = tcx.staticItem('errno', tys.i32, null);
    expect(staticSymbol(tcx, s)).toBe('errno');
  });
});
