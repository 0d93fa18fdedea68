import { describe, expect, it } from 'vitest';
import { headerLines, isNameDirective, parseNormalizeValue, parseProps, valueDirective } from './directives.ts';

describe('headerLines', () => {
  it('reads // lines until the first fn or mod, with revision prefixes', () => {
    const src = [
      '// run-pass',
      '//[a,b] compile-flags: -O',
      '#![allow(dead_code)]',
      '//   edition:2018',
      'fn main() {}',
      '// check-pass',
    ].join('\n');
    expect(headerLines(src)).toEqual([
      { revs: undefined, text: 'run-pass' },
      { revs: ['a', 'b'], text: 'compile-flags: -O' },
      { revs: undefined, text: 'edition:2018' },
    ]);
  });
});

describe('name and value directives', () => {
  it('matches a name followed by end, blank or colon only', () => {
    expect(isNameDirective('run-pass', 'run-pass')).toBe(true);
    expect(isNameDirective('run-pass: reason', 'run-pass')).toBe(true);
    expect(isNameDirective('run-pass because', 'run-pass')).toBe(true);
    expect(isNameDirective('run-passes', 'run-pass')).toBe(false);
  });

  it('takes the trimmed value after the colon and expands {{vars}}', () => {
    expect(valueDirective('edition:2021', 'edition')).toBe('2021');
    expect(valueDirective('edition : 2018 ', 'edition')).toBe('2018');
    expect(valueDirective('editions:2018', 'edition')).toBeUndefined();
    expect(valueDirective('compile-flags: -L {{src-base}}/x', 'compile-flags', { 'src-base': '/s' })).toBe('-L /s/x');
  });

  it('parses normalize values as Rust string bodies', () => {
    expect(parseNormalizeValue('"finished in \\d+\\.\\d+s" -> "finished in $$TIME"')).toEqual([
      'finished in \\d+\\.\\d+s',
      'finished in $$TIME',
    ]);
    expect(parseNormalizeValue('"a\\"b" -> "c"')).toEqual(['a"b', 'c']);
    expect(parseNormalizeValue('no quotes')).toBeUndefined();
  });
});

describe('parseProps', () => {
  const src = [
    '// revisions: base extra',
    '// build-pass',
    '// compile-flags: --cfg foo  -C opt-level=1',
    '//[extra] compile-flags: --cfg bar',
    '//[extra] run-pass',
    '// edition:2018',
    '// aux-build:helper.rs',
    '// aux-crate:priv:dep=dep.rs',
    '// error-pattern: boom here',
    '// exec-env:A=1=2',
    '// rustc-env:RUST_BACKTRACE=0',
    '// unset-rustc-env:PWD',
    '// run-flags: --test-threads=1 x',
    '// failure-status: 101',
    '// check-run-results',
    '// ignore-windows',
    '// only-x86_64',
    '// needs-llvm-components: x86 arm',
    '// min-llvm-version: 13.0',
    '// normalize-stdout-test "\\d+" -> "N"',
    '// normalize-stderr-64bit: "a" -> "b"',
    '// known-bug',
    '// should-fail',
    'fn main() {}',
  ].join('\n');

  it('collects every directive for the shared part', () => {
    const p = parseProps(src, undefined);
    expect(p.revisions).toEqual(['base', 'extra']);
    expect(p.mode).toBe('build-pass');
    expect(p.compileFlags).toEqual(['--cfg', 'foo', '-C', 'opt-level=1']);
    expect(p.edition).toBe('2018');
    expect(p.auxBuilds).toEqual(['helper.rs']);
    expect(p.auxCrates).toEqual([{ name: 'dep', file: 'dep.rs' }]);
    expect(p.errorPatterns).toEqual(['boom here']);
    expect(p.execEnv).toEqual([['A', '1=2']]);
    expect(p.rustcEnv).toEqual([['RUST_BACKTRACE', '0']]);
    expect(p.unsetRustcEnv).toEqual(['PWD']);
    expect(p.runFlags).toEqual(['--test-threads=1', 'x']);
    expect(p.failureStatus).toBe(101);
    expect(p.checkRunResults).toBe(true);
    expect(p.knownBug).toBe(true);
    expect(p.shouldFail).toBe(true);
    expect(p.gates).toEqual([
      { kind: 'ignore', name: 'windows' },
      { kind: 'only', name: 'x86_64' },
      { kind: 'needs', name: 'llvm-components', value: 'x86 arm' },
      { kind: 'min-llvm-version', value: '13.0' },
    ]);
    expect(p.normalize).toEqual([
      { stream: 'stdout', cfg: 'test', from: '\\d+', to: 'N' },
      { stream: 'stderr', cfg: '64bit', from: 'a', to: 'b' },
    ]);
  });

  it('adds revision-only lines for that revision', () => {
    const base = parseProps(src, 'base');
    const extra = parseProps(src, 'extra');
    expect(base.mode).toBe('build-pass');
    expect(extra.mode).toBe('run-pass');
    expect(base.compileFlags).not.toContain('bar');
    expect(extra.compileFlags).toEqual(['--cfg', 'foo', '-C', 'opt-level=1', '--cfg', 'bar']);
  });

  it('ignores prose comments and unknown directives', () => {
    const p = parseProps('// This test checks the borrow checker.\n// ignore-tidy-linelength\n// pretty-expanded FIXME\nfn main() {}', undefined);
    expect(p.mode).toBeUndefined();
    expect(p.compileFlags).toEqual([]);
    expect(p.gates).toEqual([{ kind: 'ignore', name: 'tidy-linelength' }]);
  });
});
