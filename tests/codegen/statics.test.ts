// Compile-time evaluation of static initializers into bytes and relocations.
import { describe, expect, it } from 'vitest';
import { codegenCrate } from '../../src/codegen/codegen-crate.ts';
import { mkRef, mkTuple, tys } from '../../src/ty/interner.ts';
import type { Ty } from '../../src/ty/ty.ts';
import type { Body } from '../../src/mir/mir.ts';
import { FakeTcx, REPR_C } from './support/fake-tcx.ts';
import { BodyBuilder, agg, array, arrayOf, assertT, assign, at, bin, call, cast, cfn, checked, ci, cp, cstr, field, fnPtrTy, konst, locate, pl, ref, ret, sliceOf, use } from './support/mir-dsl.ts';
import { DL, mkSession, TARGETS, type TestTarget } from './support/targets.ts';

function irOf(tcx: FakeTcx, t: TestTarget = TARGETS[0]!): string {
  return codegenCrate(tcx, mkSession(t.info, ['lib']), { locate, items: tcx.localItems() }).modules[0]!.llvmIr;
}

function staticWith(tcx: FakeTcx, name: string, ty: Ty, build: (b: BodyBuilder) => void, opts: { mutable?: boolean } = {}): number {
  const def = tcx.staticItem(name, ty, null, opts);
  const b = new BodyBuilder(def, [], ty);
  build(b);
  tcx.setStaticInit(def, b.build() as Body);
  return def;
}

function globalLine(ir: string, name: string): string {
  const line = ir.split('\n').find((l) => new RegExp(`^@_ZN\\d+demo${name.length}${name}17h`).test(l));
  if (!line) throw new Error(`no global ${name} in:\n${ir}`);
  return line.replace(/^@\S+ = /, '');
}

describe('static initializers', () => {
  it('evaluates arithmetic, casts and tuples in target byte order', () => {
    const tcx = new FakeTcx('demo');
    const tup = mkTuple([tys.u16, tys.u32]);
    staticWith(tcx, 'T', tup, (b) => {
      const x = b.local(tys.u32);
      b.block([assign(x, bin('Mul', ci(tys.u32, 0x1000), ci(tys.u32, 0x10))), assign(0, agg({ tag: 'Tuple' }, [ci(tys.u16, 0x0102), cp(x)]))], ret);
    });
    const le = irOf(tcx);
    // (u16, u32) is reordered: the u32 first.
    expect(globalLine(le, 'T')).toBe('constant [8 x i8] c"\\00\\00\\01\\00\\02\\01\\00\\00", align 4');
    const be: TestTarget = { ...TARGETS[0]!, info: { ...TARGETS[0]!.info, dataLayout: DL.mips, pointerWidth: 32, endian: 'big' } };
    expect(globalLine(irOf(tcx, be), 'T')).toBe('constant [8 x i8] c"\\00\\01\\00\\00\\01\\02\\00\\00", align 4');
  });

  it('gives mutable statics writable globals and sections', () => {
    const tcx = new FakeTcx('demo');
    staticWith(tcx, 'M', tys.u32, (b) => b.block([assign(0, use(ci(tys.u32, 7)))], ret), { mutable: true });
    expect(globalLine(irOf(tcx), 'M')).toBe('global [4 x i8] c"\\07\\00\\00\\00", align 4');
  });

  it('emits nested allocations for references to temporaries, and fn pointers', () => {
    const tcx = new FakeTcx('demo');
    const f = tcx.fn('f', [], tys.unit);
    tcx.setBody(f, (() => { const b = new BodyBuilder(f, [], tys.unit); b.block([], ret); return b.build(); })());
    const sl = mkRef(sliceOf(tys.u8));
    staticWith(tcx, 'BYTES', sl, (b) => {
      const arr = b.local(arrayOf(tys.u8, 3));
      const r = b.local(mkRef(arrayOf(tys.u8, 3)));
      b.block([assign(arr, array(tys.u8, ci(tys.u8, 1), ci(tys.u8, 2), ci(tys.u8, 3))), assign(r, ref(arr)), assign(0, cast('Unsize', cp(r), sl))], ret);
    });
    const fty = fnPtrTy([], tys.unit);
    staticWith(tcx, 'F', mkTuple([fty, tys.u8]), (b) => {
      const p = b.local(fty);
      b.block([assign(p, cast('ReifyFnPointer', cfn(f), fty)), assign(0, agg({ tag: 'Tuple' }, [cp(p), ci(tys.u8, 9)]))], ret);
    });
    const ir = irOf(tcx);
    expect(ir).toMatch(/@alloc\.0 = private unnamed_addr constant \[3 x i8\] c"\\01\\02\\03", align 1/);
    expect(globalLine(ir, 'BYTES')).toBe('constant <{ i8*, [8 x i8] }> <{ i8* bitcast ([3 x i8]* @alloc.0 to i8*), [8 x i8] c"\\03\\00\\00\\00\\00\\00\\00\\00" }>, align 8');
    expect(globalLine(ir, 'F')).toMatch(/^constant <\{ i8\*, \[8 x i8\] \}> <\{ i8\* bitcast \(void \(\)\* @_ZN4demo1f17h[0-9a-f]{16}E to i8\*\), \[8 x i8\] c"\\09\\00\\00\\00\\00\\00\\00\\00" \}>, align 8$/);
  });

  it('calls const fns and reads enum discriminants', () => {
    const tcx = new FakeTcx('demo');
    const e = tcx.enumDef('E', [{ name: 'A', fields: [] }, { name: 'B', fields: [tys.u32] }], REPR_C);
    const mk = tcx.fn('mk', [tys.u32], e.ty);
    {
      const b = new BodyBuilder(mk, [tys.u32], e.ty);
      b.block([assign(0, agg({ tag: 'Adt', def: e.def, variant: 1, args: [], activeField: null }, [cp(1)]))], ret);
      tcx.setBody(mk, b.build());
    }
    staticWith(tcx, 'V', e.ty, (b) => {
      b.block([], call(cfn(mk), [ci(tys.u32, 0xabcd)], 0, 1));
      b.block([], ret);
    });
    staticWith(tcx, 'D', tys.isize, (b) => {
      const v = b.local(e.ty);
      b.block([], call(cfn(mk), [ci(tys.u32, 5)], v, 1));
      b.block([{ tag: 'Assign', place: pl(0), rvalue: { tag: 'Discriminant', place: pl(v) }, span: at(0, 0) }], ret);
    });
    const ir = irOf(tcx);
    expect(globalLine(ir, 'V')).toBe('constant [8 x i8] c"\\01\\00\\00\\00\\CD\\AB\\00\\00", align 4');
    expect(globalLine(ir, 'D')).toBe('constant [8 x i8] c"\\01\\00\\00\\00\\00\\00\\00\\00", align 8');
  });

  it('reports overflow in an initializer like rustc', () => {
    const tcx = new FakeTcx('demo');
    staticWith(tcx, 'O', tys.u8, (b) => {
      const t = b.local(mkTuple([tys.u8, tys.bool]));
      b.block([assign(t, checked('Add', ci(tys.u8, 200), ci(tys.u8, 100)))], assertT(cp(pl(t, field(1, tys.bool))), false, { tag: 'Overflow', op: 'Add', lhs: ci(tys.u8, 200), rhs: ci(tys.u8, 100) }, 1, at(4, 17)));
      b.block([assign(0, use(cp(pl(t, field(0, tys.u8)))))], ret);
    });
    expect(() => irOf(tcx)).toThrow('evaluation of static initializer failed: attempt to add with overflow');
  });

  it('stores string slices as relocation plus length', () => {
    const tcx = new FakeTcx('demo');
    staticWith(tcx, 'S', mkRef(tys.str), (b) => b.block([assign(0, use(cstr('abc')))], ret));
    const ir = irOf(tcx, TARGETS[3]!);
    expect(globalLine(ir, 'S')).toBe('constant <{ i8*, [4 x i8] }> <{ i8* bitcast ([3 x i8]* @alloc_0 to i8*), [4 x i8] c"\\03\\00\\00\\00" }>, align 4');
    void konst;
  });
});
