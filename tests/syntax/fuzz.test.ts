// 20,000 mutated and truncated real files, deterministic seed: no JS exception, no hang.
import { describe, expect, it } from 'vitest';
import { runFuzz, seedSources } from './fuzz.ts';

const root = new URL('../../', import.meta.url).pathname;

describe('parser fuzz', () => {
  it('survives 20,000 mutated inputs', () => {
    const seeds = seedSources(root);
    expect(seeds.length).toBeGreaterThan(10);
    const t0 = performance.now();
    const r = runFuzz({ seed: 0x5eed, count: 20_000, seeds, roundTrip: true });
    const secs = (performance.now() - t0) / 1000;
    console.log(`fuzz: ${r.inputs} inputs (${r.clean} parsed cleanly) in ${secs.toFixed(1)}s`);
    const shown = r.failures.slice(0, 3).map((f) => `#${f.index}: ${f.error}\n--- input ---\n${f.input.slice(0, 400)}`);
    expect(shown).toEqual([]);
  }, 300_000);
});
