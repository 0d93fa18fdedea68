import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tsrustc } from '../harness/compile.ts';
import { REPO_ROOT } from '../harness/paths.ts';

// A library's generic fns, generic impls and trait default methods are instantiated by the
// dependent from the MIR stored in the library's metadata (as rustc does with rlibs).
describe('cross-crate generics', () => {
  it('instantiates a library\'s generic items in the user crate (x86_64)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsrustc-xgen-'));
    const crates = path.join(REPO_ROOT, 'tests/run/crates');
    const lib = tsrustc(['--edition', '2021', '--crate-type', 'lib', '--crate-name', 'generic_lib', '-o', path.join(dir, 'libgeneric_lib.rlib'), path.join(crates, 'generic_lib.rs')]);
    expect(lib.stderr).toBe('');
    expect(lib.status).toBe(0);
    const exe = path.join(dir, 'generic_user');
    const user = tsrustc(['--edition', '2021', '--extern', `generic_lib=${path.join(dir, 'libgeneric_lib.rlib')}`, '-o', exe, path.join(crates, 'generic_user.rs')]);
    expect(user.stderr).toBe('');
    expect(user.status).toBe(0);
    const run = spawnSync(exe, [], { encoding: 'utf8' });
    expect(run.stdout).toBe(fs.readFileSync(path.join(crates, 'generic_user.stdout'), 'utf8'));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
