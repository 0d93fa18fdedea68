// Terse constructors for hand-written MIR in codegen tests.
import type { Span } from '../../../src/diagnostics/span.ts';
import type {
  AssertKind, BasicBlockData, BinOp, Body, CastKind, ConstValue, InlineAsmOperandMir, Local, LocalDecl, Operand,
  Place, PlaceElem, Rvalue, Statement, Terminator, AggregateKind,
} from '../../../src/mir/mir.ts';
import type { DefId } from '../../../src/ty/def-id.ts';
import { mkRef, mkTy, tys } from '../../../src/ty/interner.ts';
import type { GenericArgs, Ty } from '../../../src/ty/ty.ts';

/** Spans encode a source position for the test's `locate`: line * 1000 + col. */
export function at(line: number, col: number): Span {
  return { lo: line * 1000 + col, hi: line * 1000 + col + 1, ctxt: 0 };
}
export const SP: Span = { lo: 0, hi: 0, ctxt: 0 };
export function locate(span: Span): { file: string; line: number; col: number } {
  return { file: 'src/main.rs', line: Math.floor(span.lo / 1000), col: span.lo % 1000 };
}

const enc = new TextEncoder();

export const strRef = mkRef(tys.str);
export function arrayOf(elem: Ty, n: number): Ty {
  return mkTy({ tag: 'Array', elem, len: { tag: 'Value', ty: tys.usize, bits: BigInt(n) } });
}
export function sliceOf(elem: Ty): Ty {
  return mkTy({ tag: 'Slice', elem });
}
export function rawPtr(pointee: Ty, mutbl: 'not' | 'mut' = 'not'): Ty {
  return mkTy({ tag: 'RawPtr', mutbl, pointee });
}
export function fnDefTy(def: DefId, args: GenericArgs = []): Ty {
  return mkTy({ tag: 'FnDef', def, args });
}
export function fnPtrTy(inputs: Ty[], output: Ty): Ty {
  return mkTy({ tag: 'FnPtr', sig: { inputs, output, cVariadic: false, unsafe: false, abi: 'Rust' } });
}

// ---- places and operands ----
export function pl(local: Local, ...projection: PlaceElem[]): Place {
  return { local, projection };
}
export const deref: PlaceElem = { tag: 'Deref' };
export function field(index: number, ty: Ty): PlaceElem {
  return { tag: 'Field', index, ty };
}
export function index(local: Local): PlaceElem {
  return { tag: 'Index', local };
}
export function downcast(variant: number): PlaceElem {
  return { tag: 'Downcast', variant };
}
function asPlace(p: Place | Local): Place {
  return typeof p === 'number' ? pl(p) : p;
}
export function cp(p: Place | Local): Operand {
  return { tag: 'Copy', place: asPlace(p) };
}
export function mv(p: Place | Local): Operand {
  return { tag: 'Move', place: asPlace(p) };
}
export function konst(ty: Ty, value: ConstValue): Operand {
  return { tag: 'Constant', constant: { ty, value, span: SP } };
}
export function ci(ty: Ty, v: number | bigint): Operand {
  return konst(ty, { tag: 'Scalar', bits: BigInt.asUintN(128, BigInt(v)) });
}
export function cbool(b: boolean): Operand {
  return ci(tys.bool, b ? 1 : 0);
}
export function cstr(s: string): Operand {
  return konst(strRef, { tag: 'Slice', data: enc.encode(s) });
}
export function cfn(def: DefId, args: GenericArgs = []): Operand {
  return konst(fnDefTy(def, args), { tag: 'ZeroSized' });
}
export const cunit: Operand = konst(tys.unit, { tag: 'ZeroSized' });

// ---- rvalues ----
export function use(op: Operand): Rvalue {
  return { tag: 'Use', operand: op };
}
export function bin(op: BinOp, lhs: Operand, rhs: Operand): Rvalue {
  return { tag: 'BinaryOp', op, lhs, rhs };
}
export function checked(op: 'Add' | 'Sub' | 'Mul' | 'Shl' | 'Shr', lhs: Operand, rhs: Operand): Rvalue {
  return { tag: 'CheckedBinaryOp', op, lhs, rhs };
}
export function ref(p: Place | Local, mutbl: 'not' | 'mut' = 'not'): Rvalue {
  return { tag: 'Ref', mutbl, place: asPlace(p) };
}
export function cast(kind: CastKind, op: Operand, ty: Ty): Rvalue {
  return { tag: 'Cast', kind, operand: op, ty };
}
export function agg(kind: AggregateKind, ops: Operand[]): Rvalue {
  return { tag: 'Aggregate', kind, operands: ops };
}
export function tuple(...ops: Operand[]): Rvalue {
  return agg({ tag: 'Tuple' }, ops);
}
export function array(elem: Ty, ...ops: Operand[]): Rvalue {
  return agg({ tag: 'Array', elem }, ops);
}
export function len(p: Place | Local): Rvalue {
  return { tag: 'Len', place: asPlace(p) };
}

// ---- statements and terminators ----
export function assign(p: Place | Local, rv: Rvalue, span: Span = SP): Statement {
  return { tag: 'Assign', place: asPlace(p), rvalue: rv, span };
}
export function goto(target: number): Terminator {
  return { tag: 'Goto', target, span: SP };
}
export const ret: Terminator = { tag: 'Return', span: SP };
export const unreachable: Terminator = { tag: 'Unreachable', span: SP };
export function switchInt(discr: Operand, cases: [bigint | number, number][], otherwise: number): Terminator {
  return { tag: 'SwitchInt', discr, targets: { values: cases.map(([v]) => BigInt(v)), targets: cases.map(([, t]) => t), otherwise }, span: SP };
}
export function call(func: Operand, args: Operand[], dest: Place | Local, target: number | null, span: Span = SP): Terminator {
  return { tag: 'Call', func, args, destination: asPlace(dest), target, span };
}
export function assertT(cond: Operand, expected: boolean, msg: AssertKind, target: number, span: Span = SP): Terminator {
  return { tag: 'Assert', cond, expected, msg, target, span };
}
export function asm(template: string, operands: InlineAsmOperandMir[], options: string[], target: number | null): Terminator {
  // `{N}` in the template refer to operands.
  const pieces = template.split(/(\{\d+(?::\w)?\})/).filter((p) => p !== '').map((p) => {
    const m = /^\{(\d+)(?::(\w))?\}$/.exec(p);
    return m ? { tag: 'Placeholder' as const, operandIdx: Number(m[1]), modifier: m[2] ?? null, span: SP } : { tag: 'String' as const, text: p };
  });
  return { tag: 'InlineAsm', template: pieces, operands, options, clobberAbis: [], target, span: SP };
}

/** Builds a body: local 0 is the return place, then the arguments. */
export class BodyBuilder {
  readonly locals: LocalDecl[] = [];
  readonly blocks: BasicBlockData[] = [];
  readonly argCount: number;

  constructor(
    readonly def: DefId,
    args: Ty[],
    ret: Ty,
  ) {
    this.locals.push({ ty: ret, mutbl: 'mut', name: null, span: SP });
    for (const [i, a] of args.entries()) this.locals.push({ ty: a, mutbl: 'not', name: `a${i}`, span: SP });
    this.argCount = args.length;
  }

  local(ty: Ty, name: string | null = null): Local {
    this.locals.push({ ty, mutbl: 'mut', name, span: SP });
    return this.locals.length - 1;
  }

  /** Appends a block; returns its index. */
  block(statements: Statement[], terminator: Terminator): number {
    this.blocks.push({ statements, terminator });
    return this.blocks.length - 1;
  }

  /** Reserves a block index to fill later with `set`. */
  reserve(): number {
    return this.block([], unreachable);
  }

  set(bb: number, statements: Statement[], terminator: Terminator): void {
    this.blocks[bb] = { statements, terminator };
  }

  build(): Body {
    return { def: this.def, argCount: this.argCount, locals: this.locals, blocks: this.blocks, span: SP, varDebugInfo: [] };
  }
}
