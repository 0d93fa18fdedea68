// Function attributes from CodegenFnAttrs and the signature.
import { describe, expect, it } from 'vitest';
import { codegenCrate } from '../../src/codegen/codegen-crate.ts';
import { compileModule } from '../../src/llvm/shim.ts';
import { tys } from '../../src/ty/interner.ts';
import { FakeTcx } from './support/fake-tcx.ts';
import { BodyBuilder, asm, call, cfn, ci, cp, locate, ret } from './support/mir-dsl.ts';
import { HAVE_SHIM, mkSession, target } from './support/targets.ts';

function crate(withAsm: boolean): FakeTcx {
  const tcx = new FakeTcx('attrs');
  const unitFn = (name: string, attrs: Parameters<FakeTcx['fn']>[3] = {}): ReturnType<FakeTcx['fn']> => {
    const f = tcx.fn(name, [], tys.unit, attrs);
    const b = new BodyBuilder(f, [], tys.unit);
    b.block([], ret);
    tcx.setBody(f, b.build());
    return f;
  };
  unitFn('hot', { attrs: { inline: 'always' } });
  unitFn('never', { attrs: { inline: 'never', cold: true } });
  unitFn('hint', { attrs: { inline: 'hint', linkSection: '.text.boot' } });
  unitFn('simd', { attrs: { targetFeatures: ['sse4.2', '-avx'] } });
  unitFn('builtins', { attrs: { noBuiltins: true } });
  const imported = tcx.fn('wasi::fd_write', [tys.i32], tys.i32, { kind: 'ForeignFn', abi: 'C', attrs: { wasmImportModule: 'wasi_snapshot_preview1' } });
  const user = tcx.fn('user', [], tys.i32, { attrs: { exportName: 'user' } });
  {
    const b = new BodyBuilder(user, [], tys.i32);
    b.block([], call(cfn(imported), [ci(tys.i32, 1)], 0, 1));
    b.block([], ret);
    tcx.setBody(user, b.build());
  }
  if (withAsm) {
    const naked = tcx.fn('naked_entry', [tys.u32], tys.never, { attrs: { naked: true, exportName: 'naked_entry' }, abi: 'C' });
    const b = new BodyBuilder(naked, [tys.u32], tys.never);
    b.block([], asm('ud2', [], ['noreturn'], null));
    tcx.setBody(naked, b.build());
  }
  void cp;
  return tcx;
}

describe('function attributes', () => {
  const t = target('wasm32-wasip1');
  const tcx = crate(false);
  const ir = codegenCrate(tcx, mkSession(t.info, ['lib']), { locate, items: tcx.localItems() }).modules[0]!.llvmIr;
  const x86 = crate(true);
  const x86Ir = codegenCrate(x86, mkSession(target('x86_64-unknown-linux-gnu').info, ['lib']), { locate, items: x86.localItems() }).modules[0]!.llvmIr;
  it('maps inline/cold/section/features/no_builtins', () => {
    expect(ir).toMatch(/define void @_ZN5attrs3hot17h[0-9a-f]{16}E\(\) nounwind alwaysinline \{/);
    expect(ir).toMatch(/define void @_ZN5attrs5never17h[0-9a-f]{16}E\(\) nounwind noinline cold \{/);
    expect(ir).toMatch(/define void @_ZN5attrs4hint17h[0-9a-f]{16}E\(\) nounwind inlinehint section "\.text\.boot" \{/);
    expect(ir).toMatch(/define void @_ZN5attrs4simd17h[0-9a-f]{16}E\(\) nounwind "target-features"="\+sse4\.2,-avx" \{/);
    expect(ir).toMatch(/define void @_ZN5attrs8builtins17h[0-9a-f]{16}E\(\) nounwind "no-builtins" \{/);
  });
  it('imports wasm functions from their module', () => {
    expect(ir).toContain('declare i32 @fd_write(i32) nounwind "wasm-import-module"="wasi_snapshot_preview1" "wasm-import-name"="fd_write"');
  });
  it('naked functions touch no stack slots', () => {
    const body = x86Ir.slice(x86Ir.indexOf('@naked_entry'));
    expect(body.slice(0, body.indexOf('}'))).not.toContain('alloca');
    expect(x86Ir).toContain('define void @naked_entry(i32 %arg0) nounwind noreturn naked noinline {');
    // Only on wasm: elsewhere the import attributes mean nothing.
    expect(x86Ir).toContain('declare i32 @fd_write(i32) nounwind\n');
  });
  it.skipIf(!HAVE_SHIM)('verifies and emits for wasm32', () => {
    expect(compileModule(ir, 'attrs', t.llvm, { object: true, verify: true }).object!.length).toBeGreaterThan(0);
    const x = target('x86_64-unknown-linux-gnu');
    expect(compileModule(x86Ir, 'attrs', x.llvm, { object: true, verify: true }).object!.length).toBeGreaterThan(0);
  });
});
