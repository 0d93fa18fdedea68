// Which target features `cfg(target_feature = "...")` reports: the CPU's features,
// then the spec's `features`, then `-C target-feature`, each closed under rustc 1.95's
// implications and filtered to the features stable rustc reports. The tables are
// recorded from rustc (see feature-data.ts and tests/target/gen/record.ts).

import { FEATURE_DATA, type ArchFeatureData } from './feature-data.ts';
import type { TargetSpec } from './spec.ts';

export interface FeatureOptions {
  /** `-C target-cpu`; defaults to the spec's `cpu`. */
  cpu?: string;
  /** `-C target-feature` values, in order; each may hold several comma-separated `+x`/`-y`. */
  features?: string[];
}

export interface ResolvedFeatures {
  cpu: string;
  /** Sorted rustc feature names that `cfg(target_feature)` reports, `crt-static` included. */
  enabled: string[];
  /** rustc's warnings for the options given (unknown/unstable features, unknown CPU). */
  warnings: string[];
  /** Whether the C runtime is linked statically (`crt-static`). */
  crtStatic: boolean;
}

interface ArchTables {
  known: Set<string>;
  stable: Set<string>;
  baseline: string[];
  implies: Map<string, string[]>;
  llvmImplies: Map<string, string[]>;
  cpus: Map<string, string[]>;
}

const words = (s: string): string[] => (s === '' ? [] : s.split(' '));
const EMPTY: ArchFeatureData = { known: '', stable: '', baseline: '', implies: {}, llvmImplies: {}, cpus: {} };
const cache = new Map<string, ArchTables>();

function tables(arch: string): ArchTables {
  let t = cache.get(arch);
  if (!t) {
    const d = FEATURE_DATA[arch] ?? EMPTY;
    const toMap = (r: Record<string, string>) => new Map(Object.entries(r).map(([k, v]) => [k, words(v)]));
    t = {
      known: new Set(words(d.known)),
      stable: new Set(words(d.stable)),
      baseline: words(d.baseline),
      implies: toMap(d.implies),
      llvmImplies: toMap(d.llvmImplies),
      cpus: toMap(d.cpus),
    };
    cache.set(arch, t);
  }
  return t;
}

/** `["+a,-b", "+c"]` -> `["+a", "-b", "+c"]`. */
export function splitFeatureList(list: readonly string[]): string[] {
  return list.flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '');
}

/** The CPU names we have feature tables for, for `--print target-cpus`. */
export function knownCpus(arch: string): string[] {
  return [...tables(arch).cpus.keys()].sort();
}

export function resolveTargetFeatures(spec: TargetSpec, opts: FeatureOptions = {}): ResolvedFeatures {
  const t = tables(spec.arch);
  const cpu = opts.cpu ?? spec.cpu;
  const warnings: string[] = [];
  const cpuFeatures = t.cpus.get(cpu);
  if (cpuFeatures === undefined && t.cpus.size > 0) {
    warnings.push(`'${cpu}' is not a recognized processor for this target (ignoring processor)`);
  }
  const enabled = new Set(cpuFeatures ?? t.baseline);

  const closure = (name: string, table: Map<string, string[]>): string[] =>
    table.get(name) ?? t.implies.get(name) ?? (t.stable.has(name) ? [name] : []);
  const apply = (enable: boolean, name: string, table: Map<string, string[]>) => {
    if (enable) {
      for (const f of closure(name, table)) enabled.add(f);
      return;
    }
    // Disabling a feature also disables every feature that implies it.
    enabled.delete(name);
    for (const f of [...enabled]) if (closure(f, t.implies).includes(name)) enabled.delete(f);
  };

  // Spec features are LLVM feature names: no warnings, LLVM-only names allowed.
  for (const f of splitFeatureList([spec.features])) {
    if (f[0] === '+' || f[0] === '-') apply(f[0] === '+', f.slice(1), t.llvmImplies);
  }

  let crtStatic = spec.crtStaticDefault;
  for (const f of splitFeatureList(opts.features ?? [])) {
    const sign = f[0];
    const name = f.slice(1);
    if (sign !== '+' && sign !== '-') {
      warnings.push(`unknown feature specified for \`-Ctarget-feature\`: \`${f}\``);
      continue;
    }
    if (name === 'crt-static') {
      if (spec.crtStaticRespected) crtStatic = sign === '+';
      continue;
    }
    if (!t.known.has(name)) {
      warnings.push(`unknown and unstable feature specified for \`-Ctarget-feature\`: \`${name}\``);
      continue;
    }
    if (!t.stable.has(name)) warnings.push(`unstable feature specified for \`-Ctarget-feature\`: \`${name}\``);
    apply(sign === '+', name, t.implies);
  }

  const list = [...enabled];
  if (crtStatic) list.push('crt-static');
  return { cpu, enabled: list.sort(), warnings, crtStatic };
}
