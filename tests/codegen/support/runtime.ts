// A tiny runtime written as hand-built MIR (what std provides for real programs): raw
// syscalls through inline asm, printing strings and decimal numbers, the panic lang items
// (print `file:line:col: message` to stderr, exit 101) and the `start` lang item.
import type { InlineAsmOperandMir } from '../../../src/mir/mir.ts';
import type { DefId } from '../../../src/ty/def-id.ts';
import { tys } from '../../../src/ty/interner.ts';
import type { FakeTcx } from './fake-tcx.ts';
import {
  BodyBuilder, arrayOf, asm, assertT, assign, bin, call, cast, cfn, checked, ci, cp, cstr, field, fnPtrTy, goto, index, pl, rawPtr, ret, strRef,
  switchInt, use, array, cbool, konst, deref,
} from './mir-dsl.ts';
import type { Operand, Terminator } from '../../../src/mir/mir.ts';
import { mkRef, mkTuple } from '../../../src/ty/interner.ts';
import type { Ty } from '../../../src/ty/ty.ts';

export type Arch = 'x86_64' | 'aarch64' | 'riscv64' | 'arm';

interface SyscallAbi {
  readonly insn: string;
  readonly nr: string;
  readonly args: readonly string[];
  readonly ret: string;
  readonly clobbers: readonly string[];
  readonly write: number;
  readonly exitGroup: number;
}

const SYSCALLS: Record<Arch, SyscallAbi> = {
  x86_64: { insn: 'syscall', nr: '"rax"', args: ['"rdi"', '"rsi"', '"rdx"'], ret: '"rax"', clobbers: ['"rcx"', '"r11"'], write: 1, exitGroup: 231 },
  aarch64: { insn: 'svc #0', nr: '"x8"', args: ['"x0"', '"x1"', '"x2"'], ret: '"x0"', clobbers: [], write: 64, exitGroup: 94 },
  riscv64: { insn: 'ecall', nr: '"a7"', args: ['"a0"', '"a1"', '"a2"'], ret: '"a0"', clobbers: [], write: 64, exitGroup: 94 },
  arm: { insn: 'svc #0', nr: '"r7"', args: ['"r0"', '"r1"', '"r2"'], ret: '"r0"', clobbers: [], write: 4, exitGroup: 248 },
};

/** `_start` for each arch as module-level asm: main(argc, argv), then exit_group(result). */
export const START_ASM: Record<Arch, string> = {
  x86_64: ['.text', '.globl _start', '_start:', 'xor %ebp, %ebp', 'mov (%rsp), %rdi', 'lea 8(%rsp), %rsi', 'and $-16, %rsp', 'call main', 'mov %eax, %edi', 'mov $231, %eax', 'syscall', 'ud2'].join('\n'),
  aarch64: ['.text', '.globl _start', '_start:', 'ldr x0, [sp]', 'add x1, sp, #8', 'bl main', 'mov x8, #94', 'svc #0', 'brk #1'].join('\n'),
  riscv64: ['.text', '.globl _start', '_start:', 'ld a0, 0(sp)', 'addi a1, sp, 8', 'call main', 'li a7, 94', 'ecall', 'unimp'].join('\n'),
  arm: ['.text', '.globl _start', '_start:', 'ldr r0, [sp]', 'add r1, sp, #4', 'bl main', 'mov r7, #248', 'svc #0', 'udf #0'].join('\n'),
};

export interface Runtime {
  readonly write: DefId;
  readonly exit: DefId;
  readonly printStr: DefId;
  readonly printU64: DefId;
  readonly panic: DefId;
  readonly panicBoundsCheck: DefId;
  readonly langStart: DefId;
}

export function installRuntime(tcx: FakeTcx, arch: Arch): Runtime {
  const sc = SYSCALLS[arch];
  const usize = tys.usize;
  const u8p = rawPtr(tys.u8);

  // fn sys_write(fd: usize, ptr: *const u8, len: usize) -> isize
  const write = tcx.fn('rt::sys_write', [usize, u8p, usize], tys.isize);
  {
    const b = new BodyBuilder(write, [usize, u8p, usize], tys.isize);
    const ops: InlineAsmOperandMir[] = [
      { tag: 'In', reg: sc.nr, value: ci(usize, sc.write) },
      { tag: 'InOut', reg: sc.args[0]!, late: true, inValue: cp(1), outPlace: null },
      { tag: 'In', reg: sc.args[1]!, value: cp(2) },
      { tag: 'In', reg: sc.args[2]!, value: cp(3) },
      ...sc.clobbers.map((r): InlineAsmOperandMir => ({ tag: 'Out', reg: r, late: true, place: null })),
    ];
    const r = b.local(usize);
    // The result register: on x86_64 rax (the syscall number's register), else the first arg's.
    if (arch === 'x86_64') {
      ops[0] = { tag: 'InOut', reg: sc.nr, late: true, inValue: ci(usize, sc.write), outPlace: pl(r) };
    } else {
      ops[1] = { tag: 'InOut', reg: sc.args[0]!, late: true, inValue: cp(1), outPlace: pl(r) };
    }
    b.block([], asm(sc.insn, ops, ['nostack'], 1));
    b.block([assign(0, cast('IntToInt', cp(r), tys.isize))], ret);
    tcx.setBody(write, b.build());
  }

  // fn sys_exit(code: i32) -> !
  const exit = tcx.fn('rt::sys_exit', [tys.i32], tys.never);
  {
    const b = new BodyBuilder(exit, [tys.i32], tys.never);
    const code = b.local(usize);
    b.block([assign(code, cast('IntToInt', cp(1), usize))], asm(sc.insn, [
      { tag: 'In', reg: sc.nr, value: ci(usize, sc.exitGroup) },
      { tag: 'In', reg: sc.args[0]!, value: cp(code) },
    ], ['noreturn', 'nostack'], null));
    tcx.setBody(exit, b.build());
  }

  const strLen = tcx.fn('rt::str_len', [strRef], usize, { intrinsic: 'str_len' });
  const strPtr = tcx.fn('rt::str_ptr', [strRef], u8p, { intrinsic: 'str_ptr' });

  // fn print_str(fd: usize, s: &str)
  const printStr = tcx.fn('rt::print_str', [usize, strRef], tys.unit);
  {
    const b = new BodyBuilder(printStr, [usize, strRef], tys.unit);
    const p = b.local(u8p);
    const l = b.local(usize);
    const r = b.local(tys.isize);
    b.block([], call(cfn(strPtr), [cp(2)], p, 1));
    b.block([], call(cfn(strLen), [cp(2)], l, 2));
    b.block([], call(cfn(write), [cp(1), cp(p), cp(l)], r, 3));
    b.block([], ret);
    tcx.setBody(printStr, b.build());
  }

  // static POW10: [u64; 20] = [10^19, ..., 1]
  const pow10Ty = arrayOf(tys.u64, 20);
  const pow10 = tcx.staticItem('rt::POW10', pow10Ty, null);
  {
    const b = new BodyBuilder(pow10, [], pow10Ty);
    const ops = Array.from({ length: 20 }, (_, i) => ci(tys.u64, 10n ** BigInt(19 - i)));
    b.block([assign(0, array(tys.u64, ...ops))], ret);
    tcx.setStaticInit(pow10, b.build());
  }

  // fn print_u64(fd: usize, n: u64): decimal digits by subtracting powers of ten (no
  // division: 32-bit ARM would need compiler-rt's helpers for it).
  const printU64 = tcx.fn('rt::print_u64', [usize, tys.u64], tys.unit);
  {
    const b = new BodyBuilder(printU64, [usize, tys.u64], tys.unit);
    const n = b.local(tys.u64, 'n');
    const k = b.local(usize, 'k');
    const started = b.local(tys.bool, 'started');
    const table = b.local(mkRef(pow10Ty), 'table');
    const p = b.local(tys.u64, 'p');
    const digit = b.local(tys.u8, 'digit');
    const inb = b.local(tys.bool);
    const ge = b.local(tys.bool);
    const nChk = b.local(tupleTy(tys.u64, tys.bool));
    const dChk = b.local(tupleTy(tys.u8, tys.bool));
    const kChk = b.local(tupleTy(usize, tys.bool));
    const isLast = b.local(tys.bool);
    const nz = b.local(tys.bool);
    const show = b.local(tys.bool);
    const c = b.local(tys.u8, 'c');
    const cp8 = b.local(u8p);
    const r = b.local(tys.isize);
    const done = b.local(tys.bool);
    const u64chk = (place: number, op: 'Sub' | 'Add', a: Operand, bb: Operand, target: number): Terminator =>
      assertT(cp(pl(place, field(1, tys.bool))), false, { tag: 'Overflow', op, lhs: a, rhs: bb }, target);
    // bb0
    b.block([
      assign(n, use(cp(2))), assign(k, use(ci(usize, 0))), assign(started, use(cbool(false))),
      assign(table, use(konst(mkRef(pow10Ty), { tag: 'StaticRef', def: pow10 }))),
    ], goto(1));
    // bb1: p = (*table)[k]
    b.block([assign(inb, bin('Lt', cp(k), ci(usize, 20)))], assertT(cp(inb), true, { tag: 'BoundsCheck', len: ci(usize, 20), index: cp(k) }, 2));
    // bb2
    b.block([assign(p, use(cp(pl(table, deref, index(k))))), assign(digit, use(ci(tys.u8, 0)))], goto(3));
    // bb3: while n >= p
    b.block([assign(ge, bin('Ge', cp(n), cp(p)))], switchInt(cp(ge), [[0, 6]], 4));
    // bb4: n -= p
    b.block([assign(nChk, checked('Sub', cp(n), cp(p)))], u64chk(nChk, 'Sub', cp(n), cp(p), 5));
    // bb5: digit += 1
    b.block([assign(n, use(cp(pl(nChk, field(0, tys.u64))))), assign(dChk, checked('Add', cp(digit), ci(tys.u8, 1)))], u64chk(dChk, 'Add', cp(digit), ci(tys.u8, 1), 13));
    // bb6: show = started | digit != 0 | k == 19
    b.block([
      assign(isLast, bin('Eq', cp(k), ci(usize, 19))),
      assign(nz, bin('Ne', cp(digit), ci(tys.u8, 0))),
      assign(show, bin('BitOr', cp(started), cp(nz))),
      assign(show, bin('BitOr', cp(show), cp(isLast))),
    ], switchInt(cp(show), [[0, 9]], 7));
    // bb7: c = digit + b'0'; write(fd, &raw c, 1)
    b.block([
      assign(started, use(cbool(true))),
      assign(c, bin('Add', cp(digit), ci(tys.u8, 48))),
      assign(cp8, { tag: 'RawPtr', mutbl: 'not', place: pl(c) }),
    ], call(cfn(write), [cp(1), cp(cp8), ci(usize, 1)], r, 8));
    // bb8
    b.block([], goto(9));
    // bb9: k += 1; loop until 20
    b.block([assign(kChk, checked('Add', cp(k), ci(usize, 1)))], u64chk(kChk, 'Add', cp(k), ci(usize, 1), 10));
    // bb10
    b.block([assign(k, use(cp(pl(kChk, field(0, usize))))), assign(done, bin('Eq', cp(k), ci(usize, 20)))], switchInt(cp(done), [[0, 1]], 11));
    // bb11
    b.block([], ret);
    // bb12 (unused)
    b.block([], ret);
    // bb13: store digit, continue the inner loop
    b.block([assign(digit, use(cp(pl(dChk, field(0, tys.u8)))))], goto(3));
    tcx.setBody(printU64, b.build());
  }

  // #[lang = "panic"] fn panic(msg: &str, file: &str, line: u32, col: u32) -> !
  const panic = tcx.fn('rt::panicking::panic', [strRef, strRef, tys.u32, tys.u32], tys.never, { attrs: { cold: true } });
  {
    const b = new BodyBuilder(panic, [strRef, strRef, tys.u32, tys.u32], tys.never);
    const u = b.local(tys.unit);
    const x = b.local(tys.u64);
    const y = b.local(tys.u64);
    const never = b.local(tys.never);
    b.block([], call(cfn(printStr), [ci(usize, 2), cp(2)], u, 1));
    b.block([], call(cfn(printStr), [ci(usize, 2), cstr(':')], u, 2));
    b.block([assign(x, cast('IntToInt', cp(3), tys.u64))], call(cfn(printU64), [ci(usize, 2), cp(x)], u, 3));
    b.block([], call(cfn(printStr), [ci(usize, 2), cstr(':')], u, 4));
    b.block([assign(y, cast('IntToInt', cp(4), tys.u64))], call(cfn(printU64), [ci(usize, 2), cp(y)], u, 5));
    b.block([], call(cfn(printStr), [ci(usize, 2), cstr(': ')], u, 6));
    b.block([], call(cfn(printStr), [ci(usize, 2), cp(1)], u, 7));
    b.block([], call(cfn(printStr), [ci(usize, 2), cstr('\n')], u, 8));
    b.block([], call(cfn(exit), [ci(tys.i32, 101)], never, null));
    tcx.setBody(panic, b.build());
  }
  tcx.lang('panic', panic);

  // #[lang = "panic_bounds_check"] fn(index: usize, len: usize, file: &str, line: u32, col: u32) -> !
  const pbc = tcx.fn('rt::panicking::panic_bounds_check', [usize, usize, strRef, tys.u32, tys.u32], tys.never);
  {
    const b = new BodyBuilder(pbc, [usize, usize, strRef, tys.u32, tys.u32], tys.never);
    const u = b.local(tys.unit);
    const x = b.local(tys.u64);
    const never = b.local(tys.never);
    b.block([], call(cfn(printStr), [ci(usize, 2), cp(3)], u, 1));
    b.block([assign(x, cast('IntToInt', cp(4), tys.u64))], call(cfn(printStr), [ci(usize, 2), cstr(':')], u, 2));
    b.block([], call(cfn(printU64), [ci(usize, 2), cp(x)], u, 3));
    b.block([assign(x, cast('IntToInt', cp(5), tys.u64))], call(cfn(printStr), [ci(usize, 2), cstr(':')], u, 4));
    b.block([], call(cfn(printU64), [ci(usize, 2), cp(x)], u, 5));
    b.block([], call(cfn(printStr), [ci(usize, 2), cstr(': index out of bounds: the len is ')], u, 6));
    b.block([assign(x, cast('IntToInt', cp(2), tys.u64))], call(cfn(printU64), [ci(usize, 2), cp(x)], u, 7));
    b.block([], call(cfn(printStr), [ci(usize, 2), cstr(' but the index is ')], u, 8));
    b.block([assign(x, cast('IntToInt', cp(1), tys.u64))], call(cfn(printU64), [ci(usize, 2), cp(x)], u, 9));
    b.block([], call(cfn(printStr), [ci(usize, 2), cstr('\n')], u, 10));
    b.block([], call(cfn(exit), [ci(tys.i32, 101)], never, null));
    tcx.setBody(pbc, b.build());
  }
  tcx.lang('panic_bounds_check', pbc);

  // #[lang = "start"] fn lang_start(main: fn(), argc: isize, argv: *const *const u8) -> isize
  const mainPtr = fnPtrTy([], tys.unit);
  const langStart = tcx.fn('rt::rt::lang_start', [mainPtr, tys.isize, rawPtr(u8p)], tys.isize);
  {
    const b = new BodyBuilder(langStart, [mainPtr, tys.isize, rawPtr(u8p)], tys.isize);
    const u = b.local(tys.unit);
    b.block([], call(cp(1), [], u, 1));
    b.block([assign(0, use(ci(tys.isize, 0)))], ret);
    tcx.setBody(langStart, b.build());
  }
  tcx.lang('start', langStart);
  return { write, exit, printStr, printU64, panic, panicBoundsCheck: pbc, langStart };
}

function tupleTy(...elems: Ty[]): Ty {
  return mkTuple(elems);
}
