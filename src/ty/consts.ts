// Const generic arguments (`N` of `[T; N]`, `3` of `Buf<3>`): equality, printing, and the
// helpers that treat a generic argument list uniformly whatever its kinds.
import { tyKind } from './interner.ts';
import type { ConstArg, GenericArg, GenericArgs, Ty } from './ty.ts';

/**
 * A const parameter as an argument (inside its item's definition). `Value.bits` holds the
 * value itself (negative for a negative signed integer), `Param` the parameter's index.
 */
export function constParam(index: number, name: string): ConstArg {
  return { tag: 'Param', index, name };
}

export function constValue(ty: Ty, bits: bigint): ConstArg {
  return { tag: 'Value', ty, bits };
}

export function constEq(a: ConstArg, b: ConstArg): boolean {
  if (a.tag !== b.tag) return false;
  switch (a.tag) {
    case 'Value': return b.tag === 'Value' && a.bits === b.bits;
    case 'Param': return b.tag === 'Param' && a.index === b.index;
    case 'Infer': return b.tag === 'Infer' && a.id === b.id;
  }
}

/** A const as Rust writes it: `3`, `-1`, `true`, `'x'`, the parameter's name, `_` if unknown. */
export function printConst(c: ConstArg): string {
  switch (c.tag) {
    case 'Value': {
      const k = tyKind(c.ty);
      if (k.tag === 'Bool') return c.bits !== 0n ? 'true' : 'false';
      if (k.tag === 'Char') return `'${charLit(Number(c.bits))}'`;
      return c.bits.toString();
    }
    case 'Param': return c.name;
    case 'Infer': return '_';
  }
}

function charLit(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (ch === '\'') return '\\\'';
  if (ch === '\\') return '\\\\';
  if (ch === '\n') return '\\n';
  if (ch === '\t') return '\\t';
  if (ch === '\r') return '\\r';
  if (cp < 0x20 || cp === 0x7f) return `\\u{${cp.toString(16)}}`;
  return ch;
}

/** The array length or const argument as a number, when it is known. */
export function constUsize(c: ConstArg): bigint | null {
  return c.tag === 'Value' ? c.bits : null;
}

/** Maps the types and consts of `args` (lifetimes stay). */
export function mapArgs(args: GenericArgs, ty: (t: Ty) => Ty, ct: (c: ConstArg) => ConstArg): GenericArgs {
  return args.map((a): GenericArg => {
    switch (a.tag) {
      case 'Type': return { tag: 'Type', ty: ty(a.ty) };
      case 'Const': return { tag: 'Const', value: ct(a.value) };
      case 'Lifetime': return a;
    }
  });
}
