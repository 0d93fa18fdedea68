import { describe, expect, it } from 'vitest';
import { parseAnnotations, parseKind } from './annotations.ts';

describe('parseAnnotations', () => {
  it('reads kinds, carets and follow-ups', () => {
    const src = [
      'fn main() {',
      '    let x: i32 = "a"; //~ ERROR mismatched types',
      '    foo(); //~ ERROR E0425',
      '    //~^ NOTE not found',
      '    //~| HELP a similar name',
      '    bar();',
      '',
      '    //~^^^ WARN unused',
      '    //~| warning: second',
      '    baz(); //~ SUGGESTION let mut x',
      '    qux(); //~ no kind word here',
      '}',
    ].join('\n');
    expect(parseAnnotations(src, undefined)).toEqual([
      { line: 2, kind: 'error', msg: 'mismatched types' },
      { line: 3, kind: 'error', msg: 'E0425' },
      { line: 3, kind: 'note', msg: 'not found' },
      { line: 3, kind: 'help', msg: 'a similar name' },
      { line: 5, kind: 'warning', msg: 'unused' },
      { line: 5, kind: 'warning', msg: 'second' },
      { line: 10, kind: 'suggestion', msg: 'let mut x' },
      { line: 11, kind: undefined, msg: 'no kind word here' },
    ]);
  });

  it('filters by revision', () => {
    const src = ['a(); //[x]~ ERROR only x', 'b(); //[x,y]~ ERROR x and y', 'c(); //~ ERROR all', '//[y]~| NOTE y follows'].join('\n');
    expect(parseAnnotations(src, 'x').map((e) => e.msg)).toEqual(['only x', 'x and y', 'all']);
    expect(parseAnnotations(src, 'y')).toEqual([
      { line: 2, kind: 'error', msg: 'x and y' },
      { line: 3, kind: 'error', msg: 'all' },
      { line: 3, kind: 'note', msg: 'y follows' },
    ]);
    expect(parseAnnotations(src, undefined).map((e) => e.msg)).toEqual(['all']);
  });

  it('an annotation with only a kind expects any message of that kind', () => {
    expect(parseAnnotations('x(); //~ ERROR', undefined)).toEqual([{ line: 1, kind: 'error', msg: '' }]);
    expect(parseAnnotations('x(); //~^ERROR E0308\n', undefined)).toEqual([{ line: 0, kind: 'error', msg: 'E0308' }]);
  });

  it('rejects //~| with nothing before it', () => {
    expect(() => parseAnnotations('x(); //~| ERROR', undefined)).toThrow(/line 1/);
  });

  it('parses kind words case-insensitively with a trailing colon', () => {
    expect(parseKind('error:')).toBe('error');
    expect(parseKind('Warning')).toBe('warning');
    expect(parseKind('failure-note')).toBeUndefined();
    expect(parseKind('error: internal compiler error')).toBe('error');
  });
});
