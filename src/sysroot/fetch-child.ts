// The driver is synchronous; a download is not. The compiler runs the download in a child
// process (spawnSync) and reads one JSON line back: the child is the single executable
// itself, or this file run through scripts/run-ts.mjs in a checkout.
import { spawnSync } from 'node:child_process';
import { installSysroot } from './download.ts';
import { SysrootError } from './sysroot-error.ts';

export const FETCH_ENV = 'TSRUSTC_INTERNAL_SYSROOT_FETCH';

export interface FetchRequest {
  readonly server: string;
  readonly target: string;
  readonly version: string;
  readonly cacheDir: string;
}

type FetchReply = { readonly ok: true; readonly root: string } | { readonly ok: false; readonly message: string; readonly helps: readonly string[] };

/** The request a parent compiler handed to this process, if it is a fetch child. */
export function fetchChildRequest(env: NodeJS.ProcessEnv = process.env): FetchRequest | null {
  const raw = env[FETCH_ENV];
  return raw ? (JSON.parse(raw) as FetchRequest) : null;
}

/** The child's side: install, then print the reply as one line on stdout. */
export async function runFetchChild(req: FetchRequest): Promise<void> {
  let reply: FetchReply;
  try {
    const root = await installSysroot({ ...req, log: (l) => process.stderr.write(`${l}\n`) });
    reply = { ok: true, root };
  } catch (e) {
    reply = e instanceof SysrootError ? { ok: false, message: e.message, helps: e.helps } : { ok: false, message: String((e as Error).message ?? e), helps: [] };
  }
  process.stdout.write(`${JSON.stringify(reply)}\n`);
}

/**
 * The parent's side: runs `command` (argv of a process that calls runFetchChild) and waits.
 * Returns the sysroot the target was installed into.
 */
export function fetchSysrootSync(req: FetchRequest, command: readonly string[], timeoutMs = 600_000): string {
  const [exe, ...args] = command;
  const r = spawnSync(exe!, args, {
    env: { ...process.env, [FETCH_ENV]: JSON.stringify(req) },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 1 << 20,
  });
  if (r.error) throw new SysrootError(`could not start the sysroot download (${command.join(' ')}): ${r.error.message}`);
  const line = r.stdout.trim().split('\n').pop() ?? '';
  let reply: FetchReply;
  try {
    reply = JSON.parse(line) as FetchReply;
  } catch {
    throw new SysrootError(`the sysroot download process exited with status ${r.status ?? r.signal} without an answer`);
  }
  if (!reply.ok) throw new SysrootError(reply.message, reply.helps);
  return reply.root;
}
