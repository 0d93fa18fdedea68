import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tsrustc } from '../harness/compile.ts';
import { REPO_ROOT } from '../harness/paths.ts';

// A library's #[macro_export] macros travel in its metadata as token trees: the user crate
// calls them by path and through `use`, `$crate` names the library, and std's prelude
// macros (vec!, matches!) come from std's re-exports.
describe('cross-crate macros', () => {
  it('expands a library\'s exported macros in the user crate (x86_64)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsrustc-xmac-'));
    const crates = path.join(REPO_ROOT, 'tests/run/crates');
    const lib = tsrustc(['--edition', '2021', '--crate-type', 'lib', '--crate-name', 'macro_lib', '-o', path.join(dir, 'libmacro_lib.rlib'), path.join(crates, 'macro_lib.rs')]);
    expect(lib.stderr).toBe('');
    expect(lib.status).toBe(0);
    const exe = path.join(dir, 'macro_user');
    const user = tsrustc(['--edition', '2021', '--extern', `macro_lib=${path.join(dir, 'libmacro_lib.rlib')}`, '-o', exe, path.join(crates, 'macro_user.rs')]);
    expect(user.stderr).toBe('');
    expect(user.status).toBe(0);
    const run = spawnSync(exe, [], { encoding: 'utf8' });
    expect(run.stdout).toBe(fs.readFileSync(path.join(crates, 'macro_user.stdout'), 'utf8'));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
