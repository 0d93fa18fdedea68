// The target's `cfg` set: what `rustc --print cfg` prints on stable rustc 1.95.
// Unstable cfgs (target_has_atomic_load_store, target_thread_local, overflow_checks,
// relocation_model, ub_checks, ...) are only printed by nightly rustc, so not here.

import { resolveTargetFeatures } from './features.ts';
import { maxAtomicWidth, minAtomicWidth, type TargetSpec } from './spec.ts';

/** `[name, value]`; value null for a bare cfg like `unix`. */
export type CfgEntry = [string, string | null];

export interface CfgOptions {
  panic: 'abort' | 'unwind';
  debugAssertions: boolean;
  /** `-C target-feature` values. */
  features?: string[];
  /** `-C target-cpu`. */
  cpu?: string;
}

export function targetCfg(spec: TargetSpec, opts: CfgOptions): CfgEntry[] {
  const cfg: CfgEntry[] = [];
  if (opts.debugAssertions) cfg.push(['debug_assertions', null]);
  cfg.push(['panic', opts.panic]);
  cfg.push(['target_abi', spec.abi]);
  cfg.push(['target_arch', spec.arch]);
  cfg.push(['target_endian', spec.targetEndian]);
  cfg.push(['target_env', spec.env]);
  for (const family of spec.targetFamily) {
    cfg.push(['target_family', family]);
    // `unix` and `windows` are also bare cfgs.
    if (family === 'unix' || family === 'windows') cfg.push([family, null]);
  }
  for (const f of resolveTargetFeatures(spec, { cpu: opts.cpu, features: opts.features }).enabled) {
    cfg.push(['target_feature', f]);
  }
  // Stable rustc reports atomic widths only where compare-and-swap exists.
  if (spec.atomicCas) {
    const max = maxAtomicWidth(spec);
    const min = minAtomicWidth(spec);
    for (const bits of [8, 16, 32, 64, 128]) {
      if (bits >= min && bits <= max) cfg.push(['target_has_atomic', String(bits)]);
    }
    if (spec.targetPointerWidth >= min && spec.targetPointerWidth <= max) cfg.push(['target_has_atomic', 'ptr']);
  }
  cfg.push(['target_os', spec.os]);
  cfg.push(['target_pointer_width', String(spec.targetPointerWidth)]);
  cfg.push(['target_vendor', spec.vendor]);
  return cfg.sort(compareEntries);
}

/**
 * The cfgs rustc sets but only nightly prints: what the sysroot's own crates test
 * (`target_has_atomic_load_store` gates the atomic types, which thumbv6m has without
 * compare-and-swap; `target_thread_local` for `#[thread_local]` statics).
 */
export function unstableTargetCfg(spec: TargetSpec): CfgEntry[] {
  const cfg: CfgEntry[] = [];
  const max = maxAtomicWidth(spec);
  const min = minAtomicWidth(spec);
  for (const bits of [8, 16, 32, 64, 128]) {
    if (bits >= min && bits <= max) cfg.push(['target_has_atomic_load_store', String(bits)]);
  }
  if (spec.targetPointerWidth >= min && spec.targetPointerWidth <= max) cfg.push(['target_has_atomic_load_store', 'ptr']);
  if (spec.hasThreadLocal) cfg.push(['target_thread_local', null]);
  return cfg;
}

function compareEntries(a: CfgEntry, b: CfgEntry): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  const av = a[1] ?? '';
  const bv = b[1] ?? '';
  return av < bv ? -1 : av > bv ? 1 : 0;
}

/** One cfg per line, `name` or `name="value"`, as `rustc --print cfg` prints them. */
export function formatCfg(cfg: readonly CfgEntry[]): string {
  return cfg.map(([k, v]) => (v === null ? k : `${k}=${JSON.stringify(v)}`)).join('\n') + '\n';
}

export function printCfg(spec: TargetSpec, opts: CfgOptions): string {
  return formatCfg(targetCfg(spec, opts));
}
