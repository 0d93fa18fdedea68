// `asm!` to LLVM inline assembly: operand constraints from register classes or explicit
// registers per architecture, `{N}` placeholders to `${M}` with rustc's default operand
// modifiers, Intel dialect by default on x86 (Rust's default), and the implied clobbers
// (memory unless `nomem`, flags unless `preserves_flags`, `clobber_abi` register sets).
import type { Span } from '../diagnostics/span.ts';
import type { InlineAsmOperandMir, Terminator } from '../mir/mir.ts';
import { CodegenError } from './context.ts';
import { fnRef, staticAddr } from './declare.ts';
import { blockOf, type FnCx } from './fn-cx.ts';
import { structTy, T, type LType } from './llvm-ir/types.ts';
import type { Value } from './llvm-ir/value.ts';
import { immTy } from './llvm-types.ts';
import { codegenOperand } from './operand-mir.ts';
import { immOf, storeOperand } from './operand.ts';
import { codegenPlace, type PlaceRef } from './place.ts';
import { resolveFnInstance } from './resolve.ts';
import { staticSymbol } from './symbol-names.ts';

type Arch = 'x86_64' | 'x86' | 'aarch64' | 'arm' | 'riscv64' | 'riscv32';

function archOf(fx: FnCx, span: Span): Arch {
  const a = fx.cx.target.arch;
  if (a === 'x86_64' || a === 'x86' || a === 'aarch64' || a === 'arm' || a === 'riscv64' || a === 'riscv32') return a;
  throw new CodegenError(`inline assembly is not supported on this target (${a})`, span);
}

const X86_GPR: Record<string, string> = {};
for (const [canon, aliases] of [
  ['ax', ['rax', 'eax', 'ax', 'al', 'ah']], ['bx', ['rbx', 'ebx', 'bx', 'bl', 'bh']],
  ['cx', ['rcx', 'ecx', 'cx', 'cl', 'ch']], ['dx', ['rdx', 'edx', 'dx', 'dl', 'dh']],
  ['si', ['rsi', 'esi', 'si', 'sil']], ['di', ['rdi', 'edi', 'di', 'dil']],
  ['bp', ['rbp', 'ebp', 'bp', 'bpl']], ['sp', ['rsp', 'esp', 'sp', 'spl']],
] as const) for (const a of aliases) X86_GPR[a] = canon;
for (let i = 8; i <= 15; i++) for (const s of ['', 'd', 'w', 'b']) X86_GPR[`r${i}${s}`] = `r${i}`;

const RISCV_ABI: Record<string, number> = { zero: 0, ra: 1, sp: 2, gp: 3, tp: 4, t0: 5, t1: 6, t2: 7, s0: 8, fp: 8, s1: 9 };
for (let i = 0; i <= 7; i++) RISCV_ABI[`a${i}`] = 10 + i;
for (let i = 2; i <= 11; i++) RISCV_ABI[`s${i}`] = 16 + i;
for (let i = 3; i <= 6; i++) RISCV_ABI[`t${i}`] = 25 + i;

/** An explicit register's LLVM name (`{ax}`, `{x8}`, `{r7}`, `{x17}`), or null if unknown. */
export function explicitReg(arch: Arch, name: string): string | null {
  const n = name.toLowerCase();
  switch (arch) {
    case 'x86_64': case 'x86': {
      const g = X86_GPR[n];
      if (g) return g;
      if (/^[xyz]mm([0-9]|[12][0-9]|3[01])$/.test(n)) return n;
      return null;
    }
    case 'aarch64': {
      const m = /^[xw]([0-9]|[12][0-9]|30)$/.exec(n);
      if (m) return `x${m[1]}`;
      if (n === 'lr') return 'x30';
      if (n === 'fp') return 'x29';
      if (n === 'sp') return 'sp';
      const v = /^[vqdsbh]([0-9]|[12][0-9]|3[01])$/.exec(n);
      if (v) return `q${v[1]}`;
      return null;
    }
    case 'arm': {
      const m = /^r([0-9]|1[0-5])$/.exec(n);
      if (m) return `r${m[1]}`;
      const alias: Record<string, string> = { sb: 'r9', sl: 'r10', fp: 'r11', ip: 'r12', sp: 'sp', lr: 'lr', pc: 'pc' };
      if (alias[n]) return alias[n];
      if (/^[sd]([0-9]|[12][0-9]|3[01])$/.test(n)) return n;
      return null;
    }
    case 'riscv64': case 'riscv32': {
      const x = /^x([0-9]|[12][0-9]|3[01])$/.exec(n);
      if (x) return `x${x[1]}`;
      const abi = RISCV_ABI[n];
      if (abi !== undefined) return `x${abi}`;
      const f = /^f([0-9]|[12][0-9]|3[01])$/.exec(n);
      if (f) return `f${f[1]}`;
      return null;
    }
  }
}

function classConstraint(arch: Arch, cls: string): string | null {
  switch (arch) {
    case 'x86_64': case 'x86':
      return ({ reg: 'r', reg_abcd: 'Q', reg_byte: 'q', xmm_reg: 'x', ymm_reg: 'x', zmm_reg: 'v', kreg: '^Yk' } as Record<string, string>)[cls] ?? null;
    case 'aarch64':
      return ({ reg: 'r', vreg: 'w', vreg_low16: 'x' } as Record<string, string>)[cls] ?? null;
    case 'arm':
      return ({ reg: 'r', sreg: 't', sreg_low16: 't', dreg: 'w', dreg_low16: 't', dreg_low8: 't', qreg: 'w' } as Record<string, string>)[cls] ?? null;
    case 'riscv64': case 'riscv32':
      return ({ reg: 'r', freg: 'f' } as Record<string, string>)[cls] ?? null;
  }
}

/** Constraint text for a register operand: `r` for classes, `{reg}` for explicit registers. */
function regConstraint(arch: Arch, reg: string, span: Span): { text: string; explicit: string | null; cls: string | null } {
  // The lowering keeps explicit registers quoted (`"rax"`), register classes bare (`reg`).
  const quoted = /^".*"$/.test(reg);
  const name = quoted ? reg.slice(1, -1) : reg;
  if (!quoted) {
    const c = classConstraint(arch, name);
    if (c !== null) return { text: c, explicit: null, cls: name };
  }
  const e = explicitReg(arch, name);
  if (e !== null) return { text: `{${e}}`, explicit: e, cls: null };
  throw new CodegenError(`invalid register ${quoted ? 'name' : 'class'} \`${name}\` for this architecture`, span);
}

/** rustc's default template modifier for a register class operand. */
function defaultModifier(arch: Arch, cls: string | null, modifier: string | null): string | null {
  if (cls === null) return modifier;
  if (arch === 'x86_64' || arch === 'x86') {
    if (cls === 'reg' || cls === 'reg_abcd') {
      switch (modifier) {
        case null: return arch === 'x86_64' ? 'q' : 'k';
        case 'l': return 'b';
        case 'h': return 'h';
        case 'x': return 'w';
        case 'e': return 'k';
        case 'r': return 'q';
        default: return modifier;
      }
    }
    if (cls === 'reg_byte') return null;
    if (cls === 'xmm_reg') return modifier === null ? 'x' : modifier;
    return modifier;
  }
  if (arch === 'aarch64' && cls === 'reg') return modifier === 'w' ? 'w' : 'x';
  return modifier;
}

/** Registers a C call may clobber, per architecture (for `clobber_abi("C")`). */
function callerSavedRegs(arch: Arch): string[] {
  const r = (n: number, f: (i: number) => string): string[] => Array.from({ length: n }, (_, i) => f(i));
  switch (arch) {
    case 'x86_64':
      return ['ax', 'cx', 'dx', 'si', 'di', 'r8', 'r9', 'r10', 'r11', ...r(16, (i) => `xmm${i}`), ...r(8, (i) => `st(${i})`), ...r(8, (i) => `mm${i}`)];
    case 'x86':
      return ['ax', 'cx', 'dx', ...r(8, (i) => `xmm${i}`), ...r(8, (i) => `st(${i})`), ...r(8, (i) => `mm${i}`)];
    case 'aarch64':
      return [...r(18, (i) => `x${i}`), 'x30', ...r(8, (i) => `q${i}`), ...r(16, (i) => `q${i + 16}`), 'nzcv'];
    case 'arm':
      return ['r0', 'r1', 'r2', 'r3', 'r12', 'lr', ...r(8, (i) => `d${i}`), 'cpsr'];
    case 'riscv64': case 'riscv32':
      return ['x1', 'x5', 'x6', 'x7', ...r(8, (i) => `x${10 + i}`), ...r(4, (i) => `x${28 + i}`)];
  }
}

interface OutSlot {
  readonly ty: LType;
  readonly place: PlaceRef | null;
}

export function codegenInlineAsm(fx: FnCx, t: Extract<Terminator, { tag: 'InlineAsm' }>): void {
  const arch = archOf(fx, t.span);
  const opts = new Set(t.options);
  const outputs: string[] = [];
  const inputs: string[] = [];
  const outSlots: OutSlot[] = [];
  const inValues: Value[] = [];
  const clobbers: string[] = [];
  const used = new Set<string>();
  /** MIR operand index -> [LLVM operand number or literal text, register class]. */
  const refs = new Map<number, { num: number | null; text: string | null; cls: string | null }>();
  const pendingIns: { idx: number; constraint: string; value: Value; cls: string | null }[] = [];

  t.operands.forEach((op: InlineAsmOperandMir, idx) => {
    switch (op.tag) {
      case 'In': {
        const c = regConstraint(arch, op.reg, t.span);
        if (c.explicit) used.add(c.explicit);
        pendingIns.push({ idx, constraint: c.text, value: immOf(codegenOperand(fx, op.value)), cls: c.cls });
        break;
      }
      case 'Out': case 'InOut': {
        const c = regConstraint(arch, op.reg, t.span);
        if (c.explicit) used.add(c.explicit);
        const placeMir = op.tag === 'Out' ? op.place : op.outPlace;
        const place = placeMir ? codegenPlace(fx, placeMir) : null;
        let ty: LType;
        if (place) {
          if (place.layout.abi.tag !== 'Scalar') throw new CodegenError('asm output must be a scalar', t.span);
          ty = immTy(fx.cx, place.layout.abi.scalar);
        } else if (op.tag === 'InOut') {
          ty = immOf(codegenOperand(fx, op.inValue)).ty;
        } else if (c.explicit) {
          // `out("reg") _`: only a clobber.
          clobbers.push(`~{${c.explicit}}`);
          refs.set(idx, { num: null, text: null, cls: c.cls });
          break;
        } else {
          ty = fx.cx.isizeTy;
        }
        const outNum = outputs.length;
        outputs.push(`=${op.late ? '' : '&'}${c.text}`);
        outSlots.push({ ty, place });
        refs.set(idx, { num: outNum, text: null, cls: c.cls });
        if (op.tag === 'InOut') {
          pendingIns.push({ idx: -1, constraint: String(outNum), value: immOf(codegenOperand(fx, op.inValue)), cls: c.cls });
        }
        break;
      }
      case 'Const':
        refs.set(idx, { num: null, text: op.value, cls: null });
        break;
      case 'SymFn': {
        const f = fnRef(fx.cx, resolveFnInstance(fx.cx, op.def, op.args));
        refs.set(idx, { num: null, text: f.symbol, cls: null });
        break;
      }
      case 'SymStatic':
        staticAddr(fx.cx, op.def);
        refs.set(idx, { num: null, text: staticSymbol(fx.cx.tcx, op.def), cls: null });
        break;
    }
  });
  for (const p of pendingIns) {
    const num = outputs.length + inputs.length;
    inputs.push(p.constraint);
    inValues.push(p.value);
    if (p.idx >= 0) refs.set(p.idx, { num, text: null, cls: p.cls });
  }

  let template = '';
  for (const piece of t.template) {
    if (piece.tag === 'String') {
      template += piece.text.replace(/\$/g, '$$$$');
      continue;
    }
    const r = refs.get(piece.operandIdx);
    if (!r) throw new CodegenError(`asm template refers to operand ${piece.operandIdx}, which does not exist`, piece.span);
    if (r.text !== null) {
      template += r.text;
      continue;
    }
    if (r.num === null) throw new CodegenError('explicit register operands cannot be used in the asm template', piece.span);
    const m = defaultModifier(arch, r.cls, piece.modifier);
    template += m ? `\${${r.num}:${m}}` : `\${${r.num}}`;
  }

  if (!opts.has('nomem')) clobbers.push('~{memory}');
  if (!opts.has('preserves_flags')) {
    if (arch === 'x86_64' || arch === 'x86') clobbers.push('~{dirflag}', '~{fpsr}', '~{flags}');
    else if (arch === 'aarch64' || arch === 'arm') clobbers.push('~{cc}');
  }
  for (const abi of t.clobberAbis) {
    void abi;
    for (const reg of callerSavedRegs(arch)) if (!used.has(reg)) clobbers.push(`~{${reg}}`);
  }

  const constraints = [...outputs, ...inputs, ...clobbers].join(',');
  const retTy = outSlots.length === 0 ? T.void : outSlots.length === 1 ? outSlots[0]!.ty : structTy(outSlots.map((o) => o.ty));
  const fnAttrs = ['nounwind'];
  if (opts.has('noreturn')) fnAttrs.push('noreturn');
  if (opts.has('pure') && opts.has('nomem')) fnAttrs.push('readnone');
  else if (opts.has('pure') && opts.has('readonly')) fnAttrs.push('readonly');
  const result = fx.b.inlineAsm(retTy, inValues, template, constraints, {
    sideEffect: !opts.has('pure'),
    alignStack: !opts.has('nostack') && (arch === 'x86_64' || arch === 'x86'),
    intelDialect: (arch === 'x86_64' || arch === 'x86') && !opts.has('att_syntax'),
    fnAttrs,
  });
  outSlots.forEach((o, i) => {
    if (!o.place || result === null) return;
    const v = outSlots.length === 1 ? result : fx.b.extractValue(result, i);
    storeOperand(fx, { val: { tag: 'Imm', v }, ty: o.place.ty, layout: o.place.layout }, o.place);
  });
  if (opts.has('noreturn') || t.target === null) fx.b.unreachable();
  else fx.b.br(blockOf(fx, t.target));
}
