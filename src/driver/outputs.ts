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

/**
 * What outputs are named after: rustc names libraries after the crate but other outputs
 * after the "file stem", which is the input file's stem unless `--crate-name` or
 * `#![crate_name]` gives a name (`my-prog.rs` builds the crate `my_prog` into `my-prog`).
 */
export interface OutputNames {
  readonly crate: string;
  readonly fileStem: string;
}

/** The file name of the linked artifact for a crate type, as rustc names it. */
export function linkOutputName(names: OutputNames, crateType: CrateType, exeSuffix: string): string {
  const c = names.crate;
  switch (crateType) {
    case 'bin': return `${names.fileStem}${exeSuffix}`;
    case 'staticlib': return `lib${c}.a`;
    case 'cdylib':
    case 'dylib':
    case 'proc-macro': return `lib${c}.so`;
    default: return `lib${c}.rlib`;
  }
}

/** Decides output paths from `--emit`, `-o` and `--out-dir` with rustc's rules. */
export function planOutputs(
  emit: ReadonlyMap<EmitKind, string | null>,
  names: OutputNames,
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
  // An adapted `-o dir/x.out` names everything `x` (an executable `dir/x`), except that a
  // library keeps rustc's `lib<crate>.rlib` name in that directory.
  const stem = output !== null ? path.basename(output).replace(/\.[^.]*$/, '') : names.fileStem;
  const linkNames = output !== null ? { crate: names.crate, fileStem: stem } : names;
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
    if (k === 'link') files.set(k, path.join(dir, linkOutputName(linkNames, crateType, exeSuffix)));
    else if (k === 'metadata') files.set(k, path.join(dir, `lib${output !== null ? stem : names.crate}.rmeta`));
    else files.set(k, path.join(dir, `${stem}.${EXTENSIONS[k]}`));
  }
  return { files, warnAdaptedOutput: adapt };
}
