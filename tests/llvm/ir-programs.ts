// Hand-written LLVM 14 IR (typed pointers) for the shim tests: tiny libc-free
// programs that print "hi\n" and exit with status 42, one per target family.

export interface LinuxArch {
  /** Name used in test titles and file names. */
  name: string;
  triple: string;
  cpu: string;
  features: string;
  abiName?: string;
  floatAbi?: 'default' | 'soft' | 'hard';
  /** qemu-user binary to run it under, or undefined for the host (x86_64). */
  qemu?: string;
  /** Expected ELF e_machine. */
  elfMachine: number;
  word: 'i64' | 'i32';
  syscallInsn: string;
  /** Inline-asm constraints for a 3-argument and a 1-argument syscall (number first). */
  sys3: string;
  sys1: string;
  writeNr: number;
  exitNr: number;
}

export const LINUX_ARCHES: LinuxArch[] = [
  {
    name: 'x86_64',
    triple: 'x86_64-unknown-linux-gnu',
    cpu: '',
    features: '',
    elfMachine: 62,
    word: 'i64',
    syscallInsn: 'syscall',
    sys3: '={rax},{rax},{rdi},{rsi},{rdx},~{rcx},~{r11},~{memory}',
    sys1: '={rax},{rax},{rdi},~{rcx},~{r11},~{memory}',
    writeNr: 1,
    exitNr: 60,
  },
  {
    name: 'aarch64',
    triple: 'aarch64-unknown-linux-gnu',
    cpu: 'generic',
    features: '+neon',
    qemu: 'qemu-aarch64',
    elfMachine: 183,
    word: 'i64',
    syscallInsn: 'svc #0',
    sys3: '={x0},{x8},{x0},{x1},{x2},~{memory}',
    sys1: '={x0},{x8},{x0},~{memory}',
    writeNr: 64,
    exitNr: 93,
  },
  {
    name: 'riscv64',
    triple: 'riscv64-unknown-linux-gnu',
    cpu: 'generic-rv64',
    features: '+m,+a,+f,+d,+c',
    abiName: 'lp64d',
    qemu: 'qemu-riscv64',
    elfMachine: 243,
    word: 'i64',
    syscallInsn: 'ecall',
    sys3: '={x10},{x17},{x10},{x11},{x12},~{memory}',
    sys1: '={x10},{x17},{x10},~{memory}',
    writeNr: 64,
    exitNr: 93,
  },
  {
    name: 'armv7',
    triple: 'armv7-unknown-linux-gnueabihf',
    cpu: 'generic',
    features: '+v7,+vfp3,-d32,+thumb2,-neon',
    floatAbi: 'hard',
    qemu: 'qemu-arm',
    elfMachine: 40,
    word: 'i32',
    syscallInsn: 'svc #0',
    sys3: '={r0},{r7},{r0},{r1},{r2},~{memory}',
    sys1: '={r0},{r7},{r0},~{memory}',
    writeNr: 4,
    exitNr: 1,
  },
];

/**
 * `_start` writes "hi\n" to fd 1, then exits with 42, computed through a
 * noinline function taking a double so the target's FP registers and ABI
 * are exercised at run time.
 */
export function linuxHelloIr(a: LinuxArch): string {
  const w = a.word;
  return `
@msg = private unnamed_addr constant [3 x i8] c"hi\\0A"

define internal double @twice(double %x) noinline nounwind {
  %y = fmul double %x, 2.0
  ret double %y
}

define void @_start() noreturn nounwind {
entry:
  %p = getelementptr inbounds [3 x i8], [3 x i8]* @msg, i32 0, i32 0
  %written = call ${w} asm sideeffect "${a.syscallInsn}", "${a.sys3}"(${w} ${a.writeNr}, ${w} 1, i8* %p, ${w} 3)
  %d = call double @twice(double 21.0)
  %code = fptosi double %d to ${w}
  %r = call ${w} asm sideeffect "${a.syscallInsn}", "${a.sys1}"(${w} ${a.exitNr}, ${w} %code)
  unreachable
}
`;
}

/** wasm32-wasi: fd_write "hi\n" to stdout, then proc_exit(42), through WASI preview1 imports. */
export const WASI_HELLO_IR = `
@msg = private unnamed_addr constant [3 x i8] c"hi\\0A"
@iov = internal global { i8*, i32 } { i8* getelementptr inbounds ([3 x i8], [3 x i8]* @msg, i32 0, i32 0), i32 3 }
@nwritten = internal global i32 0

declare i32 @__wasi_fd_write(i32, { i8*, i32 }*, i32, i32*) #0
declare void @__wasi_proc_exit(i32) noreturn #1

define void @_start() nounwind {
  %r = call i32 @__wasi_fd_write(i32 1, { i8*, i32 }* @iov, i32 1, i32* @nwritten)
  call void @__wasi_proc_exit(i32 42)
  unreachable
}

attributes #0 = { "wasm-import-module"="wasi_snapshot_preview1" "wasm-import-name"="fd_write" }
attributes #1 = { "wasm-import-module"="wasi_snapshot_preview1" "wasm-import-name"="proc_exit" }
`;

/**
 * Cortex-M: a vector table (initial SP, reset handler) and a reset handler
 * that prints "hi\n" with semihosting SYS_WRITE0 and exits with status 42
 * through SYS_EXIT_EXTENDED. Everything is read-only, so no .data copy is needed.
 */
export const CORTEX_M_SEMIHOSTING_IR = `
@msg = private unnamed_addr constant [4 x i8] c"hi\\0A\\00"
@exit_block = private unnamed_addr constant [2 x i32] [i32 131110, i32 42]
@__stack_top = external global i8
@vector_table = constant [2 x i8*] [i8* @__stack_top, i8* bitcast (void ()* @reset to i8*)], section ".vector_table"
@llvm.used = appending global [1 x i8*] [i8* bitcast ([2 x i8*]* @vector_table to i8*)], section "llvm.metadata"

define void @reset() noreturn nounwind {
  %p = getelementptr inbounds [4 x i8], [4 x i8]* @msg, i32 0, i32 0
  %a = call i32 asm sideeffect "bkpt #0xab", "={r0},{r0},{r1},~{memory}"(i32 4, i8* %p)
  %b = bitcast [2 x i32]* @exit_block to i8*
  %c = call i32 asm sideeffect "bkpt #0xab", "={r0},{r0},{r1},~{memory}"(i32 32, i8* %b)
  br label %hang
hang:
  br label %hang
}
`;

export const CORTEX_M_LINKER_SCRIPT = `
MEMORY {
  FLASH : ORIGIN = 0x00000000, LENGTH = 256K
  RAM : ORIGIN = 0x20000000, LENGTH = 64K
}
ENTRY(reset)
__stack_top = ORIGIN(RAM) + LENGTH(RAM);
SECTIONS {
  .vector_table ORIGIN(FLASH) : { KEEP(*(.vector_table)) } > FLASH
  .text : { *(.text .text.*) } > FLASH
  .rodata : { *(.rodata .rodata.*) } > FLASH
}
`;

/** A small module whose O2 form is visibly different from its O0 form. */
export const FOLDABLE_IR = `
define internal i32 @add(i32 %a, i32 %b) {
  %s = add i32 %a, %b
  ret i32 %s
}

define i32 @sum_to(i32 %n) {
entry:
  br label %loop
loop:
  %i = phi i32 [ 0, %entry ], [ %i1, %loop ]
  %acc = phi i32 [ 0, %entry ], [ %acc1, %loop ]
  %acc1 = call i32 @add(i32 %acc, i32 %i)
  %i1 = add i32 %i, 1
  %done = icmp sge i32 %i1, %n
  br i1 %done, label %exit, label %loop
exit:
  ret i32 %acc1
}

define i32 @five() {
  %r = call i32 @add(i32 2, i32 3)
  ret i32 %r
}
`;
