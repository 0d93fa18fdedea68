import { describe, expect, it } from 'vitest';
import { checkErrors, describeErrorCheck } from './check-errors.ts';
import { flattenDiagnostics, parseJsonStderr, renderedText } from './diagnostics-json.ts';
import { parseHumanStderr } from './diagnostics-human.ts';

const file = '/suite/t.rs';

function span(line: number, extra: Record<string, unknown> = {}) {
  return { file_name: file, line_start: line, line_end: line, column_start: 1, column_end: 2, is_primary: true, label: null, ...extra };
}

const mismatched = {
  $message_type: 'diagnostic',
  message: 'mismatched types',
  code: { code: 'E0308', explanation: null },
  level: 'error',
  spans: [span(4, { label: 'expected `i32`, found `&str`' }), span(4, { is_primary: false, label: 'expected due to this' })],
  children: [{ message: 'consider this', code: null, level: 'help', spans: [], children: [], rendered: null }],
  rendered: 'error[E0308]: mismatched types\n',
};

describe('JSON diagnostics', () => {
  it('parses JSON lines and keeps other lines apart', () => {
    const stderr = `${JSON.stringify(mismatched)}\nthread 'rustc' panicked\n{"$message_type":"future_incompat","future_incompat_report":[]}\n`;
    const { diagnostics, other } = parseJsonStderr(stderr);
    expect(diagnostics.map((d) => [d.level, d.code, d.message])).toEqual([['error', 'E0308', 'mismatched types']]);
    expect(other).toEqual(["thread 'rustc' panicked"]);
    expect(renderedText(stderr)).toBe("error[E0308]: mismatched types\nthread 'rustc' panicked\n");
  });

  it('flattens like compiletest: code suffix, labels as notes, children on the parent line', () => {
    const { diagnostics } = parseJsonStderr(JSON.stringify(mismatched));
    expect(flattenDiagnostics(diagnostics, file, '/')).toEqual([
      { line: 4, kind: 'error', msg: 'mismatched types [E0308]' },
      { line: 4, kind: 'note', msg: 'expected `i32`, found `&str`' },
      { line: 4, kind: 'note', msg: 'expected due to this' },
      { line: 4, kind: 'help', msg: 'consider this' },
    ]);
  });

  it('follows macro expansions back to the test file and drops spanless diagnostics', () => {
    const inMacro = {
      message: 'boom',
      level: 'error',
      code: null,
      spans: [{ ...span(100), file_name: '/lib/core/macros.rs', expansion: { span: span(7, { is_primary: false }) } }],
      children: [],
    };
    const aborting = { message: 'aborting due to previous error', level: 'error', code: null, spans: [], children: [] };
    const other = { message: 'in aux', level: 'error', code: null, spans: [{ ...span(3), file_name: '/suite/auxiliary/a.rs' }], children: [] };
    const { diagnostics } = parseJsonStderr([inMacro, aborting, other].map((d) => JSON.stringify(d)).join('\n'));
    expect(flattenDiagnostics(diagnostics, file, '/')).toEqual([{ line: 7, kind: 'error', msg: 'boom' }]);
  });

  it('splits multi-line messages and records suggestions', () => {
    const d = {
      message: 'first\nsecond',
      level: 'warning',
      code: null,
      spans: [span(2)],
      children: [{ message: 'try', level: 'help', code: null, spans: [span(2, { suggested_replacement: 'mut x' })], children: [] }],
    };
    const { diagnostics } = parseJsonStderr(JSON.stringify(d));
    expect(flattenDiagnostics(diagnostics, file, '/')).toEqual([
      { line: 2, kind: 'warning', msg: 'first' },
      { line: 2, kind: undefined, msg: 'second' },
      { line: 2, kind: 'help', msg: 'try' },
      { line: 2, kind: 'suggestion', msg: 'mut x' },
    ]);
  });
});

describe('human diagnostics', () => {
  it('reads headers, arrows, child notes and footnotes', () => {
    const text = [
      'error[E0382]: borrow of moved value: `v`',
      ` --> ${file}:4:5`,
      '  |',
      '3 |     drop(v);',
      '  |          - value moved here',
      '4 |     v.len();',
      '  |     ^ value borrowed here after move',
      '  |',
      'note: consider cloning',
      ` --> ${file}:3:10`,
      '  = help: a footnote',
      '',
      'warning: unused variable',
      ` --> ${file}:9:1`,
      '',
      'error: aborting due to previous error',
      '',
    ].join('\n');
    const diags = parseHumanStderr(text);
    expect(flattenDiagnostics(diags, file, '/')).toEqual([
      { line: 4, kind: 'error', msg: 'borrow of moved value: `v` [E0382]' },
      { line: 3, kind: 'note', msg: 'consider cloning' },
      { line: 4, kind: 'help', msg: 'a footnote' },
      { line: 9, kind: 'warning', msg: 'unused variable' },
    ]);
  });
});

describe('checkErrors', () => {
  const actual = [
    { line: 4, kind: 'error' as const, msg: 'mismatched types [E0308]' },
    { line: 4, kind: 'note' as const, msg: 'expected `i32`' },
    { line: 6, kind: 'warning' as const, msg: 'unused variable' },
  ];

  it('matches by line, kind and message substring (code included)', () => {
    const r = checkErrors(
      [
        { line: 4, kind: 'error', msg: 'E0308' },
        { line: 4, kind: undefined, msg: 'expected `i32`' },
      ],
      actual,
      { allowUnexpectedErrors: false },
    );
    expect(r).toEqual({ missing: [], unexpected: [] });
  });

  it('reports missing annotations and unannotated errors, not unannotated warnings', () => {
    const r = checkErrors([{ line: 5, kind: 'error', msg: 'mismatched' }, { line: 6, kind: 'warning', msg: 'unused' }], actual, {
      allowUnexpectedErrors: false,
    });
    expect(r.missing).toEqual([{ line: 5, kind: 'error', msg: 'mismatched' }]);
    expect(r.unexpected).toEqual([actual[0]]);
    expect(describeErrorCheck(r)).toBe('missing ERROR at 5 "mismatched"; unexpected ERROR at 4 "mismatched types [E0308]"');
  });

  it('a kind mismatch does not match', () => {
    const r = checkErrors([{ line: 6, kind: 'error', msg: 'unused' }], actual, { allowUnexpectedErrors: false });
    expect(r.missing).toHaveLength(1);
  });

  it('accepts an annotation repeated for a diagnostic rustc deduplicated', () => {
    const twice = [
      { line: 4, kind: 'error' as const, msg: 'E0308' },
      { line: 4, kind: 'error' as const, msg: 'E0308' },
    ];
    expect(checkErrors(twice, actual, { allowUnexpectedErrors: false }).missing).toEqual([]);
  });

  it('known-bug tests may have unannotated errors', () => {
    expect(checkErrors([], actual, { allowUnexpectedErrors: true })).toEqual({ missing: [], unexpected: [] });
  });
});
