import * as fs from 'node:fs';
import * as path from 'node:path';
import * as tar from 'tar';

/** Every file and folder under `dir`, relative, sorted: archives list them in a stable order. */
export function listTree(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of fs.readdirSync(path.join(dir, rel)).sort()) {
    const p = rel === '' ? name : `${rel}/${name}`;
    const st = fs.lstatSync(path.join(dir, p));
    if (st.isDirectory()) out.push(`${p}/`, ...listTree(dir, p));
    else if (st.isFile()) out.push(p);
    else throw new Error(`${path.join(dir, p)}: only plain files and folders go into a sysroot archive`);
  }
  return out;
}

/**
 * Packs a target's sysroot folder (`lib/...`) into a .tar.gz. Same input, same bytes:
 * sorted entries, no owners, a fixed mtime, and gzip's header carries no time either.
 */
export async function packSysroot(targetDir: string, outFile: string): Promise<void> {
  const entries = listTree(targetDir);
  if (!entries.includes('lib/')) throw new Error(`${targetDir} has no lib/ folder: build the sysroot first (npm run build)`);
  await tar.c(
    { gzip: { level: 9 }, file: outFile, cwd: targetDir, portable: true, mtime: new Date(0), noDirRecurse: true },
    entries.map((e) => (e.endsWith('/') ? e.slice(0, -1) : e)),
  );
}
