import type { LinkerFlavor, TargetSpec } from '../target/index.ts';

/** Everything that goes into one link, before it becomes a flavor's argument list. */
export interface LinkInputs {
  readonly output: string;
  /** The crate's own objects, then its dependencies' objects in dependency order. */
  readonly objects: readonly string[];
  /** Directories searched for `-l` libraries and linker scripts (`-L`, the sysroot's lib dir). */
  readonly searchDirs: readonly string[];
  readonly libs: readonly string[];
  /** `-C link-arg(s)`. */
  readonly userArgs: readonly string[];
  readonly strip: 'none' | 'debuginfo' | 'symbols';
  /** Whether garbage collection of unused sections is wanted (always for executables). */
  readonly gcSections: boolean;
}

/**
 * Builds the argument list for the target's linker flavor, in rustc's order: the spec's
 * pre-link-args, our objects and libraries, user arguments, the spec's post-link-args.
 */
export function linkerArgs(spec: TargetSpec, flavor: LinkerFlavor, inp: LinkInputs): string[] {
  const args: string[] = [...(spec.preLinkArgs[flavor] ?? [])];
  for (const d of inp.searchDirs) args.push(`-L${d}`);
  if (inp.gcSections) args.push('--gc-sections');
  if (inp.strip === 'symbols') args.push('--strip-all');
  else if (inp.strip === 'debuginfo') args.push('--strip-debug');
  args.push('-o', inp.output);
  args.push(...inp.objects);
  for (const l of inp.libs) args.push(`-l${l}`);
  args.push(...inp.userArgs);
  args.push(...(spec.postLinkArgs[flavor] ?? []));
  return args;
}
