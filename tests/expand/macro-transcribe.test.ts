import { describe, expect, it } from 'vitest';
import { macroFromSource } from './helpers.ts';

const expand = (body: string, args: string): string => macroFromSource(body).expand(args);

describe('macro_rules! transcriber', () => {
  it('substitutes metavariables and keeps other tokens', () => {
    expect(expand('($a:ident, $b:ident) => { let $a = $b + 1; };', 'x, y')).toBe('let x = y + 1 ;');
  });

  it('unrolls a repetition with its separator', () => {
    expect(expand('($($x:ident),*) => { [$($x * 2),*] };', 'a, b, c')).toBe('[ a * 2 , b * 2 , c * 2 ]');
    expect(expand('($($x:ident),*) => { 0 $(+ $x)* };', '')).toBe('0');
  });

  it('walks several metavariables in lockstep and repeats outer ones inside', () => {
    expect(expand('($k:ident; $($a:ident = $b:literal),*) => { $($k.$a = $b;)* };', 's; x = 1, y = 2')).toBe('s . x = <literal> ; s . y = <literal> ;');
  });

  it('handles nested repetitions depth by depth', () => {
    expect(expand('($($n:ident [$($v:literal)*])*) => { $(fn $n() { $(f($v);)* })* };', 'a [1 2] b []')).toBe(
      'fn a () { f ( <literal> ) ; f ( <literal> ) ; } fn b () {}',
    );
  });

  it('reports repetitions of different lengths', () => {
    expect(expand('($($a:ident),*; $($b:ident),*) => { $(($a, $b))* };', 'x, y; z')).toBe('error: meta-variable `a` repeats 2 times, but `b` repeats 1 time');
  });

  it('reports a repetition with no repeating metavariable', () => {
    expect(expand('($a:ident) => { $(1)* };', 'x')).toBe(
      'error: attempted to repeat an expression containing no syntax variables matched as repeating at this depth',
    );
  });

  it('reports a metavariable used at too shallow a depth', () => {
    expect(expand('($($a:ident)*) => { $a };', 'x y')).toBe('error: variable `a` is still repeating at this depth');
  });

  it('reports `+` transcribed zero times', () => {
    expect(expand('($($a:ident)*) => { $($a)+ };', '')).toBe('error: this must repeat at least once');
  });

  it('leaves unbound `$x` alone (macros defining macros)', () => {
    expect(expand('($n:ident) => { macro_rules! $n { ($x:expr) => { $x } } };', 'inner')).toBe('macro_rules ! inner { ( $ x : expr ) => { $ x } }');
  });

  it('turns `$crate` into a path root', () => {
    expect(expand('() => { $crate::f() };', '')).toBe('crate :: f ()');
  });

  it('forwards `tt` fragments as the tokens they were', () => {
    expect(expand('($($t:tt)*) => { $($t)* };', 'a + (b * c)')).toBe('a + ( b * c )');
  });
});
