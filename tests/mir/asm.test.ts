import { describe, expect, it } from 'vitest';
import type { HirAsmOperand } from '../../src/hir/expr.ts';
import type { InlineAsmOption } from '../../src/syntax/ast/asm.ts';
import { intern } from '../../src/syntax/symbol.ts';
import { tys } from '../../src/ty/interner.ts';
import { DUMMY_SP } from '../../src/diagnostics/span.ts';
import { HirDsl } from './hir-dsl.ts';
import { pretty } from './run-helper.ts';

function asm(t: HirDsl, operands: HirAsmOperand[], options: InlineAsmOption[], ty = tys.unit) {
  return t.expr({
    tag: 'InlineAsm',
    asm: {
      template: [{ tag: 'String', text: 'syscall ' }, { tag: 'Placeholder', operandIdx: 0, modifier: null, span: DUMMY_SP }],
      operands: operands.map((op) => ({ op, span: DUMMY_SP })),
      options: new Set(options),
      clobberAbis: [],
      lineSpans: [],
    },
  }, ty);
}

const reg = (n: string) => ({ tag: 'Reg' as const, name: intern(n) });
const cls = (n: string) => ({ tag: 'RegClass' as const, name: intern(n) });

describe('inline asm', () => {
  it('lowers in/out/inout operands to places and values, then an InlineAsm terminator', () => {
    // fn f(a: u64) -> u64 { let r: u64; let mut x = a; asm!("...", in("rdi") a + 1, out(reg) r, inout("rax") x, lateout("rcx") _); r + x }
    const t = new HirDsl();
    const a = t.bind('a', tys.u64);
    const r = t.bind('r', tys.u64);
    const x = t.bind('x', tys.u64, { mut: true });
    const e = asm(t, [
      { tag: 'In', reg: reg('rdi'), expr: t.bin('+', t.local(a), t.int(1, tys.u64)) },
      { tag: 'Out', reg: cls('reg'), late: false, expr: t.local(r) },
      { tag: 'InOut', reg: reg('rax'), late: false, expr: t.local(x) },
      { tag: 'Out', reg: reg('rcx'), late: true, expr: null },
    ], ['nostack']);
    const f = t.fn('f', [a], tys.u64, t.block([t.let(r, null), t.let(x, t.local(a)), t.semi(e)], t.bin('+', t.local(r), t.local(x))));
    const text = pretty(t, f);
    expect(text).toMatch(/asm!\("syscall \{0\}", in\("rdi"\) move \(_\d+\.0: u64\), out\(reg\) _2, inout\("rax"\) copy _3 => _3, lateout\("rcx"\) _, options\(nostack\)\) -> \[return: bb\d+\];/);
    const term = t.mir(f)!.blocks.map((b) => b.terminator).find((x) => x.tag === 'InlineAsm');
    expect(term && term.tag === 'InlineAsm' && term.target).not.toBeNull();
  });

  it('noreturn asm has no target and makes the rest unreachable', () => {
    // fn exit(code: i32) -> ! { asm!("...", in("rdi") code, options(noreturn)) }
    const t = new HirDsl();
    const code = t.bind('code', tys.i32);
    const f = t.fn('exit', [code], tys.never, t.block([], asm(t, [{ tag: 'In', reg: reg('rdi'), expr: t.local(code) }], ['noreturn', 'nostack'], tys.never)));
    const body = t.mir(f)!;
    expect(body.blocks.length).toBe(1);
    const term = body.blocks[0]!.terminator;
    expect(term.tag).toBe('InlineAsm');
    expect(term.tag === 'InlineAsm' ? term.target : 0).toBeNull();
  });
});
