// Builds the body of one LLVM function: basic blocks of typed instructions. Every builder
// method checks its operand types and returns a Value carrying the result type, so a type
// mistake in codegen throws here with a readable message instead of failing in LLVM's parser.
import { fnTy, isInt, ptrTo, quoteIdent, structTy, T, type LType } from './types.ts';
import { constInt, typed, type Value } from './value.ts';

export interface Block {
  readonly label: string;
}

export type IntBinOp = 'add' | 'sub' | 'mul' | 'sdiv' | 'udiv' | 'srem' | 'urem' | 'shl' | 'lshr' | 'ashr' | 'and' | 'or' | 'xor';
export type FloatBinOp = 'fadd' | 'fsub' | 'fmul' | 'fdiv' | 'frem';
export type IntPred = 'eq' | 'ne' | 'ugt' | 'uge' | 'ult' | 'ule' | 'sgt' | 'sge' | 'slt' | 'sle';
export type FloatPred = 'oeq' | 'one' | 'ogt' | 'oge' | 'olt' | 'ole' | 'ord' | 'uno' | 'ueq' | 'une' | 'ugt' | 'uge' | 'ult' | 'ule' | 'true' | 'false';
export type CastOp =
  | 'trunc' | 'zext' | 'sext' | 'bitcast' | 'ptrtoint' | 'inttoptr'
  | 'fptosi' | 'fptoui' | 'sitofp' | 'uitofp' | 'fptrunc' | 'fpext';

/** LLVM's memory orderings (`unordered` only for loads and stores). */
export type AtomicOrdering = 'unordered' | 'monotonic' | 'acquire' | 'release' | 'acq_rel' | 'seq_cst';
export type AtomicRmwOp = 'xchg' | 'add' | 'sub' | 'and' | 'nand' | 'or' | 'xor' | 'max' | 'min' | 'umax' | 'umin';

export interface AtomicOptions {
  /** `syncscope("singlethread")`: orders only against signal handlers of this thread (compiler_fence). */
  readonly singleThread?: boolean;
  readonly volatile?: boolean;
  readonly hint?: string;
}

export interface CallOptions {
  /** Function attributes on the call site (`nounwind`, `noreturn`, `cold`...). */
  readonly fnAttrs?: readonly string[];
  readonly retAttrs?: readonly string[];
  readonly paramAttrs?: readonly (readonly string[] | undefined)[];
  /** Calling convention keyword (`fastcc`, `arm_aapcscc`...); omitted for `ccc`. */
  readonly cc?: string;
  readonly tail?: 'tail' | 'musttail' | 'notail';
  readonly hint?: string;
}

export interface AsmOptions {
  readonly sideEffect: boolean;
  readonly alignStack: boolean;
  readonly intelDialect: boolean;
  readonly fnAttrs?: readonly string[];
}

/** What a function builder needs from its module: named struct bodies and intrinsic declarations. */
export interface ModuleContext {
  structBody(name: string): LType;
  intrinsic(name: string, ty: LType): Value;
}

interface BlockData {
  readonly label: string;
  readonly lines: string[];
  terminated: boolean;
}

function fail(msg: string): never {
  throw new Error(`LLVM IR builder: ${msg}`);
}

function sameTy(what: string, a: Value, b: Value): void {
  if (a.ty !== b.ty) fail(`${what}: operand types differ: ${a.ty.s} vs ${b.ty.s}`);
}

function checkAlign(align: number): void {
  if (!Number.isInteger(align) || align < 1 || (align & (align - 1)) !== 0) fail(`bad alignment ${align}`);
}

export class FunctionBuilder {
  readonly params: readonly Value[];
  private readonly entryAllocas: string[] = [];
  private readonly blocks: BlockData[] = [];
  private readonly byLabel = new Map<string, BlockData>();
  private cur: BlockData | null = null;
  private nextId = 0;
  private readonly usedNames = new Set<string>();
  /** Values defined in the entry prelude (allocas and casts/offsets of them): they dominate every block. */
  private readonly hoisted = new Set<string>();
  private readonly hoistCache = new Map<string, Value>();

  constructor(
    readonly mod: ModuleContext,
    readonly name: string,
    readonly type: LType,
    paramNames: readonly (string | null)[] = [],
  ) {
    if (type.kind !== 'fn') fail(`function ${name} needs a function type, got ${type.s}`);
    this.params = type.params.map((ty, i) => ({ ty, s: this.fresh(paramNames[i] ?? `arg${i}`) }));
  }

  get returnType(): LType {
    return (this.type as Extract<LType, { kind: 'fn' }>).ret;
  }

  /** A fresh local name `%hint` (suffixed with a number when taken). */
  private fresh(hint = ''): string {
    let base = hint.replace(/[^A-Za-z0-9_.]/g, '_') || 't';
    if (/^\d/.test(base)) base = `_${base}`;
    let name = base;
    while (this.usedNames.has(name)) name = `${base}.${this.nextId++}`;
    this.usedNames.add(name);
    return `%${quoteIdent(name)}`;
  }

  newBlock(hint = 'bb'): Block {
    const label = this.fresh(hint).slice(1);
    const data: BlockData = { label, lines: [], terminated: false };
    this.blocks.push(data);
    this.byLabel.set(label, data);
    return { label };
  }

  positionAt(block: Block): void {
    const data = this.byLabel.get(block.label);
    if (!data) fail(`unknown block ${block.label}`);
    this.cur = data;
  }

  /** Whether the current block already ends in a terminator. */
  get terminated(): boolean {
    return this.cur === null || this.cur.terminated;
  }

  private emit(line: string): void {
    const c = this.cur;
    if (!c) fail(`${this.name}: no current block`);
    if (c.terminated) fail(`${this.name}: instruction after terminator in ${c.label}: ${line}`);
    c.lines.push(`  ${line}`);
  }

  private value(ty: LType, hint: string | undefined, rhs: string): Value {
    const name = this.fresh(hint);
    this.emit(`${name} = ${rhs}`);
    return { ty, s: name };
  }

  private terminate(line: string): void {
    this.emit(line);
    this.cur!.terminated = true;
  }

  /** Stack slot, placed at the top of the entry block so mem2reg/SROA can promote it. */
  alloca(ty: LType, align: number, hint?: string): Value {
    checkAlign(align);
    const name = this.fresh(hint);
    this.entryAllocas.push(`  ${name} = alloca ${ty.s}, align ${align}`);
    this.hoisted.add(name);
    return { ty: ptrTo(ty), s: name };
  }

  /** Computes `rhs` once in the entry prelude (operands must be prelude values or constants). */
  private hoist(ty: LType, key: string, hint: string | undefined, rhs: string): Value {
    const hit = this.hoistCache.get(key);
    if (hit) return hit;
    const name = this.fresh(hint);
    this.entryAllocas.push(`  ${name} = ${rhs}`);
    this.hoisted.add(name);
    const v = { ty, s: name };
    this.hoistCache.set(key, v);
    return v;
  }

  /** An alloca seen as `i8*` (the bitcast also sits in the entry block, dominating all uses). */
  allocaBytes(ty: LType, align: number, hint?: string): Value {
    const slot = this.alloca(ty, align, hint);
    if (ty === T.i8) return slot;
    return this.hoist(T.i8p, `bc|${slot.s}|i8*`, `${hint ?? 't'}.p`, `bitcast ${typed(slot)} to i8*`);
  }

  load(ptr: Value, align: number, opts: { volatile?: boolean; hint?: string; metadata?: string } = {}): Value {
    checkAlign(align);
    if (ptr.ty.kind !== 'ptr') fail(`load from non-pointer ${typed(ptr)}`);
    const ty = ptr.ty.pointee;
    const md = opts.metadata ? `, ${opts.metadata}` : '';
    return this.value(ty, opts.hint, `load ${opts.volatile ? 'volatile ' : ''}${ty.s}, ${typed(ptr)}, align ${align}${md}`);
  }

  store(val: Value, ptr: Value, align: number, opts: { volatile?: boolean } = {}): void {
    checkAlign(align);
    if (ptr.ty.kind !== 'ptr' || ptr.ty.pointee !== val.ty) fail(`store of ${val.ty.s} through ${ptr.ty.s}`);
    this.emit(`store ${opts.volatile ? 'volatile ' : ''}${typed(val)}, ${typed(ptr)}, align ${align}`);
  }

  /** `load atomic`: the value must be an integer, pointer or float of a power-of-two size. */
  atomicLoad(ptr: Value, align: number, ordering: AtomicOrdering, opts: AtomicOptions = {}): Value {
    checkAlign(align);
    if (ptr.ty.kind !== 'ptr') fail(`atomic load from non-pointer ${typed(ptr)}`);
    if (ordering === 'release' || ordering === 'acq_rel') fail(`atomic load with ${ordering} ordering`);
    const ty = ptr.ty.pointee;
    return this.value(ty, opts.hint, `load atomic ${opts.volatile ? 'volatile ' : ''}${ty.s}, ${typed(ptr)}${scope(opts)} ${ordering}, align ${align}`);
  }

  atomicStore(val: Value, ptr: Value, align: number, ordering: AtomicOrdering, opts: AtomicOptions = {}): void {
    checkAlign(align);
    if (ptr.ty.kind !== 'ptr' || ptr.ty.pointee !== val.ty) fail(`atomic store of ${val.ty.s} through ${ptr.ty.s}`);
    if (ordering === 'acquire' || ordering === 'acq_rel') fail(`atomic store with ${ordering} ordering`);
    this.emit(`store atomic ${opts.volatile ? 'volatile ' : ''}${typed(val)}, ${typed(ptr)}${scope(opts)} ${ordering}, align ${align}`);
  }

  /** `atomicrmw`: returns the old value. */
  atomicRmw(op: AtomicRmwOp, ptr: Value, val: Value, ordering: AtomicOrdering, opts: AtomicOptions = {}): Value {
    if (ptr.ty.kind !== 'ptr' || ptr.ty.pointee !== val.ty) fail(`atomicrmw ${op} of ${val.ty.s} through ${ptr.ty.s}`);
    if (ordering === 'unordered') fail('atomicrmw cannot be unordered');
    if (op !== 'xchg' && val.ty.kind !== 'int') fail(`atomicrmw ${op} on ${val.ty.s}`);
    return this.value(val.ty, opts.hint, `atomicrmw ${opts.volatile ? 'volatile ' : ''}${op} ${typed(ptr)}, ${typed(val)}${scope(opts)} ${ordering}`);
  }

  /** `cmpxchg`: returns `{ T old, i1 success }`. */
  cmpxchg(ptr: Value, expected: Value, replacement: Value, success: AtomicOrdering, failure: AtomicOrdering, opts: AtomicOptions & { weak?: boolean } = {}): Value {
    if (ptr.ty.kind !== 'ptr' || ptr.ty.pointee !== expected.ty) fail(`cmpxchg of ${expected.ty.s} through ${ptr.ty.s}`);
    sameTy('cmpxchg', expected, replacement);
    if (expected.ty.kind !== 'int' && expected.ty.kind !== 'ptr') fail(`cmpxchg on ${expected.ty.s}`);
    if (failure === 'release' || failure === 'acq_rel' || success === 'unordered' || failure === 'unordered') fail(`cmpxchg orderings ${success} ${failure}`);
    const ty = structTy([expected.ty, T.i1]);
    const flags = `${opts.weak ? 'weak ' : ''}${opts.volatile ? 'volatile ' : ''}`;
    return this.value(ty, opts.hint, `cmpxchg ${flags}${typed(ptr)}, ${typed(expected)}, ${typed(replacement)}${scope(opts)} ${success} ${failure}`);
  }

  fence(ordering: AtomicOrdering, opts: AtomicOptions = {}): void {
    if (ordering === 'unordered' || ordering === 'monotonic') fail(`fence with ${ordering} ordering`);
    this.emit(`fence${scope(opts)} ${ordering}`);
  }

  private stepType(ty: LType, idx: Value): LType {
    const t = ty.kind === 'named' ? this.mod.structBody(ty.name) : ty;
    if (t.kind === 'array') return t.elem;
    if (t.kind === 'struct') {
      if (!isInt(idx.ty, 32) || !/^-?\d+$/.test(idx.s)) fail(`struct index must be an i32 constant, got ${typed(idx)}`);
      const f = t.fields[Number(idx.s)];
      if (!f) fail(`struct index ${idx.s} out of range for ${t.s}`);
      return f;
    }
    return fail(`cannot index into ${ty.s}`);
  }

  gep(ptr: Value, indices: readonly Value[], opts: { inbounds?: boolean; hint?: string } = {}): Value {
    if (ptr.ty.kind !== 'ptr') fail(`gep on non-pointer ${typed(ptr)}`);
    if (indices.length === 0) fail('gep needs an index');
    const base = ptr.ty.pointee;
    let ty = base;
    for (let i = 0; i < indices.length; i++) {
      if (indices[i]!.ty.kind !== 'int') fail(`gep index ${typed(indices[i]!)} is not an integer`);
      if (i > 0) ty = this.stepType(ty, indices[i]!);
    }
    const ib = opts.inbounds === false ? '' : 'inbounds ';
    const rhs = `getelementptr ${ib}${base.s}, ${typed(ptr)}, ${indices.map(typed).join(', ')}`;
    if (this.hoisted.has(ptr.s) && indices.every((i) => /^-?\d+$/.test(i.s))) return this.hoist(ptrTo(ty), rhs, opts.hint, rhs);
    return this.value(ptrTo(ty), opts.hint, rhs);
  }

  /** `getelementptr inbounds i8, i8* p, iN off` on `p` bitcast to i8*, result cast to `to`. */
  byteOffset(ptr: Value, offset: number | Value, indexTy: LType, to: LType, hint?: string): Value {
    if (typeof offset === 'number' && offset === 0) return this.bitcast(ptr, to);
    const p8 = this.bitcast(ptr, T.i8p);
    const off = typeof offset === 'number' ? constInt(indexTy, offset) : offset;
    return this.bitcast(this.gep(p8, [off], { hint }), to);
  }

  bin(op: IntBinOp | FloatBinOp, a: Value, b: Value, opts: { flags?: readonly ('nuw' | 'nsw' | 'exact')[]; hint?: string } = {}): Value {
    sameTy(op, a, b);
    const isFloatOp = op.startsWith('f');
    if (isFloatOp ? a.ty.kind !== 'float' : a.ty.kind !== 'int') fail(`${op} on ${a.ty.s}`);
    const flags = opts.flags && opts.flags.length > 0 ? `${opts.flags.join(' ')} ` : '';
    return this.value(a.ty, opts.hint, `${op} ${flags}${typed(a)}, ${b.s}`);
  }

  icmp(pred: IntPred, a: Value, b: Value, hint?: string): Value {
    sameTy('icmp', a, b);
    if (a.ty.kind !== 'int' && a.ty.kind !== 'ptr') fail(`icmp on ${a.ty.s}`);
    return this.value(T.i1, hint, `icmp ${pred} ${typed(a)}, ${b.s}`);
  }

  fcmp(pred: FloatPred, a: Value, b: Value, hint?: string): Value {
    sameTy('fcmp', a, b);
    if (a.ty.kind !== 'float') fail(`fcmp on ${a.ty.s}`);
    return this.value(T.i1, hint, `fcmp ${pred} ${typed(a)}, ${b.s}`);
  }

  fneg(a: Value, hint?: string): Value {
    if (a.ty.kind !== 'float') fail(`fneg on ${a.ty.s}`);
    return this.value(a.ty, hint, `fneg ${typed(a)}`);
  }

  select(c: Value, a: Value, b: Value, hint?: string): Value {
    if (c.ty !== T.i1) fail(`select condition ${c.ty.s} is not i1`);
    sameTy('select', a, b);
    return this.value(a.ty, hint, `select ${typed(c)}, ${typed(a)}, ${typed(b)}`);
  }

  cast(op: CastOp, v: Value, to: LType, hint?: string): Value {
    const from = v.ty;
    const ok = ((): boolean => {
      switch (op) {
        case 'trunc': return from.kind === 'int' && to.kind === 'int' && from.bits > to.bits;
        case 'zext': case 'sext': return from.kind === 'int' && to.kind === 'int' && from.bits < to.bits;
        case 'bitcast': return from.kind !== 'void' && to.kind !== 'void' && (from.kind === 'ptr') === (to.kind === 'ptr');
        case 'ptrtoint': return from.kind === 'ptr' && to.kind === 'int';
        case 'inttoptr': return from.kind === 'int' && to.kind === 'ptr';
        case 'fptosi': case 'fptoui': return from.kind === 'float' && to.kind === 'int';
        case 'sitofp': case 'uitofp': return from.kind === 'int' && to.kind === 'float';
        case 'fptrunc': return from.kind === 'float' && to.kind === 'float' && from.bits > to.bits;
        case 'fpext': return from.kind === 'float' && to.kind === 'float' && from.bits < to.bits;
      }
    })();
    if (!ok) fail(`invalid cast ${op} ${from.s} to ${to.s}`);
    return this.value(to, hint, `${op} ${typed(v)} to ${to.s}`);
  }

  /** Bitcast that folds away when the type already matches. */
  bitcast(v: Value, to: LType, hint?: string): Value {
    if (v.ty === to) return v;
    if (this.hoisted.has(v.s)) {
      if ((v.ty.kind === 'ptr') !== (to.kind === 'ptr')) fail(`invalid cast bitcast ${v.ty.s} to ${to.s}`);
      const rhs = `bitcast ${typed(v)} to ${to.s}`;
      return this.hoist(to, rhs, hint, rhs);
    }
    return this.cast('bitcast', v, to, hint);
  }

  /** Integer resize: trunc/zext/sext as needed (no-op for equal widths). */
  intCast(v: Value, to: LType, signed: boolean, hint?: string): Value {
    if (v.ty.kind !== 'int' || to.kind !== 'int') fail(`intCast ${v.ty.s} to ${to.s}`);
    if (v.ty.bits === to.bits) return v;
    if (v.ty.bits > to.bits) return this.cast('trunc', v, to, hint);
    return this.cast(signed ? 'sext' : 'zext', v, to, hint);
  }

  extractValue(agg: Value, index: number, hint?: string): Value {
    const t = agg.ty.kind === 'named' ? this.mod.structBody(agg.ty.name) : agg.ty;
    let ty: LType;
    if (t.kind === 'struct') ty = t.fields[index] ?? fail(`extractvalue index ${index} out of range for ${t.s}`);
    else if (t.kind === 'array') ty = t.elem;
    else return fail(`extractvalue from ${agg.ty.s}`);
    return this.value(ty, hint, `extractvalue ${typed(agg)}, ${index}`);
  }

  insertValue(agg: Value, v: Value, index: number, hint?: string): Value {
    const t = agg.ty.kind === 'named' ? this.mod.structBody(agg.ty.name) : agg.ty;
    const fty = t.kind === 'struct' ? t.fields[index] : t.kind === 'array' ? t.elem : undefined;
    if (fty !== v.ty) fail(`insertvalue of ${v.ty.s} at ${index} into ${agg.ty.s}`);
    return this.value(agg.ty, hint, `insertvalue ${typed(agg)}, ${typed(v)}, ${index}`);
  }

  phi(ty: LType, incoming: readonly (readonly [Value, Block])[], hint?: string): Value {
    for (const [v] of incoming) if (v.ty !== ty) fail(`phi incoming ${v.ty.s} is not ${ty.s}`);
    return this.value(ty, hint, `phi ${ty.s} ${incoming.map(([v, b]) => `[ ${v.s}, %${b.label} ]`).join(', ')}`);
  }

  /** Calls `callee` (a pointer to a function type). Returns null for void calls. */
  call(callee: Value, args: readonly Value[], opts: CallOptions = {}): Value | null {
    if (callee.ty.kind !== 'ptr' || callee.ty.pointee.kind !== 'fn') fail(`call of non-function ${typed(callee)}`);
    const ft = callee.ty.pointee;
    if (ft.varargs ? args.length < ft.params.length : args.length !== ft.params.length) {
      fail(`call of ${callee.s}: ${args.length} arguments for ${ft.s}`);
    }
    ft.params.forEach((p, i) => {
      if (args[i]!.ty !== p) fail(`call of ${callee.s}: argument ${i} is ${args[i]!.ty.s}, expected ${p.s}`);
    });
    const argText = args
      .map((a, i) => {
        const attrs = opts.paramAttrs?.[i];
        return attrs && attrs.length > 0 ? `${a.ty.s} ${attrs.join(' ')} ${a.s}` : typed(a);
      })
      .join(', ');
    const calleeTy = ft.varargs ? ft.s : ft.ret.s;
    const parts = [opts.tail ?? '', 'call', opts.cc ?? '', ...(opts.retAttrs ?? []), calleeTy, `${callee.s}(${argText})`];
    let text = parts.filter((p) => p !== '').join(' ');
    if (opts.fnAttrs && opts.fnAttrs.length > 0) text += ` ${opts.fnAttrs.join(' ')}`;
    if (ft.ret === T.void) {
      this.emit(text);
      return null;
    }
    return this.value(ft.ret, opts.hint, text);
  }

  /** Inline assembly call: `template` uses `$N` operand references, `constraints` LLVM's syntax. */
  inlineAsm(ret: LType, args: readonly Value[], template: string, constraints: string, opts: AsmOptions): Value | null {
    const flags = [opts.sideEffect ? 'sideeffect' : '', opts.alignStack ? 'alignstack' : '', opts.intelDialect ? 'inteldialect' : '']
      .filter((f) => f !== '')
      .join(' ');
    const asm = `asm ${flags}${flags ? ' ' : ''}"${escapeAsm(template)}", "${escapeAsm(constraints)}"`;
    const attrs = opts.fnAttrs && opts.fnAttrs.length > 0 ? ` ${opts.fnAttrs.join(' ')}` : '';
    const text = `call ${ret.s} ${asm}(${args.map(typed).join(', ')})${attrs}`;
    if (ret === T.void) {
      this.emit(text);
      return null;
    }
    return this.value(ret, undefined, text);
  }

  memcpy(dst: Value, src: Value, size: Value, align: { dst: number; src: number }, isVolatile = false): void {
    const sizeBits = (size.ty as { bits: number }).bits;
    const fn = this.mod.intrinsic(`llvm.memcpy.p0i8.p0i8.i${sizeBits}`, fnTy(T.void, [T.i8p, T.i8p, size.ty, T.i1]));
    const d = this.bitcast(dst, T.i8p);
    const s = this.bitcast(src, T.i8p);
    this.call(fn, [d, s, size, constInt(T.i1, isVolatile ? 1 : 0)], {
      paramAttrs: [[`align ${align.dst}`], [`align ${align.src}`]],
    });
  }

  memset(dst: Value, byte: Value, size: Value, align: number, isVolatile = false): void {
    const sizeBits = (size.ty as { bits: number }).bits;
    const fn = this.mod.intrinsic(`llvm.memset.p0i8.i${sizeBits}`, fnTy(T.void, [T.i8p, T.i8, size.ty, T.i1]));
    this.call(fn, [this.bitcast(dst, T.i8p), byte, size, constInt(T.i1, isVolatile ? 1 : 0)], {
      paramAttrs: [[`align ${align}`]],
    });
  }

  br(target: Block): void {
    this.terminate(`br label %${target.label}`);
  }

  condBr(cond: Value, t: Block, f: Block): void {
    if (cond.ty !== T.i1) fail(`br condition ${cond.ty.s} is not i1`);
    this.terminate(`br ${typed(cond)}, label %${t.label}, label %${f.label}`);
  }

  switch(v: Value, otherwise: Block, cases: readonly (readonly [bigint, Block])[]): void {
    if (v.ty.kind !== 'int') fail(`switch on ${v.ty.s}`);
    const seen = new Set<bigint>();
    const lines = cases.map(([val, b]) => {
      const c = constInt(v.ty, val);
      const key = BigInt(c.s === 'true' ? 1 : c.s === 'false' ? 0 : c.s);
      if (seen.has(key)) fail(`duplicate switch case ${c.s}`);
      seen.add(key);
      return `    ${typed(c)}, label %${b.label}`;
    });
    this.terminate(`switch ${typed(v)}, label %${otherwise.label} [\n${lines.join('\n')}${lines.length ? '\n' : ''}  ]`);
  }

  ret(v?: Value): void {
    const rt = this.returnType;
    if (v === undefined) {
      if (rt !== T.void) fail(`${this.name}: ret void in a function returning ${rt.s}`);
      this.terminate('ret void');
    } else {
      if (v.ty !== rt) fail(`${this.name}: ret ${v.ty.s} in a function returning ${rt.s}`);
      this.terminate(`ret ${typed(v)}`);
    }
  }

  unreachable(): void {
    this.terminate('unreachable');
  }

  /** The body text `{ ... }`, blocks in creation order; the first block is the entry. */
  finish(): string {
    const out: string[] = ['{'];
    this.blocks.forEach((b, i) => {
      if (!b.terminated) fail(`${this.name}: block ${b.label} has no terminator`);
      out.push(`${b.label}:`);
      if (i === 0) out.push(...this.entryAllocas);
      out.push(...b.lines);
    });
    out.push('}');
    return out.join('\n');
  }
}

function scope(opts: AtomicOptions): string {
  return opts.singleThread ? ' syncscope("singlethread")' : '';
}

/** Escapes an inline asm template or constraint string for the IR text. */
function escapeAsm(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\' || c < 0x20 || c >= 0x7f) {
      for (const b of new TextEncoder().encode(ch)) out += `\\${b.toString(16).toUpperCase().padStart(2, '0')}`;
    } else out += ch;
  }
  return out;
}
