// The lookup order of DESIGN-NOTES (--sysroot, embedded, checkout, cache, download) and when
// a missing sysroot is an error, checked on fake sysroot folders.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheDir } from '../../src/sysroot/cache-dir.ts';
import type { FetchRequest } from '../../src/sysroot/fetch-child.ts';
import { findLocalSysroot, resolveSysroot, type SysrootQuery } from '../../src/sysroot/lookup.ts';
import { SysrootError } from '../../src/sysroot/sysroot-error.ts';
import { tempDir } from './helpers.ts';

const T = 'aarch64-unknown-linux-gnu';
let dir: string;
const d = (name: string): string => path.join(dir, name);

/** A sysroot folder holding `targets`. */
function sysroot(name: string, targets: readonly string[]): string {
  for (const t of targets) fs.mkdirSync(path.join(d(name), 'lib', 'tsrustc', t, 'lib'), { recursive: true });
  fs.mkdirSync(d(name), { recursive: true });
  return d(name);
}

function query(over: Partial<SysrootQuery>): SysrootQuery {
  return { target: T, explicit: null, embedded: null, checkout: null, cache: d('cache'), version: '1.0.0', builtin: true, env: {}, ...over };
}

const noDownload = (req: FetchRequest): string => {
  throw new Error(`unexpected download of ${req.target}`);
};

beforeAll(() => {
  dir = tempDir('lookup');
  sysroot('explicit', [T]);
  sysroot('embedded', [T, 'x86_64-unknown-linux-gnu']);
  sysroot('checkout', [T, 'wasm32-wasip1']);
  sysroot('cache', [T, 'riscv64gc-unknown-linux-gnu']);
  sysroot('empty', []);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('sysroot lookup order', () => {
  it('takes --sysroot first, and only it', () => {
    expect(findLocalSysroot(query({ explicit: d('explicit'), embedded: d('embedded'), checkout: d('checkout') }))).toBe(d('explicit'));
    expect(findLocalSysroot(query({ explicit: d('empty'), embedded: d('embedded') }))).toBe(null);
    // An explicit sysroot without the target is the driver's E0463, never a download.
    expect(resolveSysroot(query({ explicit: d('empty'), env: { TSRUSTC_DIST_SERVER: 'http://x/' } }), noDownload)).toBe(null);
  });

  it('then the embedded sysroot, the checkout, the cache', () => {
    const all = { embedded: d('embedded'), checkout: d('checkout'), cache: d('cache') };
    expect(findLocalSysroot(query(all))).toBe(d('embedded'));
    expect(findLocalSysroot(query({ ...all, target: 'wasm32-wasip1' }))).toBe(d('checkout'));
    expect(findLocalSysroot(query({ ...all, target: 'riscv64gc-unknown-linux-gnu' }))).toBe(d('cache'));
    expect(findLocalSysroot(query({ ...all, target: 'thumbv6m-none-eabi' }))).toBe(null);
  });

  it('downloads into the cache only when nothing local has the target', () => {
    const asked: FetchRequest[] = [];
    const download = (req: FetchRequest): string => {
      asked.push(req);
      return req.cacheDir;
    };
    const env = { TSRUSTC_DIST_SERVER: 'http://127.0.0.1:1/dist/' };
    expect(resolveSysroot(query({ embedded: d('embedded'), env }), download)).toBe(d('embedded'));
    expect(asked).toEqual([]);
    expect(resolveSysroot(query({ embedded: d('embedded'), env, target: 'thumbv6m-none-eabi' }), download)).toBe(d('cache'));
    expect(asked).toEqual([{ server: 'http://127.0.0.1:1/dist/', target: 'thumbv6m-none-eabi', version: '1.0.0', cacheDir: d('cache') }]);
  });

  it('never downloads for a custom target spec', () => {
    expect(resolveSysroot(query({ target: 'my-board', builtin: false, env: { TSRUSTC_DIST_SERVER: 'http://x/' } }), noDownload)).toBe(null);
  });

  it('in a checkout, leaves a missing target to the E0463 that says how to build it', () => {
    expect(resolveSysroot(query({ checkout: d('checkout'), target: 'thumbv6m-none-eabi' }), noDownload)).toBe(null);
  });

  it('outside a checkout with no dist server, says how to get the sysroot', () => {
    let err: unknown;
    try {
      resolveSysroot(query({ embedded: d('embedded'), target: 'thumbv6m-none-eabi' }), noDownload);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SysrootError);
    expect((err as SysrootError).message).toBe('the sysroot for target `thumbv6m-none-eabi` is not installed');
    expect((err as SysrootError).helps).toEqual([
      `set TSRUSTC_DIST_SERVER to the URL of a tsrustc 1.0.0 dist server to download it into ${d('cache')}`,
      'or pass `--sysroot DIR` with a sysroot that has `lib/tsrustc/thumbv6m-none-eabi/lib`',
    ]);
  });
});

describe('cache folder', () => {
  it('is $XDG_CACHE_HOME/tsrustc/<version>, else ~/.cache/tsrustc/<version>', () => {
    expect(cacheDir('1.2.3', { XDG_CACHE_HOME: '/x/cache', HOME: '/home/u' })).toBe('/x/cache/tsrustc/1.2.3');
    expect(cacheDir('1.2.3', { HOME: '/home/u' })).toBe('/home/u/.cache/tsrustc/1.2.3');
    // The XDG spec: a relative value is ignored.
    expect(cacheDir('1.2.3', { XDG_CACHE_HOME: 'rel', HOME: '/home/u' })).toBe('/home/u/.cache/tsrustc/1.2.3');
  });
});
