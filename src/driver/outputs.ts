import * as path from 'node:path';
import type { CrateType, EmitKind } from '../session/session.ts';

export interface OutputPlan {
  /** Where each requested output goes. */
  readonly files: Map<EmitKind, string>;
  /** rustc warns when `-o` is adapted for several output types. */
  readonly warnAdaptedOutput: boolean;
}

const EXTENSIONS: Record<Exclude<EmitKind, 'link' | 'metadata'>, string> = {
  'llvm-ir': 'll',
  'llvm-bc': 'bc',
  asm: 's',
  obj: 'o',
  mir: 'mir',
  'dep-info': 'd',
};

/** The file name of the linked artifact for a crate type, as rustc names it. */
export function linkOutputName(crateName: string, crateType: CrateType, exeSuffix: string): string {
  switch (crateType) {
    case 'bin': return `${crateName}${exeSuffix}`;
    case 'staticlib': return `lib${crateName}.a`;
    case 'cdylib':
    case 'dylib':
    case 'proc-macro': return `lib${crateName}.so`;
    default: return `lib${crateName}.rlib`;
  }
}

/** Decides output paths from `--emit`, `-o` and `--out-dir` with rustc's rules. */
export function planOutputs(
  emit: ReadonlyMap<EmitKind, string | null>,
  crateName: string,
  crateType: CrateType,
  exeSuffix: string,
  output: string | null,
  outDir: string | null,
): OutputPlan {
  const files = new Map<EmitKind, string>();
  const kinds = [...emit.keys()];
  const implicit = kinds.filter((k) => emit.get(k) === null);
  const adapt = output !== null && implicit.length > 1;
  const dir = output !== null ? path.dirname(output) : (outDir ?? '.');
  const stem = output !== null ? path.basename(output).replace(/\.[^.]*$/, '') : crateName;
  for (const k of kinds) {
    const explicit = emit.get(k);
    if (explicit) {
      files.set(k, explicit);
      continue;
    }
    if (output !== null && !adapt) {
      files.set(k, output);
      continue;
    }
    // Adapted `-o`: an executable takes the stem (`-o dir/x.out` -> `dir/x`), a library keeps
    // rustc's `lib<crate>.rlib` name in that directory.
    if (k === 'link') files.set(k, path.join(dir, crateType === 'bin' ? `${stem}${exeSuffix}` : linkOutputName(crateName, crateType, exeSuffix)));
    else if (k === 'metadata') files.set(k, path.join(dir, `lib${stem}.rmeta`));
    else files.set(k, path.join(dir, `${stem}.${EXTENSIONS[k]}`));
  }
  return { files, warnAdaptedOutput: adapt };
}
