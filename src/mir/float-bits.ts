// IEEE-754 binary32/binary64 values as the bit patterns MIR constants and the interpreter
// carry, with Rust's semantics for arithmetic, comparisons and casts. JS numbers are
// binary64, so f64 operations are exact matches; f32 `+ - * / sqrt` computed in binary64
// and rounded once to binary32 are correctly rounded too (binary64 has more than
// 2*24+2 significand bits), and `%` is exact in either width.
import type { BinOp } from './mir.ts';
import { intMax, intMin, type IntInfo } from './tys.ts';

export type FloatWidth = 32 | 64;

const dv = new DataView(new ArrayBuffer(8));

export function floatFromBits(bits: bigint, w: FloatWidth): number {
  if (w === 32) {
    dv.setUint32(0, Number(BigInt.asUintN(32, bits)));
    return dv.getFloat32(0);
  }
  dv.setBigUint64(0, BigInt.asUintN(64, bits));
  return dv.getFloat64(0);
}

export function floatToBits(v: number, w: FloatWidth): bigint {
  if (w === 32) {
    dv.setFloat32(0, v);
    return BigInt(dv.getUint32(0));
  }
  dv.setFloat64(0, v);
  return dv.getBigUint64(0);
}

/** Rounds a binary64 result to the operation's width. */
function round(v: number, w: FloatWidth): number {
  return w === 32 ? Math.fround(v) : v;
}

/** A float binary operation on bit patterns: the result's bits (0/1 for comparisons). */
export function floatBinop(op: BinOp, lbits: bigint, rbits: bigint, w: FloatWidth): bigint {
  const a = floatFromBits(lbits, w);
  const b = floatFromBits(rbits, w);
  const bool = (c: boolean): bigint => (c ? 1n : 0n);
  // NaN results as rustc's const evaluator gives them: a NaN operand propagates (quieted),
  // an invalid operation yields the positive quiet NaN. (JS engines would hand back the
  // host CPU's default NaN, which is negative on x86.)
  const arith = (v: number): bigint => {
    if (!Number.isNaN(v)) return floatToBits(round(v, w), w);
    const quiet = 1n << BigInt(w === 32 ? 22 : 51);
    if (Number.isNaN(a)) return lbits | quiet;
    if (Number.isNaN(b)) return rbits | quiet;
    return w === 32 ? 0x7fc00000n : 0x7ff8000000000000n;
  };
  switch (op) {
    case 'Add': return arith(a + b);
    case 'Sub': return arith(a - b);
    case 'Mul': return arith(a * b);
    case 'Div': return arith(a / b);
    case 'Rem': return arith(a % b);
    // Comparisons with NaN are false except `!=`, as JS does.
    case 'Eq': return bool(a === b);
    case 'Ne': return bool(a !== b);
    case 'Lt': return bool(a < b);
    case 'Le': return bool(a <= b);
    case 'Gt': return bool(a > b);
    case 'Ge': return bool(a >= b);
    default: throw new Error(`float operation ${op} is not supported`);
  }
}

/** `-x`: flips the sign bit (also of NaN and zero). */
export function floatNeg(bits: bigint, w: FloatWidth): bigint {
  return bits ^ (1n << BigInt(w - 1));
}

/** `x as iN/uN`: truncation toward zero, saturating at the bounds, NaN to 0. */
export function floatToInt(bits: bigint, w: FloatWidth, to: IntInfo): bigint {
  const v = floatFromBits(bits, w);
  if (Number.isNaN(v)) return 0n;
  const lo = intMin(to);
  const hi = intMax(to);
  if (v === Infinity) return BigInt.asUintN(to.bits, hi);
  if (v === -Infinity) return BigInt.asUintN(to.bits, lo);
  const t = BigInt(Math.trunc(v));
  return BigInt.asUintN(to.bits, t < lo ? lo : t > hi ? hi : t);
}

/** `n as f32/f64` for the integer value `n`: round to nearest, ties to even. */
export function intToFloat(n: bigint, w: FloatWidth): bigint {
  const neg = n < 0n;
  let m = neg ? -n : n;
  if (m === 0n) return 0n;
  const mant = w === 32 ? 24 : 53;
  let len = m.toString(2).length;
  if (len > mant) {
    // Round the integer to `mant` significant bits exactly, then convert (now exact).
    const shift = BigInt(len - mant);
    const rest = m & ((1n << shift) - 1n);
    const half = 1n << (shift - 1n);
    let q = m >> shift;
    if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
    m = q << shift;
    len = m.toString(2).length;
  }
  const v = Number(m); // exact: at most 53 significant bits (or overflow to +inf for f32 below)
  return floatToBits(round(neg ? -v : v, w), w);
}

/** `x as f32/f64` between widths. */
export function floatToFloat(bits: bigint, from: FloatWidth, to: FloatWidth): bigint {
  if (from === to) return bits;
  const v = floatFromBits(bits, from);
  if (Number.isNaN(v)) {
    // Keep the sign and the top payload bits, quieted.
    const sign = (bits >> BigInt(from - 1)) & 1n;
    const payload = from === 64 ? (bits & ((1n << 52n) - 1n)) >> 29n : (bits & ((1n << 23n) - 1n)) << 29n;
    return to === 32 ? (sign << 31n) | 0x7fc00000n | payload : (sign << 63n) | 0x7ff8000000000000n | payload;
  }
  return floatToBits(round(v, to), to);
}

/**
 * The bits of a decimal float literal's text (`1.5e-3`, `_` separators allowed) for f32 or
 * f64, correctly rounded. `Number()` rounds correctly to binary64; for binary32, rounding
 * that result again is wrong only when it lands exactly halfway between two f32 values,
 * so then the exact decimal decides the direction.
 */
export function decimalToFloatBits(text: string, w: FloatWidth): bigint {
  const clean = text.replace(/_/g, '');
  const d = Number(clean);
  if (w === 64) return floatToBits(d, 64);
  const f = Math.fround(d);
  if (!Number.isFinite(d) || f === d) return floatToBits(f, 32);
  const other = nextF32Toward(f, d);
  const mid = (f + other) / 2; // exact in binary64
  if (mid !== d) return floatToBits(f, 32);
  const cmp = compareDecimalWith(clean, d);
  if (cmp === 0) return floatToBits(f, 32);
  // The decimal is above or below the midpoint: take the neighbour on its side.
  const lower = Math.min(f, other);
  const upper = Math.max(f, other);
  return floatToBits(cmp > 0 ? upper : lower, 32);
}

function nextF32Toward(f: number, d: number): number {
  const bits = Number(floatToBits(f, 32));
  const up = (d > f) === (f >= 0);
  const n = up ? bits + 1 : bits - 1;
  return floatFromBits(BigInt(n >>> 0), 32);
}

/** Sign of (exact decimal `text`) - `d`, both of the same sign. */
function compareDecimalWith(text: string, d: number): number {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m) return 0;
  const neg = m[1] === '-';
  const digits = (m[2] ?? '') + (m[3] ?? '');
  let num = BigInt(digits === '' ? '0' : digits);
  let e10 = Number(m[4] ?? '0') - (m[3] ?? '').length;
  // d = dm * 2^de exactly.
  const bits = floatToBits(Math.abs(d), 64);
  const be = Number((bits >> 52n) & 0x7ffn);
  let dm = bits & ((1n << 52n) - 1n);
  let de = be - 1075;
  if (be === 0) de = -1074;
  else dm |= 1n << 52n;
  let den = 1n;
  let dnum = dm;
  if (e10 >= 0) num *= 10n ** BigInt(e10);
  else den *= 10n ** BigInt(-e10);
  e10 = 0;
  if (de >= 0) dnum <<= BigInt(de);
  // Compare num/den with dnum * 2^de.
  const lhs = de < 0 ? num << BigInt(-de) : num;
  const rhs = dnum * den;
  const c = lhs > rhs ? 1 : lhs < rhs ? -1 : 0;
  return neg ? -c : c;
}
