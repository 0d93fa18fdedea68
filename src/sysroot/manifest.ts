// The dist server's manifest.json: which sysroot archives (and executables) a version has.

export interface DistFile {
  readonly file: string;
  readonly size: number;
  /** Lower-case hex. */
  readonly sha256: string;
}

export interface DistManifest {
  readonly version: string;
  /** Sysroot archives by target name. */
  readonly targets: Readonly<Record<string, DistFile>>;
  /** Single executables by host triple. */
  readonly executables: Readonly<Record<string, DistFile>>;
}

export const MANIFEST_NAME = 'manifest.json';

export function sysrootArchiveName(version: string, target: string): string {
  return `tsrustc-sysroot-${version}-${target}.tar.gz`;
}

export function executableName(version: string, host: string): string {
  return `tsrustc-${version}-${host}`;
}

/** Checks the shape of a parsed manifest; the message says what is wrong. */
export function parseManifest(json: unknown): DistManifest {
  const fail = (what: string): never => {
    throw new Error(`malformed manifest.json: ${what}`);
  };
  if (typeof json !== 'object' || json === null) fail('not an object');
  const o = json as Record<string, unknown>;
  if (typeof o.version !== 'string') fail('`version` is not a string');
  const files = (key: string): Record<string, DistFile> => {
    const v = o[key] ?? {};
    if (typeof v !== 'object' || v === null) return fail(`\`${key}\` is not an object`);
    const out: Record<string, DistFile> = {};
    for (const [name, f] of Object.entries(v as Record<string, unknown>)) {
      const e = f as Record<string, unknown> | null;
      const ok =
        typeof e === 'object' && e !== null &&
        typeof e.file === 'string' && /^[A-Za-z0-9._-]+$/.test(e.file) &&
        typeof e.size === 'number' && Number.isSafeInteger(e.size) && e.size >= 0 &&
        typeof e.sha256 === 'string' && /^[0-9a-f]{64}$/.test(e.sha256);
      if (!ok) fail(`entry \`${key}.${name}\` needs a plain file name, a size and a sha256`);
      out[name] = { file: e!.file as string, size: e!.size as number, sha256: e!.sha256 as string };
    }
    return out;
  };
  return { version: o.version as string, targets: files('targets'), executables: files('executables') };
}
