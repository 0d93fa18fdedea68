// LLVM 14 types (typed pointers), interned by their textual form so that two equal types are
// the same object and the builders can check operand types with `===`.

export type LType =
  | { readonly kind: 'void'; readonly s: string }
  | { readonly kind: 'int'; readonly s: string; readonly bits: number }
  | { readonly kind: 'float'; readonly s: string; readonly bits: 16 | 32 | 64 | 80 | 128 }
  | { readonly kind: 'ptr'; readonly s: string; readonly pointee: LType; readonly addrSpace: number }
  | { readonly kind: 'array'; readonly s: string; readonly len: number; readonly elem: LType }
  /** A literal struct; `packed` places fields at consecutive byte offsets. */
  | { readonly kind: 'struct'; readonly s: string; readonly fields: readonly LType[]; readonly packed: boolean }
  /** A named (identified) struct; its body is registered in the module. */
  | { readonly kind: 'named'; readonly s: string; readonly name: string }
  | { readonly kind: 'fn'; readonly s: string; readonly ret: LType; readonly params: readonly LType[]; readonly varargs: boolean }
  | { readonly kind: 'label'; readonly s: string }
  | { readonly kind: 'metadata'; readonly s: string };

const interned = new Map<string, LType>();

function intern<T extends LType>(t: T): T {
  const old = interned.get(t.s);
  if (old !== undefined) return old as T;
  interned.set(t.s, t);
  return t;
}

export function intTy(bits: number): LType {
  if (!Number.isInteger(bits) || bits < 1 || bits > 8388608) throw new Error(`bad integer width ${bits}`);
  return intern({ kind: 'int', s: `i${bits}`, bits });
}

const FLOAT_NAMES = { 16: 'half', 32: 'float', 64: 'double', 80: 'x86_fp80', 128: 'fp128' } as const;

export function floatTy(bits: 16 | 32 | 64 | 80 | 128): LType {
  return intern({ kind: 'float', s: FLOAT_NAMES[bits], bits });
}

export function ptrTo(pointee: LType, addrSpace = 0): LType {
  if (pointee.kind === 'void' || pointee.kind === 'label' || pointee.kind === 'metadata') {
    throw new Error(`cannot point to ${pointee.s}`);
  }
  const as = addrSpace === 0 ? '' : ` addrspace(${addrSpace})`;
  return intern({ kind: 'ptr', s: `${pointee.s}${as}*`, pointee, addrSpace });
}

export function arrayTy(len: number, elem: LType): LType {
  return intern({ kind: 'array', s: `[${len} x ${elem.s}]`, len, elem });
}

export function structTy(fields: readonly LType[], packed = false): LType {
  const body = fields.length === 0 ? '{}' : `{ ${fields.map((f) => f.s).join(', ')} }`;
  return intern({ kind: 'struct', s: packed ? `<${body}>` : body, fields: [...fields], packed });
}

/** Reference to a named struct type; `ModuleBuilder.namedStruct` defines its body. */
export function namedTy(name: string): LType {
  return intern({ kind: 'named', s: `%${quoteIdent(name)}`, name });
}

export function fnTy(ret: LType, params: readonly LType[], varargs = false): LType {
  const ps = params.map((p) => p.s);
  if (varargs) ps.push('...');
  return intern({ kind: 'fn', s: `${ret.s} (${ps.join(', ')})`, ret, params: [...params], varargs });
}

export const T = {
  void: intern({ kind: 'void', s: 'void' }) as LType,
  label: intern({ kind: 'label', s: 'label' }) as LType,
  metadata: intern({ kind: 'metadata', s: 'metadata' }) as LType,
  i1: intTy(1),
  i8: intTy(8),
  i16: intTy(16),
  i32: intTy(32),
  i64: intTy(64),
  i128: intTy(128),
  f32: floatTy(32),
  f64: floatTy(64),
  i8p: ptrTo(intTy(8)),
} as const;

export function isInt(t: LType, bits?: number): boolean {
  return t.kind === 'int' && (bits === undefined || t.bits === bits);
}

export function isPtr(t: LType): boolean {
  return t.kind === 'ptr';
}

export function isFirstClassAggregate(t: LType): boolean {
  return t.kind === 'struct' || t.kind === 'array' || t.kind === 'named';
}

export function pointee(t: LType): LType {
  if (t.kind !== 'ptr') throw new Error(`expected a pointer type, found ${t.s}`);
  return t.pointee;
}

// Identifiers matching [-a-zA-Z$._][-a-zA-Z$._0-9]* may be written bare; others are quoted.
const BARE_IDENT = /^[-a-zA-Z$._][-a-zA-Z$._0-9]*$/;

export function quoteIdent(name: string): string {
  if (BARE_IDENT.test(name)) return name;
  return `"${escapeBytes(new TextEncoder().encode(name))}"`;
}

/** Escapes bytes for an LLVM `c"..."` string or quoted name: printable ASCII except `"` and `\`. */
export function escapeBytes(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    if (b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c) out += String.fromCharCode(b);
    else out += `\\${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}
