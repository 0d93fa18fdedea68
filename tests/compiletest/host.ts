// The target the suite runs on and the verdict of `ignore-*`, `only-*`, `needs-*` gates.

import type { Gate } from './types.ts';

export interface HostConfig {
  target: string;
  arch: string;
  os: string;
  env: string;
  vendor: string;
  family: string;
  pointerWidth: number;
  endian: 'little' | 'big';
  /** LLVM major.minor the compiler under test uses (tsrustc: 14). */
  llvmVersion: [number, number];
  /** LLVM components the compiler can target, for `needs-llvm-components`. */
  llvmComponents: string[];
  /** `needs-*` features the compiler under test supports (without the `needs-` prefix). */
  supports: string[];
}

/** x86_64 Linux as tsrustc sees it: no unwinding, no dynamic linking, no sanitizers. */
export function defaultHost(): HostConfig {
  return {
    target: 'x86_64-unknown-linux-gnu',
    arch: 'x86_64',
    os: 'linux',
    env: 'gnu',
    vendor: 'unknown',
    family: 'unix',
    pointerWidth: 64,
    endian: 'little',
    llvmVersion: [14, 0],
    llvmComponents: ['x86', 'aarch64', 'arm', 'riscv', 'webassembly'],
    supports: ['asm-support', 'run-enabled'],
  };
}

/** Whether a cfg name in `ignore-X` / `only-X` / `normalize-stderr-X` describes the host. */
export function matchesHost(name: string, host: HostConfig): boolean {
  return (
    name === 'test' ||
    name === host.target ||
    name === host.arch ||
    name === host.os ||
    name === host.env ||
    name === host.vendor ||
    name === host.family ||
    name === `${host.pointerWidth}bit` ||
    name === `endian-${host.endian}`
  );
}

export type GateVerdict =
  | { status: 'run' }
  | { status: 'ignored'; reason: string }
  | { status: 'unsupported'; reason: string };

function parseVersion(s: string): [number, number] | undefined {
  const m = /^(\d+)(?:\.(\d+))?/.exec(s.trim());
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2] ?? '0')];
}

function cmpVersion(a: [number, number], b: [number, number]): number {
  return a[0] !== b[0] ? a[0] - b[0] : a[1] - b[1];
}

function llvmIgnored(value: string, host: HostConfig): boolean {
  // `13` or `13 - 14` (inclusive)
  const [lo, hi] = value.split(/\s+-\s+/);
  const min = parseVersion(lo ?? '');
  if (!min) return false;
  const max = hi === undefined ? min : parseVersion(hi);
  if (!max) return false;
  const v = host.llvmVersion;
  if (hi === undefined) return v[0] === min[0];
  return cmpVersion(v, min) >= 0 && cmpVersion(v, max) <= 0;
}

export function evaluateGates(gates: readonly Gate[], host: HostConfig): GateVerdict {
  let unsupported: string | undefined;
  for (const g of gates) {
    switch (g.kind) {
      case 'ignore':
        if (matchesHost(g.name, host)) return { status: 'ignored', reason: `ignore-${g.name}` };
        break;
      case 'only':
        if (!matchesHost(g.name, host)) return { status: 'ignored', reason: `only-${g.name}` };
        break;
      case 'min-llvm-version': {
        const min = parseVersion(g.value);
        if (min && cmpVersion(host.llvmVersion, min) < 0) {
          return { status: 'ignored', reason: `min-llvm-version: ${g.value}` };
        }
        break;
      }
      case 'ignore-llvm-version':
        if (llvmIgnored(g.value, host)) return { status: 'ignored', reason: `ignore-llvm-version: ${g.value}` };
        break;
      case 'needs':
        if (unsupported === undefined && !needsMet(g.name, g.value, host)) {
          unsupported = g.value === '' ? `needs-${g.name}` : `needs-${g.name}: ${g.value}`;
        }
        break;
    }
  }
  // An ignore anywhere in the header outranks an unmet need.
  return unsupported === undefined ? { status: 'run' } : { status: 'unsupported', reason: unsupported };
}

function needsMet(name: string, value: string, host: HostConfig): boolean {
  if (name === 'llvm-components') {
    return value.split(/\s+/).every((c) => c === '' || host.llvmComponents.includes(c));
  }
  return host.supports.includes(name);
}
