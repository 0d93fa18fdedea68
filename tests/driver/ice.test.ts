// Internal compiler errors: `error: internal compiler error: ...`, a note naming the phase,
// exit status 101, and never a JavaScript stack trace.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TSRUSTC } from '../harness/paths.ts';
import { requireBuiltCompiler } from '../harness/require-built.ts';
import { cleanScratch, runProgram, scratchDir, tsrustcIn, type ProcResult } from './driver-run.ts';

/** Lines of a JavaScript stack trace (`    at f (file.mjs:1:2)`) or a Node crash banner. */
const JS_TRACE = /^\s+at .*(\.m?[jt]s:\d+|<anonymous>|node:)|^Node\.js v\d|^\S+\.m?js:\d+$/m;

function expectIce(r: ProcResult, phase: string | RegExp): void {
  expect(r.status, r.stderr).toBe(101);
  expect(r.stderr).not.toMatch(JS_TRACE);
  expect(r.stderr).toMatch(/^error: internal compiler error/m);
  const during = /^note: the compiler unexpectedly failed during ([^\n]+)\. This is a bug in tsrustc\.$/m.exec(r.stderr);
  expect(during, 'a note naming the phase').not.toBeNull();
  if (typeof phase === 'string') expect(during![1]).toBe(phase);
  else expect(during![1]).toMatch(phase);
  expect(r.stderr).toContain('note: please file an issue with the input that triggered it; set TSRUSTC_ICE_TRACE=1 for the location\n');
}

let dir = '';
beforeAll(() => {
  requireBuiltCompiler();
  dir = scratchDir('ice');
});
afterAll(cleanScratch);

describe('-Z treat-err-as-bug (rustc\'s way to turn an error into an ICE)', () => {
  it('the first error becomes an internal compiler error, exit 101', async () => {
    const r = await tsrustcIn(dir, ['--edition', '2021', '-Z', 'treat-err-as-bug', 'src/type_error.rs']);
    expectIce(r, 'analysis');
    expect(r.stderr).toBe(
      'error: internal compiler error[E0308]: mismatched types\n' +
        ' --> src/type_error.rs:2:18\n' +
        '  |\n' +
        '2 |     let x: i32 = "hello";\n' +
        '  |            ---   ^^^^^^^ expected `i32`, found `&str`\n' +
        '  |            |\n' +
        '  |            expected due to this\n' +
        '\n' +
        'error: internal compiler error: aborting due to `-Z treat-err-as-bug=1`\n' +
        '\n' +
        'note: the compiler unexpectedly failed during analysis. This is a bug in tsrustc.\n' +
        'note: please file an issue with the input that triggered it; set TSRUSTC_ICE_TRACE=1 for the location\n\n',
    );
  });

  it('=2 lets the first error through and stops at the second', async () => {
    const r = await tsrustcIn(dir, ['--edition', '2021', '-Z', 'treat-err-as-bug=2', 'src/type_error.rs']);
    expectIce(r, 'analysis');
    expect(r.stderr.startsWith('error[E0308]: mismatched types\n --> src/type_error.rs:2:18\n')).toBe(true);
    expect(r.stderr).toContain('error: internal compiler error[E0308]: mismatched types\n --> src/type_error.rs:3:19\n');
    expect(r.stderr).toContain('aborting due to `-Z treat-err-as-bug=2`');
  });

  it('more than the errors there are: a normal failure', async () => {
    const r = await tsrustcIn(dir, ['--edition', '2021', '-Z', 'treat-err-as-bug=3', 'src/type_error.rs']);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toContain('internal compiler error');
    expect(r.stderr).toContain('error: aborting due to 2 previous errors\n');
  });

  it('a program without errors compiles as usual', async () => {
    const r = await tsrustcIn(dir, ['--edition', '2021', '-Z', 'treat-err-as-bug', '-o', 'ok', 'src/hello.rs']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('JSON diagnostics carry rustc\'s ICE level', async () => {
    const r = await tsrustcIn(dir, ['--edition', '2021', '--error-format=json', '-Z', 'treat-err-as-bug', 'src/type_error.rs']);
    expectIce(r, 'analysis');
    const first = JSON.parse(r.stderr.split('\n')[0]!) as { level: string; message: string };
    expect(first).toMatchObject({ level: 'error: internal compiler error', message: 'mismatched types' });
  });

  it('rejects a value that is not a count', async () => {
    const r = await tsrustcIn(dir, ['-Z', 'treat-err-as-bug=x', 'src/type_error.rs']);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'error: incorrect value `x` for unstable option `treat-err-as-bug` - either no value or a non-negative integer was expected\n\n',
    );
  });
});

describe('real internal compiler errors', () => {
  // 100,000 chained additions overflow the JavaScript stack during expansion (rustc 1.95
  // crashes on this input too, with SIGSEGV). The uncaught RangeError must still come out
  // as an ICE. If the compiler learns to handle it, the program must then print 100000.
  it('a stack overflow inside the compiler is an ICE, not a Node crash', async () => {
    const src = path.join(dir, 'deep.rs');
    fs.writeFileSync(src, `fn main() {\n    let x = 0${' + 1'.repeat(100_000)};\n    println!("{}", x);\n}\n`);
    const r = await tsrustcIn(dir, ['--edition', '2021', '-o', 'deep', 'deep.rs']);
    if (r.status === 0) {
      expect((await runProgram(path.join(dir, 'deep'), [], { cwd: dir })).stdout).toBe('100000\n');
      return;
    }
    expectIce(r, /./);
    expect(r.stderr.split('\n')[0]).toBe('error: internal compiler error: Maximum call stack size exceeded');
  });

  it('TSRUSTC_ICE_TRACE=1 adds one line with the location, still no stack trace', async () => {
    const r = await tsrustcIn(dir, ['--edition', '2021', '-o', 'deep', 'deep.rs'], { TSRUSTC_ICE_TRACE: '1' });
    if (r.status === 0) return; // handled since: nothing left to trace (the test above checks the output)
    expect(r.status).toBe(101);
    expect(r.stderr).not.toMatch(JS_TRACE);
    expect(r.stderr).toMatch(/^note: at \S.*\.m?[jt]s:\d+:\d+\)?( <- .*)?$/m);
  });

  // `match` on string literals is not supported yet and is reported as an ICE today. Any of
  // three outcomes is correct: an ICE in rustc's form, a proper error, or a working program.
  it('an unsupported construct (string literal patterns) fails cleanly', async () => {
    const r = await tsrustcIn(dir, ['--edition', '2021', '-o', 'str_match', 'src/str_match.rs']);
    expect(r.stderr).not.toMatch(JS_TRACE);
    if (r.status === 0) {
      expect((await runProgram(path.join(dir, 'str_match'), [], { cwd: dir })).stdout).toBe('yes\n');
    } else if (r.status === 1) {
      expect(r.stderr).toMatch(/^error(\[E\d{4}\])?: /m);
      expect(r.stderr).not.toContain('internal compiler error');
    } else {
      expectIce(r, /MIR/);
    }
  });
});

describe('not crashes', () => {
  it('a reader that goes away (`2>&1 | head`) is not an ICE', async () => {
    // EPIPE on stderr: rustc dies of SIGPIPE there (the shell reports 141); tsrustc exits
    // quietly with that status instead of reporting an internal compiler error.
    fs.writeFileSync(path.join(dir, 'many.rs'), `fn main() {\n${'    let _x: i32 = "a";\n'.repeat(3000)}}\n`);
    const r = await runProgram('bash', ['-c', '"$0" --edition 2021 many.rs 2>&1 | head -c 10; echo " ${PIPESTATUS[0]}"', TSRUSTC], { cwd: dir });
    expect(r.stdout).toBe('error[E030 141\n');
  });
});
