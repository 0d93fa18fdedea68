import { describe, expect, it } from 'vitest';
import { BitSet } from '../../src/borrowck/bitset.ts';

describe('borrowck BitSet', () => {
  it('union reports change only when bits are added, including bit 31 of a word', () => {
    const a = new BitSet(70);
    const b = new BitSet(70);
    b.add(31);
    b.add(63);
    b.add(69);
    expect(a.union(b)).toBe(true);
    expect(a.union(b)).toBe(false); // the word with bit 31 set must compare equal
    expect([31, 63, 69].every((i) => a.has(i))).toBe(true);
    expect(a.has(30)).toBe(false);
  });

  it('subtract, full and firstCommon', () => {
    const f = BitSet.full(40);
    const k = new BitSet(40);
    k.add(0);
    k.add(33);
    f.subtract(k);
    expect(f.has(0)).toBe(false);
    expect(f.has(33)).toBe(false);
    expect(f.has(39)).toBe(true);
    const m = new BitSet(40);
    m.add(33);
    m.add(35);
    expect(f.firstCommon(m)).toBe(35);
  });
});
