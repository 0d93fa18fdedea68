// `--print cfg` for every built-in target and option variant equals what rustc 1.95
// printed (recorded by tests/target/gen/record.ts into fixtures/cfg/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinTargetList, loadTarget, printCfg, resolveTargetFeatures, targetCfg } from '../../src/target/index.ts';
import { fixturesDir, targetsDir } from './paths.ts';

interface CfgCase {
  name: string;
  target: string;
  panic: 'abort' | 'unwind' | null;
  debugAssertions: boolean;
  cpu?: string;
  features?: string[];
  command: string;
  warnings: string[];
}

const cases: CfgCase[] = JSON.parse(readFileSync(join(fixturesDir, 'cfg', 'cases.json'), 'utf8'));

describe('cfg equals rustc 1.95 --print cfg', () => {
  it('has a recorded default case for every built-in target', () => {
    expect(cases.filter((c) => c.name === c.target).map((c) => c.target).sort()).toEqual(builtinTargetList(targetsDir));
  });

  for (const c of cases) {
    it(`${c.command} (fixtures/cfg/${c.name}.txt)`, () => {
      const spec = loadTarget(c.target, { targetsDir });
      const panic = c.panic ?? (spec.panicStrategy === 'abort' ? 'abort' : 'unwind');
      const expected = readFileSync(join(fixturesDir, 'cfg', `${c.name}.txt`), 'utf8');
      const got = printCfg(spec, { panic, debugAssertions: c.debugAssertions, cpu: c.cpu, features: c.features });
      expect(got, `cfg for ${c.name} differs from fixtures/cfg/${c.name}.txt`).toBe(expected);
    });

    it(`${c.command}: warnings`, () => {
      const spec = loadTarget(c.target, { targetsDir });
      const { warnings } = resolveTargetFeatures(spec, { cpu: c.cpu, features: c.features });
      // rustc also warns when a CPU lacks an ABI-required feature; we do not model that one.
      const expected = c.warnings.filter((w) => !/must be enabled to ensure that the ABI/.test(w));
      expect([...warnings].sort()).toEqual([...expected].sort());
    });
  }
});

describe('targetCfg entries', () => {
  it('reports bare cfgs with a null value and keys sorted like rustc', () => {
    const spec = loadTarget('x86_64-unknown-linux-gnu', { targetsDir });
    const cfg = targetCfg(spec, { panic: 'abort', debugAssertions: false });
    expect(cfg).toContainEqual(['unix', null]);
    expect(cfg).toContainEqual(['panic', 'abort']);
    expect(cfg.find(([k]) => k === 'debug_assertions')).toBeUndefined();
    const keys = cfg.map(([k, v]) => `${k}=${v ?? ''}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('prints no target_has_atomic without compare-and-swap (thumbv6m)', () => {
    const spec = loadTarget('thumbv6m-none-eabi', { targetsDir });
    expect(targetCfg(spec, { panic: 'abort', debugAssertions: true }).filter(([k]) => k === 'target_has_atomic')).toEqual([]);
  });

  it('honours min-atomic-width and max-atomic-width', () => {
    const spec = { ...loadTarget('riscv64gc-unknown-linux-gnu', { targetsDir }), minAtomicWidth: 32, maxAtomicWidth: 32 };
    const widths = targetCfg(spec, { panic: 'abort', debugAssertions: true }).filter(([k]) => k === 'target_has_atomic').map(([, v]) => v);
    expect(widths).toEqual(['32']); // pointers are 64-bit, above the maximum: no "ptr"
  });
});
