// Records what the target tests compare against, from the real tools:
//   - rustc 1.95: `--print cfg` for each built-in target (and option variants),
//     `--print target-spec-json`, and the target-feature tables in
//     src/target/feature-data.ts (stable features, implications, per-CPU features);
//   - LLVM 14 (llc-14, llvm-config-14, g++): the feature names it knows
//     (src/target/llvm14-features.ts) and, through llvm14-probe.cpp, the data layout
//     and enabled features of each built-in target's TargetMachine.
// Run: npx vite-node tests/target/gen/record.ts   (the tests themselves need neither tool)

import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const fixtures = join(here, '..', 'fixtures');
const targetsDir = join(root, 'targets');
const work = mkdtempSync(join(tmpdir(), 'tsrustc-target-gen-'));

interface Run {
  stdout: string;
  stderr: string;
  status: number;
}

function run(cmd: string, args: string[], env: Record<string, string> = {}, input?: string): Run {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: { ...process.env, ...env }, input });
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status ?? -1 };
}

const nightly = { RUSTC_BOOTSTRAP: '1' };

function cfgFeatures(out: string): string[] {
  return out
    .split('\n')
    .map((l) => /^target_feature="(.*)"$/.exec(l)?.[1])
    .filter((f): f is string => f !== undefined && f !== 'crt-static');
}

/** rustc's `--print target-features` sections: rustc's own names, then LLVM-only names. */
function targetFeatureNames(target: string): { rustc: string[]; llvm: string[] } {
  const out = run('rustc', ['--print', 'target-features', '--target', target]).stdout;
  const rustc: string[] = [];
  const llvm: string[] = [];
  let section: string[] | null = null;
  for (const line of out.split('\n')) {
    if (line.startsWith('Features supported by rustc')) section = rustc;
    else if (line.startsWith('Code-generation features supported by LLVM')) section = llvm;
    else if (section && /^ {4}\S/.test(line)) section.push(line.trim().split(/\s+/)[0]);
    else if (/^\S/.test(line)) section = null;
  }
  return { rustc: rustc.filter((f) => f !== 'crt-static'), llvm: llvm.filter((f) => !rustc.includes(f)) };
}

function llcNames(triple: string, what: 'cpus' | 'features'): string[] {
  const out = run('llc-14', [`-mtriple=${triple}`, '-mattr=help']).stderr + run('llc-14', [`-mtriple=${triple}`, '-mattr=help']).stdout;
  const names = new Set<string>();
  let on = false;
  for (const line of out.split('\n')) {
    if (line.startsWith('Available CPUs')) on = what === 'cpus';
    else if (line.startsWith('Available features')) on = what === 'features';
    else if (on && /^ {2}\S/.test(line)) names.add(line.trim().split(/\s+/)[0]);
  }
  return [...names].sort();
}

// ---------------------------------------------------------------- feature tables

interface ArchSetup {
  arch: string;
  target: string; // built-in rustc target whose spec seeds the probes
  minimal: Record<string, unknown>; // spec edits for a baseline with no optional features
}

const ARCHES: ArchSetup[] = [
  { arch: 'x86_64', target: 'x86_64-unknown-linux-gnu', minimal: { cpu: 'i386' } },
  { arch: 'aarch64', target: 'aarch64-unknown-linux-gnu', minimal: {} },
  { arch: 'riscv64', target: 'riscv64gc-unknown-linux-gnu', minimal: { 'llvm-abiname': 'lp64' } },
  { arch: 'riscv32', target: 'riscv32imac-unknown-none-elf', minimal: {} },
  { arch: 'arm', target: 'armv7-unknown-linux-gnueabihf', minimal: {} },
  { arch: 'wasm32', target: 'wasm32-wasip1', minimal: { cpu: 'mvp' } },
];

function rustcSpec(target: string): Record<string, unknown> {
  return JSON.parse(run('rustc', ['-Z', 'unstable-options', '--print', 'target-spec-json', '--target', target], nightly).stdout);
}

function writeSpec(name: string, spec: Record<string, unknown>): string {
  const file = join(work, `${name}.json`);
  writeFileSync(file, JSON.stringify(spec, null, 2));
  return file;
}

/** Nightly `--print cfg` features for a custom spec (filtered to `stable` by the caller); null if rustc refuses. */
function tryNightlyFeatures(specFile: string, args: string[]): string[] | null {
  const r = run('rustc', ['-Z', 'unstable-options', '--print', 'cfg', '--target', specFile, ...args], nightly);
  return r.status === 0 ? cfgFeatures(r.stdout) : null;
}

function nightlyFeatures(specFile: string, args: string[]): string[] {
  const got = tryNightlyFeatures(specFile, args);
  if (got === null) throw new Error(`rustc failed for ${specFile} ${args.join(' ')}`);
  return got;
}

function recordFeatureData(): void {
  const out: Record<string, unknown> = {};
  for (const a of ARCHES) {
    process.stderr.write(`features: ${a.arch}\n`);
    const names = targetFeatureNames(a.target);
    // Some features only come in groups (aarch64 paca+pacg): rustc names the group when refusing one.
    const group = (f: string): string => {
      const r = run('rustc', ['--print', 'cfg', '--target', a.target, '-C', `target-feature=+${f}`]);
      const m = /the target features (.*) must all be either enabled or disabled together/.exec(r.stderr);
      return m ? m[1].split(', ').map((g) => `+${g}`).join(',') : `+${f}`;
    };
    const groups = new Map(names.rustc.map((f) => [f, group(f)]));
    const stable = names.rustc.filter((f) =>
      cfgFeatures(run('rustc', ['--print', 'cfg', '--target', a.target, '-C', `target-feature=${groups.get(f)}`]).stdout).includes(f),
    );
    const stableSet = new Set(stable);
    const onlyStable = (fs: string[]) => [...new Set(fs.filter((f) => stableSet.has(f)))].sort();

    const base = rustcSpec(a.target);
    delete base.features;
    const minimal = { ...base, ...a.minimal };
    const minFile = writeSpec(`min-${a.arch}`, minimal);
    const baseline = stable.length ? onlyStable(nightlyFeatures(minFile, [])) : [];
    const notBaseline = (f: string) => (fs: string[]) => fs.filter((g) => g === f || !baseline.includes(g));

    const implies: Record<string, string> = {};
    const llvmImplies: Record<string, string> = {};
    const cpus: Record<string, string> = {};
    const llvmTriple = String(base['llvm-target']);
    const commonCpus = llcNames(llvmTriple, 'cpus').filter((c) =>
      run('rustc', ['--print', 'target-cpus', '--target', a.target]).stdout.split('\n').some((l) => l.trim().split(/\s+/)[0] === c),
    );
    if (stable.length) {
      for (const f of names.rustc) {
        const probed = tryNightlyFeatures(minFile, ['-C', `target-feature=${groups.get(f)}`]);
        if (probed === null) {
          process.stderr.write(`  rustc refuses +${f} on ${a.arch}; left out\n`);
          continue;
        }
        const got = notBaseline(f)(onlyStable(probed));
        const dflt = stableSet.has(f) ? [f] : [];
        if (got.join(' ') !== dflt.join(' ')) implies[f] = got.join(' ');
      }
      for (const g of names.llvm) {
        const file = writeSpec(`min-${a.arch}-llvm`, { ...minimal, features: `+${g}` });
        const probed = tryNightlyFeatures(file, []);
        if (probed === null) continue; // rustc refuses it in a spec (e.g. ABI-changing features)
        const got = notBaseline(g)(onlyStable(probed));
        if (got.length) llvmImplies[g] = got.join(' ');
      }
      for (const c of commonCpus) cpus[c] = onlyStable(nightlyFeatures(minFile, ['-C', `target-cpu=${c}`])).join(' ');
    } else {
      // No stable features on this arch: CPUs are only names.
      for (const c of commonCpus) cpus[c] = '';
    }
    out[a.arch] = {
      known: names.rustc.join(' '),
      stable: stable.join(' '),
      baseline: baseline.join(' '),
      implies,
      llvmImplies,
      cpus,
    };
  }
  const rustcVersion = run('rustc', ['--version']).stdout.trim();
  writeFileSync(
    join(root, 'src', 'target', 'feature-data.ts'),
    `// Generated by tests/target/gen/record.ts from ${rustcVersion}. Do not edit.
// Per rustc arch: rustc's feature names (known), those stable rustc reports in cfg (stable),
// the stable ones every CPU has (baseline), what enabling a feature turns on when it is
// more than itself (implies: -C target-feature names; llvmImplies: LLVM-only names in a
// spec's "features"), and each CPU's stable features (CPUs both rustc and LLVM 14 know).
export interface ArchFeatureData {
  known: string;
  stable: string;
  baseline: string;
  implies: Record<string, string>;
  llvmImplies: Record<string, string>;
  cpus: Record<string, string>;
}
export const FEATURE_DATA: Record<string, ArchFeatureData> = ${JSON.stringify(out, null, 2)};
`,
  );
}

// ---------------------------------------------------------------- LLVM 14 feature names

const LLVM_TRIPLES: Record<string, string> = {
  x86_64: 'x86_64-unknown-linux-gnu',
  aarch64: 'aarch64-unknown-linux-gnu',
  riscv64: 'riscv64-unknown-linux-gnu',
  riscv32: 'riscv32',
  arm: 'armv7-unknown-linux-gnueabihf',
  wasm32: 'wasm32-wasi',
};

function recordLlvm14Features(): void {
  const out: Record<string, string> = {};
  for (const [arch, triple] of Object.entries(LLVM_TRIPLES)) out[arch] = llcNames(triple, 'features').join(' ');
  writeFileSync(
    join(root, 'src', 'target', 'llvm14-features.ts'),
    `// Generated by tests/target/gen/record.ts from llc-14 -mattr=help. Do not edit.
// The subtarget feature names LLVM 14 knows, per rustc arch.
export const LLVM14_FEATURES: Record<string, string> = ${JSON.stringify(out, null, 2)};
`,
  );
}

// ---------------------------------------------------------------- rustc cfg and specs

interface CfgCase {
  name: string;
  target: string;
  /** null: the spec's own `panic-strategy`, as rustc uses without `-C panic`. */
  panic: 'abort' | 'unwind' | null;
  debugAssertions: boolean;
  cpu?: string;
  features?: string[];
  args: string[];
}

function cfgCases(targets: string[]): CfgCase[] {
  const cases: CfgCase[] = [];
  const add = (target: string, variant: string, args: string[]) => {
    const c: CfgCase = { name: variant ? `${target}__${variant}` : target, target, panic: null, debugAssertions: true, args };
    for (let i = 0; i < args.length; i += 2) {
      const v = args[i + 1];
      if (v === 'panic=abort') c.panic = 'abort';
      else if (v === 'debug-assertions=no') c.debugAssertions = false;
      else if (v.startsWith('target-cpu=')) c.cpu = v.slice('target-cpu='.length);
      else if (v.startsWith('target-feature=')) (c.features ??= []).push(v.slice('target-feature='.length));
    }
    cases.push(c);
  };
  for (const t of targets) {
    add(t, '', []);
    add(t, 'panic-abort', ['-C', 'panic=abort']);
    add(t, 'no-debug-assertions', ['-C', 'debug-assertions=no']);
  }
  add('x86_64-unknown-linux-gnu', 'avx2', ['-C', 'target-feature=+avx2']);
  add('x86_64-unknown-linux-gnu', 'avx2-minus-sse41', ['-C', 'target-feature=+avx2,-sse4.1']);
  add('x86_64-unknown-linux-gnu', 'minus-sse41-avx2', ['-C', 'target-feature=-sse4.1', '-C', 'target-feature=+avx2']);
  add('x86_64-unknown-linux-gnu', 'cpu-x86-64-v3', ['-C', 'target-cpu=x86-64-v3']);
  add('x86_64-unknown-linux-gnu', 'cpu-x86-64-v4-minus-avx512f', ['-C', 'target-cpu=x86-64-v4', '-C', 'target-feature=-avx512f']);
  add('x86_64-unknown-linux-gnu', 'cpu-haswell', ['-C', 'target-cpu=haswell']);
  add('x86_64-unknown-linux-gnu', 'crt-static', ['-C', 'target-feature=+crt-static']);
  add('x86_64-unknown-linux-gnu', 'unknown-feature', ['-C', 'target-feature=+foo']);
  add('x86_64-unknown-linux-gnu', 'unstable-feature', ['-C', 'target-feature=+x87']);
  add('x86_64-unknown-linux-gnu', 'unsigned-feature', ['-C', 'target-feature=avx2']);
  add('aarch64-unknown-linux-gnu', 'sve2', ['-C', 'target-feature=+sve2']);
  add('aarch64-unknown-linux-gnu', 'cpu-cortex-a72', ['-C', 'target-cpu=cortex-a72']);
  add('aarch64-unknown-linux-gnu', 'cpu-neoverse-n1', ['-C', 'target-cpu=neoverse-n1']);
  add('riscv64gc-unknown-linux-gnu', 'minus-c', ['-C', 'target-feature=-c']);
  add('riscv64gc-unknown-linux-gnu', 'minus-zca', ['-C', 'target-feature=-zca']);
  add('riscv64gc-unknown-linux-gnu', 'zba-zbb', ['-C', 'target-feature=+zba,+zbb']);
  add('riscv32imac-unknown-none-elf', 'plus-f', ['-C', 'target-feature=+f']);
  add('riscv32imac-unknown-none-elf', 'zbb', ['-C', 'target-feature=+zbb']);
  add('wasm32-wasip1', 'cpu-mvp', ['-C', 'target-cpu=mvp']);
  add('wasm32-wasip1', 'simd128', ['-C', 'target-feature=+simd128']);
  add('wasm32-wasip1', 'minus-crt-static', ['-C', 'target-feature=-crt-static']);
  add('wasm32-wasip1', 'minus-bulk-memory', ['-C', 'target-feature=-bulk-memory']);
  add('thumbv7em-none-eabihf', 'crt-static', ['-C', 'target-feature=+crt-static']);
  add('thumbv7em-none-eabihf', 'cpu-cortex-m7', ['-C', 'target-cpu=cortex-m7']);
  add('thumbv6m-none-eabi', 'cpu-cortex-m0plus', ['-C', 'target-cpu=cortex-m0plus']);
  return cases;
}

/** rustc's warnings, first line of each, without the `warning: ` prefix and the summary. */
function warningLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('warning: ') && !/^warning: \d+ warnings? emitted/.test(l))
    .map((l) => l.slice('warning: '.length))
    .concat(stderr.split('\n').filter((l) => /is not a recognized processor/.test(l)))
    .filter((l, i, all) => all.indexOf(l) === i);
}

function recordCfg(targets: string[]): void {
  const dir = join(fixtures, 'cfg');
  mkdirSync(dir, { recursive: true });
  const cases = cfgCases(targets);
  const manifest = cases.map((c) => {
    const r = run('rustc', ['--print', 'cfg', '--target', c.target, ...c.args]);
    if (r.status !== 0) throw new Error(`rustc --print cfg failed for ${c.name}:\n${r.stderr}`);
    writeFileSync(join(dir, `${c.name}.txt`), r.stdout);
    const { args, ...rest } = c;
    return { ...rest, command: `rustc --print cfg --target ${c.target} ${args.join(' ')}`.trim(), warnings: warningLines(r.stderr) };
  });
  writeFileSync(join(dir, 'cases.json'), JSON.stringify(manifest, null, 2) + '\n');
}

function recordRustcSpecs(targets: string[]): void {
  const dir = join(fixtures, 'rustc-spec');
  mkdirSync(dir, { recursive: true });
  for (const t of targets) {
    const r = run('rustc', ['-Z', 'unstable-options', '--print', 'target-spec-json', '--target', t], nightly);
    writeFileSync(join(dir, `${t}.json`), r.stdout);
  }
}

// ---------------------------------------------------------------- rustc's errors for broken specs

interface ErrorCase {
  name: string;
  /** Edits to targets/riscv32imac-unknown-none-elf.json, or the whole text. */
  edit?: (j: Record<string, unknown>) => void;
  text?: string;
  /** rustc checks enum values after parsing and reports the end of the object; we report the value. */
  positionDiffers?: boolean;
}

const ERROR_CASES: ErrorCase[] = [
  { name: 'syntax-colon', text: '{\n  "arch": "riscv32",\n  "llvm-target" "riscv32"\n}\n' },
  { name: 'syntax-eof', text: '{\n  "arch": "riscv32",\n  "llvm-target": "riscv32"' },
  { name: 'syntax-trailing-comma', text: '{\n  "arch": "riscv32",\n}\n' },
  { name: 'syntax-empty', text: '' },
  { name: 'unknown-field', edit: (j) => { j.foo = 1; } },
  { name: 'is-builtin', edit: (j) => { j['is-builtin'] = true; } },
  { name: 'missing-llvm-target', edit: (j) => { delete j['llvm-target']; } },
  { name: 'missing-data-layout', edit: (j) => { delete j['data-layout']; } },
  { name: 'missing-arch', edit: (j) => { delete j.arch; } },
  { name: 'missing-target-pointer-width', edit: (j) => { delete j['target-pointer-width']; } },
  { name: 'duplicate-field', text: '{\n  "cpu": "a",\n  "cpu": "b"\n}\n' },
  { name: 'pointer-width-string', edit: (j) => { j['target-pointer-width'] = 'abc'; } },
  { name: 'pointer-width-negative', edit: (j) => { j['target-pointer-width'] = -1; } },
  { name: 'pointer-width-float', edit: (j) => { j['target-pointer-width'] = 32.5; } },
  { name: 'atomic-cas-string', edit: (j) => { j['atomic-cas'] = 'yes'; } },
  { name: 'features-number', edit: (j) => { j.features = 1; } },
  { name: 'arch-null', edit: (j) => { j.arch = null; } },
  { name: 'metadata-tier-string', edit: (j) => { j.metadata = { tier: 'x' }; } },
  { name: 'link-args-item', edit: (j) => { j['pre-link-args'] = { 'gnu-lld': ['-Tlink.x', 1] }; } },
  { name: 'link-args-list', edit: (j) => { j['pre-link-args'] = ['-Tlink.x']; } },
  { name: 'link-args-flavor', edit: (j) => { j['pre-link-args'] = { bogus: [] }; }, positionDiffers: true },
  { name: 'stack-probes-kind', edit: (j) => { j['stack-probes'] = { kind: 'x' }; } },
  { name: 'relocation-model', edit: (j) => { j['relocation-model'] = 'x'; } },
  { name: 'panic-strategy', edit: (j) => { j['panic-strategy'] = 'explode'; }, positionDiffers: true },
  { name: 'target-endian', edit: (j) => { j['target-endian'] = 'middle'; }, positionDiffers: true },
  { name: 'llvm-floatabi', edit: (j) => { j['llvm-floatabi'] = 'x'; }, positionDiffers: true },
  { name: 'code-model', edit: (j) => { j['code-model'] = 'x'; }, positionDiffers: true },
  { name: 'inconsistent-pointer-width', edit: (j) => { j['target-pointer-width'] = 16; } },
];

function recordErrors(): void {
  const dir = join(fixtures, 'errors');
  mkdirSync(dir, { recursive: true });
  const base = JSON.parse(readFileSync(join(targetsDir, 'riscv32imac-unknown-none-elf.json'), 'utf8')) as Record<string, unknown>;
  const manifest = ERROR_CASES.map((c) => {
    let text = c.text;
    if (text === undefined) {
      const j = structuredClone(base);
      c.edit!(j);
      text = JSON.stringify(j, null, 2) + '\n';
    }
    const file = join(dir, `${c.name}.json`);
    writeFileSync(file, text);
    const r = run('rustc', ['-Z', 'unstable-options', '--print', 'cfg', '--target', file], nightly);
    const line = r.stderr.split('\n').find((l) => l.startsWith('error: '));
    if (r.status === 0 || !line) throw new Error(`rustc accepted error case ${c.name}`);
    return { name: c.name, rustc: line.slice('error: '.length), positionDiffers: c.positionDiffers ?? false };
  });
  writeFileSync(join(dir, 'cases.json'), JSON.stringify(manifest, null, 2) + '\n');
}

// ---------------------------------------------------------------- LLVM 14 target machines

async function recordLlvm14(targets: string[]): Promise<void> {
  const probe = join(work, 'llvm14-probe');
  const cfg = (flag: string) => execFileSync('llvm-config-14', [flag], { encoding: 'utf8' }).trim().split(/\s+/);
  execFileSync('g++', ['-std=c++17', '-O1', join(here, 'llvm14-probe.cpp'), '-o', probe, ...cfg('--cxxflags'), ...cfg('--ldflags'), ...execFileSync('llvm-config-14', ['--libs', 'all-targets', 'mc', 'target', 'core', 'support'], { encoding: 'utf8' }).trim().split(/\s+/)]);
  // Imported late: feature-data.ts and llvm14-features.ts are regenerated above.
  const { loadTarget, llvmTargetOptions } = await import('../../../src/target/index.ts');
  const out: Record<string, unknown> = {};
  for (const t of targets) {
    const spec = loadTarget(t, { targetsDir });
    const o = llvmTargetOptions(spec);
    const names = llcNames(o.triple, 'features');
    const r = run(probe, [o.triple, o.cpu, o.features, o.abiName ?? '', o.floatAbi ?? 'default'], {}, names.join('\n'));
    if (r.status !== 0) throw new Error(`probe failed for ${t}: ${r.stderr}`);
    const lines = r.stdout.split('\n');
    out[t] = {
      options: o,
      dataLayout: lines.find((l) => l.startsWith('datalayout '))!.slice('datalayout '.length),
      enabledFeatures: lines.find((l) => l.startsWith('features'))!.split(' ').slice(1),
      llvmWarnings: r.stderr.split('\n').filter((l) => l !== ''),
    };
  }
  writeFileSync(join(fixtures, 'llvm14.json'), JSON.stringify(out, null, 2) + '\n');
}

async function main(): Promise<void> {
  const targets = readdirSync(targetsDir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  mkdirSync(fixtures, { recursive: true });
  writeFileSync(join(fixtures, 'VERSIONS'), `${run('rustc', ['--version']).stdout.trim()}\n${run('llc-14', ['--version']).stdout.split('\n').find((l) => /LLVM version/.test(l))?.trim()}\n`);
  if (!process.argv.includes('--skip-features')) recordFeatureData();
  recordLlvm14Features();
  recordCfg(targets);
  recordRustcSpecs(targets);
  recordErrors();
  await recordLlvm14(targets);
  process.stderr.write(`done (scratch files in ${work})\n`);
}

await main();
