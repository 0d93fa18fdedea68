import { describe, expect, it } from 'vitest';
import { macroFromSource } from './helpers.ts';

/** The `error:` lines a definition produces. */
function defErrors(body: string): string[] {
  const h = macroFromSource(body);
  return h.stderr().split('\n').filter((l) => l.startsWith('error')).map((l) => l.replace(/^error: /, ''));
}

describe('macro_rules! definitions', () => {
  it('accepts well-formed rules with every delimiter', () => {
    const h = macroFromSource('() => {}; [$a:expr] => ($a); {$($b:tt)*} => [$($b)*]');
    expect(h.stderr()).toBe('');
    expect(h.def.valid).toBe(true);
    expect(h.def.rules.length).toBe(3);
  });

  it('checks follow sets (expr, ty, pat, vis)', () => {
    expect(defErrors('($e:expr $i:ident) => {};')).toEqual(['`$e:expr` is followed by `$i:ident`, which is not allowed for `expr` fragments']);
    expect(defErrors('($t:ty $u:ty) => {};')).toEqual(['`$t:ty` is followed by `$u:ty`, which is not allowed for `ty` fragments']);
    expect(defErrors('($p:pat | ) => {};')).toEqual(['`$p:pat` is followed by `|`, which is not allowed for `pat` fragments']);
    expect(defErrors('($v:vis $l:lifetime) => {};')).toEqual(['`$v:vis` is followed by `$l:lifetime`, which is not allowed for `vis` fragments']);
  });

  it('says "may be" when a repetition makes the follower uncertain', () => {
    expect(defErrors('($($e:expr),* $b:block) => {};')).toEqual(['`$e:expr` may be followed by `$b:block`, which is not allowed for `expr` fragments']);
  });

  it('allows what the follow sets allow', () => {
    for (const ok of ['($e:expr => $f:expr; $g:expr, $h:tt) => {};', '($t:ty as $u:ty where) => {};', '($p:pat_param | $q:pat if) => {};', '($($e:expr)*) => {};', '($t:ty $b:block) => {};', '($i:ident $j:ident $l:literal $k:tt) => {};']) {
      expect(defErrors(ok), ok).toEqual([]);
    }
  });

  it('rejects malformed rules as rustc does', () => {
    expect(defErrors('')).toEqual(['macros must contain at least one rule']);
    expect(defErrors('a => {}')).toEqual(['invalid macro matcher; matchers must be contained in balanced delimiters']);
    expect(defErrors('() {}')).toEqual(['expected `=>`, found `{`']);
    expect(defErrors('() => a')).toEqual(['macro rhs must be delimited']);
    expect(defErrors('() => {} () => {}')).toEqual(['expected `;`, found `(`']);
  });

  it('rejects bad metavariable declarations and repetition operators', () => {
    expect(defErrors('($e:foo) => {};')).toEqual(['invalid fragment specifier `foo`']);
    expect(defErrors('($e) => {};')).toEqual(['missing fragment specifier']);
    expect(defErrors('($(a)x) => {};')).toEqual(['expected one of: `*`, `+`, or `?`']);
    expect(defErrors('($(a),?) => {};')).toEqual(['the `?` macro repetition operator does not take a separator']);
    expect(defErrors('($a:ident, $a:ident) => {};')).toEqual(['duplicate matcher binding']);
    expect(defErrors('($()*) => {};')).toEqual(['repetition matches empty token tree']);
  });

  it('marks a definition with errors invalid', () => {
    expect(macroFromSource('($e:expr $i:ident) => {};').def.valid).toBe(false);
  });
});
