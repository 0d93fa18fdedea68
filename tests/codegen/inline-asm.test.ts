// asm! lowering: constraints, operand numbering, modifiers, dialect and clobbers per arch.
import { describe, expect, it } from 'vitest';
import { codegenCrate } from '../../src/codegen/codegen-crate.ts';
import type { InlineAsmOperandMir } from '../../src/mir/mir.ts';
import { tys } from '../../src/ty/interner.ts';
import { FakeTcx } from './support/fake-tcx.ts';
import { BodyBuilder, asm, ci, cp, locate, pl, ret } from './support/mir-dsl.ts';
import { mkSession, target } from './support/targets.ts';

function asmLine(targetName: string, template: string, ops: (tcx: FakeTcx) => InlineAsmOperandMir[], options: string[] = [], clobberAbi = false): string {
  const t = target(targetName);
  const tcx = new FakeTcx('demo');
  const f = tcx.fn('f', [tys.usize, tys.usize], tys.usize, { attrs: { exportName: 'f' } });
  const b = new BodyBuilder(f, [tys.usize, tys.usize], tys.usize);
  const term = asm(template, ops(tcx), options, options.includes('noreturn') ? null : 1);
  b.block([], clobberAbi && term.tag === 'InlineAsm' ? { ...term, clobberAbis: ['C'] } : term);
  b.block([], ret);
  tcx.setBody(f, b.build());
  const ir = codegenCrate(tcx, mkSession(t.info, ['lib']), { locate, items: tcx.localItems() }).modules[0]!.llvmIr;
  const line = ir.split('\n').find((l) => l.includes(' asm '));
  if (!line) throw new Error(`no asm in\n${ir}`);
  return line.trim().replace(/^%\S+ = /, '');
}

describe('inline asm', () => {
  it('x86_64: Intel dialect, q modifier for reg, explicit registers, outputs first', () => {
    const l = asmLine('x86_64-unknown-linux-gnu', 'add {0}, {1}', () => [
      { tag: 'InOut', reg: 'reg', late: true, inValue: cp(1), outPlace: pl(0) },
      { tag: 'In', reg: 'reg', value: cp(2) },
      { tag: 'Out', reg: '"rcx"', late: true, place: null },
      { tag: 'In', reg: '"eax"', value: ci(tys.usize, 60) },
    ]);
    // Inputs follow the outputs in operand order; the inout's input is tied to output 0.
    expect(l).toMatch(/^call i64 asm sideeffect alignstack inteldialect "add \$\{0:q\}, \$\{2:q\}", "=r,0,r,\{ax\},~\{cx\},~\{memory\},~\{dirflag\},~\{fpsr\},~\{flags\}"\(i64 %\S+, i64 %\S+, i64 60\) nounwind$/);
  });
  it('x86_64: att_syntax, pure/nomem, preserves_flags, nostack', () => {
    const l = asmLine('x86_64-unknown-linux-gnu', 'lea 1({1}), {0}', () => [
      { tag: 'Out', reg: 'reg', late: false, place: pl(0) },
      { tag: 'In', reg: 'reg', value: cp(1) },
    ], ['att_syntax', 'pure', 'nomem', 'preserves_flags', 'nostack']);
    expect(l).toMatch(/^call i64 asm "lea 1\(\$\{1:q\}\), \$\{0:q\}", "=&r,r"\(i64 %\S+\) nounwind readnone$/);
  });
  it('aarch64: x/w modifiers and x-register names', () => {
    const l = asmLine('aarch64-unknown-linux-gnu', 'add {0:w}, {1:w}, {2}', () => [
      { tag: 'Out', reg: 'reg', late: true, place: pl(0) },
      { tag: 'In', reg: 'reg', value: cp(1) },
      { tag: 'In', reg: 'reg', value: cp(2) },
      { tag: 'In', reg: '"w8"', value: ci(tys.usize, 93) },
    ], ['nostack']);
    expect(l).toMatch(/^call i64 asm sideeffect "add \$\{0:w\}, \$\{1:w\}, \$\{2:x\}", "=r,r,r,\{x8\},~\{memory\},~\{cc\}"/);
  });
  it('riscv64: ABI register names become x-registers; clobber_abi("C")', () => {
    const l = asmLine('riscv64gc-unknown-linux-gnu', 'ecall', () => [
      { tag: 'In', reg: '"a7"', value: ci(tys.usize, 93) },
      { tag: 'InOut', reg: '"a0"', late: true, inValue: cp(1), outPlace: pl(0) },
    ], ['nostack'], true);
    expect(l).toMatch(/^call i64 asm sideeffect "ecall", "=\{x10\},\{x17\},0,~\{memory\},~\{x1\},~\{x5\},~\{x6\},~\{x7\},~\{x11\},/);
    expect(l).not.toContain('~{x10}');
  });
  it('arm: explicit r7 and noreturn', () => {
    const l = asmLine('armv7-unknown-linux-gnueabihf', 'svc #0', () => [
      { tag: 'In', reg: '"r7"', value: ci(tys.usize, 1) },
      { tag: 'In', reg: '"r0"', value: cp(1) },
    ], ['noreturn', 'nostack']);
    expect(l).toMatch(/^call void asm sideeffect "svc #0", "\{r7\},\{r0\},~\{memory\},~\{cc\}"\(i32 1, i32 %\S+\) nounwind noreturn$/);
  });
  it('const and sym operands are pasted into the template; `$` is escaped', () => {
    const l = asmLine('x86_64-unknown-linux-gnu', 'mov {0}, {1}\ncall {2}\n.byte 0x24 # $', (tcx) => {
      const g = tcx.fn('callee', [], tys.unit, { attrs: { exportName: 'callee_sym' } });
      return [
        { tag: 'Out', reg: 'reg', late: true, place: pl(0) },
        { tag: 'Const', value: '42' },
        { tag: 'SymFn', def: g, args: [] },
      ];
    });
    expect(l).toContain('"mov ${0:q}, 42\\0Acall callee_sym\\0A.byte 0x24 # $$"');
  });
  it('refuses wasm and unknown registers', () => {
    expect(() => asmLine('wasm32-wasip1', 'nop', () => [])).toThrow(/inline assembly is not supported on this target \(wasm32\)/);
    expect(() => asmLine('aarch64-unknown-linux-gnu', 'nop', () => [{ tag: 'In', reg: '"rax"', value: ci(tys.usize, 1) }])).toThrow(/invalid register name `rax`/);
  });
});
