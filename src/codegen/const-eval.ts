// Compile-time evaluation of static initializers (and the const fns they call): a small MIR
// interpreter over byte-level memory with relocations, following the target's endianness and
// layouts, so the result can be emitted as the static's initial bytes.
import type { Body, Constant, Operand, Place, Rvalue } from '../mir/mir.ts';
import type { DefId } from '../ty/def-id.ts';
import { tyKind, tys } from '../ty/interner.ts';
import type { GenericArgs, Ty } from '../ty/ty.ts';
import { substArgs, substConst as monoConst, substTy } from '../mono/subst.ts';
import { readUint, relocTargetOf, writeUint, type ConstAlloc, type ConstReloc, type RelocTarget } from './const-alloc.ts';
import { CodegenError, layoutOfTy, type CodegenCx } from './context.ts';
import { fieldOffset, type Layout, type Scalar } from './layout/layout.ts';
import { arrayLen, discrIntOf, discrValues, pointerMetadata } from './layout/layout-of.ts';
import { overflowMessage } from './panic-messages.ts';
import { floatBinop, floatNeg, floatToFloat, floatToInt, intToFloat, type FloatWidth } from '../mir/float-bits.ts';
import type { Span } from '../diagnostics/span.ts';

type Base =
  | { readonly tag: 'Mem'; readonly mem: Mem }
  | { readonly tag: 'Static'; readonly def: DefId }
  | { readonly tag: 'Fn'; readonly def: DefId; readonly args: GenericArgs }
  | { readonly tag: 'Bytes'; readonly data: Uint8Array };

interface Mem {
  readonly bytes: Uint8Array;
  /** Pointer slots: offset -> what the pointer points into; the slot's bytes hold the offset. */
  readonly relocs: Map<number, Base>;
  readonly align: number;
}

interface Val {
  readonly bytes: Uint8Array;
  readonly relocs: Map<number, Base>;
}

interface EPlace {
  readonly base: Base;
  readonly offset: number;
  readonly ty: Ty;
  readonly layout: Layout;
  readonly meta: bigint | null;
  readonly variant?: number;
}

interface Frame {
  readonly body: Body;
  readonly args: GenericArgs;
  readonly locals: (Mem | null)[];
}

const MAX_STEPS = 1_000_000;

export class ConstEvalError extends CodegenError {}

export interface ConstEvaluator {
  readonly cx: CodegenCx;
  steps: number;
  readonly staticMems: Map<DefId, Mem>;
  readonly inProgress: Set<DefId>;
}

export function mkConstEvaluator(cx: CodegenCx): ConstEvaluator {
  return { cx, steps: 0, staticMems: new Map(), inProgress: new Set() };
}

/** Evaluates a static's initializer to its bytes and relocations. */
export function evalStatic(ev: ConstEvaluator, def: DefId): ConstAlloc {
  const mem = staticMem(ev, def);
  return memToAlloc(mem, new Map());
}

/** The evaluator of a codegen context (one per module: statics are evaluated once). */
export function constEvaluatorOf(cx: CodegenCx): ConstEvaluator {
  let ev = evaluators.get(cx);
  if (!ev) evaluators.set(cx, (ev = mkConstEvaluator(cx)));
  return ev;
}

const evaluators = new WeakMap<CodegenCx, ConstEvaluator>();

/** The value of a constant of a generic impl for one instance's generic args. */
export function evalConstInstance(ev: ConstEvaluator, def: DefId, args: GenericArgs): ConstAlloc {
  ev.steps = 0;
  return memToAlloc(evalUnevaluated(ev, def, args), new Map());
}

/**
 * An associated constant with concrete args: a trait's (`T::LEGS`, `Self::NAME` in a provided
 * method) is the selected impl's, or the trait's default with `Self` known (rustc resolves
 * the const's instance as a method's).
 */
function evalUnevaluated(ev: ConstEvaluator, def: DefId, args: GenericArgs): Mem {
  const inst = ev.cx.tcx.resolveInstance(def, args);
  if (inst === null) return fail(`no impl provides the constant \`${ev.cx.tcx.defPath(def).join('::')}\``);
  return callBody(ev, ev.cx.tcx.mirBody(inst.def), inst.args, []);
}

/**
 * The reference a promoted constant evaluates to (`promoted[index]` of `body` with generic
 * args `args`): pointer-sized bytes with a relocation to the promoted value's allocation.
 */
export function evalPromoted(ev: ConstEvaluator, body: Body, index: number, args: GenericArgs): ConstAlloc {
  ev.steps = 0; // a budget per constant, not per module
  return memToAlloc(promotedMem(ev, body, index, args), new Map());
}

function promotedMem(ev: ConstEvaluator, body: Body, index: number, args: GenericArgs): Mem {
  const p = body.promoted?.[index];
  if (!p) return fail(`promoted constant ${index} has no body`);
  return callBody(ev, p, args, []);
}

function staticMem(ev: ConstEvaluator, def: DefId): Mem {
  const hit = ev.staticMems.get(def);
  if (hit) return hit;
  if (ev.inProgress.has(def)) throw new ConstEvalError('encountered a cycle while evaluating a static initializer');
  const info = ev.cx.tcx.staticInfo(def);
  if (!info.initializer) throw new ConstEvalError('cannot read the value of an extern static at compile time');
  ev.inProgress.add(def);
  try {
    const mem = callBody(ev, info.initializer, [], []);
    ev.staticMems.set(def, mem);
    return mem;
  } finally {
    ev.inProgress.delete(def);
  }
}

function memToAlloc(mem: Mem, seen: Map<Mem, ConstAlloc>): ConstAlloc {
  const hit = seen.get(mem);
  if (hit) return hit;
  const relocs: ConstReloc[] = [];
  const alloc: ConstAlloc = { bytes: mem.bytes.slice(), relocs, align: mem.align };
  seen.set(mem, alloc);
  for (const [offset, base] of [...mem.relocs.entries()].sort((a, b) => a[0] - b[0])) {
    relocs.push({ offset, target: baseToTarget(base, seen) });
  }
  return alloc;
}

function baseToTarget(b: Base, seen: Map<Mem, ConstAlloc>): RelocTarget {
  switch (b.tag) {
    case 'Mem': return { tag: 'Alloc', alloc: memToAlloc(b.mem, seen) };
    case 'Static': return { tag: 'Static', def: b.def };
    case 'Fn': return { tag: 'Fn', def: b.def, args: b.args };
    case 'Bytes': return { tag: 'Bytes', data: b.data };
  }
}

function targetToBase(t: RelocTarget): Base {
  switch (t.tag) {
    case 'Static': return { tag: 'Static', def: t.def };
    case 'Fn': return { tag: 'Fn', def: t.def, args: t.args };
    case 'Bytes': return { tag: 'Bytes', data: t.data };
    case 'Alloc': {
      const relocs = new Map<number, Base>();
      for (const r of t.alloc.relocs) relocs.set(r.offset, targetToBase(r.target));
      return { tag: 'Mem', mem: { bytes: t.alloc.bytes.slice(), relocs, align: t.alloc.align } };
    }
  }
}

// ---- memory --------------------------------------------------------------------------------

function fail(msg: string, span: Span | null = null): never {
  throw new ConstEvalError(`evaluation of static initializer failed: ${msg}`, span);
}

function baseMem(ev: ConstEvaluator, b: Base): Mem {
  switch (b.tag) {
    case 'Mem': return b.mem;
    case 'Static': return staticMem(ev, b.def);
    case 'Bytes': return { bytes: b.data, relocs: new Map(), align: 1 };
    case 'Fn': return fail('cannot read memory through a function pointer');
  }
}

function readVal(ev: ConstEvaluator, p: EPlace): Val {
  const mem = baseMem(ev, p.base);
  const size = p.layout.size;
  if (p.offset + size > mem.bytes.length) fail('memory access out of bounds');
  const relocs = new Map<number, Base>();
  for (const [o, b] of mem.relocs) if (o >= p.offset && o < p.offset + size) relocs.set(o - p.offset, b);
  return { bytes: mem.bytes.slice(p.offset, p.offset + size), relocs };
}

function writeVal(ev: ConstEvaluator, p: EPlace, v: Val): void {
  if (p.base.tag !== 'Mem') fail('writing to a static or a constant');
  const mem = p.base.mem;
  if (p.offset + v.bytes.length > mem.bytes.length) fail('memory access out of bounds');
  mem.bytes.set(v.bytes, p.offset);
  for (const o of [...mem.relocs.keys()]) if (o >= p.offset && o < p.offset + v.bytes.length) mem.relocs.delete(o);
  for (const [o, b] of v.relocs) mem.relocs.set(p.offset + o, b);
}

function newVal(size: number): Val {
  return { bytes: new Uint8Array(size), relocs: new Map() };
}

function putVal(dst: Val, offset: number, src: Val): void {
  dst.bytes.set(src.bytes, offset);
  for (const [o, b] of src.relocs) dst.relocs.set(offset + o, b);
}

function subVal(v: Val, offset: number, size: number): Val {
  const relocs = new Map<number, Base>();
  for (const [o, b] of v.relocs) if (o >= offset && o < offset + size) relocs.set(o - offset, b);
  return { bytes: v.bytes.slice(offset, offset + size), relocs };
}

// ---- scalars -------------------------------------------------------------------------------

interface IntInfo {
  readonly bits: number;
  readonly signed: boolean;
}

function intInfo(ev: ConstEvaluator, ty: Ty): IntInfo {
  const l = layoutOfTy(ev.cx, ty);
  if (l.abi.tag !== 'Scalar') fail('expected a scalar');
  const p = l.abi.scalar.prim;
  if (p.tag === 'Int') return { bits: p.bits, signed: p.signed };
  if (p.tag === 'Pointer') return { bits: ev.cx.lcx.dl.pointerSize * 8, signed: false };
  return fail('floating point is not supported in constants yet');
}

function floatWidthOf(ty: Ty): FloatWidth | null {
  const k = tyKind(ty);
  return k.tag === 'Float' ? (k.float === 'f32' ? 32 : 64) : null;
}

/** The IEEE bits of a float value (its bytes in the target's order). */
function readFloatBits(ev: ConstEvaluator, v: Val, ty: Ty): bigint {
  const w = floatWidthOf(ty);
  if (w === null) return fail('expected a float');
  return readUint(v.bytes, 0, w / 8, ev.cx.lcx.dl.bigEndian);
}

function readInt(ev: ConstEvaluator, v: Val, info: IntInfo, offset = 0): bigint {
  const raw = readUint(v.bytes, offset, info.bits / 8, ev.cx.lcx.dl.bigEndian);
  return info.signed ? BigInt.asIntN(info.bits, raw) : raw;
}

function intVal(ev: ConstEvaluator, size: number, x: bigint): Val {
  const v = newVal(size);
  writeUint(v.bytes, 0, size, x, ev.cx.lcx.dl.bigEndian);
  return v;
}

function scalarSize(ev: ConstEvaluator, s: Scalar): number {
  return s.prim.tag === 'Pointer' ? ev.cx.lcx.dl.pointerSize : s.prim.bits / 8;
}

// ---- the interpreter -----------------------------------------------------------------------

function callBody(ev: ConstEvaluator, body: Body, genericArgs: GenericArgs, args: readonly Val[]): Mem {
  const frame: Frame = { body, args: genericArgs, locals: body.locals.map(() => null) };
  for (let i = 0; i < args.length; i++) writeVal(ev, localPlace(ev, frame, i + 1), args[i]!);
  let bb = 0;
  for (;;) {
    const block = body.blocks[bb];
    if (!block) fail(`jump to missing block bb${bb}`);
    for (const st of block.statements) {
      if (++ev.steps > MAX_STEPS) fail('the initializer takes too long to evaluate', st.span);
      switch (st.tag) {
        case 'Assign': {
          const dest = evalPlace(ev, frame, st.place);
          writeVal(ev, dest, evalRvalue(ev, frame, st.rvalue, dest, st.span));
          break;
        }
        case 'SetDiscriminant': setDiscr(ev, evalPlace(ev, frame, st.place), st.variant); break;
        case 'StorageLive': case 'StorageDead': case 'FakeRead': case 'Nop': break;
      }
    }
    const t = block.terminator;
    switch (t.tag) {
      case 'Goto': bb = t.target; break;
      case 'SwitchInt': {
        const op = evalOperand(ev, frame, t.discr);
        const x = readInt(ev, op.val, intInfo(ev, op.ty));
        const i = t.targets.values.findIndex((v) => BigInt.asUintN(128, v) === BigInt.asUintN(128, x));
        bb = i >= 0 ? t.targets.targets[i]! : t.targets.otherwise;
        break;
      }
      case 'Return': return localMem(ev, frame, 0);
      case 'Unreachable': return fail('entering unreachable code', t.span);
      case 'Drop': bb = t.target; break;
      case 'Assert': {
        const c = evalOperand(ev, frame, t.cond);
        const b = c.val.bytes[0] !== 0;
        if (b !== t.expected) {
          const m = t.msg;
          if (m.tag === 'BoundsCheck') {
            const len = readInt(ev, evalOperand(ev, frame, m.len).val, { bits: ev.cx.lcx.dl.pointerSize * 8, signed: false });
            const idx = readInt(ev, evalOperand(ev, frame, m.index).val, { bits: ev.cx.lcx.dl.pointerSize * 8, signed: false });
            fail(`index out of bounds: the length is ${len} but the index is ${idx}`, t.span);
          }
          fail(overflowMessage(m), t.span);
        }
        bb = t.target;
        break;
      }
      case 'Call': {
        const f = evalOperandTy(ev, frame, t.func);
        const fk = tyKind(f);
        if (fk.tag !== 'FnDef') fail('calls through function pointers are not supported in constants', t.span);
        const args = t.args.map((a) => evalOperand(ev, frame, a).val);
        const inst = ev.cx.tcx.resolveInstance(fk.def, fk.args);
        if (!inst) fail('cannot resolve the called function', t.span);
        if (inst.kind.tag === 'Intrinsic') {
          const dest = evalPlace(ev, frame, t.destination);
          writeVal(ev, dest, evalIntrinsic(ev, inst.kind.name, inst.args, dest, t.span));
        } else {
          if (!ev.cx.tcx.hasMir(inst.def)) fail('calling a non-const function', t.span);
          const ret = callBody(ev, ev.cx.tcx.mirBody(inst.def), inst.args, args);
          const dest = evalPlace(ev, frame, t.destination);
          writeVal(ev, dest, { bytes: ret.bytes.slice(), relocs: new Map(ret.relocs) });
        }
        if (t.target === null) fail('the called function never returns', t.span);
        bb = t.target;
        break;
      }
      case 'InlineAsm': return fail('inline assembly is not allowed in constants', t.span);
    }
  }
}

function monoTy(ev: ConstEvaluator, frame: Frame, ty: Ty): Ty {
  return ev.cx.tcx.normalize(frame.args.length ? substTy(ty, frame.args) : ty);
}

function localMem(ev: ConstEvaluator, frame: Frame, local: number): Mem {
  let m = frame.locals[local];
  if (!m) {
    const l = layoutOfTy(ev.cx, monoTy(ev, frame, frame.body.locals[local]!.ty));
    m = { bytes: new Uint8Array(l.size), relocs: new Map(), align: l.align };
    frame.locals[local] = m;
  }
  return m;
}

function localPlace(ev: ConstEvaluator, frame: Frame, local: number): EPlace {
  const ty = monoTy(ev, frame, frame.body.locals[local]!.ty);
  return { base: { tag: 'Mem', mem: localMem(ev, frame, local) }, offset: 0, ty, layout: layoutOfTy(ev.cx, ty), meta: null };
}

function pointerParts(ev: ConstEvaluator, v: Val): { base: Base; offset: number } {
  const base = v.relocs.get(0);
  if (!base) fail('dereferencing a dangling or integer pointer');
  const ps = ev.cx.lcx.dl.pointerSize;
  return { base, offset: Number(readUint(v.bytes, 0, ps, ev.cx.lcx.dl.bigEndian)) };
}

function evalPlace(ev: ConstEvaluator, frame: Frame, place: Place): EPlace {
  let p = localPlace(ev, frame, place.local);
  for (const e of place.projection) {
    switch (e.tag) {
      case 'Deref': {
        const k = tyKind(p.ty);
        if (k.tag !== 'Ref' && k.tag !== 'RawPtr') fail('dereferencing a non-pointer');
        const v = readVal(ev, p);
        const { base, offset } = pointerParts(ev, v);
        const meta = p.layout.abi.tag === 'ScalarPair' ? readUint(v.bytes, ev.cx.lcx.dl.pointerSize, ev.cx.lcx.dl.pointerSize, ev.cx.lcx.dl.bigEndian) : null;
        p = { base, offset, ty: k.pointee, layout: layoutOfTy(ev.cx, k.pointee), meta };
        break;
      }
      case 'Field': {
        const fty = monoTy(ev, frame, e.ty);
        let parent = p.layout;
        if (p.variant !== undefined && parent.variants.tag === 'Multiple') parent = parent.variants.variants[p.variant]!;
        p = { base: p.base, offset: p.offset + fieldOffset(parent, e.index), ty: fty, layout: layoutOfTy(ev.cx, fty), meta: null };
        break;
      }
      case 'Index': case 'ConstantIndex': {
        const k = tyKind(p.ty);
        if (k.tag !== 'Array' && k.tag !== 'Slice') fail('indexing a non-array');
        const elem = layoutOfTy(ev.cx, k.elem);
        const len = k.tag === 'Array' ? BigInt(arrayLen(p.ty)) : p.meta ?? 0n;
        let idx: bigint;
        if (e.tag === 'Index') idx = readInt(ev, readVal(ev, localPlace(ev, frame, e.local)), { bits: ev.cx.lcx.dl.pointerSize * 8, signed: false });
        else idx = e.fromEnd ? len - BigInt(e.offset) : BigInt(e.offset);
        if (idx >= len) fail(`index out of bounds: the length is ${len} but the index is ${idx}`);
        p = { base: p.base, offset: p.offset + Number(idx) * elem.size, ty: k.elem, layout: elem, meta: null };
        break;
      }
      case 'Downcast': p = { ...p, variant: e.variant }; break;
      case 'Subslice': fail('subslice patterns are not supported in constants yet');
    }
  }
  return p;
}

function evalOperandTy(ev: ConstEvaluator, frame: Frame, op: Operand): Ty {
  if (op.tag === 'Constant') return monoTy(ev, frame, op.constant.ty);
  return evalPlace(ev, frame, op.place).ty;
}

function evalOperand(ev: ConstEvaluator, frame: Frame, op: Operand): { val: Val; ty: Ty } {
  if (op.tag === 'Constant') {
    const ty = monoTy(ev, frame, op.constant.ty);
    return { val: constVal(ev, op.constant, ty, frame), ty };
  }
  const p = evalPlace(ev, frame, op.place);
  return { val: readVal(ev, p), ty: p.ty };
}

function ptrVal(ev: ConstEvaluator, size: number, base: Base, offset: number, meta: bigint | null): Val {
  const ps = ev.cx.lcx.dl.pointerSize;
  const v = newVal(size);
  writeUint(v.bytes, 0, ps, BigInt(offset), ev.cx.lcx.dl.bigEndian);
  v.relocs.set(0, base);
  if (meta !== null) writeUint(v.bytes, ps, ps, meta, ev.cx.lcx.dl.bigEndian);
  return v;
}

function constVal(ev: ConstEvaluator, c: Constant, ty: Ty, frame: Frame): Val {
  const l = layoutOfTy(ev.cx, ty);
  const v = c.value;
  switch (v.tag) {
    case 'ZeroSized': return newVal(l.size);
    case 'Scalar': return intVal(ev, l.size, v.bits);
    case 'ConstParam': {
      const n = monoConst({ tag: 'Param', index: v.index, name: v.name }, frame.args);
      if (n.tag !== 'Value') throw new Error(`const eval: const parameter ${v.name} without a value`);
      return intVal(ev, l.size, n.bits);
    }
    case 'Unevaluated': {
      const ret = evalUnevaluated(ev, v.def, substArgs(v.args, frame.args));
      return { bytes: ret.bytes.slice(), relocs: new Map(ret.relocs) };
    }
    case 'Slice': {
      let elemSize = 1;
      const k = tyKind(ty);
      if (k.tag === 'Ref' || k.tag === 'RawPtr') {
        const pk = tyKind(k.pointee);
        if (pk.tag === 'Slice') elemSize = layoutOfTy(ev.cx, pk.elem).size || 1;
      }
      const meta = l.abi.tag === 'ScalarPair' ? BigInt(v.data.length / elemSize) : null;
      return ptrVal(ev, l.size, { tag: 'Bytes', data: v.data }, 0, meta);
    }
    case 'StaticRef': return ptrVal(ev, l.size, { tag: 'Static', def: v.def }, 0, null);
    case 'FnAddr': return ptrVal(ev, l.size, { tag: 'Fn', def: v.def, args: v.args }, 0, null);
    case 'Promoted': {
      // A const fn called from an initializer may borrow constants of its own.
      const ret = promotedMem(ev, frame.body, v.index, frame.args);
      return { bytes: ret.bytes.slice(), relocs: new Map(ret.relocs) };
    }
    case 'Indirect': {
      const out = newVal(l.size);
      out.bytes.set(v.bytes.subarray(0, l.size));
      for (const r of v.relocations) out.relocs.set(r.offset, targetToBase(relocTargetOf(r.target)));
      return out;
    }
  }
}

function setDiscr(ev: ConstEvaluator, p: EPlace, variant: number): void {
  const l = p.layout;
  if (l.variants.tag !== 'Multiple') return;
  const k = tyKind(p.ty);
  if (k.tag !== 'Adt') fail('setting the discriminant of a non-enum');
  const adt = ev.cx.tcx.adtDef(k.def);
  const discr = adt.variants[variant]!.discr;
  const tag = l.variants.tagScalar;
  const size = scalarSize(ev, tag);
  writeVal(ev, { base: p.base, offset: p.offset + fieldOffset(l, l.variants.tagField), ty: tys.u8, layout: l, meta: null }, intVal(ev, size, discr));
}

function readDiscr(ev: ConstEvaluator, p: EPlace, resultSize: number): Val {
  const k = tyKind(p.ty);
  const l = p.layout;
  if (k.tag !== 'Adt' || ev.cx.tcx.adtDef(k.def).kind !== 'enum') return intVal(ev, resultSize, 0n);
  const adt = ev.cx.tcx.adtDef(k.def);
  const discrs = discrValues(adt, ev.cx.lcx.dl);
  if (l.variants.tag === 'Single') return intVal(ev, resultSize, discrs[l.variants.index] ?? 0n);
  const tag = l.variants.tagScalar;
  const mem = readVal(ev, { ...p, layout: { ...l, size: l.size } });
  const raw = readUint(mem.bytes, fieldOffset(l, l.variants.tagField), scalarSize(ev, tag), ev.cx.lcx.dl.bigEndian);
  const info = discrIntOf(adt, ev.cx.lcx.dl);
  const bits = tag.prim.tag === 'Int' ? tag.prim.bits : 64;
  const val = tag.prim.tag === 'Int' && tag.prim.signed ? BigInt.asIntN(bits, raw) : raw;
  return intVal(ev, resultSize, info.signed ? val : BigInt.asUintN(info.bits, val));
}

function wrap(x: bigint, info: IntInfo): bigint {
  return info.signed ? BigInt.asIntN(info.bits, x) : BigInt.asUintN(info.bits, x);
}

function binOp(op: string, a: bigint, b: bigint, info: IntInfo, span: Span | null): { v: bigint; overflow: boolean; isBool: boolean } {
  const w = (x: bigint): { v: bigint; overflow: boolean; isBool: boolean } => ({ v: wrap(x, info), overflow: wrap(x, info) !== x, isBool: false });
  const cmp = (c: boolean): { v: bigint; overflow: boolean; isBool: boolean } => ({ v: c ? 1n : 0n, overflow: false, isBool: true });
  switch (op) {
    case 'Add': case 'AddUnchecked': return w(a + b);
    case 'Sub': case 'SubUnchecked': return w(a - b);
    case 'Mul': case 'MulUnchecked': return w(a * b);
    case 'Div': if (b === 0n) fail('attempt to divide by zero', span); return w(a / b);
    case 'Rem': if (b === 0n) fail('attempt to calculate the remainder with a divisor of zero', span); return w(a % b);
    case 'BitXor': return w(a ^ b);
    case 'BitAnd': return w(a & b);
    case 'BitOr': return w(a | b);
    case 'Shl': case 'ShlUnchecked': case 'Shr': case 'ShrUnchecked': {
      const bits = BigInt(info.bits);
      const overflow = BigInt.asUintN(128, b) >= bits;
      const sh = BigInt.asUintN(128, b) & (bits - 1n);
      const ua = BigInt.asUintN(info.bits, a);
      const v = op.startsWith('Shl') ? wrap(ua << sh, info) : info.signed ? wrap(BigInt.asIntN(info.bits, a) >> sh, info) : wrap(ua >> sh, info);
      return { v, overflow, isBool: false };
    }
    case 'Eq': return cmp(a === b);
    case 'Ne': return cmp(a !== b);
    case 'Lt': return cmp(a < b);
    case 'Le': return cmp(a <= b);
    case 'Gt': return cmp(a > b);
    case 'Ge': return cmp(a >= b);
    case 'Cmp': return { v: a < b ? -1n : a > b ? 1n : 0n, overflow: false, isBool: false };
    default: return fail(`operator ${op} is not supported in constants`, span);
  }
}

function evalRvalue(ev: ConstEvaluator, frame: Frame, rv: Rvalue, dest: EPlace, span: Span): Val {
  const size = dest.layout.size;
  const dl = ev.cx.lcx.dl;
  switch (rv.tag) {
    case 'Use': return evalOperand(ev, frame, rv.operand).val;
    case 'CopyForDeref': return readVal(ev, evalPlace(ev, frame, rv.place));
    case 'Repeat': {
      const e = evalOperand(ev, frame, rv.operand).val;
      const out = newVal(size);
      const n = frame.args.length > 0 ? monoConst(rv.count, frame.args) : rv.count;
      if (n.tag !== 'Value') throw new Error('const eval: repeat count is not a value');
      for (let i = 0n; i < n.bits; i++) putVal(out, Number(i) * e.bytes.length, e);
      return out;
    }
    case 'Ref': case 'RawPtr': {
      const p = evalPlace(ev, frame, rv.place);
      return ptrVal(ev, size, p.base, p.offset, dest.layout.abi.tag === 'ScalarPair' ? p.meta ?? 0n : null);
    }
    case 'Len': {
      const p = evalPlace(ev, frame, rv.place);
      const len = tyKind(p.ty).tag === 'Array' ? BigInt(arrayLen(p.ty)) : p.meta ?? 0n;
      return intVal(ev, size, len);
    }
    case 'Cast': {
      const src = evalOperand(ev, frame, rv.operand);
      const to = monoTy(ev, frame, rv.ty);
      switch (rv.kind) {
        case 'IntToInt': {
          const sk = tyKind(src.ty);
          const info: IntInfo = sk.tag === 'Bool' ? { bits: 8, signed: false } : sk.tag === 'Char' ? { bits: 32, signed: false } : intInfo(ev, src.ty);
          return intVal(ev, size, readInt(ev, src.val, info));
        }
        case 'IntToFloat': {
          const sk = tyKind(src.ty);
          const info: IntInfo = sk.tag === 'Bool' ? { bits: 8, signed: false } : sk.tag === 'Char' ? { bits: 32, signed: false } : intInfo(ev, src.ty);
          return intVal(ev, size, intToFloat(readInt(ev, src.val, info), floatWidthOf(to)!));
        }
        case 'FloatToInt': return intVal(ev, size, floatToInt(readFloatBits(ev, src.val, src.ty), floatWidthOf(src.ty)!, intInfo(ev, to)));
        case 'FloatToFloat': return intVal(ev, size, floatToFloat(readFloatBits(ev, src.val, src.ty), floatWidthOf(src.ty)!, floatWidthOf(to)!));
        case 'PtrToPtr': case 'MutToConstPointer': case 'ArrayToPointer': case 'FnPtrToPtr':
          return subVal(src.val, 0, size);
        case 'Transmute':
          if (src.val.bytes.length !== size) fail('transmute between types of different sizes', span);
          return src.val;
        case 'Unsize': {
          const sk = tyKind(src.ty);
          const tk = tyKind(to);
          if ((sk.tag === 'Ref' || sk.tag === 'RawPtr') && (tk.tag === 'Ref' || tk.tag === 'RawPtr') && tyKind(sk.pointee).tag === 'Array'
            && pointerMetadata(tk.pointee, ev.cx.lcx) === 'length') {
            const { base, offset } = pointerParts(ev, src.val);
            return ptrVal(ev, size, base, offset, BigInt(arrayLen(sk.pointee)));
          }
          return fail('this unsizing coercion is not supported in constants yet', span);
        }
        case 'ReifyFnPointer': {
          const fk = tyKind(src.ty);
          if (fk.tag !== 'FnDef') fail('reifying a non-fn-item', span);
          return ptrVal(ev, size, { tag: 'Fn', def: fk.def, args: fk.args }, 0, null);
        }
        case 'PointerExposeAddress':
          if (src.val.relocs.size > 0) fail('pointer-to-integer casts are not allowed in constants', span);
          return subVal(src.val, 0, size);
        case 'PointerFromExposedAddress':
          return intVal(ev, size, readUint(src.val.bytes, 0, src.val.bytes.length, dl.bigEndian));
        default:
          return fail(`${rv.kind} casts are not supported in constants yet`, span);
      }
    }
    case 'BinaryOp': case 'CheckedBinaryOp': {
      const a = evalOperand(ev, frame, rv.lhs);
      const b = evalOperand(ev, frame, rv.rhs);
      const ak = tyKind(a.ty);
      if (rv.op === 'Offset') {
        const pk = tyKind(a.ty);
        const pointee = pk.tag === 'RawPtr' || pk.tag === 'Ref' ? pk.pointee : tys.u8;
        const { base, offset } = pointerParts(ev, a.val);
        const n = readInt(ev, b.val, intInfo(ev, b.ty));
        return ptrVal(ev, size, base, offset + Number(n) * layoutOfTy(ev.cx, pointee).size, null);
      }
      const fw = floatWidthOf(a.ty);
      if (fw !== null && rv.tag === 'BinaryOp') {
        return intVal(ev, size, floatBinop(rv.op, readFloatBits(ev, a.val, a.ty), readFloatBits(ev, b.val, b.ty), fw));
      }
      const info: IntInfo = ak.tag === 'Bool' ? { bits: 8, signed: false } : ak.tag === 'Char' ? { bits: 32, signed: false } : intInfo(ev, a.ty);
      if ((rv.op === 'Eq' || rv.op === 'Ne') && (a.val.relocs.size > 0 || b.val.relocs.size > 0)) fail('comparing pointers in constants', span);
      const x = readInt(ev, a.val, info);
      const bk = tyKind(b.ty);
      const binfo: IntInfo = bk.tag === 'Bool' ? { bits: 8, signed: false } : bk.tag === 'Char' ? { bits: 32, signed: false } : intInfo(ev, b.ty);
      const y = readInt(ev, b.val, binfo);
      const r = binOp(rv.op, x, y, info, span);
      if (rv.tag === 'BinaryOp') return intVal(ev, size, r.v);
      const out = newVal(size);
      const l = dest.layout;
      writeUint(out.bytes, fieldOffset(l, 0), info.bits / 8, r.v, dl.bigEndian);
      out.bytes[fieldOffset(l, 1)] = r.overflow ? 1 : 0;
      return out;
    }
    case 'UnaryOp': {
      const a = evalOperand(ev, frame, rv.operand);
      const ak = tyKind(a.ty);
      if (rv.op === 'PtrMetadata') return intVal(ev, size, readUint(a.val.bytes, dl.pointerSize, dl.pointerSize, dl.bigEndian));
      if (ak.tag === 'Bool') return intVal(ev, 1, a.val.bytes[0] ? 0n : 1n);
      const fw = floatWidthOf(a.ty);
      if (fw !== null && rv.op === 'Neg') return intVal(ev, size, floatNeg(readFloatBits(ev, a.val, a.ty), fw));
      const info = intInfo(ev, a.ty);
      const x = readInt(ev, a.val, info);
      return intVal(ev, size, rv.op === 'Not' ? ~x : -x);
    }
    case 'NullaryOp': {
      const l = layoutOfTy(ev.cx, monoTy(ev, frame, rv.ty));
      return intVal(ev, size, rv.op === 'SizeOf' ? BigInt(l.size) : rv.op === 'AlignOf' ? BigInt(l.align) : 0n);
    }
    case 'Discriminant': return readDiscr(ev, evalPlace(ev, frame, rv.place), size);
    case 'Aggregate': {
      const out = newVal(size);
      const k = rv.kind;
      const ops = rv.operands.map((o) => evalOperand(ev, frame, o).val);
      if (k.tag === 'Array') {
        const elem = layoutOfTy(ev.cx, monoTy(ev, frame, k.elem));
        ops.forEach((o, i) => putVal(out, i * elem.size, o));
        return out;
      }
      let l = dest.layout;
      if (k.tag === 'Adt' && l.variants.tag === 'Multiple') {
        const tag = l.variants.tagScalar;
        const adt = ev.cx.tcx.adtDef(k.def);
        writeUint(out.bytes, fieldOffset(l, l.variants.tagField), scalarSize(ev, tag), adt.variants[k.variant]!.discr, dl.bigEndian);
        l = l.variants.variants[k.variant]!;
      }
      if (k.tag === 'Adt' && k.activeField !== null) {
        putVal(out, 0, ops[0]!);
        return out;
      }
      ops.forEach((o, i) => putVal(out, fieldOffset(l, i), o));
      return out;
    }
  }
}

function evalIntrinsic(ev: ConstEvaluator, name: string, args: GenericArgs, dest: EPlace, span: Span): Val {
  const size = dest.layout.size;
  const argTy = args[0]?.tag === 'Type' ? args[0].ty : null;
  switch (name) {
    case 'size_of': if (argTy !== null) return intVal(ev, size, BigInt(layoutOfTy(ev.cx, argTy).size)); break;
    case 'min_align_of': case 'align_of': if (argTy !== null) return intVal(ev, size, BigInt(layoutOfTy(ev.cx, argTy).align)); break;
  }
  return fail(`intrinsic \`${name}\` cannot be evaluated at compile time yet`, span);
}
