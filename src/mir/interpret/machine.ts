import type { AdtDef } from '../../ty/adt.ts';
import type { DefId } from '../../ty/def-id.ts';
import { tyKind } from '../../ty/interner.ts';
import type { Ty } from '../../ty/ty.ts';
import { DUMMY_SP } from '../../diagnostics/span.ts';
import { assertDumpFormat, assertPanicMessage } from '../assert-message.ts';
import { prettyConstant } from '../pretty.ts';
import type { AssertKind, BinOp, Body, Constant, Operand, Place, Rvalue, Terminator } from '../mir.ts';
import { bitsToValue, discriminantTy, intInfo, operandTy, placeTy, truncBits, type IntInfo } from '../tys.ts';
import { floatBinop, floatNeg, floatToFloat, floatToInt, intToFloat, type FloatWidth } from '../float-bits.ts';
import { cloneValue, int, InterpError, MirPanic, UNINIT, ZST, type Box, type Pointer, type Value } from './value.ts';

/** What the interpreter needs from its host. */
export interface InterpCx {
  readonly pointerWidth: number;
  adtDef(def: DefId): AdtDef;
  /** MIR of a callee or of a static's initializer; null for foreign fns and intrinsics. */
  mirBody(def: DefId): Body | null;
  /** Calls of fns without MIR (intrinsics, `extern` fns): return the result or throw. */
  callForeign?(def: DefId, args: Value[]): Value;
  /** Stop after this many executed blocks (default 10 million). */
  readonly stepLimit?: number;
}

interface Frame {
  readonly body: Body;
  readonly locals: Box[];
}

/**
 * A MIR interpreter over abstract values: integers with exact rustc wrapping/overflow
 * semantics, aggregates, pointers into locals and statics. Used for const evaluation and
 * to check built MIR in tests without codegen.
 */
export class Machine {
  private steps = 0;
  private readonly statics = new Map<DefId, Box>();
  private readonly promotedValues = new Map<Body, Value>();
  private readonly limit: number;

  constructor(readonly cx: InterpCx) {
    this.limit = cx.stepLimit ?? 10_000_000;
  }

  /** Runs `def`'s body with `args`; returns the value of the return place. */
  call(def: DefId, args: Value[]): Value {
    const body = this.cx.mirBody(def);
    if (!body) {
      if (!this.cx.callForeign) throw new InterpError(`call of a fn without MIR (def ${def})`);
      return this.cx.callForeign(def, args);
    }
    return this.run(body, args);
  }

  run(body: Body, args: Value[]): Value {
    const locals: Box[] = body.locals.map(() => ({ v: UNINIT }));
    args.forEach((a, i) => (locals[i + 1]!.v = a));
    const f: Frame = { body, locals };
    let bb = 0;
    for (;;) {
      if (++this.steps > this.limit) throw new InterpError('step limit exceeded (infinite loop?)');
      const block = body.blocks[bb]!;
      for (const s of block.statements) {
        if (s.tag === 'Assign') {
          const v = this.evalRvalue(f, s.rvalue);
          this.write(f, s.place, v);
        } else if (s.tag === 'StorageLive' || s.tag === 'StorageDead') {
          f.locals[s.local]!.v = UNINIT;
        } else if (s.tag === 'SetDiscriminant') {
          const v = this.read(f, s.place);
          if (v.k === 'agg') v.variant = s.variant;
        }
      }
      const next = this.terminator(f, block.terminator);
      if (next === null) return f.locals[0]!.v;
      bb = next;
    }
  }

  private terminator(f: Frame, t: Terminator): number | null {
    switch (t.tag) {
      case 'Goto': return t.target;
      case 'SwitchInt': {
        const d = this.intOf(this.operand(f, t.discr));
        const i = t.targets.values.indexOf(d);
        return i >= 0 ? t.targets.targets[i]! : t.targets.otherwise;
      }
      case 'Return': return null;
      case 'Unreachable': throw new InterpError('entered unreachable code');
      case 'Drop': return t.target;
      case 'Assert': {
        const c = this.intOf(this.operand(f, t.cond)) !== 0n;
        if (c === t.expected) return t.target;
        let msg = assertPanicMessage(t.msg);
        if (t.msg.tag === 'BoundsCheck') {
          msg = msg.replace('{len}', String(this.intOf(this.operand(f, t.msg.len))))
            .replace('{index}', String(this.intOf(this.operand(f, t.msg.index))));
        }
        throw new MirPanic(msg, t.span, this.evalMessage(f, t.msg));
      }
      case 'Call': {
        const fv = this.operand(f, t.func);
        if (fv.k !== 'fn') throw new InterpError('call of a non-function value');
        const args = t.args.map((a) => this.operand(f, a));
        const res = this.call(fv.def, args);
        if (t.target === null) throw new InterpError('a diverging function returned');
        this.write(f, t.destination, res);
        return t.target;
      }
      case 'InlineAsm': throw new InterpError('inline assembly cannot be interpreted');
    }
  }

  /** The assert's message with its operands rendered as constants (for const-eval errors). */
  private evalMessage(f: Frame, m: AssertKind): string {
    const ops = m.tag === 'BoundsCheck' ? [m.len, m.index]
      : m.tag === 'Overflow' ? (m.op === 'Shl' || m.op === 'Shr' ? [m.rhs] : [m.lhs, m.rhs])
      : m.tag === 'MisalignedPointerDereference' ? [m.required, m.found]
      : [m.operand];
    const shown = ops.map((o) => {
      const v = this.operand(f, o);
      if (v.k !== 'int') return '_';
      if (m.tag === 'BoundsCheck') return v.bits.toString();
      const c = prettyConstant({ ty: operandTy(f.body, o), value: { tag: 'Scalar', bits: v.bits }, span: DUMMY_SP }, { defPath: () => '', pointerWidth: this.cx.pointerWidth });
      return c.startsWith('const ') ? c.slice(6) : c;
    });
    let i = 0;
    return assertDumpFormat(m).replace(/\{\}/g, () => shown[i++] ?? '_');
  }

  // ---- places ----

  private locate(f: Frame, p: Place): Pointer {
    let box = f.locals[p.local]!;
    let path: number[] = [];
    for (const e of p.projection) {
      switch (e.tag) {
        case 'Deref': {
          const v = readAt(box, path);
          if (v.k !== 'ptr') throw new InterpError(`deref of a non-pointer (${v.k})`);
          box = v.to.box;
          path = [...v.to.path];
          break;
        }
        case 'Field': path.push(e.index); break;
        case 'Index': path.push(Number(this.intOf(f.locals[e.local]!.v))); break;
        case 'ConstantIndex': {
          const arr = readAt(box, path);
          const len = arr.k === 'agg' ? arr.fields.length : 0;
          path.push(e.fromEnd ? len - e.offset : e.offset);
          break;
        }
        case 'Downcast': break;
        case 'Subslice': throw new InterpError('subslices are not supported');
      }
    }
    return { box, path };
  }

  private read(f: Frame, p: Place): Value {
    const ptr = this.locate(f, p);
    return readAt(ptr.box, ptr.path);
  }

  private write(f: Frame, p: Place, v: Value): void {
    const ptr = this.locate(f, p);
    writeAt(ptr.box, ptr.path, v);
  }

  // ---- operands and rvalues ----

  private operand(f: Frame, o: Operand): Value {
    if (o.tag === 'Constant') return this.constant(o.constant, f.body);
    const v = this.read(f, o.place);
    if (v.k === 'uninit') throw new InterpError(`read of uninitialized memory (_${o.place.local})`);
    return cloneValue(v);
  }

  /** `body`: the body the constant appears in (its promoted constants are its own). */
  constant(c: Constant, body?: Body): Value {
    const v = c.value;
    switch (v.tag) {
      case 'Scalar': return int(v.bits);
      case 'ZeroSized': {
        const k = tyKind(c.ty);
        return k.tag === 'FnDef' ? { k: 'fn', def: k.def, args: k.args } : ZST;
      }
      case 'Slice': return { k: 'bytes', data: v.data };
      case 'StaticRef': return { k: 'ptr', to: { box: this.staticBox(v.def), path: [] } };
      case 'FnAddr': return { k: 'fn', def: v.def, args: v.args };
      case 'ConstParam': throw new InterpError(`the value of const parameter \`${v.name}\` is not known here`);
      case 'Unevaluated': throw new InterpError('a constant of a generic impl is not known here');
      case 'Promoted': return this.promoted(body, v.index);
      case 'Indirect': throw new InterpError('indirect constants are not supported');
    }
  }

  /** A pointer to the value of a promoted constant (computed once per body). */
  private promoted(body: Body | undefined, index: number): Value {
    const p = body?.promoted?.[index];
    if (!p) throw new InterpError(`promoted constant ${index} has no body`);
    let cache = this.promotedValues.get(p);
    if (!cache) {
      cache = this.run(p, []);
      this.promotedValues.set(p, cache);
    }
    return cache;
  }

  private staticBox(def: DefId): Box {
    let box = this.statics.get(def);
    if (!box) {
      const body = this.cx.mirBody(def);
      if (!body) throw new InterpError('foreign statics cannot be interpreted');
      box = { v: UNINIT };
      this.statics.set(def, box);
      box.v = this.run(body, []);
    }
    return box;
  }

  private intOf(v: Value): bigint {
    if (v.k !== 'int') throw new InterpError(`expected an integer, found ${v.k}`);
    return v.bits;
  }

  private info(ty: Ty): IntInfo {
    const i = intInfo(ty, this.cx.pointerWidth);
    if (i) return i;
    const k = tyKind(ty);
    if (k.tag === 'RawPtr' || k.tag === 'Ref' || k.tag === 'FnPtr') return { signed: false, bits: this.cx.pointerWidth };
    throw new InterpError(`not an integer type`);
  }

  private evalRvalue(f: Frame, rv: Rvalue): Value {
    switch (rv.tag) {
      case 'Use': return this.operand(f, rv.operand);
      case 'Repeat': {
        const v = this.operand(f, rv.operand);
        if (rv.count.tag !== 'Value') throw new Error('MIR interpreter: repeat count is a generic parameter');
        const n = Number(rv.count.bits);
        return { k: 'agg', fields: Array.from({ length: n }, () => cloneValue(v)), variant: 0 };
      }
      case 'Ref': case 'RawPtr': return { k: 'ptr', to: this.locate(f, rv.place) };
      case 'Len': {
        const v = this.read(f, rv.place);
        if (v.k === 'agg') return int(BigInt(v.fields.length));
        if (v.k === 'bytes') return int(BigInt(v.data.length));
        throw new InterpError('Len of a non-array');
      }
      case 'Cast': return this.cast(f, rv.kind, rv.operand, rv.ty);
      case 'BinaryOp': {
        const ty = operandTy(f.body, rv.lhs);
        const l = this.operand(f, rv.lhs);
        const r = this.operand(f, rv.rhs);
        if (l.k === 'ptr' && r.k === 'ptr' && (rv.op === 'Eq' || rv.op === 'Ne')) {
          const same = l.to.box === r.to.box && l.to.path.join() === r.to.path.join();
          return int(same === (rv.op === 'Eq') ? 1n : 0n);
        }
        const fw = floatWidth(ty);
        if (fw !== null) return int(floatBinop(rv.op, this.intOf(l), this.intOf(r), fw));
        return int(binop(rv.op, this.intOf(l), this.intOf(r), this.info(ty), this.info(operandTy(f.body, rv.rhs))).bits);
      }
      case 'CheckedBinaryOp': {
        const ty = operandTy(f.body, rv.lhs);
        const res = binop(rv.op, this.intOf(this.operand(f, rv.lhs)), this.intOf(this.operand(f, rv.rhs)), this.info(ty), this.info(operandTy(f.body, rv.rhs)));
        return { k: 'agg', fields: [int(res.bits), int(res.overflow ? 1n : 0n)], variant: 0 };
      }
      case 'UnaryOp': {
        const ty = operandTy(f.body, rv.operand);
        const x = this.intOf(this.operand(f, rv.operand));
        if (rv.op === 'Not') return int(tyKind(ty).tag === 'Bool' ? x ^ 1n : truncBits(~x, this.info(ty).bits));
        const fw = floatWidth(ty);
        if (rv.op === 'Neg' && fw !== null) return int(floatNeg(x, fw));
        if (rv.op === 'Neg') return int(truncBits(-x, this.info(ty).bits));
        throw new InterpError('PtrMetadata is not supported');
      }
      case 'NullaryOp': throw new InterpError('size/align queries need layouts');
      case 'Discriminant': {
        const v = this.read(f, rv.place);
        const k = tyKind(placeTy(f.body, rv.place));
        if (v.k !== 'agg' || k.tag !== 'Adt') throw new InterpError('discriminant of a non-enum');
        const adt = this.cx.adtDef(k.def);
        return int(truncBits(adt.variants[v.variant]!.discr, this.info(discriminantTy(adt)).bits));
      }
      case 'Aggregate': {
        const fields = rv.operands.map((o) => this.operand(f, o));
        const variant = rv.kind.tag === 'Adt' ? rv.kind.variant : 0;
        if (rv.kind.tag === 'Adt' && rv.kind.activeField !== null) {
          const u: Value[] = [];
          u[rv.kind.activeField] = fields[0]!;
          return { k: 'agg', fields: u, variant };
        }
        return { k: 'agg', fields, variant };
      }
      case 'CopyForDeref': return cloneValue(this.read(f, rv.place));
    }
  }

  private cast(f: Frame, kind: string, op: Operand, to: Ty): Value {
    const v = this.operand(f, op);
    switch (kind) {
      case 'IntToInt': {
        const from = this.info(operandTy(f.body, op));
        const target = this.info(to);
        return int(truncBits(bitsToValue(this.intOf(v), from), target.bits));
      }
      case 'IntToFloat': {
        const from = this.info(operandTy(f.body, op));
        return int(intToFloat(bitsToValue(this.intOf(v), from), floatWidth(to) ?? 64));
      }
      case 'FloatToInt': return int(floatToInt(this.intOf(v), floatWidth(operandTy(f.body, op)) ?? 64, this.info(to)));
      case 'FloatToFloat': return int(floatToFloat(this.intOf(v), floatWidth(operandTy(f.body, op)) ?? 64, floatWidth(to) ?? 64));
      case 'PtrToPtr': case 'MutToConstPointer': case 'ArrayToPointer': case 'Transmute':
      case 'ReifyFnPointer': case 'ClosureFnPointer': case 'FnPtrToPtr': case 'Unsize':
        return v;
      default: throw new InterpError(`cast ${kind} is not supported by the interpreter`);
    }
  }
}

/** 32 or 64 for f32/f64, null for other types. */
function floatWidth(ty: Ty): FloatWidth | null {
  const k = tyKind(ty);
  return k.tag === 'Float' ? (k.float === 'f32' ? 32 : 64) : null;
}

export function readAt(box: Box, path: readonly number[]): Value {
  let v = box.v;
  for (const i of path) {
    if (v.k !== 'agg') throw new InterpError(`projection into a non-aggregate (${v.k})`);
    const x = v.fields[i];
    if (x === undefined) throw new InterpError(`index ${i} out of range`);
    v = x;
  }
  return v;
}

function writeAt(box: Box, path: readonly number[], nv: Value): void {
  if (path.length === 0) {
    box.v = nv;
    return;
  }
  const parent = readAt(box, path.slice(0, -1));
  if (parent.k !== 'agg') throw new InterpError('field write into a non-aggregate');
  parent.fields[path[path.length - 1]!] = nv;
}

/** Integer operation with rustc semantics: wrapping result and whether it overflowed. */
export function binop(op: BinOp, lbits: bigint, rbits: bigint, li: IntInfo, ri: IntInfo): { bits: bigint; overflow: boolean } {
  const a = bitsToValue(lbits, li);
  const b = bitsToValue(rbits, ri);
  const wrap = (x: bigint) => ({ bits: truncBits(x, li.bits), overflow: bitsToValue(truncBits(x, li.bits), li) !== x });
  const bool = (c: boolean) => ({ bits: c ? 1n : 0n, overflow: false });
  switch (op) {
    case 'Add': case 'AddUnchecked': return wrap(a + b);
    case 'Sub': case 'SubUnchecked': return wrap(a - b);
    case 'Mul': case 'MulUnchecked': return wrap(a * b);
    case 'Div': case 'Rem': {
      if (b === 0n) throw new InterpError('division by zero reached the operation');
      const q = op === 'Div' ? a / b : a % b; // BigInt division truncates toward zero, like Rust
      return wrap(q);
    }
    case 'BitAnd': return { bits: lbits & rbits, overflow: false };
    case 'BitOr': return { bits: lbits | rbits, overflow: false };
    case 'BitXor': return { bits: lbits ^ rbits, overflow: false };
    case 'Shl': case 'Shr': case 'ShlUnchecked': case 'ShrUnchecked': {
      const amt = BigInt.asUintN(ri.bits, rbits);
      const overflow = amt >= BigInt(li.bits);
      const masked = amt & BigInt(li.bits - 1);
      const r = op === 'Shl' || op === 'ShlUnchecked' ? truncBits(lbits << masked, li.bits) : truncBits(a >> masked, li.bits);
      return { bits: r, overflow };
    }
    case 'Eq': return bool(a === b);
    case 'Ne': return bool(a !== b);
    case 'Lt': return bool(a < b);
    case 'Le': return bool(a <= b);
    case 'Gt': return bool(a > b);
    case 'Ge': return bool(a >= b);
    case 'Cmp': return { bits: truncBits(a < b ? -1n : a > b ? 1n : 0n, 8), overflow: false };
    case 'Offset': throw new InterpError('pointer offset is not supported');
  }
}
