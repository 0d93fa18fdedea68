// An LLVM value as it appears in an instruction operand: its type and its text (`%x`, `42`,
// `@f`, a constant expression). Carrying the type lets the builders check every use.
import { arrayTy, escapeBytes, intTy, quoteIdent, structTy, T, type LType } from './types.ts';

export interface Value {
  readonly ty: LType;
  readonly s: string;
}

/** The operand text with its type, as instructions write it: `i32 %x`. */
export function typed(v: Value): string {
  return `${v.ty.s} ${v.s}`;
}

/** An integer constant; `value` is reduced to the type's width (two's complement). */
export function constInt(ty: LType, value: bigint | number): Value {
  if (ty.kind !== 'int') throw new Error(`constInt needs an integer type, got ${ty.s}`);
  const v = BigInt.asIntN(ty.bits, BigInt(value));
  if (ty.bits === 1) return { ty, s: v === 0n ? 'false' : 'true' };
  return { ty, s: v.toString() };
}

export function constBool(b: boolean): Value {
  return { ty: T.i1, s: b ? 'true' : 'false' };
}

export function constNull(ty: LType): Value {
  if (ty.kind !== 'ptr') throw new Error(`null needs a pointer type, got ${ty.s}`);
  return { ty, s: 'null' };
}

export function undef(ty: LType): Value {
  return { ty, s: 'undef' };
}

export function zeroInit(ty: LType): Value {
  if (ty.kind === 'int') return constInt(ty, 0);
  if (ty.kind === 'ptr') return constNull(ty);
  if (ty.kind === 'float') return { ty, s: '0.0' };
  return { ty, s: 'zeroinitializer' };
}

/** A float constant from its IEEE bits (LLVM's hex form is exact for every value). */
export function constFloatBits(ty: LType, bits: bigint): Value {
  if (ty.kind !== 'float') throw new Error(`constFloatBits needs a float type, got ${ty.s}`);
  if (ty.bits === 64) return { ty, s: `0x${bits.toString(16).toUpperCase().padStart(16, '0')}` };
  if (ty.bits === 32) {
    // LLVM writes float constants as the double with the same value.
    const f = new DataView(new ArrayBuffer(8));
    f.setUint32(0, Number(bits));
    const d = new DataView(new ArrayBuffer(8));
    d.setFloat64(0, f.getFloat32(0));
    return { ty, s: `0x${d.getBigUint64(0).toString(16).toUpperCase().padStart(16, '0')}` };
  }
  throw new Error(`float constants of ${ty.s} are not supported`);
}

export function constStruct(fields: readonly Value[], packed = false): Value {
  const ty = structTy(fields.map((f) => f.ty), packed);
  const body = fields.length === 0 ? '{}' : `{ ${fields.map(typed).join(', ')} }`;
  return { ty, s: packed ? `<${body}>` : body };
}

export function constArray(elem: LType, elems: readonly Value[]): Value {
  for (const e of elems) if (e.ty !== elem) throw new Error(`array element ${e.ty.s} is not ${elem.s}`);
  return { ty: arrayTy(elems.length, elem), s: `[${elems.map(typed).join(', ')}]` };
}

/** `c"..."`: an `[N x i8]` constant holding exactly `bytes`. */
export function constBytes(bytes: Uint8Array): Value {
  return { ty: arrayTy(bytes.length, T.i8), s: `c"${escapeBytes(bytes)}"` };
}

/** Reference to a global (function or variable) named `name` whose address has type `ptrTy`. */
export function globalRef(name: string, ptrTy: LType): Value {
  return { ty: ptrTy, s: `@${quoteIdent(name)}` };
}

export function constBitcast(v: Value, to: LType): Value {
  if (v.ty === to) return v;
  return { ty: to, s: `bitcast (${typed(v)} to ${to.s})` };
}

export function constPtrToInt(v: Value, to: LType): Value {
  return { ty: to, s: `ptrtoint (${typed(v)} to ${to.s})` };
}

/** `getelementptr inbounds (i8, i8* p, i64 off)` as a constant: a byte offset from a pointer. */
export function constByteOffset(p: Value, offset: number, indexBits: number): Value {
  const p8 = constBitcast(p, T.i8p);
  if (offset === 0) return p8;
  return { ty: T.i8p, s: `getelementptr inbounds (i8, ${typed(p8)}, ${intTy(indexBits).s} ${offset})` };
}

