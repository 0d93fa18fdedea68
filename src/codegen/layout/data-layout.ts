// Facts from an LLVM data layout string (sizes and ABI alignments of primitives). Layouts
// read alignments from here instead of per-architecture tables, so a custom target spec's
// `data-layout` decides them, exactly as it does for LLVM.

export interface TargetDataLayout {
  readonly bigEndian: boolean;
  /** Pointer size and ABI alignment in bytes (address space 0). */
  readonly pointerSize: number;
  readonly pointerAlign: number;
  /** Minimum ABI alignment of aggregates (the `a:` spec; usually 1). */
  readonly aggregateAlign: number;
  /** Natural stack alignment in bytes (0 if unspecified). */
  readonly stackAlign: number;
  /** Native integer widths in bits (`n` spec). */
  readonly nativeInts: readonly number[];
  /** ABI alignment in bytes of an integer of `bits` width (LLVM's lookup rule). */
  intAlign(bits: number): number;
  /** ABI alignment in bytes of a float of `bits` width. */
  floatAlign(bits: number): number;
}

interface AlignEntry {
  readonly bits: number;
  readonly abi: number;
}

/** LLVM 14's defaults, overridden by the string's specs. Alignments here are in bits. */
const DEFAULT_INTS: AlignEntry[] = [
  { bits: 1, abi: 8 },
  { bits: 8, abi: 8 },
  { bits: 16, abi: 16 },
  { bits: 32, abi: 32 },
  { bits: 64, abi: 32 },
];
const DEFAULT_FLOATS: AlignEntry[] = [
  { bits: 16, abi: 16 },
  { bits: 32, abi: 32 },
  { bits: 64, abi: 64 },
  { bits: 128, abi: 128 },
];

function bitsToBytes(bits: number, what: string, spec: string): number {
  if (!Number.isInteger(bits) || bits < 0 || bits % 8 !== 0) {
    throw new Error(`invalid ${what} in data layout spec '${spec}'`);
  }
  return bits / 8;
}

function num(s: string | undefined, spec: string): number {
  if (s === undefined || !/^\d+$/.test(s)) throw new Error(`malformed data layout spec '${spec}'`);
  return Number(s);
}

function setEntry(list: AlignEntry[], bits: number, abi: number): void {
  const i = list.findIndex((e) => e.bits === bits);
  if (i >= 0) list[i] = { bits, abi };
  else list.push({ bits, abi });
  list.sort((a, b) => a.bits - b.bits);
}

export function parseDataLayout(text: string): TargetDataLayout {
  let bigEndian = false;
  let pointerSize = 8;
  let pointerAlign = 8;
  let aggregateAlign = 1;
  let stackAlign = 0;
  let nativeInts: number[] = [];
  const ints = DEFAULT_INTS.map((e) => ({ ...e }));
  const floats = DEFAULT_FLOATS.map((e) => ({ ...e }));

  for (const spec of text.split('-')) {
    if (spec === '') continue;
    const c = spec[0]!;
    const parts = spec.slice(1).split(':');
    switch (c) {
      case 'e': bigEndian = false; break;
      case 'E': bigEndian = true; break;
      case 'S': stackAlign = bitsToBytes(num(parts[0], spec), 'stack alignment', spec); break;
      case 'p': {
        // `p[n]:size:abi[:pref[:idx]]`; only address space 0 matters for Rust pointers.
        const space = parts[0] === '' ? 0 : num(parts[0], spec);
        if (space === 0) {
          pointerSize = bitsToBytes(num(parts[1], spec), 'pointer size', spec);
          pointerAlign = bitsToBytes(num(parts[2], spec), 'pointer alignment', spec);
        }
        break;
      }
      case 'i': {
        const bits = num(parts[0], spec);
        setEntry(ints, bits, num(parts[1], spec));
        break;
      }
      case 'f': {
        const bits = num(parts[0], spec);
        setEntry(floats, bits, num(parts[1], spec));
        break;
      }
      case 'a': {
        // `a:abi[:pref]`; an ABI alignment of 0 means 1 byte.
        const abi = num(parts[1], spec);
        aggregateAlign = Math.max(1, bitsToBytes(abi, 'aggregate alignment', spec));
        break;
      }
      case 'n':
        if (spec.startsWith('ni:')) break;
        nativeInts = spec.slice(1).split(':').map((p) => num(p, spec));
        break;
      // m: mangling, v: vectors, F: fn pointer alignment, A/P/G: address spaces; not layout facts for us.
      case 'm': case 'v': case 'F': case 'A': case 'P': case 'G':
        break;
      default:
        throw new Error(`unknown data layout spec '${spec}' in '${text}'`);
    }
  }

  function intAlign(bits: number): number {
    // LLVM: exact entry, else the next larger integer entry, else the largest smaller one.
    let best: AlignEntry | undefined;
    for (const e of ints) {
      if (e.bits >= bits) {
        best = e;
        break;
      }
    }
    best ??= ints[ints.length - 1]!;
    return Math.max(1, best.abi / 8);
  }

  function floatAlign(bits: number): number {
    const e = floats.find((f) => f.bits === bits);
    if (e) return Math.max(1, e.abi / 8);
    return intAlign(bits);
  }

  return { bigEndian, pointerSize, pointerAlign, aggregateAlign, stackAlign, nativeInts, intAlign, floatAlign };
}
