/** A fixed-size set of small integers (locals, init sites), one bit each. */
export class BitSet {
  readonly words: Uint32Array;

  constructor(readonly size: number, words?: Uint32Array) {
    this.words = words ?? new Uint32Array((size + 31) >>> 5);
  }

  static full(size: number): BitSet {
    const s = new BitSet(size);
    for (let i = 0; i < size; i++) s.add(i);
    return s;
  }

  clone(): BitSet {
    return new BitSet(this.size, this.words.slice());
  }

  has(i: number): boolean {
    return (this.words[i >>> 5]! & (1 << (i & 31))) !== 0;
  }

  add(i: number): void {
    this.words[i >>> 5]! |= 1 << (i & 31);
  }

  remove(i: number): void {
    this.words[i >>> 5]! &= ~(1 << (i & 31));
  }

  /** this |= other; returns whether anything changed. */
  union(other: BitSet): boolean {
    let changed = false;
    const w = this.words;
    const o = other.words;
    for (let i = 0; i < w.length; i++) {
      const v = (w[i]! | o[i]!) >>> 0;
      if (v !== w[i]) {
        w[i] = v;
        changed = true;
      }
    }
    return changed;
  }

  /** this &= ~other */
  subtract(other: BitSet): void {
    const w = this.words;
    const o = other.words;
    for (let i = 0; i < w.length; i++) w[i] = w[i]! & ~o[i]!;
  }

  copyFrom(other: BitSet): void {
    this.words.set(other.words);
  }

  isEmpty(): boolean {
    for (const w of this.words) if (w !== 0) return false;
    return true;
  }

  /** Members in increasing order. */
  *members(): IterableIterator<number> {
    for (let i = 0; i < this.words.length; i++) {
      let v = this.words[i]!;
      while (v !== 0) {
        const low = v & -v;
        yield (i << 5) + (31 - Math.clz32(low));
        v = (v ^ low) >>> 0;
      }
    }
  }

  /** Smallest member of both sets, or -1. */
  firstCommon(other: BitSet): number {
    const w = this.words;
    const o = other.words;
    for (let i = 0; i < w.length; i++) {
      const v = w[i]! & o[i]!;
      if (v !== 0) return (i << 5) + (31 - Math.clz32(v & -v));
    }
    return -1;
  }
}
