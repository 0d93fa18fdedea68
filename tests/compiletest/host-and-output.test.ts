import { describe, expect, it } from 'vitest';
import { defaultHost, evaluateGates, matchesHost } from './host.ts';
import { nightlyReason } from './nightly.ts';
import { canonicalPanics, legacyPanics, normalizeOutput, sameOutput, toJsRegex } from './run-output.ts';

const host = defaultHost();

describe('host gates', () => {
  it('knows x86_64 Linux names', () => {
    for (const n of ['test', 'linux', 'x86_64', '64bit', 'unix', 'gnu', 'x86_64-unknown-linux-gnu']) expect(matchesHost(n, host)).toBe(true);
    for (const n of ['windows', 'x86', 'aarch64', '32bit', 'emscripten', 'wasm32-bare', 'musl', 'pass', 'stage1']) {
      expect(matchesHost(n, host)).toBe(false);
    }
  });

  it('ignores on a matching ignore-* or a non-matching only-*', () => {
    expect(evaluateGates([{ kind: 'ignore', name: 'emscripten' }], host)).toEqual({ status: 'run' });
    expect(evaluateGates([{ kind: 'ignore', name: 'tidy-linelength' }], host)).toEqual({ status: 'run' });
    expect(evaluateGates([{ kind: 'ignore', name: 'linux' }], host)).toEqual({ status: 'ignored', reason: 'ignore-linux' });
    expect(evaluateGates([{ kind: 'only', name: 'x86_64' }], host)).toEqual({ status: 'run' });
    expect(evaluateGates([{ kind: 'only', name: 'aarch64' }], host)).toEqual({ status: 'ignored', reason: 'only-aarch64' });
  });

  it('decides needs-* per feature, and an ignore outranks an unmet need', () => {
    expect(evaluateGates([{ kind: 'needs', name: 'asm-support', value: '' }], host)).toEqual({ status: 'run' });
    expect(evaluateGates([{ kind: 'needs', name: 'unwind', value: '' }], host)).toEqual({ status: 'unsupported', reason: 'needs-unwind' });
    expect(evaluateGates([{ kind: 'needs', name: 'unwind', value: '' }], { ...host, supports: ['unwind'] })).toEqual({ status: 'run' });
    expect(evaluateGates([{ kind: 'needs', name: 'llvm-components', value: 'x86 arm' }], host)).toEqual({ status: 'run' });
    expect(evaluateGates([{ kind: 'needs', name: 'llvm-components', value: 'sparc' }], host).status).toBe('unsupported');
    expect(evaluateGates([{ kind: 'needs', name: 'something-new', value: '' }], host).status).toBe('unsupported');
    expect(
      evaluateGates([{ kind: 'needs', name: 'unwind', value: '' }, { kind: 'ignore', name: 'test' }], host),
    ).toEqual({ status: 'ignored', reason: 'ignore-test' });
  });

  it('compares LLVM versions', () => {
    expect(evaluateGates([{ kind: 'min-llvm-version', value: '14.0.0' }], host).status).toBe('run');
    expect(evaluateGates([{ kind: 'min-llvm-version', value: '15.0' }], host).status).toBe('ignored');
    expect(evaluateGates([{ kind: 'ignore-llvm-version', value: '13 - 14' }], host).status).toBe('ignored');
    expect(evaluateGates([{ kind: 'ignore-llvm-version', value: '12' }], host).status).toBe('run');
  });
});

describe('nightly detection', () => {
  it('finds features (also in cfg_attr) and -Z flags, not commented ones', () => {
    expect(nightlyReason([{ source: '#![feature(box_syntax, never_type)]\nfn main(){}', flags: [] }])).toBe('#![feature(box_syntax)]');
    expect(nightlyReason([{ source: '#![cfg_attr(foo, feature(rustc_attrs))]', flags: [] }])).toBe('#![cfg_attr(.., feature(rustc_attrs))]');
    expect(nightlyReason([{ source: '// #![feature(x)]\nfn main(){}', flags: ['-C', 'opt-level=2'] }])).toBeUndefined();
    expect(nightlyReason([{ source: '', flags: ['-Zunpretty=hir'] }])).toBe('-Zunpretty=hir');
    expect(nightlyReason([{ source: '', flags: ['-Z', 'threads=1'] }])).toBe('-Z threads=1');
    expect(nightlyReason([{ source: 'fn main(){}', flags: [] }, { source: '#![feature(decl_macro)]', flags: [] }])).toBe(
      '#![feature(decl_macro)]',
    );
  });
});

describe('run output', () => {
  const ctx = { testDir: '/suite/dir', srcDir: '/rust', buildDir: '/tmp/ct/1', rules: [] };

  it('replaces paths with $DIR, $SRC_DIR, $TEST_BUILD_DIR', () => {
    const text = 'at /suite/dir/t.rs:1:2\n/rust/library/core/src/x.rs\n/tmp/ct/1/out/a\r\n';
    expect(normalizeOutput(text, 'stdout', ctx)).toBe('at $DIR/t.rs:1:2\n$SRC_DIR/library/core/src/x.rs\n$TEST_BUILD_DIR/out/a\n');
  });

  it('applies normalize rules of the right stream, Rust regex syntax included', () => {
    const rules = [
      { stream: 'stdout' as const, cfg: 'test', from: '(?m)finished in \\d+\\.\\d+s$', to: 'finished in $$TIME' },
      { stream: 'stderr' as const, cfg: 'test', from: 'x', to: 'y' },
    ];
    expect(normalizeOutput('ok; finished in 0.01s\nx', 'stdout', { ...ctx, rules })).toBe('ok; finished in $TIME\nx');
    expect(toJsRegex('(?x) a')?.flags).not.toContain('x');
  });

  it('treats the 1.63 and current panic formats, and thread ids, as the same', () => {
    const old = "thread 'main' panicked at 'boom', $DIR/t.rs:4:5\nnote: run with `RUST_BACKTRACE=1`\n";
    const now = "thread 'main' (1234) panicked at $DIR/t.rs:4:5:\nboom\nnote: run with `RUST_BACKTRACE=1`\n";
    expect(canonicalPanics(old)).toBe(canonicalPanics(now));
    expect(sameOutput(now, old)).toBe(true);
    expect(sameOutput(now, old.replace('boom', 'bang'))).toBe(false);
    expect(legacyPanics(now)).toContain("panicked at 'boom', $DIR/t.rs:4:5");
  });

  it('ignores only trailing whitespace at the end', () => {
    expect(sameOutput('a\nb', 'a\nb\n\n')).toBe(true);
    expect(sameOutput('a \nb', 'a\nb')).toBe(false);
  });
});
