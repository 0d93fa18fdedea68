// The command line: option errors, `--print`, `-V`, `-Z time-passes`, `--error-format=json`,
// compared with what rustc 1.95 prints (fixtures/cli.json, recorded by gen/record.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../harness/paths.ts';
import { requireBuiltCompiler } from '../harness/require-built.ts';
import { CLI_CASES } from './cases.ts';
import { cleanScratch, FIXTURES, normalizePaths, pool, readFixture, scratchDir, tsrustcIn, type ProcResult } from './driver-run.ts';

interface Recorded {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

const rustc = readFixture<Record<string, Recorded>>('cli.json');

/**
 * Where tsrustc deliberately prints something else than rustc: each entry turns rustc's
 * recorded stderr into ours, and says why.
 */
const KNOWN_DIFFERENCES: Record<string, { why: string; stderr: (s: string) => string }> = {
  'emit-foo': {
    why: 'tsrustc has no `thin-link-bitcode` output',
    stderr: (s) => s.replace(', `thin-link-bitcode`', ''),
  },
  'print-foo': {
    why: 'tsrustc answers another set of print requests (target-spec-json without -Z unstable-options)',
    stderr: (s) =>
      s.replace(
        /valid print requests are: [^\n]*/,
        'valid print requests are: `cfg`, `code-models`, `crate-name`, `file-names`, `host-tuple`, `relocation-models`, `sysroot`, `target-cpus`, `target-features`, `target-libdir`, `target-list`, `target-spec-json`',
      ),
  },
  'target-unknown': {
    why: 'the help names tsrustc',
    stderr: (s) => s.replace('`rustc --print target-list`', '`tsrustc --print target-list`'),
  },
};

const results = new Map<string, { dir: string; r: ProcResult }>();

beforeAll(async () => {
  requireBuiltCompiler();
  await pool(CLI_CASES, 2, async (c) => {
    const dir = scratchDir(c.name);
    results.set(c.name, { dir, r: await tsrustcIn(dir, c.args) });
  });
}, 600_000);

afterAll(cleanScratch);

describe('command lines compared with rustc (fixtures/cli.json)', () => {
  for (const c of CLI_CASES) {
    it(`${c.name}: tsrustc ${c.args.join(' ')}`, () => {
      const want = rustc[c.name];
      if (!want) throw new Error(`fixtures/cli.json has no case ${c.name}: run gen/record.ts`);
      const { dir, r } = results.get(c.name)!;
      const diff = KNOWN_DIFFERENCES[c.name];
      const wantStderr = diff ? diff.stderr(want.stderr) : want.stderr;
      expect(normalizePaths(r.stderr, dir), `stderr of ${c.name}${diff ? ` (${diff.why})` : ''}`).toBe(wantStderr);
      expect(normalizePaths(r.stdout, dir), `stdout of ${c.name}`).toBe(want.stdout);
      expect(r.status, `exit status of ${c.name}`).toBe(want.status);
      // A usage error is never reported as a crash.
      expect(r.stderr).not.toMatch(/internal compiler error|\n\s+at .*\.m?[jt]s:\d+/);
    });
  }
});

describe('version and prints', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };

  it('-V prints one line: name, release, commit and date', async () => {
    const r = await tsrustcIn(REPO_ROOT, ['-V']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(new RegExp(`^tsrustc ${pkg.version.replace(/\./g, '\\.')}( \\([0-9a-f]{9} \\d{4}-\\d{2}-\\d{2}\\))?\\n$`));
  });

  it('-vV and -V -v print rustc\'s verbose layout', async () => {
    for (const args of [['-vV'], ['-V', '-v'], ['--version', '--verbose']]) {
      const r = await tsrustcIn(REPO_ROOT, args);
      expect(r.status, args.join(' ')).toBe(0);
      const lines = r.stdout.split('\n');
      expect(lines.length, r.stdout).toBe(8); // 7 lines and the final newline
      expect(lines[0]).toMatch(/^tsrustc \S+/);
      expect(lines[1]).toBe('binary: tsrustc');
      const hash = /^commit-hash: ([0-9a-f]{40}|unknown)$/.exec(lines[2]!);
      expect(hash, lines[2]).not.toBeNull();
      expect(lines[3]).toMatch(/^commit-date: (\d{4}-\d{2}-\d{2}|unknown)$/);
      expect(lines[4]).toBe('host: x86_64-unknown-linux-gnu');
      expect(lines[5]).toBe(`release: ${pkg.version}`);
      expect(lines[6]).toBe('LLVM version: 14.0.6');
      expect(lines[7]).toBe('');
      // The short line carries the same commit, as rustc's does.
      if (hash![1] !== 'unknown') expect(lines[0]).toContain(`(${hash![1]!.slice(0, 9)} `);
    }
  });

  it('--print target-list lists the built-in specs', async () => {
    const r = await tsrustcIn(REPO_ROOT, ['--print', 'target-list']);
    const builtins = fs.readdirSync(path.join(REPO_ROOT, 'targets')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(builtins.map((t) => `${t}\n`).join(''));
    expect(builtins).toContain('aarch64-unknown-linux-gnu');
  });

  it('--print sysroot names build/sysroot, or --sysroot', async () => {
    const a = await tsrustcIn(REPO_ROOT, ['--print', 'sysroot']);
    expect(a.stdout).toBe(`${path.join(REPO_ROOT, 'build', 'sysroot')}\n`);
    const b = await tsrustcIn(REPO_ROOT, ['--print', 'sysroot', '--sysroot', '/some/where']);
    expect(b.stdout).toBe('/some/where\n');
    const c = await tsrustcIn(REPO_ROOT, ['--print', 'target-libdir', '--target', 'aarch64-unknown-linux-gnu']);
    expect(c.stdout).toBe(`${path.join(REPO_ROOT, 'build', 'sysroot', 'lib', 'tsrustc', 'aarch64-unknown-linux-gnu', 'lib')}\n`);
  });

  it('--print target-spec-json prints a built-in spec back as its file', async () => {
    for (const t of ['x86_64-unknown-linux-gnu', 'aarch64-unknown-linux-gnu']) {
      const r = await tsrustcIn(REPO_ROOT, ['--print', 'target-spec-json', '--target', t]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe(fs.readFileSync(path.join(REPO_ROOT, 'targets', `${t}.json`), 'utf8'));
    }
  });

  it('--print REQ=FILE writes to the file, in order with stdout prints', async () => {
    const dir = scratchDir('print-to-file');
    const r = await tsrustcIn(dir, ['--print', 'crate-name=name.txt', '--print', 'file-names', 'src/my-prog.rs']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('my-prog\n');
    expect(fs.readFileSync(path.join(dir, 'name.txt'), 'utf8')).toBe('my_prog\n');
  });
});

describe('-Z time-passes', () => {
  it('prints one `time:` line per station to stderr, and still compiles', async () => {
    const dir = scratchDir('time-passes');
    const r = await tsrustcIn(dir, ['--edition', '2021', '-Z', 'time-passes', 'src/hello.rs']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    for (const l of lines) expect(l, 'every stderr line is a timing').toMatch(/^time: +\d+\.\d{3}; rss: +\d+MB -> +\d+MB \([+-]\d+MB\)\t\S.*$/);
    const names = lines.map((l) => l.split('\t')[1]!);
    // The stations, in pipeline order.
    const stations = [/parse/, /expand/, /resolve/, /typeck/, /MIR/, /borrowck/, /LLVM/, /link/];
    let at = -1;
    for (const s of stations) {
      const i = names.findIndex((n, k) => k >= Math.max(at, 0) && s.test(n));
      expect(i, `a time-passes line naming ${s} after ${names[at] ?? 'the start'}: ${names.join(' | ')}`).toBeGreaterThanOrEqual(0);
      at = i;
    }
    expect(fs.existsSync(path.join(dir, 'hello'))).toBe(true);
  });

  it('is silent without the flag', async () => {
    const dir = scratchDir('no-time-passes');
    const r = await tsrustcIn(dir, ['--edition', '2021', '--emit=obj', 'src/hello.rs']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('--error-format=json', () => {
  interface JsonDiag {
    $message_type: string;
    message: string;
    level: string;
    code: { code: string; explanation: string | null } | null;
    rendered: string | null;
    spans: unknown[];
    children: unknown[];
  }

  it('prints one JSON diagnostic per line, as rustc does (fixtures/type-error.json.stderr)', async () => {
    const dir = scratchDir('json');
    const r = await tsrustcIn(dir, ['--edition', '2021', '--error-format=json', 'src/type_error.rs']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const parse = (text: string): JsonDiag[] => text.trimEnd().split('\n').map((l) => JSON.parse(l) as JsonDiag);
    const ours = parse(r.stderr);
    const theirs = parse(fs.readFileSync(path.join(FIXTURES, 'type-error.json.stderr'), 'utf8'));
    // Known difference: tsrustc has no error-code explanations (`code.explanation` is null).
    const comparable = theirs.map((d) => ({ ...d, code: d.code ? { ...d.code, explanation: null } : null }));
    expect(ours.length, r.stderr).toBe(comparable.length);
    for (let i = 0; i < ours.length; i++) expect(ours[i], `diagnostic ${i + 1}`).toEqual(comparable[i]);
    expect(ours.filter((d) => d.level === 'error' && d.code?.code === 'E0308')).toHaveLength(2);
  });
});
