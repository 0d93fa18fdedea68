import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { linkElf, linkWasm } from '../llvm/shim.ts';
import type { LinkerFlavor, TargetSpec } from '../target/index.ts';
import { tempPathBeside } from './atomic-write.ts';
import { linkerArgs, type LinkInputs } from './linker-args.ts';

export interface LinkRequest {
  readonly spec: TargetSpec;
  readonly output: string;
  /** Object files as bytes (ours and those unpacked from rlibs), in link order. */
  readonly objects: readonly { readonly name: string; readonly data: Uint8Array }[];
  readonly searchDirs: readonly string[];
  readonly libs: readonly string[];
  readonly userArgs: readonly string[];
  readonly strip: 'none' | 'debuginfo' | 'symbols';
  /** `-C linker=...`: an external C compiler driver or linker (the `gnu-cc` flavor). */
  readonly linker: string | null;
  readonly flavor: LinkerFlavor | null;
}

export type LinkOutcome = { readonly ok: true } | { readonly ok: false; readonly message: string; readonly command: string };

/**
 * The linker layer: lays the objects out in a temporary directory, runs the flavor's linker
 * (LLD in-process for gnu-lld and wasm-lld) into a temporary output beside the destination,
 * and renames it into place only when the link succeeded.
 */
export function link(req: LinkRequest): LinkOutcome {
  const flavor: LinkerFlavor = req.flavor ?? (req.linker ? 'gnu-cc' : req.spec.linkerFlavor);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tsrustc-link-'));
  const tmpOut = tempPathBeside(req.output);
  try {
    const objects = req.objects.map((o, i) => {
      const p = path.join(dir, `${i}-${o.name.replace(/[^A-Za-z0-9_.-]/g, '_')}`);
      fs.writeFileSync(p, o.data);
      return p;
    });
    const inputs: LinkInputs = {
      output: tmpOut,
      objects,
      searchDirs: req.searchDirs,
      libs: req.libs,
      userArgs: req.userArgs,
      strip: req.strip,
      gcSections: true,
    };
    const args = linkerArgs(req.spec, flavor, inputs);
    let result: { ok: boolean; output: string };
    let command: string;
    if (flavor === 'gnu-lld' || flavor === 'ld.lld') {
      command = `ld.lld ${args.join(' ')}`;
      result = linkElf(args);
    } else if (flavor === 'wasm-lld' || flavor === 'wasm-ld') {
      command = `wasm-ld ${args.join(' ')}`;
      result = linkWasm(args);
    } else {
      const exe = req.linker ?? 'cc';
      // A C driver takes linker flags through -Wl, except objects, -L, -l and -o.
      const ccArgs = args.map((a) => (/^-[LloT]/.test(a) || !a.startsWith('-') ? a : `-Wl,${a}`));
      command = `${exe} ${ccArgs.join(' ')}`;
      const r = spawnSync(exe, ccArgs, { encoding: 'utf8' });
      result = { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error.message) : ''}` };
    }
    if (!result.ok) return { ok: false, message: result.output.trim(), command };
    fs.chmodSync(tmpOut, 0o755);
    fs.renameSync(tmpOut, req.output);
    return { ok: true };
  } finally {
    fs.rmSync(tmpOut, { force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
