// The driver cases, shared by the tests and by gen/record.ts (which records what rustc 1.95
// does for each into fixtures/). Arguments are relative to a fresh working directory that
// holds the sources of fixtures/src/ under `src/`.

/** A compilation whose output files (names, and rustc's stderr) are compared with rustc's. */
export interface EmitCase {
  readonly name: string;
  readonly args: readonly string[];
  /** Directories to create in the working directory before compiling. */
  readonly mkdirs?: readonly string[];
  /** What an output without a telling extension is (default: an executable). */
  readonly kinds?: Readonly<Record<string, 'obj' | 'exe' | 'asm'>>;
}

// `--edition 2021` is added to every case (tsrustc cannot build 2015-edition binaries yet).
export const EMIT_CASES: readonly EmitCase[] = [
  { name: 'four-kinds-cwd', args: ['--emit=llvm-ir,asm,obj,link', 'src/hello.rs'] },
  { name: 'four-kinds-out-dir', args: ['--emit=llvm-ir,asm,obj,link', '--out-dir', 'out/nested', 'src/hello.rs'] },
  { name: 'llvm-bc', args: ['--emit=llvm-bc', 'src/hello.rs'] },
  { name: 'default-link', args: ['src/hello.rs'] },
  { name: 'o-llvm-ir', args: ['--emit=llvm-ir', '-o', 'x.ll', 'src/hello.rs'] },
  { name: 'o-obj-no-extension', args: ['--emit=obj', '-o', 'foo', 'src/hello.rs'], kinds: { foo: 'obj' } },
  { name: 'o-asm-in-dir', args: ['--emit=asm', '-o', 'sub/prog.asm', 'src/hello.rs'], mkdirs: ['sub'] },
  { name: 'o-link', args: ['-o', 'prog', 'src/hello.rs'] },
  { name: 'o-adapted', args: ['--emit=llvm-ir,asm,obj,link', '-o', 'sub/x', 'src/hello.rs'], mkdirs: ['sub'] },
  { name: 'o-adapted-extension', args: ['--emit=llvm-bc,metadata,link', '-o', 'y.out', 'src/hello.rs'] },
  { name: 'o-adapted-two', args: ['--emit=asm,obj', '-o', 'x.bin', 'src/hello.rs'] },
  { name: 'emit-explicit-path', args: ['--emit=llvm-ir=named.ll,asm', 'src/hello.rs'] },
  // `-o` applies to the one output type without an explicit path: `z` is the assembly.
  { name: 'emit-explicit-path-and-o', args: ['--emit=llvm-ir=named.ll,asm', '-o', 'z', 'src/hello.rs'], kinds: { z: 'asm' } },
  { name: 'crate-name-bin', args: ['--crate-name', 'foo', 'src/hello.rs'] },
  // The crate is `my_prog`; outputs other than libraries keep the file's stem `my-prog`.
  { name: 'dash-in-file-name', args: ['src/my-prog.rs'] },
  { name: 'dash-in-file-name-all-kinds', args: ['--emit=llvm-ir,asm,obj,link,metadata', 'src/my-prog.rs'] },
  { name: 'dash-in-lib-file-name', args: ['--crate-type', 'lib', '--emit=link,metadata,obj', 'src/my-lib.rs'] },
  // `#![crate_name = "renamed"]` names the crate and the outputs.
  { name: 'crate-name-attribute', args: ['--emit=link,llvm-ir,metadata', 'src/attr-name.rs'] },
  { name: 'lib', args: ['--crate-type', 'lib', 'src/mylib.rs'] },
  { name: 'lib-crate-name', args: ['--crate-type', 'lib', '--crate-name', 'foo', 'src/mylib.rs'] },
  { name: 'lib-o', args: ['--crate-type', 'lib', '-o', 'out.rlib', 'src/mylib.rs'] },
  { name: 'lib-o-adapted', args: ['--crate-type', 'lib', '--emit=obj,link', '-o', 'q', 'src/mylib.rs'] },
  { name: 'metadata', args: ['--emit=metadata', '--crate-type', 'lib', 'src/mylib.rs'] },
  { name: 'metadata-bin', args: ['--emit=metadata', 'src/hello.rs'] },
  { name: 'lib-link-and-metadata-out-dir', args: ['--crate-type', 'lib', '--emit=link,metadata', '--out-dir', 'd', 'src/mylib.rs'] },
  { name: 'o-missing-dir', args: ['-o', 'nodir/x', 'src/hello.rs'] },
  { name: 'o-adapted-missing-dir', args: ['--emit=llvm-ir,link', '-o', 'nodir/x', 'src/hello.rs'] },
];

/** A command line whose stdout, stderr and exit status are compared with rustc's. */
export interface CliCase {
  readonly name: string;
  readonly args: readonly string[];
}

export const CLI_CASES: readonly CliCase[] = [
  { name: 'unknown-long-option', args: ['--foo', 'src/hello.rs'] },
  { name: 'unknown-short-option', args: ['-q', 'src/hello.rs'] },
  { name: 'opt-level-9', args: ['-C', 'opt-level=9', 'src/hello.rs'] },
  { name: 'opt-level-no-value', args: ['-C', 'opt-level', 'src/hello.rs'] },
  { name: 'crate-type-foo', args: ['--crate-type', 'foo', 'src/hello.rs'] },
  { name: 'edition-2030', args: ['--edition', '2030', 'src/hello.rs'] },
  { name: 'emit-foo', args: ['--emit', 'foo', 'src/hello.rs'] },
  { name: 'print-foo', args: ['--print', 'foo', 'src/hello.rs'] },
  { name: 'codegen-bogus', args: ['-C', 'bogus=1', 'src/hello.rs'] },
  { name: 'output-twice', args: ['-o', 'a', '-o', 'b', 'src/hello.rs'] },
  { name: 'missing-input', args: ['x.rs'] },
  { name: 'input-is-directory', args: ['src'] },
  { name: 'no-input', args: ['-O'] },
  { name: 'two-inputs', args: ['src/hello.rs', 'src/mylib.rs'] },
  { name: 'bad-crate-name', args: ['--crate-name', 'a-b', 'src/hello.rs'] },
  { name: 'codegen-units-0', args: ['-C', 'codegen-units=0', 'src/hello.rs'] },
  { name: 'overflow-checks-maybe', args: ['-C', 'overflow-checks=maybe', 'src/hello.rs'] },
  { name: 'debuginfo-7', args: ['-C', 'debuginfo=7', 'src/hello.rs'] },
  { name: 'panic-foo', args: ['-C', 'panic=foo', 'src/hello.rs'] },
  { name: 'strip-foo', args: ['-C', 'strip=foo', 'src/hello.rs'] },
  { name: 'relocation-model-no-value', args: ['-C', 'relocation-model', 'src/hello.rs'] },
  { name: 'error-format-foo', args: ['--error-format=foo', 'src/hello.rs'] },
  { name: 'color-foo', args: ['--color', 'foo', 'src/hello.rs'] },
  { name: 'cfg-invalid', args: ['--cfg', 'a b', 'src/hello.rs'] },
  { name: 'target-unknown', args: ['--target', 'nope', 'src/hello.rs'] },
  { name: 'target-missing-file', args: ['--target', 'nope.json', 'src/hello.rs'] },
  { name: 'print-crate-name', args: ['--print', 'crate-name', 'src/my-prog.rs'] },
  { name: 'print-crate-name-flag', args: ['--print', 'crate-name', '--crate-name', 'foo', 'src/hello.rs'] },
  { name: 'print-crate-name-attribute', args: ['--print', 'crate-name', 'src/attr-name.rs'] },
  { name: 'print-file-names-dash', args: ['--print', 'file-names', '--crate-type', 'bin,lib', 'src/my-prog.rs'] },
  { name: 'print-file-names-attribute', args: ['--print', 'file-names', 'src/attr-name.rs'] },
  { name: 'print-crate-name-no-input', args: ['--print', 'crate-name'] },
  { name: 'print-cfg-then-crate-name-no-input', args: ['--print', 'cfg', '--print', 'crate-name'] },
  { name: 'print-file-names', args: ['--print', 'file-names', 'src/hello.rs'] },
  { name: 'print-file-names-types', args: ['--print', 'file-names', '--crate-type', 'staticlib,cdylib,rlib', 'src/hello.rs'] },
  { name: 'print-file-names-o', args: ['--print', 'file-names', '-o', 'sub/xyz', 'src/hello.rs'] },
  { name: 'print-file-names-wasm', args: ['--print', 'file-names', '--target', 'wasm32-wasip1', 'src/hello.rs'] },
  { name: 'print-cfg', args: ['--print', 'cfg'] },
  { name: 'print-cfg-aarch64', args: ['--print', 'cfg', '--target', 'aarch64-unknown-linux-gnu'] },
  { name: 'print-cfg-release', args: ['--print', 'cfg', '-O'] },
  { name: 'print-cfg-o-then-opt-level-0', args: ['--print', 'cfg', '-O', '-C', 'opt-level=0'] },
  { name: 'print-cfg-opt-level-0-then-o', args: ['--print', 'cfg', '-C', 'opt-level=0', '-O'] },
  { name: 'print-cfg-with-cfg', args: ['--print', 'cfg', '--cfg', 'feature="x"', '--cfg', 'my_flag'] },
  { name: 'print-host-tuple', args: ['--print', 'host-tuple'] },
  { name: 'library-path-unknown-kind', args: ['-L', 'foo=bar', '--print', 'crate-name', 'src/hello.rs'] },
];

/**
 * Programs run at -O / -C opt-level=3 and compared with the binaries of `rustc -O`
 * (overflow checks are off in release builds: the overflow programs wrap instead of panic).
 * Paths are relative to the repo root.
 */
export const OPT_PROGRAMS: readonly string[] = [
  'tests/run/fibonacci.rs',
  'tests/run/xorshift.rs',
  'tests/run/primes_trial.rs',
  'tests/run/div_by_zero.rs',
  'tests/run/div_overflow.rs',
  'tests/run/overflow_mul.rs',
  'tests/run/neg_overflow.rs',
  'tests/run/shl_overflow.rs',
  'tests/driver/fixtures/src/wrap_add.rs',
];

/** Broken copies of targets/aarch64-unknown-linux-gnu.json; each must fail to load. */
export interface TargetErrorCase {
  readonly name: string;
  /** Turns the built-in spec's text into the broken one. */
  readonly edit: (text: string) => string;
  /** The field the message must name (null for a JSON syntax error). */
  readonly field: string | null;
}

const editJson = (f: (o: Record<string, unknown>) => void) => (text: string): string => {
  const o = JSON.parse(text) as Record<string, unknown>;
  f(o);
  return `${JSON.stringify(o, null, 2)}\n`;
};

export const TARGET_ERROR_CASES: readonly TargetErrorCase[] = [
  { name: 'syntax-error', edit: (t) => t.replace('"arch": "aarch64",', '"arch" "aarch64",'), field: null },
  { name: 'unknown-field', edit: editJson((o) => { o['bogus-field'] = 1; }), field: 'bogus-field' },
  { name: 'missing-field', edit: editJson((o) => { delete o['llvm-target']; }), field: 'llvm-target' },
  { name: 'wrong-type-string', edit: editJson((o) => { o['target-pointer-width'] = 'abc'; }), field: 'target-pointer-width' },
  { name: 'wrong-type-bool', edit: editJson((o) => { o['max-atomic-width'] = true; }), field: 'max-atomic-width' },
];

/** The custom target the tests build: the aarch64 built-in with another CPU. */
export function customAarch64(builtin: string): string {
  return editJson((o) => {
    if ('cpu' in o) throw new Error('targets/aarch64-unknown-linux-gnu.json now sets `cpu`: pick another change');
    o.cpu = 'cortex-a53';
  })(builtin);
}
